import type { ReportData } from './data.js';

const COLUMNS = ['table', 'period', 'verdict', 'category', 'id', 'count', 'first_seen', 'last_seen', 'senders', 'ips', 'text'] as const;
type Row = Partial<Record<(typeof COLUMNS)[number], string | number | null>>;

/** RFC 4180 quoting; a leading =, +, - or @ is prefixed with ' so a spreadsheet never runs a formula from a subject line. */
function cell(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  let s = String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * The report as one long CSV table: a `table` column says which table a row belongs to (totals, volume,
 * surges, event-bursts, campaigns, brands, attachment-types, countries, networks), the other columns are filled as they apply.
 */
export function reportCsv(data: ReportData): string {
  const rows: Row[] = [];
  rows.push({ table: 'totals', count: data.totals.messages, text: `${data.from ?? ''}..${data.to ?? ''}` });
  for (const [verdict, count] of Object.entries(data.totals.byVerdict)) rows.push({ table: 'totals', verdict, count });
  for (const v of data.volume) rows.push({ table: 'volume', period: v.period, verdict: v.verdict, category: v.category ?? '', count: v.count });
  for (const s of data.surges) rows.push({ table: 'surges', period: s.start, category: s.series, count: s.count, first_seen: s.start, last_seen: s.end, text: s.description });
  for (const b of data.eventBursts) rows.push({ table: 'event-bursts', period: b.start, category: b.series, count: b.count, first_seen: b.start, last_seen: b.end, text: b.description });
  for (const c of data.campaigns) rows.push({ table: 'campaigns', id: c.id, count: c.size, first_seen: c.firstSeen, last_seen: c.lastSeen, senders: c.senders, ips: c.ips, text: c.subject });
  for (const b of data.topBrands) rows.push({ table: 'brands', id: b.brand, count: b.count });
  for (const a of data.topAttachmentTypes) rows.push({ table: 'attachment-types', id: a.type, count: a.count, verdict: 'malware' });
  for (const c of data.topCountries) rows.push({ table: 'countries', id: c.country, count: c.count });
  for (const n of data.topNetworks) rows.push({ table: 'networks', id: n.asn, count: n.count });
  const lines = [COLUMNS.join(',')];
  for (const r of rows) lines.push(COLUMNS.map((c) => cell(r[c])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
