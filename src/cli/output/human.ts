import type { ScanError, ScanReport } from '../../scan/report.js';
import { explainFinding, translateEvidence, verdictWord } from '../../rules/explain.js';
import type { Verdict } from '../../score/types.js';

export interface HumanFormatOptions {
  color: boolean;
  /** Also list findings that added no points (informational, replaced by a composite). */
  verbose: boolean;
  lang: 'en' | 'ja';
}

const VERDICT_COLOR: Record<Verdict, string> = { clean: '32', spam: '33', phishing: '35', malware: '31' };
const LABELS = {
  en: { verdict: 'verdict', score: 'score', from: 'From', subject: 'Subject', categories: 'categories', themes: 'themes', replaced: 'replaced by', error: 'error', none: '(none)' },
  ja: { verdict: '判定', score: 'スコア', from: '差出人', subject: '件名', categories: 'カテゴリ', themes: 'テーマ', replaced: '置き換え', error: 'エラー', none: '(なし)' },
} as const;

const paint = (on: boolean, code: string, text: string) => (on ? `\x1b[${code}m${text}\x1b[0m` : text);

/** A report as a person reads it: the verdict first, then each finding with what it means and its evidence. */
export function formatHuman(report: ScanReport, options: HumanFormatOptions): string {
  const l = LABELS[options.lang];
  const lines: string[] = [];
  lines.push(paint(options.color, '1', report.source));
  const from = report.from ? (report.fromName ? `${oneLine(report.fromName)} <${report.from}>` : report.from) : l.none;
  lines.push(`  ${l.from}: ${from}   ${l.subject}: ${oneLine(report.subject) || l.none}`);
  const verdict = paint(options.color, `1;${VERDICT_COLOR[report.verdict]}`, verdictWord(report.verdict, options.lang));
  lines.push(`  ${l.verdict}: ${verdict}   ${l.score}: ${report.score.toFixed(1)}`);
  const shown = report.findings.filter((f) => options.verbose || f.score !== 0);
  for (const finding of shown) {
    const points = `${finding.score >= 0 ? '+' : ''}${finding.score.toFixed(1)}`.padStart(5);
    const replaced = finding.replacedBy ? ` (${l.replaced} ${finding.replacedBy})` : '';
    lines.push(`  ${points} ${paint(options.color, '1', finding.id)}${replaced}`);
    lines.push(`        ${explainFinding(finding.id, options.lang) ?? finding.description ?? ''}`);
    lines.push(`        ${paint(options.color, '2', `→ ${oneLine(translateEvidence(finding.id, finding.evidence, options.lang))}`)}`);
  }
  if (report.categories.length) lines.push(`  ${l.categories}: ${report.categories.map((c) => c.name).join(', ')}`);
  if (report.themes.length) lines.push(`  ${l.themes}: ${report.themes.map((t) => t.name).join(', ')}`);
  return lines.join('\n');
}

export function formatHumanError(error: ScanError, options: Pick<HumanFormatOptions, 'color' | 'lang'>): string {
  return `${paint(options.color, '1', error.source)}\n  ${paint(options.color, '31', LABELS[options.lang].error)}: ${error.error}`;
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 300 ? `${flat.slice(0, 300)}…` : flat;
}
