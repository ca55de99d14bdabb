/**
 * Text normalisation before tokenising: the tricks spammers use to split or hide words are undone here so
 * that "V\u200Biagra", "Ｖｉａｇｒａ" and "V&#105;agra" all become the same token.
 */

import { normalized, rememberingLast } from '../mail/text-chars.js';
import { lazyRegExp } from '../mail/lazy-regexp.js';
import { allMatches } from '../mail/all-matches.js';

/**
 * Zero-width and bidirectional control characters (Unicode TR #9 explicit formatting characters, ZWSP,
 * ZWNJ, ZWJ, word joiner, BOM, soft hyphen, Mongolian vowel separator, invisible math operators, tag
 * characters). They render as nothing, so a reader never sees them, but they break words apart for a filter.
 */
const INVISIBLE = /[\u00AD\u034F\u061C\u115F\u1160\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]|\uDB40[\uDC00-\uDC7F]/g;

/** Removes zero-width, bidi-control and other invisible formatting characters. */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

/** INVISIBLE without the g flag: a test that needs no match objects (and no copy of the pattern, as matchAll makes). */
const HAS_INVISIBLE = lazyRegExp(() => new RegExp(INVISIBLE.source));

/** Whether the text has a character that `stripInvisible` removes (countInvisible(text) > 0, in one test). */
export function hasInvisible(text: string): boolean {
  return HAS_INVISIBLE().test(text);
}

/** Counts the invisible characters that `stripInvisible` removes. */
export function countInvisible(text: string): number {
  return allMatches(INVISIBLE, text).length;
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', copy: '©', reg: '®', trade: '™',
  yen: '¥', euro: '€', pound: '£', cent: '¢', shy: '\u00AD', zwj: '\u200D', zwnj: '\u200C', hellip: '…',
  mdash: '—', ndash: '–', laquo: '«', raquo: '»', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’',
};

/** Decodes HTML character references (`&#105;`, `&#x69;`, `&amp;`) as HTML5 does for the common cases. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});?/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '';
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/**
 * Unicode normalisation form KC (UAX #15): full-width Latin and half-width katakana become their usual
 * forms, ligatures and circled digits are decomposed; then invisible characters are removed.
 * @example normalizeText('Ｖ\u200Bｉａｇｒａ ｶﾀｶﾅ') // 'Viagra カタカナ'
 */
export const normalizeText = rememberingLast(function normalizeText(text: string): string {
  return stripInvisible(normalized(text, 'NFKC'));
});

/**
 * HTML to a flat text for tokenising when no rendered text is available: comments, scripts and styles are
 * dropped, tags are removed WITHOUT inserting spaces when they sit inside a word (`V<b></b>iagra` is the
 * split-word trick) and with a space for block-level tags, entities are decoded.
 */
export function htmlToText(html: string): string {
  const noComments = replaceUpToLast(html, '-->', COMMENT, '');
  const noHidden = dropHiddenElements(noComments);
  const blocksSpaced = replaceUpToLast(noHidden, '>', BLOCK_TAG, ' ');
  return decodeEntities(replaceUpToLast(blocksSpaced, '>', ANY_TAG, ''));
}

const COMMENT = /<!--[\s\S]*?-->/g;
const BLOCK_TAG = /<\/?(p|div|br|tr|td|th|li|ul|ol|table|h[1-6]|blockquote|hr|body|html|center)\b[^>]*>/gi;
const ANY_TAG = /<[^>]*>/g;

/**
 * `s.replace(pattern, by)` applied to the text up to and including the last `close` only. A pattern that ends with
 * `close` cannot match after it, but there each unclosed start (`<p <p <p …` in a body cut at the classifier's 60,000
 * characters) would rescan to the end: quadratic, 1–2 s per pattern for 60 KB. Before the last `close` every start
 * reaches one, so the pattern runs in linear time, and the result is the same.
 */
function replaceUpToLast(s: string, close: string, pattern: RegExp, by: string): string {
  const at = s.lastIndexOf(close);
  if (at < 0) return s;
  const end = at + close.length;
  return end === s.length ? s.replace(pattern, by) : s.slice(0, end).replace(pattern, by) + s.slice(end);
}

const HIDDEN_OPEN = /<(script|style|head|title)\b/gi;
const HIDDEN_CLOSE: Readonly<Record<string, RegExp>> = {
  script: /<\/script\s*>/gi,
  style: /<\/style\s*>/gi,
  head: /<\/head\s*>/gi,
  title: /<\/title\s*>/gi,
};

/**
 * `html.replace(/<(script|style|head|title)\b[\s\S]*?<\/\1\s*>/gi, ' ')` in linear time: that pattern scans to the end
 * from every `<style` without its `</style>`. Here the next closing tag of each element is searched for once and
 * kept until the text passes it, and an opening tag without one is skipped, as the pattern skips it.
 */
export function dropHiddenElements(html: string): string {
  const nextClose: Record<string, { start: number; end: number } | null | undefined> = {};
  let out = '';
  let from = 0;
  HIDDEN_OPEN.lastIndex = 0;
  for (let m = HIDDEN_OPEN.exec(html); m !== null; m = HIDDEN_OPEN.exec(html)) {
    const name = m[1]!.toLowerCase();
    const after = m.index + m[0].length;
    let close = nextClose[name];
    if (close === undefined || (close !== null && close.start < after)) {
      const re = HIDDEN_CLOSE[name]!;
      re.lastIndex = after;
      const found = re.exec(html);
      close = nextClose[name] = found ? { start: found.index, end: found.index + found[0].length } : null;
    }
    if (close === null) {
      HIDDEN_OPEN.lastIndex = m.index + 1;
      continue;
    }
    out += html.slice(from, m.index) + ' ';
    from = HIDDEN_OPEN.lastIndex = close.end;
  }
  return from === 0 ? html : out + html.slice(from);
}
