import { compareFindingIds } from '../core/finding-ids.js';
import type { ScanReport } from '../scan/report.js';

/**
 * The headers spamlab writes into a message it lets through (milter and spamd PROCESS/HEADERS alike), in
 * the SpamAssassin shape that existing sieve/procmail rules already match on:
 *
 *   X-Spam-Flag: YES                       (only when not clean)
 *   X-Spam-Status: Yes, score=12.5 required=6.0 tests=FROM_BRAND_MISMATCH,URL_… verdict=phishing
 *   X-Spam-Score: 12.5
 *   X-Spam-Level: ************
 *   X-Spamlab-Verdict: phishing, score=12.5
 *   X-Spamlab-Action: quarantine
 *   X-Spamlab-Categories: finance, phishing  (when any)
 */
export interface HeaderOptions {
  /** Score from which a message counts as spam (config.thresholds.spam). */
  threshold: number;
  /** The action the policy chose, written to X-Spamlab-Action. */
  action?: string;
  /** Name of the verdict header (the action policy's `header`). */
  verdictHeader?: string;
}

/** Headers a sender may forge to look pre-scanned: removed from the message before ours are added. */
export const OWN_HEADER = /^x-spam(?:lab)?-/i;

/** Most finding ids listed in X-Spam-Status (a hostile message can raise hundreds). */
const MAX_TESTS = 40;
/** Header lines are folded near this width (RFC 5322 §2.1.1 recommends 78). */
const FOLD_AT = 76;

export const isSpam = (report: Pick<ScanReport, 'verdict'>): boolean => report.verdict !== 'clean';

export const formatScore = (score: number): string => score.toFixed(1);

/** The finding ids that added points (or took them away), strongest first, as SpamAssassin's tests=. */
export function testNames(report: Pick<ScanReport, 'findings'>): string[] {
  return report.findings
    .filter((f) => !f.replacedBy)
    .slice()
    .sort((a, b) => Math.abs(b.score) - Math.abs(a.score) || compareFindingIds(a.id, b.id))
    .map((f) => f.id);
}

/** Name/value pairs, values possibly folded with "\r\n\t" (continuation lines start with a tab). */
export function reportHeaders(report: ScanReport, options: HeaderOptions): [string, string][] {
  const spam = isSpam(report);
  const names = testNames(report);
  const listed = names.slice(0, MAX_TESTS);
  const tests = listed.length ? listed.join(',') + (names.length > listed.length ? `,+${names.length - listed.length}_MORE` : '') : 'none';
  const headers: [string, string][] = [];
  if (spam) headers.push(['X-Spam-Flag', 'YES']);
  headers.push(['X-Spam-Status', fold(`${spam ? 'Yes' : 'No'}, score=${formatScore(report.score)} required=${formatScore(options.threshold)} tests=${tests} verdict=${report.verdict}`, 'X-Spam-Status')]);
  headers.push(['X-Spam-Score', formatScore(report.score)]);
  headers.push(['X-Spam-Level', '*'.repeat(Math.min(50, Math.max(0, Math.floor(report.score))))]);
  headers.push([options.verdictHeader ?? 'X-Spamlab-Verdict', `${report.verdict}, score=${formatScore(report.score)}`]);
  if (options.action) headers.push(['X-Spamlab-Action', options.action]);
  if (report.categories.length) headers.push(['X-Spamlab-Categories', fold(report.categories.map((c) => c.name).join(', '), 'X-Spamlab-Categories')]);
  // An empty value would make a header field without content; drop X-Spam-Level for scores below 1.
  return headers.filter(([, value]) => value !== '');
}

/** The subject with the tag in front, unless it already starts with it (a reply to tagged mail). */
export function taggedSubject(subject: string, tag: string): string {
  const trimmed = subject.replace(/^\s+/, '');
  if (!trimmed) return tag;
  return trimmed.startsWith(tag) ? subject : `${tag} ${trimmed}`;
}

/** Folds a header value at commas/spaces so that no line exceeds FOLD_AT (RFC 5322 §2.2.3). */
export function fold(value: string, name: string): string {
  const lines: string[] = [];
  let line = '';
  let width = name.length + 2;
  for (const word of value.split(/(?<=[ ,])/)) {
    if (line && width + word.length > FOLD_AT) {
      lines.push(line.trimEnd());
      line = '';
      width = 1;
    }
    line += word;
    width += word.length;
  }
  if (line) lines.push(line);
  return lines.join('\r\n\t');
}
