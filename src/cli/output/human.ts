import type { ScanError, ScanReport } from '../../scan/report.js';
import { explainFinding, translateEvidence, verdictWord } from '../../rules/explain.js';
import type { Verdict } from '../../score/types.js';

export interface HumanFormatOptions {
  color: boolean;
  /** Also list findings that added no points (informational, replaced by a composite), and describe ids in full. */
  verbose: boolean;
  lang: 'en' | 'ja';
  /**
   * Ids already described in this run (a batch): their description is not repeated, only their evidence.
   * Ids described by this call are added. Without it every finding is described (one message on its own).
   */
  described?: Set<string>;
}

const VERDICT_COLOR: Record<Verdict, string> = { clean: '32', spam: '33', phishing: '35', malware: '31' };
const LABELS = {
  en: { verdict: 'verdict', score: 'score', from: 'From', subject: 'Subject', categories: 'categories', themes: 'themes', replaced: 'replaced by', error: 'error', none: '(none)' },
  ja: { verdict: '判定', score: 'スコア', from: '差出人', subject: '件名', categories: 'カテゴリ', themes: 'テーマ', replaced: '置き換え', error: 'エラー', none: '(なし)' },
} as const;

/** Evidence longer than this is cut (the JSON output has all of it): one finding, one line. */
const MAX_EVIDENCE_CHARS = 200;

const paint = (on: boolean, code: string, text: string) => (on ? `\x1b[${code}m${text}\x1b[0m` : text);

/**
 * A report as a person reads it: the verdict first, then one line per finding — its points, its id and its
 * evidence. What an id means is said under it the first time it appears in the run (its first sentence;
 * all of it with -v), so a batch of a thousand messages does not repeat the same paragraph a thousand times.
 */
export function formatHuman(report: ScanReport, options: HumanFormatOptions): string {
  return joinHuman(layoutHuman(report, options), options);
}

/**
 * A report's human text without the descriptions that depend on the run: `text[i]` ends with the line of finding
 * `ids[i]`, under which its description goes the first time the run meets that id (`text` has one more entry than
 * `ids`: what follows the last finding). A batch's workers lay out the messages they scanned and the thread that
 * prints joins them in input order (src/cli/output/human-lines.ts): only it knows what the run has described.
 * `descriptions[i]` is set only where the id has none of its own in the explanation tables (a finding that carries
 * its own description), so what crosses between threads stays a few short strings.
 */
export interface HumanLayout {
  text: string[];
  ids: string[];
  descriptions?: (string | undefined)[];
}

export function layoutHuman(report: ScanReport, options: Pick<HumanFormatOptions, 'color' | 'lang' | 'verbose'>): HumanLayout {
  const l = LABELS[options.lang];
  const text: string[] = [];
  const ids: string[] = [];
  let descriptions: (string | undefined)[] | undefined;
  const from = report.from ? (report.fromName ? `${oneLine(report.fromName, 300)} <${report.from}>` : report.from) : l.none;
  const verdict = paint(options.color, `1;${VERDICT_COLOR[report.verdict]}`, verdictWord(report.verdict, options.lang));
  let chunk = `${paint(options.color, '1', report.source)}\n  ${l.from}: ${from}   ${l.subject}: ${oneLine(report.subject, 300) || l.none}\n  ${l.verdict}: ${verdict}   ${l.score}: ${report.score.toFixed(1)}`;
  for (const finding of report.findings) {
    if (!options.verbose && finding.score === 0) continue;
    const points = `${finding.score >= 0 ? '+' : ''}${finding.score.toFixed(1)}`.padStart(5);
    const replaced = finding.replacedBy ? ` (${l.replaced} ${finding.replacedBy})` : '';
    const evidence = `→ ${oneLine(translateEvidence(finding.id, finding.evidence, options.lang), MAX_EVIDENCE_CHARS)}`;
    chunk += `\n  ${points} ${paint(options.color, '1', finding.id)}${replaced} ${evidence}`;
    text.push(chunk);
    chunk = '';
    if (finding.description !== undefined && explainFinding(finding.id, options.lang) === undefined) {
      descriptions ??= [];
      descriptions[ids.length] = finding.description;
    }
    ids.push(finding.id);
  }
  if (report.categories.length) chunk += `\n  ${l.categories}: ${report.categories.map((c) => c.name).join(', ')}`;
  if (report.themes.length) chunk += `\n  ${l.themes}: ${report.themes.map((t) => t.name).join(', ')}`;
  text.push(chunk);
  return descriptions ? { text, ids, descriptions } : { text, ids };
}

/** The laid-out report with each id described under its first occurrence in the run (`options.described`). */
export function joinHuman(layout: HumanLayout, options: HumanFormatOptions): string {
  let out = layout.text[0]!;
  for (let i = 0; i < layout.ids.length; i++) {
    const id = layout.ids[i]!;
    if (!options.described?.has(id)) {
      const full = explainFinding(id, options.lang) ?? layout.descriptions?.[i] ?? '';
      out += `\n        ${paint(options.color, '2', options.verbose ? full : firstSentence(full))}`;
      options.described?.add(id);
    }
    out += layout.text[i + 1]!;
  }
  return out;
}

export function formatHumanError(error: ScanError, options: Pick<HumanFormatOptions, 'color' | 'lang'>): string {
  return `${paint(options.color, '1', error.source)}\n  ${paint(options.color, '31', LABELS[options.lang].error)}: ${error.error}`;
}

/**
 * The first sentence of a description: what the id means; the rest (why, what to do) is for -v.
 * A sentence ends at "。" or at ". " before a capital, not after "e.g." / "i.e.".
 * @example firstSentence('A link hides an IP (e.g. Http://3232235777/). Browsers accept it.') // 'A link hides an IP (e.g. Http://3232235777/).'
 */
export function firstSentence(text: string): string {
  const ja = text.indexOf('。');
  const en = /(?<!\be\.g|\bi\.e)\.\s+(?=[A-Z"“(`])/.exec(text);
  const end = Math.min(ja < 0 ? Infinity : ja + 1, en ? en.index + 1 : Infinity);
  return end === Infinity ? text : text.slice(0, end);
}

function oneLine(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}
