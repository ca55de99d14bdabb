import { explainFinding } from '../../rules/explain.js';
import type { ScanReport } from '../../scan/report.js';
import { OWN_HEADER, reportHeaders, taggedSubject, testNames } from '../report-headers.js';

/**
 * What PROCESS and HEADERS return: the message with spamlab's X-Spam-* / X-Spamlab-* headers appended to
 * its header block, forged ones of the same names removed, and the subject tagged when the action says so.
 * The message's own line ending (CRLF or LF) is kept, so spamc's output can go straight to a mailbox.
 */
export function rewriteMessage(
  raw: Buffer,
  added: [string, string][],
  subjectTag: string | null,
): { headers: Buffer; body: Buffer } {
  const text = raw.toString('latin1');
  const eol = /\r\n/.test(text.slice(0, text.indexOf('\n') + 1)) ? '\r\n' : '\n';
  const match = /\r?\n\r?\n/.exec(text);
  const headerText = match ? text.slice(0, match.index + match[0].indexOf('\n') + 1) : text.endsWith('\n') ? text : `${text}${eol}`;
  const body = match ? text.slice(match.index + match[0].length) : '';
  // Group header lines into fields (a field = its first line + continuation lines).
  const fields: string[] = [];
  for (const line of headerText.split(/(?<=\n)/)) {
    if (/^[ \t]/.test(line) && fields.length) fields[fields.length - 1] += line;
    else if (line) fields.push(line);
  }
  let tagged = subjectTag === null;
  const kept: string[] = [];
  for (const field of fields) {
    const name = field.slice(0, Math.max(0, field.indexOf(':')));
    if (OWN_HEADER.test(name)) continue;
    if (!tagged && /^subject$/i.test(name)) {
      const value = field.slice(field.indexOf(':') + 1).replace(/\r?\n$/, '');
      kept.push(`Subject: ${taggedSubject(value.replace(/^ /, ''), subjectTag!)}${eol}`);
      tagged = true;
      continue;
    }
    kept.push(field);
  }
  if (!tagged) kept.push(`Subject: ${subjectTag}${eol}`);
  for (const [name, value] of added) kept.push(`${name}: ${value.replace(/\r\n/g, eol)}${eol}`);
  return {
    headers: Buffer.from(`${kept.join('')}${eol}`, 'latin1'),
    body: Buffer.from(body, 'latin1'),
  };
}

/** The body of SYMBOLS: the finding ids, comma-separated, as spamd lists rule names. */
export function symbolsText(report: ScanReport): string {
  return testNames(report).join(',');
}

/** REPORT's body: SpamAssassin's "Content analysis details" table with spamlab's ids and explanations. */
export function reportText(report: ScanReport, threshold: number): string {
  const lines = [
    `spamlab analysed this message: verdict ${report.verdict}, score ${report.score.toFixed(1)} (${threshold.toFixed(1)} required).`,
    '',
    `Content analysis details:   (${report.score.toFixed(1)} points, ${threshold.toFixed(1)} required)`,
    '',
    ' pts rule name              description',
    '---- ---------------------- --------------------------------------------------',
  ];
  const byId = new Map(report.findings.map((f) => [f.id, f]));
  for (const id of testNames(report)) {
    const f = byId.get(id)!;
    const pts = f.score.toFixed(1).padStart(4);
    const evidence = f.evidence ? ` [${f.evidence.length > 120 ? `${f.evidence.slice(0, 120)}…` : f.evidence}]` : '';
    lines.push(`${pts} ${id.padEnd(22)} ${f.description ?? explainFinding(id, 'en') ?? ''}${evidence}`);
  }
  if (report.categories.length) lines.push('', `Categories: ${report.categories.map((c) => c.name).join(', ')}`);
  return `${lines.join('\n')}\n`;
}

export { reportHeaders };
