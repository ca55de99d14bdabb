/** Reports over the store: trends, surges and campaigns as self-contained HTML, CSV or JSON. */
export { buildReport, defaultPeriod, type ReportData, type ReportOptions } from './data.js';
export { reportCsv } from './csv.js';
export { reportHtml, escapeHtml } from './html.js';
