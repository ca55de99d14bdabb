import type { FindingId } from '../../core/finding-ids.js';
import { invisibleInWords, PUSHED_OUT_MIN_CHARS } from '../../mail/parse/index.js';
import type { ParseAnomaly } from '../../mail/types.js';
import { checkInput } from '../input.js';
import type { Check, Finding } from '../types.js';

/**
 * `n` as `n.toLocaleString('en-US')` shows it. A whole number is grouped here: the first Intl.NumberFormat of a process
 * (which toLocaleString makes) has V8 check every ICU locale for number data, ~1,000 resource bundles read from the node
 * binary, which stay resident: 4.4 MiB more of a batch's RSS (NOTES.md, session 61, mem62).
 */
export function enUsNumber(n: number): string {
  if (!Number.isSafeInteger(n) || Object.is(n, -0)) return n.toLocaleString('en-US');
  const digits = String(Math.abs(n));
  let shown = digits.slice(0, digits.length % 3 || 3);
  for (let at = shown.length; at < digits.length; at += 3) shown += `,${digits.slice(at, at + 3)}`;
  return n < 0 ? `-${shown}` : shown;
}

/** Which finding each parser anomaly becomes (several anomalies share one id). */
const ANOMALY_FINDING: Record<ParseAnomaly['kind'], FindingId> = {
  'missing-boundary': 'MIME_BAD_BOUNDARY',
  'boundary-not-found': 'MIME_BAD_BOUNDARY',
  'unterminated-multipart': 'MIME_UNTERMINATED',
  'bad-transfer-encoding': 'MIME_BAD_ENCODING',
  'bad-base64': 'MIME_BAD_ENCODING',
  'bad-charset': 'MIME_CHARSET_PROBLEM',
  'unknown-charset': 'MIME_CHARSET_PROBLEM',
  utf7: 'MIME_UTF7',
  'header-8bit': 'HDR_8BIT',
  'header-injection': 'HDR_INJECTION',
  'header-malformed': 'HDR_MALFORMED',
  'no-header-body-separator': 'HDR_MALFORMED',
  'nul-bytes': 'MIME_NUL_OR_BARE_CR',
  'bare-cr-or-lf': 'MIME_NUL_OR_BARE_CR',
  'header-nul': 'HDR_NUL',
  'limit-mime-depth': 'MIME_LIMIT_DEPTH',
  'limit-part-count': 'MIME_LIMIT_PARTS',
  'limit-header-bytes': 'HDR_LIMIT_EXCEEDED',
  'limit-message-size': 'MIME_LIMIT_EXCEEDED',
  'limit-text-size': 'MIME_LIMIT_TEXT',
  'limit-subject-length': 'HDR_SUBJECT_LIMIT',
  'html-control-in-tag': 'MIME_HTML_TAG_CONTROLS',
  'duplicate-singleton-header': 'HDR_DUPLICATE_SINGLETON',
  'mixed-script-words': 'MIME_MIXED_SCRIPT_WORDS',
};

/** Hidden text below this many characters is usually a preheader trick of legitimate newsletters. */
const HIDDEN_TEXT_MIN_CHARS = 200;
/**
 * Hidden runs inside words (HtmlFacts.hiddenInWordRuns) from which the message is written past word filters: one could be a
 * template's slip; the honeypot's splice every long word (5 to 89 runs), and no ham message has a single one.
 */
const HIDDEN_IN_WORD_MIN_RUNS = 3;
/**
 * Zero-width characters and bidi controls (Unicode TR9) inside words: they split words without showing anything. Only
 * those between two letters count (mail/parse/invisible.ts): templates write runs of them as spacing after a
 * newsletter's preheader, which hides no word (session 22).
 */
const INVISIBLE_CHARS_MIN = 3;

/**
 * Structural anomalies the parser recorded, and HTML tricks: hidden filler text, zero-width characters,
 * HTML without a text alternative. The parser never throws on these; this check turns them into findings.
 */
export const structureCheck: Check = {
  name: 'headers.structure',
  description: 'MIME structure anomalies, parsing limits and HTML hiding tricks',
  emits: [...new Set<FindingId>([...Object.values(ANOMALY_FINDING), 'MIME_HTML_ONLY', 'MIME_HIDDEN_TEXT', 'MIME_HIDDEN_TEXT_IN_WORDS', 'MIME_INVISIBLE_CHARS', 'MIME_TEXT_PUSHED_OUT_OF_VIEW', 'MIME_TEXT_INVISIBLE_COLOUR'])],
  run(msg) {
    // Pushed, not mapped: a push onto map's result kept throwing this function's optimised code away in the worker
    // pool ("wrong map") (NOTES, issue 18, session 10).
    const findings: Finding[] = [];
    for (const anomaly of msg.anomalies) {
      findings.push({
        id: ANOMALY_FINDING[anomaly.kind],
        evidence: `${anomaly.kind}${anomaly.detail ? `: ${anomaly.detail}` : ''}${anomaly.partPath ? ` (part ${anomaly.partPath})` : ''}`,
      });
    }
    if (msg.html && !msg.text.trim()) findings.push({ id: 'MIME_HTML_ONLY', evidence: 'text/html without text/plain' });
    // The hiding tricks are read from the letter as it is shown (checkInput): a winmail.dat's HTML or RTF body is the letter
    // Outlook shows, and the same tricks written there are the same tricks (issue 17 item 8). The MIME structure above, and
    // the subject, are the message's as sent. Nearly every message: the view is the message.
    const shown = checkInput(msg);
    const facts = shown.htmlFacts;
    if (facts.hiddenTextChars >= HIDDEN_TEXT_MIN_CHARS) {
      findings.push({ id: 'MIME_HIDDEN_TEXT', evidence: `${facts.hiddenTextChars} hidden characters` });
    }
    if (facts.hiddenInWordRuns >= HIDDEN_IN_WORD_MIN_RUNS) {
      findings.push({ id: 'MIME_HIDDEN_TEXT_IN_WORDS', evidence: `${facts.hiddenInWordRuns} runs of hidden text inside words` });
    }
    // Text in the colour of its background (mail/parse/ink.ts), counted as hidden text is.
    if (facts.invisibleColourChars >= HIDDEN_TEXT_MIN_CHARS) {
      findings.push({ id: 'MIME_TEXT_INVISIBLE_COLOUR', evidence: `${enUsNumber(facts.invisibleColourChars)} characters of text in the colour of their background` });
    }
    if (facts.pushedOutChars >= PUSHED_OUT_MIN_CHARS) {
      findings.push({
        id: 'MIME_TEXT_PUSHED_OUT_OF_VIEW',
        evidence: `an empty height of ${enUsNumber(facts.pushedOutPx)} px, then ${enUsNumber(facts.pushedOutChars)} characters of text out of view`,
      });
    }
    // The HTML renderer counts these in HTML text; plain-text parts are counted here.
    const invisible = facts.invisibleInWordChars + invisibleInWords(shown.text);
    if (invisible >= INVISIBLE_CHARS_MIN) {
      findings.push({ id: 'MIME_INVISIBLE_CHARS', evidence: `${invisible} zero-width or bidi control characters inside words` });
    }
    return { findings };
  },
};
