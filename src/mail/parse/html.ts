import { Tokenizer } from 'htmlparser2';
import type { HtmlFacts, HtmlLink } from '../types.js';
import { addStyleRules, emptyHidingRules, hasHidingRules, rulesHide } from './css-hiding.js';
import { lowerNameAt } from './names.js';
import { invisibleRuns } from './invisible.js';
import { addInkRules, colourOfAttribute, inlineColourImportant, TRANSPARENT, emptyInkRules, hasInkRules, inkFaint, inkInvisible, inkOfStyle, NO_COLOUR, ruleForced, ruleInk, UNKNOWN_COLOUR, type Ink } from './ink.js';
import { BREAK_PX, PUSH_MIN_PX, PUSHED_OUT_MIN_CHARS, SPACER_MIN_PX, tallPx } from './pushed-out.js';
import { BoundedMemo } from '../memo.js';
import { latin1 } from './charset.js';
import { codeUnitReader, isBlank } from '../text-chars.js';
import { linkHostKey } from '../link-host.js';

/**
 * HTML → visible text and facts, in one linear pass over htmlparser2's Tokenizer. We keep our own element
 * stack instead of htmlparser2's Parser: its stack is an array with `unshift`/`indexOf`, quadratic on the
 * unclosed tags hostile HTML is made of (200k `<div>` took 17 s). Here the stack depth is capped and a
 * close tag looks at most CLOSE_SEARCH entries down, so every tag costs O(1).
 */

/** Deepest element nesting we track; deeper elements are treated as if they had no content nesting. */
export const MAX_HTML_DEPTH = 256;
/**
 * Past MAX_HTML_DEPTH, the elements whose content means something of its own are still tracked, this many levels more: a
 * link (its text and pictures: the shown-versus-real domain, a clickable image), a form and its button, and a style sheet or
 * script (read as text otherwise). 30,000 `<div>` around a lure used to cut every link's text off (session 61, the mutation
 * sweep). The other undrawn elements (`template`, `noscript`, …) are left as they were: spam's tag soup nests hundreds of
 * unclosed ones, and what it hides in them is counted as hidden text today.
 */
const MEANINGFUL_PAST_CAP = new Set(['a', 'form', 'button', 'script', 'style']);
const MAX_HTML_DEPTH_MEANINGFUL = MAX_HTML_DEPTH + 64;
/** How far down the stack a close tag may match an open element. */
const CLOSE_SEARCH = 32;
/** Links recorded per message at most. */
export const MAX_HTML_LINKS = 5000;
/**
 * Of those, the links past the first (MAX_HTML_LINKS − 2 × OVERFLOW_LINKS) kept for what comes after a flood: the first link
 * of each host not seen before, and the last links, each up to OVERFLOW_LINKS (a part's, in document order). 50,000 links of
 * filler before the letter pushed the lure's own links past the cap, and no link check read them (issue 17 item 8, session 63:
 * html-links-50000-before); a flood between two halves of the letter leaves the second half's hosts in the first set.
 */
const OVERFLOW_LINKS = 500;
/** Anchors of one host kept past HEAD_LINKS while those kept show no text (overflowLink). */
const TEXTLESS_TRIES = 3;
const HEAD_LINKS = MAX_HTML_LINKS - 2 * OVERFLOW_LINKS;
const MAX_LINK_TEXT = 500;

/** A link text that shows an address: one word (no blank inside) with a dot neither first nor last, or `http…` / `www.`. */
function showsAddress(text: string): boolean {
  const t = text.trim();
  if (t.length < 4 || t.length > 300) return false;
  if (t.startsWith('http') || t.startsWith('www.')) return true;
  let dot = false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c <= 0x20 || c === 0xa0) return false;
    if (c === 0x2e && i > 0 && i < t.length - 1) dot = true;
  }
  return dot;
}

const VOID = new Set(['area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const SKIPPED = new Set(['script', 'style', 'head', 'title', 'template', 'xml', 'noframes', 'noembed', 'iframe']);
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'html', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section',
  'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul', 'caption', 'option', 'select', 'textarea', 'summary',
]);
const CELL = new Set(['td', 'th']);
/** Input types a reader types into (no type = text). */
const TYPED_INPUT = new Set(['', 'text', 'email', 'tel', 'number', 'search', 'url']);
/**
 * Whitespace of a text node that becomes one space: a run of two or more, or one that is not already a space.
 * (The same result as replacing every run by a space, but text that is already single-spaced, most of it,
 * matches nothing and is returned as it is, with no new string.)
 */
const WHITESPACE_TO_COLLAPSE = /\s{2,}|[^\S ]/g;
/** In the joined text: a run of spacing (not \u00a0) that holds a line break. */
const SPACED_LINE_BREAK = /(?<![ \t\f\v\r])[ \t\f\v\r]*\n[ \t\f\v\r\n]*/g;
/** Then the other runs of spacing: two or more characters, or one that is not a space. */
const SPACING_TO_COLLAPSE = /[ \t\f\v\r]{2,}|[\t\f\v\r]/g;
/**
 * String.prototype's methods called with `.call` where texts of many representations come: `text.charCodeAt` and the like
 * look the method up by the text's map, and such a load turns megamorphic. (A hand-written collapseWhitespace and a one-pass
 * count of the invisible characters were tried, session 50: per character they cost more than the patterns.) Declared above
 * the functions that read them: a module constant read in a hot loop above its declaration kept a hole check and a reload
 * at every character (session 50, helper cpu50a's measurement of another such loop).
 */
const charCodeAt = String.prototype.charCodeAt;
const indexOf = String.prototype.indexOf;
const match = String.prototype.match as (this: string, pattern: RegExp) => RegExpMatchArray | null;
const replace = String.prototype.replace as (this: string, pattern: RegExp, by: string) => string;
/** Elements allowed inside <head>; anything else means the head was left unclosed and the body started. */
const HEAD_CONTENT = new Set(['title', 'meta', 'link', 'style', 'script', 'base', 'noscript', 'template', 'object', 'xml', 'o:officedocumentsettings']);
/**
 * Opening one of these closes an open element of the listed names on top of the stack (HTML's implied end tags). A Map:
 * an object read by every tag's name (most of them not in it) was a megamorphic keyed load (~10 K instructions a message).
 */
const IMPLIED_CLOSE: ReadonlyMap<string, readonly string[]> = new Map(Object.entries({
  p: ['p'], li: ['li'], tr: ['tr', 'td', 'th'], td: ['td', 'th'], th: ['td', 'th'], option: ['option'], dd: ['dd', 'dt'], dt: ['dd', 'dt'],
  div: ['p'], table: ['p'], ul: ['p'], ol: ['p'], h1: ['p'], h2: ['p'], h3: ['p'], h4: ['p'], h5: ['p'], h6: ['p'],
}));

/**
 * Elements whose content a browser reads as raw text (HTML's generic raw text parsing: noframes, noembed,
 * iframe) and htmlparser2's tokenizer reads as markup. `<noframes><style></noframes><a href=…>` is a real
 * evasion seen in honeypot mail: the tokenizer opens a <style> that never closes and takes the rest of the
 * body, links and all, for CSS, while a mail client shows the link.
 */
const RAW_TEXT_OPEN = /<(noframes|noembed|iframe)(?=[\s/>])/gi;
const RAW_TEXT_CLOSE: Record<string, RegExp> = {
  noframes: /<\/noframes(?=[\s/>])/gi,
  noembed: /<\/noembed(?=[\s/>])/gi,
  iframe: /<\/iframe(?=[\s/>])/gi,
};

/**
 * The HTML with `<` escaped inside raw-text elements, so the tokenizer sees what a browser sees: their
 * content is text (not rendered: the elements are skipped), and markup resumes after their end tag. An
 * element left open runs to the end of the part, as in a browser. One pass, linear in the input.
 */
export function escapeRawTextElements(html: string): string {
  RAW_TEXT_OPEN.lastIndex = 0;
  if (!RAW_TEXT_OPEN.test(html)) return html;
  RAW_TEXT_OPEN.lastIndex = 0;
  const out: string[] = [];
  let done = 0;
  for (let m = RAW_TEXT_OPEN.exec(html); m; m = RAW_TEXT_OPEN.exec(html)) {
    const tagEnd = html.indexOf('>', m.index);
    if (tagEnd < 0) break;
    const close = RAW_TEXT_CLOSE[(m[1] as string).toLowerCase()] as RegExp;
    close.lastIndex = tagEnd + 1;
    const end = close.exec(html)?.index ?? html.length;
    out.push(html.slice(done, tagEnd + 1), html.slice(tagEnd + 1, end).replaceAll('<', '&lt;'));
    done = end;
    RAW_TEXT_OPEN.lastIndex = Math.max(end, tagEnd + 1);
  }
  out.push(html.slice(done));
  return out.join('');
}

/** Zero-width and bidi controls (Unicode TR #9 explicit formatting; ZWSP/ZWNJ/ZWJ, word joiner, BOM). */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u202A-\u202E\u2066-\u2069]/g;
/** The same without the overrides and their end (RLO, LRO, PDF), for text that holds an RLO (applyOverrides). */
const INVISIBLE_BUT_OVERRIDES = /[\u200B-\u200D\u2060\uFEFF\u202A\u202B\u2066-\u2069]/g;

const BLANK_CHAR = /\s/;
/** One letter (any script). */
const LETTER = /\p{L}/u;
/** The page a mail client draws: black text on white. */
const PAGE_FG = 0x000000;
const PAGE_BG = 0xffffff;
/** A link's own colour (browsers' and mail clients' default blue): it does not take its parent's. */
const LINK_FG = 0x0000ee;
/** Elements whose `bgcolor` (and `background` picture) attribute a browser draws. */
const BGCOLOR_ELEMENTS = new Set(['body', 'table', 'tr', 'td', 'th']);
/** Elements drawn on a background of their own (a form control's, a highlight's): what is behind their text is not known. */
const OWN_BACKGROUND = new Set(['button', 'input', 'select', 'textarea', 'option', 'mark']);

/** At most this many hidden elements' places are kept per message (HtmlFacts.hiddenHtmlRanges). */
export const MAX_HIDDEN_HTML_RANGES = 256;

/** Characters of `text` that are not white space. */
function nonBlankChars(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x20 && c !== 0xa0 && c !== 0x3000 && c !== 0x2028 && c !== 0x2029 && !(c >= 0x2000 && c <= 0x200a)) n++;
  }
  return n;
}
const SOFT_HYPHEN = /\u00ad/g;

interface Frame {
  name: string;
  hidden: boolean;
  /** Hidden only by an inherited inline font-size of 0 or 1px: a descendant that sets a readable size shows its text again. */
  fontHidden: boolean;
  /** Hidden only by an inline style whose colour is its own background, here or above: a descendant that sets a colour drawn apart from its background shows its text again. */
  colourHidden: boolean;
  skip: boolean;
  /** The text colour and the background colour in effect here (ink.ts: an RGB number or a code). */
  fg: number;
  bg: number;
  /** Text here is in the colour of what is behind it (ink.ts): not shown. */
  inkHidden: boolean;
  anchor?: { link: HtmlLink; text: string[]; length: number };
  form?: HtmlLink;
}

export function emptyHtmlFacts(): HtmlFacts {
  return { links: [], scripts: 0, hiddenTextChars: 0, invisibleColourChars: 0, faintColourChars: 0, textWithoutFaint: '', hiddenHtmlRanges: [], faintHtmlRanges: [], invisibleChars: 0, invisibleInWordChars: 0, hiddenInWordRuns: 0, forms: 0, pushedOutPx: 0, pushedOutChars: 0, shownHtmlEnd: -1, tagControlChars: 0 };
}

/** What an inline style does to its element's text: NONE, FONT (a font-size of 0 or 1px only), OTHER (any other way it hides). */
const STYLE_SHOWS = 0;
const STYLE_FONT_HIDES = 1;
const STYLE_HIDES = 2;
/** Hidden only because the style's colour is its own background (`background-color:#000;color:#000`): descendants may set another. */
const STYLE_COLOUR_HIDES = 3;
/** What an inline style's own font-size is: none set, tiny (0, under or at 1px), or an absolute readable size. */
const FONT_UNSET = 0;
const FONT_TINY = 1;
const FONT_READABLE = 2;

/** Bulk mail repeats a handful of style strings thousands of times: the answers for each are remembered (bounded). */
const styleMemo = new BoundedMemo<string, number>(2048);
/** The same for the height a style gives its element (styleTallPx). */
const tallMemo = new BoundedMemo<string, number>(2048);
/** Styles longer than this are worked out every time, not remembered. */
const MAX_REMEMBERED_STYLE = 512;

/** Whether an inline style hides its element's text (CSS 2.1 display/visibility, and the tricks spam uses). */
export function styleHides(style: string): boolean {
  return styleHiding(style) !== STYLE_SHOWS;
}

function styleHiding(style: string): number {
  const cached = styleMemo.get(style);
  if (cached !== undefined) return cached;
  const hides = computeStyleHides(style);
  return style.length <= MAX_REMEMBERED_STYLE ? styleMemo.set(style, hides) : hides;
}

/**
 * At most how many CSS pixels one of each unit can be in a mail client: the parent's size for `em` (a 64px heading), the
 * root's 16px for `rem`, a 4,000px-wide window for the viewport units. A size whose largest reading is under
 * TINY_FONT_PX is tiny wherever it is shown; relative units read this generously, so that only a size nobody can read is.
 */
const UNIT_MAX_PX: Readonly<Record<string, number>> = {
  px: 1, pt: 4 / 3, pc: 16, q: 0.945, mm: 3.78, cm: 37.8, in: 96, rem: 16,
  em: 64, ex: 32, ch: 32, '%': 0.64, vw: 40, vh: 40, vmin: 40, vmax: 40,
};
/** Absolute units: a size in them is readable (or tiny) whatever the parent's size; `em`, `%` … under a parent of size 0 stay 0. */
const ABSOLUTE_UNITS: ReadonlySet<string> = new Set(['px', 'pt', 'pc', 'q', 'mm', 'cm', 'in', 'rem']);
/** Up to a point (1pt = 1.33px): no letter is legible there. */
const TINY_FONT_PX = 1.34;
/** A number (`12`, `1.5`, `.5`, `7e-31`) and its unit; the integer and fraction alternatives cannot both match one digit (linear). */
const FONT_SIZE_NUMBER = /^((?:\d+(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?)(px|pt|pc|q|mm|cm|in|rem|em|ex|ch|%|vw|vh|vmin|vmax)?$/;

/**
 * The font-size an inline style sets. Only an absolute size (px, pt, rem, a keyword …) is readable whatever the
 * parent's size: `em` and `%` are relative to the parent's, so under a parent of font-size 0 they stay 0. Any unit can
 * make a size tiny: `font-size: 0.00000000000000000000000000000070117em` (session 35: a wallet lure of the honeypot hid the
 * words spliced into every word of its text so) is as unreadable as `font-size: 0`.
 */
function fontSizeOf(s: string): number {
  // The last declaration wins, as in CSS.
  const at = s.lastIndexOf('font-size:');
  if (at < 0 || (at > 0 && s.charCodeAt(at - 1) !== 0x3b)) return FONT_UNSET;
  const rest = s.slice(at + 10);
  const end = rest.search(/[;!]/);
  const v = end < 0 ? rest : rest.slice(0, end);
  const number = FONT_SIZE_NUMBER.exec(v);
  if (number) {
    const value = Number(number[1]);
    const unit = number[2];
    // A bare number is no CSS length (quirks read it as px): only a bare 0 is a size, and it is tiny.
    if (unit === undefined) return value === 0 ? FONT_TINY : FONT_UNSET;
    if (value * UNIT_MAX_PX[unit]! < TINY_FONT_PX) return FONT_TINY;
    return ABSOLUTE_UNITS.has(unit) ? FONT_READABLE : FONT_UNSET;
  }
  if (/^(?:(?:xx?x?-)?(?:small|large)|medium|smaller|larger)$/.test(v)) return FONT_READABLE;
  return FONT_UNSET;
}

/** Scratch for `compactStyle`: ASCII styles up to this length are lower-cased and compacted in it. */
const COMPACT_MAX = 8192;
const COMPACT = Buffer.allocUnsafeSlow(COMPACT_MAX);

/**
 * `style.toLowerCase().replace(/\s+/g, '')`, the form every inline-style test reads: for an ASCII style (nearly all) one
 * pass and at most one string — none when it has no capital and no white space — instead of two copies. In ASCII,
 * toLowerCase changes only A–Z and `\s` is TAB, LF, VT, FF, CR and space; any other style takes the two calls.
 * @example compactStyle('Display: None') // 'display:none'
 */
export function compactStyle(style: string): string {
  const n = style.length;
  let first = -1;
  for (let i = 0; i < n; i++) {
    const c = style.charCodeAt(i);
    if (c >= 0x80) return style.toLowerCase().replace(/\s+/g, '');
    if (first < 0 && ((c >= 0x41 && c <= 0x5a) || c === 0x20 || (c >= 0x09 && c <= 0x0d))) first = i;
  }
  if (first < 0) return style;
  if (n > COMPACT_MAX) return style.toLowerCase().replace(/\s+/g, '');
  let m = 0;
  for (let i = 0; i < n; i++) {
    const c = style.charCodeAt(i);
    if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) continue;
    COMPACT[m++] = c >= 0x41 && c <= 0x5a ? c | 0x20 : c;
  }
  return latin1(COMPACT, 0, m);
}

function computeStyleHides(style: string): number {
  const s = compactStyle(style);
  if (s.length === 0) return STYLE_SHOWS;
  if (otherStyleHides(s)) return STYLE_HIDES;
  // The colours as the renderer reads them (ink.ts, one reading for every colour form: #fff, white, rgb(), hsl(), with or
  // without !important): transparent letters are not drawn at all.
  inkOfStyle(style, STYLE_INK);
  if (STYLE_INK.fg === TRANSPARENT) return STYLE_HIDES;
  const font = fontSizeOf(s);
  if (colourIsBackground(STYLE_INK)) return font === FONT_TINY ? STYLE_HIDES : STYLE_COLOUR_HIDES;
  return font === FONT_TINY ? STYLE_FONT_HIDES : STYLE_SHOWS;
}

function otherStyleHides(s: string): boolean {
  if (/(?:^|;)display:none/.test(s) || /(?:^|;)visibility:hidden/.test(s)) return true;
  if (/(?:^|;)opacity:0(?:\.0+)?(?:;|$|!)/.test(s)) return true;
  if (/(?:^|;)(?:max-)?(?:height|width):0(?:px)?(?:;|$|!)/.test(s) && s.includes('overflow:hidden')) return true;
  if (/(?:^|;)(?:text-indent|left|top|margin-left):-\d{3,}/.test(s)) return true;
  // Pushed far below or beside the page (`margin-top: 470500px`): ten thousand pixels is off any screen.
  if (/(?:^|;)(?:margin-top|top|left|margin-left|text-indent):\d{5,}(?:\.\d+)?(?:px)?(?:;|$|!)/.test(s)) return true;
  return false;
}

/** Scratch for computeStyleHides: the colours a style sets. */
const STYLE_INK: Ink = { fg: NO_COLOUR, bg: NO_COLOUR };

/**
 * Whether a style writes its text in its own background colour (`color:#000;background-color:#000`, `color:white;
 * background:#ffffff`: the same colour in any form ink.ts reads). That hides the element's own letters, not a descendant's
 * that sets another colour: Beefree-made templates give every row's table `color:#000` whatever its background, and a black
 * row's white text is read (session 41: a Ledger lure's whole text went unread so).
 */
function colourIsBackground(ink: Ink): boolean {
  return ink.fg >= 0 && ink.fg === ink.bg;
}

/** The height an inline style gives its element of itself (pushed-out.ts), remembered as styleHiding's answers are. */
function styleTallPx(style: string): number {
  const cached = tallMemo.get(style);
  if (cached !== undefined) return cached;
  const px = tallPx(compactStyle(style));
  return style.length <= MAX_REMEMBERED_STYLE ? tallMemo.set(style, px) : px;
}

/** Whether an inline style sets a readable font-size (undefined: no style attribute). */
const setsReadableSize = (style: string | undefined): boolean => style !== undefined && fontSizeOf(compactStyle(style)) === FONT_READABLE;

/** The renderer's style-sheet rule tables, by index (HtmlRender.ruleTables). */
const RULES_HIDE = 0;
const RULES_FONT = 1;
const RULES_SIZED = 2;
const RULES_TALL = 3;
/** The tallest RULES_TALL rule read by the last addStyleRules call (set by ruleTable, read right after by the renderer). */
let tallestRulePx = 0;

/** Which rule table a style-sheet rule's declarations go to (css-hiding.ts's addStyleRules), or -1 for none. */
function ruleTable(declarations: string): number {
  const hiding = styleHiding(declarations);
  if (hiding === STYLE_HIDES || hiding === STYLE_COLOUR_HIDES) return RULES_HIDE;
  if (hiding === STYLE_FONT_HIDES) return RULES_FONT;
  if (setsReadableSize(declarations)) return RULES_SIZED;
  const tall = tallPx(compactStyle(declarations));
  if (tall < PUSH_MIN_PX) return -1;
  if (tall > tallestRulePx) tallestRulePx = tall;
  return RULES_TALL;
}

function parseDimension(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const m = /^\s*(\d+(?:\.\d+)?)/.exec(v);
  return m ? Math.round(Number(m[1])) : undefined;
}

/**
 * A link in CSS, `/url\(\s*(['"]?)([^'")]*)\1\s*\)|@import\s+(['"])([^'"]+)\3/gi`, read by cssUrls: that pattern read
 * the rest of an unclosed `url(` from every `url(` inside it (quadratic: `url(url(url(…` without a closing parenthesis).
 * CSS_URL_AT is it tried at one place; CSS_QUOTED_URL_AT only its quoted form, for a `url(` whose unquoted form is
 * known to fail.
 */
const CSS_URL_START = /url\(|@import/gi;
const CSS_URL_AT = /url\(\s*(['"]?)([^'")]*)\1\s*\)|@import\s+(['"])([^'"]+)\3/iy;
const CSS_QUOTED_URL_AT = /url\(\s*(['"])([^'")]*)\1\s*\)/iy;
const CSS_URL_STOP = /['")]/g;

/**
 * The links of a style sheet: what CSS_URL_AT's global form finds, in order (group 2 of `url(…)`, group 4 of
 * `@import`), in one pass. The unquoted form of `url(` at p reads to the first quote or parenthesis after it (its
 * stop); when that is not `)` it fails, and so does the unquoted form of every `url(` before the stop — the same run
 * to the same character — so those are tried only in their quoted form. The runs read never overlap.
 * @example cssUrls('a{background:url(x.png)} @import "y.css";') // ['x.png', 'y.css']
 */
export function cssUrls(css: string): string[] {
  const out: string[] = [];
  let failedUntil = -1;
  CSS_URL_START.lastIndex = 0;
  for (let start = CSS_URL_START.exec(css); start; start = CSS_URL_START.exec(css)) {
    const at = start.index;
    const isUrl = start[0].length === 4;
    const re = isUrl && at < failedUntil ? CSS_QUOTED_URL_AT : CSS_URL_AT;
    re.lastIndex = at;
    const m = re.exec(css);
    if (m) {
      out.push(m[2] ?? m[4] ?? '');
      CSS_URL_START.lastIndex = re.lastIndex;
      continue;
    }
    if (isUrl && at >= failedUntil) {
      CSS_URL_STOP.lastIndex = at + 4;
      failedUntil = CSS_URL_STOP.exec(css) ? CSS_URL_STOP.lastIndex - 1 : css.length;
    }
    CSS_URL_START.lastIndex = at + 1;
  }
  return out;
}

/**
 * [start, end) pairs by their start, any pair inside an earlier one left out (an element is recorded when it closes: a
 * hidden element inside a faint one comes first). The same array when there is one pair.
 */
function inOrder(pairs: number[]): number[] {
  if (pairs.length <= 2) return pairs;
  const order: [number, number][] = [];
  for (let i = 0; i + 1 < pairs.length; i += 2) order.push([pairs[i]!, pairs[i + 1]!]);
  order.sort((a, b) => a[0] - b[0]);
  const out: number[] = [];
  for (const [start, end] of order) {
    if (out.length > 0 && start < out[out.length - 1]!) continue;
    out.push(start, end);
  }
  return out;
}

/**
 * Renders one HTML body part to visible text, adding its links and counts to `facts`. When text is pushed out of view
 * and `facts.shownHtmlEnd` is not yet set, it is set to where in `source` the push came (the HTML after a raw-text
 * element's `<` was escaped is read, so that offset can lie a few characters later in `source`).
 * `withoutFaint`, when given, receives the same text without the runs in a faint colour or light on a background not known
 * (ink.ts inkFaint; white space in their place), or '' when the part has none.
 * @example htmlToText('<p>Hi <a href="https://x.example">there</a></p>', '1', emptyHtmlFacts())
 */
export function htmlToText(source: string, partPath: string, facts: HtmlFacts, withoutFaint?: { text: string }): string {
  const markup = withoutControlsInTags(source);
  if (markup.removed > 0) facts.tagControlChars = (facts.tagControlChars ?? 0) + markup.removed;
  const render = new HtmlRender(escapeRawTextElements(markup.html), partPath, facts);
  const tokenizer = new SkippingTokenizer({ xmlMode: false, decodeEntities: true }, render);
  tokenizer.write(render.html);
  tokenizer.end();
  forgetStops();
  render.endAt(render.html.length);
  render.popTo(0);
  render.flushOverflow();
  // Text pushed out of view by an empty block beyond any screen is not what the reader sees (pushed-out.ts): the
  // borrowed newsletter below a lure is there for the filters, and they read only what is above it.
  const shown = render.finishPushedOut();
  if (render.shownHtmlAt >= 0 && facts.shownHtmlEnd < 0) facts.shownHtmlEnd = Math.min(render.shownHtmlAt, source.length);
  // Offsets in `source`: only when reading it escaped nothing (an escape makes the HTML read longer than the source).
  if (render.hiddenRanges.length > 0 && render.html.length === source.length) {
    const ranges = inOrder(render.hiddenRanges);
    for (let i = 0; i < ranges.length && facts.hiddenHtmlRanges.length < 2 * MAX_HIDDEN_HTML_RANGES; i++) facts.hiddenHtmlRanges.push(ranges[i]!);
  }
  if (render.faintRanges.length > 0 && render.html.length === source.length) {
    for (let i = 0; i < render.faintRanges.length && facts.faintHtmlRanges.length < 2 * MAX_HIDDEN_HTML_RANGES; i++) facts.faintHtmlRanges.push(render.faintRanges[i]!);
  }
  const text = tidyLines((shown < render.chunks.length ? render.chunks.slice(0, shown) : render.chunks).join(''));
  if (withoutFaint) withoutFaint.text = render.faintChunks.length > 0 ? render.textWithout(render.faintChunks, shown) : '';
  return render.overrides ? applyOverrides(text) : text;
}

/** C0 controls but the HTML white space (tab, line feed, form feed, carriage return), and DEL. */
const MARKUP_CONTROL = /[\0-\x08\x0b\x0e-\x1f\x7f]/;
const MARKUP_CONTROLS = /[\0-\x08\x0b\x0e-\x1f\x7f]/g;
/** What may follow a tag's `<` (and the controls after it): a tag name's first letter, an end tag's `/`, `!` or `?`. */
const TAG_START = /[A-Za-z/!?]/;

/**
 * `html` with the control bytes inside its tags taken out (from a tag's `<` to its `>`), and how many there were. `<a\0
 * href=…>` is a link to a client that drops NUL bytes before it renders (Cyrus/Fastmail's JMAP and other webmail parsers omit
 * them; old Internet Explorer ignored a NUL in a tag name), while an HTML5 tokenizer, ours included, reads the element `a\uFFFD`
 * and no link: a link hidden from the checks that a reader may still click (issue 17 item 8, the mutation sweep's NUL before
 * every line break). No mail program writes a control byte inside markup, so the count is itself a finding
 * (MIME_HTML_TAG_CONTROLS). Text between tags is left alone (a browser drops a NUL there itself). Linear: each tag is looked at
 * from its `<` to its `>` once; nothing is made when the HTML has no control byte at all (nearly every part).
 */
export function withoutControlsInTags(html: string): { html: string; removed: number } {
  if (!MARKUP_CONTROL.test(html)) return { html, removed: 0 };
  let out = '';
  let copied = 0;
  let removed = 0;
  for (let open = html.indexOf('<'); open >= 0; ) {
    let close = html.indexOf('>', open + 1);
    if (close < 0) close = html.length;
    let first = open + 1;
    while (first < close && MARKUP_CONTROL.test(html[first]!)) first++;
    if (first < close && TAG_START.test(html[first]!)) {
      const tag = html.slice(open, close);
      if (MARKUP_CONTROL.test(tag)) {
        const clean = tag.replace(MARKUP_CONTROLS, '');
        removed += tag.length - clean.length;
        out += html.slice(copied, open) + clean;
        copied = close;
      }
    }
    open = html.indexOf('<', close);
  }
  return removed === 0 ? { html, removed: 0 } : { html: out + html.slice(copied), removed };
}

/**
 * htmlparser2's Tokenizer, stepping over the characters of text and of quoted attribute values that its states do nothing
 * with. With entities decoded (as here) it reads every such character through its main loop — a bounds check, a state
 * switch and a call each — waiting for the `<`, `&` or quote that ends the run (without entities it jumps there itself);
 * that loop was the largest JavaScript function of a scan (~190 K instructions a message, session 50). Here the states
 * Text, InAttributeValueDq and InAttributeValueSq, handed another character, move the index to just before the next
 * character they act on (or to the end), which the loop then reads: the same callbacks at the same offsets (tested
 * against the plain Tokenizer on generated HTML). The methods are the tokenizer's own (private in its types), replaced on
 * this subclass's prototype; when a later htmlparser2 lacks them the plain tokenizer is used.
 */
export class SkippingTokenizer extends Tokenizer {}
/** The tokenizer's fields the skipping reads and moves: its text, the index in the stream, and where the text starts in it. */
interface TokenizerPosition {
  buffer: string;
  index: number;
  offset: number;
}
type TokenizerState = (this: TokenizerPosition, c: number) => void;
const TOKENIZER = Tokenizer.prototype as unknown as Partial<Record<'stateText' | 'stateInAttributeValueDoubleQuotes' | 'stateInAttributeValueSingleQuotes', TokenizerState>>;
const textState = TOKENIZER.stateText;
const doubleQuotedState = TOKENIZER.stateInAttributeValueDoubleQuotes;
const singleQuotedState = TOKENIZER.stateInAttributeValueSingleQuotes;
if (textState && doubleQuotedState && singleQuotedState) {
  Object.defineProperties(SkippingTokenizer.prototype, {
    stateText: {
      value(this: TokenizerPosition, c: number): void {
        if (c === 0x3c || c === 0x26) textState.call(this, c);
        else skipUntil(this, 0x3c, 0x26);
      },
    },
    stateInAttributeValueDoubleQuotes: {
      value(this: TokenizerPosition, c: number): void {
        if (c === 0x22 || c === 0x26) doubleQuotedState.call(this, c);
        else skipUntil(this, 0x22, 0x26);
      },
    },
    stateInAttributeValueSingleQuotes: {
      value(this: TokenizerPosition, c: number): void {
        if (c === 0x27 || c === 0x26) singleQuotedState.call(this, c);
        else skipUntil(this, 0x27, 0x26);
      },
    },
  });
}

/**
 * Moves the tokenizer to just before the next `a` or `b` after its index, or to its text's last character: its loop reads the
 * next one. The first SKIP_BY_HAND characters are read here; past them each stop is found by indexOf and remembered (nextStop),
 * so that a long run costs one native search a stop character passed instead of a JavaScript step a character.
 */
function skipUntil(t: TokenizerPosition, a: number, b: number): void {
  const buffer = t.buffer;
  const n = buffer.length;
  let i = t.index - t.offset + 1;
  const byHand = i + SKIP_BY_HAND < n ? i + SKIP_BY_HAND : n;
  while (i < byHand) {
    const c = charCodeAt.call(buffer, i);
    if (c === a || c === b) break;
    i++;
  }
  if (i === byHand && i < n) {
    if (buffer !== stopsIn) {
      stopsIn = buffer;
      for (const c of STOP_CHARACTERS) stopFrom[c] = STOP_UNKNOWN;
    }
    const atA = nextStop(buffer, a, i);
    const atB = nextStop(buffer, b, i);
    i = atA < atB ? atA : atB;
  }
  t.index = i - 1 + t.offset;
}

/** Characters read one at a time before a run's end is searched natively (a search costs about as much as these). */
const SKIP_BY_HAND = 12;
/** The characters skipUntil stops at: `<`, `&` and the quotes. */
const STOP_CHARACTERS = [0x3c, 0x26, 0x22, 0x27] as const;
const STOP_TEXT: string[] = [];
for (const c of STOP_CHARACTERS) STOP_TEXT[c] = String.fromCharCode(c);
const STOP_UNKNOWN = 0x7fffffff;
/** The text the remembered stops are in; for each stop character, where it was searched from and where it was found (or the text's length). */
let stopsIn = '';
const stopFrom = new Int32Array(0x80).fill(STOP_UNKNOWN);
const stopAt = new Int32Array(0x80);

/** The first `c` at or after `i` in `buffer` (stopsIn), or its length: remembered, since no `c` lies between where it was searched from and where it was found. */
function nextStop(buffer: string, c: number, i: number): number {
  if (stopFrom[c]! <= i && i <= stopAt[c]!) return stopAt[c]!;
  const at = indexOf.call(buffer, STOP_TEXT[c]!, i);
  stopFrom[c] = i;
  stopAt[c] = at < 0 ? buffer.length : at;
  return stopAt[c]!;
}

/** Lets go of the last document's text (skipUntil remembers stops in it). */
function forgetStops(): void {
  stopsIn = '';
  for (const c of STOP_CHARACTERS) stopFrom[c] = STOP_UNKNOWN;
}

const OVERRIDE_CONTROLS = /[\u202a-\u202e]/g;

/**
 * Text as it is shown under right-to-left overrides (Unicode TR #9, RLO U+202E): every character after an RLO is
 * laid out right to left until a PDF (U+202C), another override or the end of the line. A lure writes
 * '‮!rehcuoV nekoT ruoY' so that the reader sees 'Your Token Voucher!' while every filter reads it backwards (a
 * crypto 'airdrop' campaign of the honeypot, with its brand reversed too). Each such run is reversed by code point
 * and the controls are dropped; lines without an RLO are returned as they are. Embeddings and isolates do not
 * reorder Latin letters and are not read. Linear.
 */
export function applyOverrides(text: string): string {
  if (text.indexOf('\u202e') < 0) return text;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.indexOf('\u202e') < 0) continue;
    let out = '';
    let at = 0;
    for (let rlo = line.indexOf('\u202e'); rlo >= 0; rlo = line.indexOf('\u202e', at)) {
      out += line.slice(at, rlo);
      let end = rlo + 1;
      while (end < line.length && !isOverrideEnd(line.charCodeAt(end))) end++;
      out += Array.from(line.slice(rlo + 1, end)).reverse().join('');
      at = end < line.length && line.charCodeAt(end) !== 0x202e ? end + 1 : end;
    }
    lines[i] = (out + line.slice(at)).replace(OVERRIDE_CONTROLS, '');
  }
  return lines.join('\n');
}

/** PDF, LRO or another RLO ends a right-to-left override's run. */
const isOverrideEnd = (c: number): boolean => c === 0x202c || c === 0x202d || c === 0x202e;

/**
 * The tokenizer's callbacks and the state of one rendering. A class, not closures made per call: closures made
 * afresh for every message share their optimised code only while one of them is alive, so each full garbage
 * collection between two messages threw that code away and the next message compiled it again (seen in the worker
 * pool, whose smaller heaps collect more often: the handlers were recompiled in every pass).
 */
class HtmlRender {
  readonly chunks: string[] = [];
  private readonly stack: Frame[] = [];
  private readonly anchors: Frame[] = [];
  private tagName = '';
  private readonly attribs = new TagAttributes();
  private attribName = '';
  private attribValue = '';
  private isClosing = false;
  private styleText: string[] | null = null;
  /** A right-to-left override was kept in the text (applyOverrides reads the lines as shown). */
  overrides = false;
  /** Zero-width characters ending the last text piece after a letter, and the chunk count then (invisible.ts). */
  private invisibleOpen = 0;
  private invisibleOpenAt = 0;
  /** The chunk count when hidden letters came right after a shown letter (-1: none open): a letter next closes the run in a word. */
  private hiddenOpenAt = -1;
  // Style-sheet rules in three tables (css-hiding.ts): rules that hide outright; rules that hide only by a font-size
  // of 0 (inherited, and undone by a descendant that sets a readable size, as inline); rules that set a readable size.
  private readonly hidingRules = emptyHidingRules();
  private readonly fontRules = emptyHidingRules();
  private readonly sizedRules = emptyHidingRules();
  // Rules that make an element taller than any screen (pushed-out.ts), and the tallest of them.
  private readonly tallRules = emptyHidingRules();
  private tallRulePx = 0;
  /** The four tables in RULES_HIDE, RULES_FONT, RULES_SIZED, RULES_TALL order, filled by one reading of each sheet. */
  private readonly ruleTables = [this.hidingRules, this.fontRules, this.sizedRules, this.tallRules];
  // Colours (ink.ts): what style-sheet rules set, the page's (the body's, which what follows `</body>` still takes), and
  // one reused answer for the colours of a style.
  private readonly inkRules = emptyInkRules();
  private pageFg = PAGE_FG;
  private pageBg = PAGE_BG;
  private readonly ink: Ink = { fg: NO_COLOUR, bg: NO_COLOUR };
  // Text pushed out of view (pushed-out.ts): what was drawn (visible text characters, pictures), the empty height
  // since the last drawing, the open elements tall enough to push, and where the first push beyond a screen came.
  private drawnChars = 0;
  private drawn = 0;
  private gapPx = 0;
  private readonly tallOpen: { depth: number; px: number; drawn: number; gapPx: number }[] = [];
  private pushAt = -1;
  /** The chunk the first push came before (what follows it is out of view), and where in the HTML that was. */
  private pushChunk = -1;
  private pushHtmlAt = -1;
  /** Where the tag or text being read starts in `html`. */
  private at = 0;
  private pushPx = 0;
  /** Where the HTML the reader sees ends (set by finishPushedOut), or -1: all of it. */
  shownHtmlAt = -1;
  /** The chunks of text shown in a colour that may not be seen (ink.ts inkFaint), in order. */
  readonly faintChunks: number[] = [];
  /** Elements hidden under a shown parent with nothing drawn in them: [start, end) pairs in `html` (HtmlFacts.hiddenHtmlRanges). */
  readonly hiddenRanges: number[] = [];
  /** Elements in a faint colour with only faint text drawn in them: [start, end) pairs (HtmlFacts.faintHtmlRanges). */
  readonly faintRanges: number[] = [];
  /** The open hidden element under a shown parent: its depth on the stack (-1: none), where its start tag is, `drawn` then. */
  private hiddenRootDepth = -1;
  private hiddenRootAt = 0;
  private hiddenRootDrawn = 0;
  /**
   * The open element in a faint colour (ink.ts inkFaint) under a parent that is not: its depth (-1: none), where its start
   * tag is, and `seenDraws` then. Closed with nothing but faint text drawn in it, its markup is recorded as a hidden
   * element's is (the reader does not see its text; the classifier's seen vote reads the HTML without it).
   */
  private faintRootDepth = -1;
  private faintRootAt = 0;
  private faintRootSeen = 0;
  /** Chunks of text drawn in a colour that is not faint. */
  private seenDraws = 0;
  /** Links past HEAD_LINKS (overflowLink): the hosts seen, each new host's first link, the last links; made at the first. */
  private overflow: { hosts: Set<string>; firstOfHost: { seq: number; link: HtmlLink; ifAddress?: true }[]; last: { seq: number; link: HtmlLink }[]; lastCount: number; seq: number; textless: Map<string, HtmlLink[]> } | undefined;

  constructor(
    readonly html: string,
    private readonly partPath: string,
    private readonly facts: HtmlFacts,
  ) {}

  // The last element of a list is read only when there is one: `list[list.length - 1]` of an empty list reads the key -1, a
  // property that is no element, and such a read turns the site's keyed load megamorphic for every later read (emitText and
  // finishFrame spent ~36 K instructions a message in KeyedLoadIC_Megamorphic, session 50).
  private top(): Frame | undefined {
    const n = this.stack.length;
    return n > 0 ? this.stack[n - 1] : undefined;
  }

  /** The end of the HTML was read: elements still open end here. */
  endAt(at: number): void {
    this.at = at;
  }

  /** The text of the first `shown` chunks without those listed in `drop` (ascending; a space in their place), as htmlToText makes it. */
  textWithout(drop: readonly number[], shown: number): string {
    const kept = this.chunks.slice(0, shown);
    for (const i of drop) if (i < shown) kept[i] = ' ';
    const text = tidyLines(kept.join(''));
    return this.overrides ? applyOverrides(text) : text;
  }

  private hiddenNow(): boolean {
    return this.top()?.hidden ?? false;
  }

  private skipNow(): boolean {
    return this.top()?.skip ?? false;
  }

  /** Whether the text written so far ends in a letter (hidden text after it may be inside a word). */
  private endsInLetter(): boolean {
    const n = this.chunks.length;
    const last = n > 0 ? this.chunks[n - 1]! : '';
    return last.length > 0 && LETTER.test(last[last.length - 1] as string);
  }

  /** Whether the text written so far ends in a non-blank character (a run of zero-width characters after it may be inside a word). */
  private endsInWord(): boolean {
    const n = this.chunks.length;
    const last = n > 0 ? this.chunks[n - 1]! : '';
    return last.length > 0 && !BLANK_CHAR.test(last[last.length - 1] as string);
  }

  private addLink(link: HtmlLink): HtmlLink {
    if (this.facts.links.length < HEAD_LINKS) this.facts.links.push(link);
    else this.overflowLink(link);
    return link;
  }

  /** Past HEAD_LINKS: a host's first link, else one of the last (overflow, below); none once the message holds MAX_HTML_LINKS. */
  private overflowLink(link: HtmlLink): void {
    const o = (this.overflow ??= { hosts: new Set(this.facts.links.map((l) => linkHostKey(l.href))), firstOfHost: [], last: [], lastCount: 0, seq: 0, textless: new Map<string, HtmlLink[]>() });
    const seq = o.seq++;
    const host = linkHostKey(link.href);
    if (o.firstOfHost.length < OVERFLOW_LINKS) {
      if (!o.hosts.has(host)) {
        o.hosts.add(host);
        o.firstOfHost.push({ seq, link });
        o.textless.set(host, link.kind === 'a' || link.kind === 'area' ? [link] : []);
        return;
      }
      // A host whose kept anchors show no text (read by now: a link's text ends before the next link starts) keeps its next
      // anchors too, up to TEXTLESS_TRIES: a lure's logo or empty link comes before the button whose text the link checks
      // read (session 64: the letter between two floods of links).
      const kept = o.textless.get(host);
      if (kept && (link.kind === 'a' || link.kind === 'area') && kept.length < TEXTLESS_TRIES) {
        if (kept.every((l) => !l.text)) {
          kept.push(link);
          o.firstOfHost.push({ seq, link });
          return;
        }
        // One whose kept anchors show words but no address keeps its next anchor only if that one shows an address (known when
        // the part is read, flushOverflow): "http://signin.ebay.com" after an image map's "Live Help" to the same host is the
        // text the link checks compare with where it leads (session 66: Nazario phishing0#241 under html-links-around).
        if (kept.every((l) => !showsAddress(l.text ?? ''))) {
          kept.push(link);
          o.firstOfHost.push({ seq, link, ifAddress: true });
          return;
        }
      }
    }
    // A ring of the last OVERFLOW_LINKS (the flush puts them back in order by seq).
    o.last[o.lastCount++ % OVERFLOW_LINKS] = { seq, link };
  }

  /** The overflow's links into the message's, in document order, up to MAX_HTML_LINKS (at the part's end: their texts are read). */
  flushOverflow(): void {
    const o = this.overflow;
    if (!o) return;
    const kept = [...o.firstOfHost.filter((k) => !k.ifAddress || showsAddress(k.link.text ?? '')), ...o.last].sort((a, b) => a.seq - b.seq);
    for (const { link } of kept) {
      if (this.facts.links.length >= MAX_HTML_LINKS) break;
      this.facts.links.push(link);
    }
    this.overflow = undefined;
  }

  /** The innermost open form, if any: where an input belongs. */
  private openForm(): HtmlLink | undefined {
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const f = (this.stack[i] as Frame).form;
      if (f) return f;
    }
    return undefined;
  }

  /** A field the reader types into, named on the innermost open form (at most 8 names kept). */
  private formField(name: string | undefined): void {
    const f = this.openForm();
    if (f?.fields && f.fields.length < 8) f.fields.push((name ?? '').slice(0, 40).toLowerCase());
  }

  private addCssUrls(css: string): void {
    if (css.indexOf('url(') < 0 && css.indexOf('@import') < 0) return;
    for (const url of cssUrls(css)) {
      const href = url.trim();
      if (href) this.addLink({ href, kind: 'css', text: '', partPath: this.partPath });
    }
  }

  private emitText(text: string): void {
    if (this.styleText) {
      this.styleText.push(text);
      return;
    }
    if (this.skipNow()) return;
    // Zero-width characters left open by the piece before (an entity or a tag between a run and its word), unless a
    // block or cell boundary has been written since: then they were spacing.
    let carried = 0;
    if (this.invisibleOpen) {
      if (this.chunks.length === this.invisibleOpenAt) carried = this.invisibleOpen;
      this.invisibleOpen = 0;
    }
    // The String methods through `.call`: `text.match`, `t.indexOf` looked the method up by the text's map, and the pieces
    // (slices of the page, entities' strings, replaced texts) made those loads megamorphic (session 50). A hand-written
    // pass over the piece instead of the pattern and the searches cost more than they did (callgrind, session 50).
    INVISIBLE.lastIndex = 0;
    const invisible = match.call(text, INVISIBLE);
    let t = text;
    if (invisible || carried) {
      const runs = invisibleRuns(text, this.endsInWord(), carried);
      this.facts.invisibleInWordChars += runs.inWord;
      this.invisibleOpen = runs.open;
      this.invisibleOpenAt = this.chunks.length;
    }
    if (invisible) {
      this.facts.invisibleChars += invisible.length;
      // Overrides reorder what the reader sees: kept until the part's lines are known (applyOverrides).
      if (indexOf.call(t, '\u202e') >= 0) {
        this.overrides = true;
        t = t.replace(INVISIBLE_BUT_OVERRIDES, '');
      } else t = t.replace(INVISIBLE, '');
    }
    // A soft hyphen shows only where a line breaks inside its word: `Pay&shy;Pal` reads as PayPal. Dropped from the text (not
    // counted as an invisible character: German and Dutch newsletters write them as hyphenation hints).
    if (indexOf.call(t, '\u00ad') >= 0) t = t.replace(SOFT_HYPHEN, '');
    if (this.hiddenNow()) {
      const hidden = nonSpaceUnits(t);
      this.facts.hiddenTextChars += hidden;
      if (hidden > 0 && this.hiddenOpenAt < 0 && this.endsInLetter()) this.hiddenOpenAt = this.chunks.length;
      return;
    }
    // Letters in the colour of what is behind them are not seen (white space still parts the words around them).
    if (this.top()?.inkHidden) {
      const chars = nonBlankChars(t);
      if (chars > 0) {
        this.facts.invisibleColourChars += chars;
        return;
      }
    }
    const collapsed = collapseWhitespace(t);
    if (collapsed.length === 0) return;
    if (this.hiddenOpenAt >= 0) {
      // Nothing written since the hidden letters (no block or cell boundary, no space) and a letter now: hidden inside a word.
      if (this.hiddenOpenAt === this.chunks.length && LETTER.test(collapsed[0] as string)) this.facts.hiddenInWordRuns++;
      this.hiddenOpenAt = -1;
    }
    if (collapsed !== ' ' && collapsed !== '\u00a0') {
      this.draw(collapsed.length);
      const top = this.top();
      if (top !== undefined && inkFaint(top.fg, top.bg)) {
        this.faintChunks.push(this.chunks.length);
        this.facts.faintColourChars += nonBlankChars(collapsed);
      } else this.seenDraws++;
    }
    this.chunks.push(collapsed);
    if (this.invisibleOpen) this.invisibleOpenAt = this.chunks.length;
    const anchor = this.anchors.length > 0 ? this.anchors[this.anchors.length - 1] : undefined;
    if (anchor?.anchor && anchor.anchor.length < MAX_LINK_TEXT) {
      anchor.anchor.text.push(collapsed);
      anchor.anchor.length += collapsed.length;
    }
  }

  /** Something the reader sees was drawn: an empty height beyond a screen before it pushed it (and what follows) out of view. */
  private draw(chars: number): void {
    if (this.gapPx >= PUSH_MIN_PX && this.drawn > 0 && this.pushAt < 0) {
      this.pushAt = this.drawnChars;
      this.pushChunk = this.chunks.length;
      this.pushHtmlAt = this.at;
      this.pushPx = this.gapPx;
    }
    this.gapPx = 0;
    this.drawn++;
    this.drawnChars += chars;
  }

  /**
   * The part's push, if any, into the facts: its height and the characters of text drawn after it. Gives the number of
   * chunks the reader sees: all of them, or those before the push when the text it hides is the trick's
   * (PUSHED_OUT_MIN_CHARS; a footer line after a layout's tall cell stays); then `shownHtmlAt` is where in the HTML
   * the push came.
   */
  finishPushedOut(): number {
    if (this.pushAt < 0) return this.chunks.length;
    const chars = this.drawnChars - this.pushAt;
    this.facts.pushedOutChars += chars;
    if (this.pushPx > this.facts.pushedOutPx) this.facts.pushedOutPx = this.pushPx;
    if (chars < PUSHED_OUT_MIN_CHARS) return this.chunks.length;
    this.shownHtmlAt = this.pushHtmlAt;
    return this.pushChunk;
  }

  private finishFrame(frame: Frame): void {
    if (this.hiddenRootDepth === this.stack.length) {
      // Nothing drawn inside (a descendant that sets a readable size or colour shows its text): its markup is hidden too.
      if (this.drawn === this.hiddenRootDrawn && this.hiddenRanges.length < 2 * MAX_HIDDEN_HTML_RANGES) this.hiddenRanges.push(this.hiddenRootAt, this.at);
      this.hiddenRootDepth = -1;
    }
    if (this.faintRootDepth === this.stack.length) {
      if (this.seenDraws === this.faintRootSeen && this.faintRanges.length < 2 * MAX_HIDDEN_HTML_RANGES) this.faintRanges.push(this.faintRootAt, this.at);
      this.faintRootDepth = -1;
    }
    const tall = this.tallOpen.length > 0 ? this.tallOpen[this.tallOpen.length - 1] : undefined;
    if (tall !== undefined && tall.depth === this.stack.length) {
      this.tallOpen.pop();
      // Empty: its height is the gap, or the gap its content left if taller (nested spacers are not added up).
      if (tall.drawn === this.drawn) this.gapPx = tall.gapPx + Math.max(tall.px, this.gapPx - tall.gapPx);
    }
    if (frame.anchor) {
      const text = frame.anchor.text.join('').replace(/\s+/g, ' ').trim();
      frame.anchor.link.text = (this.overrides ? applyOverrides(text) : text).slice(0, MAX_LINK_TEXT);
      const i = this.anchors.lastIndexOf(frame);
      if (i >= 0) this.anchors.splice(i, 1);
    }
    if (frame.name === 'style' && this.styleText) {
      const css = this.styleText.join('');
      this.addCssUrls(css);
      tallestRulePx = 0;
      addStyleRules(this.ruleTables, css, ruleTable);
      addInkRules(this.inkRules, css);
      if (tallestRulePx > this.tallRulePx) this.tallRulePx = tallestRulePx;
      this.styleText = null;
    }
    if (BLOCK.has(frame.name)) this.chunks.push('\n');
    else if (CELL.has(frame.name)) this.chunks.push(' ');
  }

  popTo(index: number): void {
    while (this.stack.length > index) this.finishFrame(this.stack.pop() as Frame);
  }

  private closeTag(name: string): void {
    if (VOID.has(name)) {
      if (name === 'br') {
        this.chunks.push('\n');
        if (!this.hiddenNow()) this.gapPx += BREAK_PX;
      }
      return;
    }
    const floor = Math.max(0, this.stack.length - CLOSE_SEARCH);
    for (let i = this.stack.length - 1; i >= floor; i--) {
      if ((this.stack[i] as Frame).name === name) {
        this.popTo(i);
        return;
      }
    }
    if (name === 'p') this.chunks.push('\n');
  }

  private openTag(name: string, attrs: TagAttributes, selfClosing: boolean): void {
    const implied = IMPLIED_CLOSE.get(name);
    if (implied) {
      const t = this.top();
      if (t && implied.includes(t.name)) this.popTo(this.stack.length - 1);
    }
    // An unclosed <head> ends where body content starts.
    if (!HEAD_CONTENT.has(name)) {
      for (let i = this.stack.length - 1; i >= Math.max(0, this.stack.length - 4); i--) {
        if ((this.stack[i] as Frame).name === 'head') {
          this.popTo(i);
          break;
        }
      }
    }
    const parentFrame = this.top();
    let parentHidden = parentFrame?.hidden ?? false;
    const parentSkip = this.skipNow();
    let hides = false;
    let fontHides = false;
    let colourHides = false;
    const style = attrs.get('style');
    this.resolveInk(name, attrs, style, parentFrame);
    const fg = this.ink.fg;
    const bg = this.ink.bg;
    // Under an element hidden only by its colour being its background, one that sets a colour of its own, drawn apart from
    // what is behind it, is seen (white text in a black row whose table says `color:#000`).
    if (parentHidden && parentFrame?.colourHidden && (fg !== parentFrame.fg || bg !== parentFrame.bg) && fg >= 0 && bg >= 0 && !inkInvisible(fg, bg)) parentHidden = false;
    if (style !== undefined) {
      const hiding = styleHiding(style);
      if (hiding !== STYLE_SHOWS) hides = true;
      fontHides = hiding === STYLE_FONT_HIDES;
      colourHides = hiding === STYLE_COLOUR_HIDES;
      // A parent's font-size of 0 is inherited, and overridden by a size set here (`<td style="font-size:0">` around
      // `<div style="font-size:14px">` is how templates remove the gaps between inline blocks; Google Calendar's is one).
      if (parentHidden && parentFrame?.fontHidden && hiding === STYLE_SHOWS && fontSizeOf(compactStyle(style)) === FONT_READABLE) parentHidden = false;
      this.addCssUrls(style);
    }
    if (attrs.has('hidden')) {
      hides = true;
      fontHides = false;
      colourHides = false;
    }
    // Hidden by a rule of an earlier <style> (css-hiding.ts): only asked once such a rule exists. A font-size of 0 from
    // a rule is a font hide like an inline one; an inline style that sets a size wins over it, as in CSS.
    if ((!hides || fontHides || colourHides) && !parentHidden && hasHidingRules(this.hidingRules) && rulesHide(this.hidingRules, name, attrs.get('class'), attrs.get('id'))) {
      hides = true;
      fontHides = false;
      colourHides = false;
    } else if (!hides && !parentHidden && hasHidingRules(this.fontRules) && rulesHide(this.fontRules, name, attrs.get('class'), attrs.get('id')) && !setsReadableSize(style)) {
      hides = true;
      fontHides = true;
    }
    // Under a font-size of 0 (the inline-block gap trick of templates), a rule that gives this element a readable size
    // shows its text, as an inline size does above.
    if (parentHidden && parentFrame?.fontHidden && !hides && hasHidingRules(this.sizedRules) && rulesHide(this.sizedRules, name, attrs.get('class'), attrs.get('id'))) parentHidden = false;
    for (let k = 0; k < attrs.count; k++) {
      const key = attrs.names[k]!;
      if (key.length > 2 && key.charCodeAt(0) === 0x6f && key.charCodeAt(1) === 0x6e) this.facts.scripts++; // on*
    }
    // A `background` attribute (body, table, td) is a background picture the client loads and shows, as a CSS one is: the
    // same kind, so the image-lure and loaded-content checks read both (session 46; it was 'other', which neither reads).
    const background = attrs.get('background');
    if (background) this.addLink({ href: background.trim(), kind: 'css', text: '', partPath: this.partPath });
    const hidden = parentHidden || hides;
    const inkHidden = inkInvisible(fg, bg);
    if (name === 'body' || name === 'html') {
      this.pageFg = fg;
      this.pageBg = bg;
    }
    // Hidden only through font-size when that is the only reason here and above (a hidden attribute or rule is not one).
    const fontHidden = hidden && (hides ? fontHides : true) && (!parentHidden || (parentFrame?.fontHidden ?? false));
    const colourHidden = hidden && (hides ? colourHides : true) && (!parentHidden || (parentFrame?.colourHidden ?? false));
    let frame: Frame | null = null;

    switch (name) {
      case 'a': {
        const href = attrs.get('href');
        if (href !== undefined) {
          const link = this.addLink({ href: href.trim(), kind: 'a', text: '', partPath: this.partPath });
          if (attrs.has('download')) link.download = true;
          frame = { name, hidden, fontHidden, colourHidden, skip: parentSkip, fg, bg, inkHidden, anchor: { link, text: [], length: 0 } };
        }
        break;
      }
      case 'area': {
        const href = attrs.get('href');
        if (href !== undefined) {
          const link = this.addLink({ href: href.trim(), kind: 'area', text: attrs.get('alt') ?? '', partPath: this.partPath });
          if (attrs.has('download')) link.download = true;
        }
        break;
      }
      case 'form': {
        const form = this.addLink({ href: (attrs.get('action') ?? '').trim(), kind: 'form', text: '', partPath: this.partPath, method: (attrs.get('method') ?? 'get').toLowerCase(), hasPassword: false, fields: [] });
        frame = { name, hidden, fontHidden, colourHidden, skip: parentSkip, fg, bg, inkHidden, form };
        break;
      }
      case 'textarea':
        this.formField(attrs.get('name'));
        break;
      case 'input': {
        const type = (attrs.get('type') ?? '').toLowerCase();
        if (TYPED_INPUT.has(type)) this.formField(attrs.get('name'));
        const form = type === 'password' ? this.openForm() : undefined;
        if (form) {
          if (!form.hasPassword) this.facts.forms++;
          form.hasPassword = true;
        }
        // A picture button (`<input type="image" src=…>`, image-only lures draw their banners so) is a picture the reader sees
        // and the client loads, as an <img> is (session 46: it was drawn, but no check saw the picture).
        if (type === 'image' && attrs.get('src')) this.addPicture(attrs, style, hidden);
        break;
      }
      case 'img': {
        this.addPicture(attrs, style, hidden);
        this.addSrcset(attrs.get('srcset'));
        break;
      }
      case 'source':
        this.addSrcset(attrs.get('srcset'));
        this.addAttributeLink(attrs, 'src', 'other');
        break;
      case 'meta': {
        const content = attrs.get('content');
        if ((attrs.get('http-equiv') ?? '').toLowerCase() === 'refresh' && content) {
          const m = /url\s*=\s*['"]?([^'"\s>]+)/i.exec(content) ?? /^\s*(?:\d+\s*)?[;,]\s*['"]?([^'"\s>]+)/.exec(content);
          if (m) this.addLink({ href: m[1] as string, kind: 'meta-refresh', text: '', partPath: this.partPath });
        }
        break;
      }
      case 'iframe':
      case 'frame':
        this.addAttributeLink(attrs, 'src', 'iframe');
        break;
      case 'script':
        this.facts.scripts++;
        this.addAttributeLink(attrs, 'src', 'script');
        break;
      case 'base':
        this.addAttributeLink(attrs, 'href', 'base');
        break;
      case 'link':
        this.addAttributeLink(attrs, 'href', 'link');
        break;
      case 'embed':
      case 'video':
      case 'audio':
      case 'track':
        this.addAttributeLink(attrs, 'src', 'other');
        this.addAttributeLink(attrs, 'poster', 'other');
        break;
      case 'object':
        this.addAttributeLink(attrs, 'data', 'other');
        break;
      default:
        break;
    }

    if (BLOCK.has(name)) this.chunks.push('\n');
    else if (CELL.has(name)) this.chunks.push(' ');
    if (name === 'br' && !hidden) this.gapPx += BREAK_PX;
    if (VOID.has(name) || selfClosing && !frame) return;
    if (this.stack.length >= MAX_HTML_DEPTH && !(MEANINGFUL_PAST_CAP.has(name) && this.stack.length < MAX_HTML_DEPTH_MEANINGFUL)) return;
    if (!hidden && !parentSkip) this.openTall(name, attrs, style);
    const skip = parentSkip || SKIPPED.has(name);
    if (name === 'style' && this.styleApplies()) this.styleText = [];
    if (hidden && !(parentFrame?.hidden ?? false) && this.hiddenRootDepth < 0 && !skip) {
      this.hiddenRootDepth = this.stack.length;
      this.hiddenRootAt = this.at;
      this.hiddenRootDrawn = this.drawn;
    }
    if (!hidden && !skip && this.faintRootDepth < 0 && this.hiddenRootDepth < 0 && inkFaint(fg, bg) && !(parentFrame !== undefined && inkFaint(parentFrame.fg, parentFrame.bg))) {
      this.faintRootDepth = this.stack.length;
      this.faintRootAt = this.at;
      this.faintRootSeen = this.seenDraws;
    }
    this.stack.push(frame ?? { name, hidden, fontHidden, colourHidden, skip, fg, bg, inkHidden });
    if (frame?.anchor) this.anchors.push(frame);
  }

  /**
   * The text colour and the background an element about to open has (ink.ts), into `this.ink`: its parent's (the page's
   * under `<html>` or at the top), then its presentational attributes, then style-sheet rules, then its inline style.
   */
  private resolveInk(name: string, attrs: TagAttributes, style: string | undefined, parent: Frame | undefined): void {
    const fromPage = parent === undefined || parent.name === 'html';
    let fg = fromPage ? this.pageFg : parent.fg;
    let bg = fromPage ? this.pageBg : parent.bg;
    // A picture of this element's own (an attribute or a rule) stays behind its text whatever colour its style sets.
    let ownPicture = false;
    if (name === 'a') {
      if (attrs.get('href') !== undefined) fg = LINK_FG;
    } else if (name === 'font') fg = inherit(colourOfAttribute(attrs.get('color') ?? ''), fg);
    else if (BGCOLOR_ELEMENTS.has(name)) {
      if (attrs.get('background')) ownPicture = true;
      bg = inherit(colourOfAttribute(attrs.get('bgcolor') ?? ''), bg);
      if (name === 'body') fg = inherit(colourOfAttribute(attrs.get('text') ?? ''), fg);
    } else if (OWN_BACKGROUND.has(name)) ownPicture = true;
    let fgForced = false;
    if (hasInkRules(this.inkRules)) {
      ruleInk(this.inkRules, name, attrs.get('class'), attrs.get('id'), this.ink);
      const ruledFg = this.ink.fg;
      const ruledBg = this.ink.bg;
      fgForced = ruleForced(ruledFg);
      fg = fgForced ? UNKNOWN_COLOUR : inherit(ruledFg, fg);
      if (ruledBg === UNKNOWN_COLOUR || ruleForced(ruledBg)) ownPicture = true;
      else bg = inherit(ruledBg, bg);
    }
    const ink = this.ink;
    if (style !== undefined) {
      inkOfStyle(style, ink);
      if (!fgForced || inlineColourImportant(style)) fg = inherit(ink.fg, fg);
      bg = inherit(ink.bg, bg);
    }
    ink.fg = fg;
    ink.bg = ownPicture ? UNKNOWN_COLOUR : bg;
  }

  /** A picture (`<img>`, a picture button): its link with its size, and drawn unless hidden or a pixel or two. */
  private addPicture(attrs: TagAttributes, style: string | undefined, hidden: boolean): void {
    const href = (attrs.get('src') ?? '').trim();
    const text = attrs.get('alt') ?? '';
    const partPath = this.partPath;
    const width = parseDimension(attrs.get('width')) ?? parseDimension(/(?:^|;)\s*width\s*:\s*([\d.]+)/i.exec(style ?? '')?.[1]);
    const height = parseDimension(attrs.get('height')) ?? parseDimension(/(?:^|;)\s*height\s*:\s*([\d.]+)/i.exec(style ?? '')?.[1]);
    // One literal per combination, not width and height added to the object afterwards: an added property's map can
    // be dropped at a full collection, and the code reading links deoptimised ("wrong map") when the next picture
    // with a size came by (NOTES, issue 18, session 21). Same fields in the same order.
    const link: HtmlLink =
      width !== undefined
        ? height !== undefined
          ? { href, kind: 'img', text, partPath, hidden, width, height }
          : { href, kind: 'img', text, partPath, hidden, width }
        : height !== undefined
          ? { href, kind: 'img', text, partPath, hidden, height }
          : { href, kind: 'img', text, partPath, hidden };
    if (link.href) this.addLink(link);
    // A tracking pixel or a spacer picture of a pixel or two is not something the reader sees.
    if (!hidden && (width === undefined || width > 2) && (height === undefined || height > 2)) this.draw(0);
  }

  /**
   * Remembers an element about to open whose own style, rule or height attribute makes it a tall spacer if it stays
   * empty (SPACER_MIN_PX; template spacer cells of 20–60 px are not followed).
   */
  private openTall(name: string, attrs: TagAttributes, style: string | undefined): void {
    let px = style !== undefined ? styleTallPx(style) : 0;
    const heightAttr = attrs.get('height');
    if (heightAttr !== undefined && px < PUSH_MIN_PX) px = Math.max(px, styleTallPx(`height:${heightAttr}`));
    if (px < PUSH_MIN_PX && hasHidingRules(this.tallRules) && rulesHide(this.tallRules, name, attrs.get('class'), attrs.get('id'))) px = this.tallRulePx;
    if (px >= SPACER_MIN_PX) this.tallOpen.push({ depth: this.stack.length, px, drawn: this.drawn, gapPx: this.gapPx });
  }

  /**
   * Whether a `<style>` opened now applies to the page: not inside an inert element (`<template>`, `<noscript>`,
   * `<xml>` …). `<head>` is skipped for text but is where style sheets belong: its rules hide (css-hiding.ts) and
   * its `url(…)`s load like any other.
   */
  private styleApplies(): boolean {
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const name = (this.stack[i] as Frame).name;
      if (name !== 'head' && SKIPPED.has(name)) return false;
    }
    return true;
  }

  /** The tag's attribute `name`, when it is set and not empty, as a link of `kind` (white space at its ends left out). */
  private addAttributeLink(attrs: TagAttributes, name: string, kind: HtmlLink['kind']): void {
    const href = attrs.get(name);
    if (href) this.addLink({ href: href.trim(), kind, text: '', partPath: this.partPath });
  }

  private addSrcset(srcset: string | undefined): void {
    if (!srcset) return;
    for (const candidate of srcset.split(',')) {
      const url = candidate.trim().split(/\s+/)[0];
      if (url) this.addLink({ href: url, kind: 'srcset', text: '', partPath: this.partPath });
    }
  }

  onattribdata(start: number, end: number): void {
    this.attribValue += this.html.slice(start, end);
  }

  onattribentity(cp: number): void {
    this.attribValue += String.fromCodePoint(cp);
  }

  onattribend(): void {
    if (!this.isClosing) this.attribs.add(this.attribName, this.attribValue);
    this.attribValue = '';
  }

  onattribname(start: number, end: number): void {
    this.attribName = lowerNameAt(this.html, start, end);
  }

  oncdata(): void {}

  onclosetag(start: number, end: number): void {
    // Where `</name` starts: an element closed here ends before it.
    this.at = start - 2;
    this.closeTag(lowerNameAt(this.html, start, end));
  }

  oncomment(): void {}

  ondeclaration(): void {}

  onend(): void {}

  onopentagend(): void {
    this.openTag(this.tagName, this.attribs, false);
  }

  onopentagname(start: number, end: number): void {
    this.at = start - 1;
    this.tagName = lowerNameAt(this.html, start, end);
    // `<image src=…>` outside SVG is an `<img>` to every browser (the HTML standard's parser renames it), so a mail client
    // draws it; lures write their pictures so to pass filters that look for `<img>`. In an `<svg>` it is SVG's own image.
    if (this.tagName === 'image' && !this.inSvg()) this.tagName = 'img';
    this.attribs.clear();
    this.isClosing = false;
  }

  onprocessinginstruction(): void {}

  /** Whether an `<svg>` element is open (asked only for the rare `<image>` tag). */
  private inSvg(): boolean {
    for (let i = this.stack.length - 1; i >= 0; i--) if ((this.stack[i] as Frame).name === 'svg') return true;
    return false;
  }

  onselfclosingtag(): void {
    this.openTag(this.tagName, this.attribs, true);
  }

  ontext(start: number, end: number): void {
    this.at = start;
    this.emitText(this.html.slice(start, end));
  }

  ontextentity(cp: number): void {
    this.emitText(String.fromCodePoint(cp));
  }
}

/** A colour set here, or the inherited one when none is (a transparent background shows its parent's). */
const inherit = (set: number, inherited: number): number => (set === NO_COLOUR ? inherited : set);

/** From this many attributes on, a tag's are also looked up by a map (a hostile tag with thousands stays linear). */
const INDEXED_FROM = 16;

/**
 * The attributes of the tag being read, the first of each name kept (as browsers do), in two arrays reused from tag to
 * tag: a dictionary object per tag with attributes was the largest part of what reading HTML allocated. openTag only
 * reads them before the next tag starts.
 */
class TagAttributes {
  readonly names: string[] = [];
  readonly values: string[] = [];
  count = 0;
  private index: Map<string, number> | undefined = undefined;

  clear(): void {
    this.count = 0;
    this.index = undefined;
  }

  get(name: string): string | undefined {
    if (this.index !== undefined) {
      const at = this.index.get(name);
      return at === undefined ? undefined : this.values[at];
    }
    for (let k = 0; k < this.count; k++) if (this.names[k] === name) return this.values[k];
    return undefined;
  }

  has(name: string): boolean {
    return this.get(name) !== undefined;
  }

  /** Adds `name` unless the tag has it already. */
  add(name: string, value: string): void {
    if (this.has(name)) return;
    if (this.count === INDEXED_FROM) {
      this.index = new Map();
      for (let k = 0; k < this.count; k++) this.index.set(this.names[k]!, k);
    }
    this.index?.set(name, this.count);
    this.names[this.count] = name;
    this.values[this.count] = value;
    this.count++;
  }
}

/**
 * A text node's whitespace: every run of it (\s, \u00a0 included) one space. Exported for tests.
 * A text of white space only (session 63: 64 % of the text nodes of the SA window, the line breaks and indents between
 * tags) is one run: one space, read by isBlank (`\s` code unit for code unit) without the pattern's replace.
 */
export function collapseWhitespace(text: string): string {
  const length = text.length;
  let i = 0;
  while (i < length && isBlank(charCodeAt.call(text, i))) i++;
  if (i === length) return length === 0 ? '' : ' ';
  return replace.call(text, WHITESPACE_TO_COLLAPSE, ' ');
}


/**
 * `text.replace(/\s+/g, '').length`: the code units that are not white space. Exported for tests. A long text (hidden
 * text: the pot's pages hide whole paragraphs) is read as code units (codeUnitReader): session 63 measured this loop at
 * 62.6 K instructions a message on the pot's design rows once TurboFan stopped inlining it into emitText, ~20 a character
 * through charCodeAt; a short one keeps the charCodeAt loop (the copy's call costs more than it saves).
 */
export function nonSpaceUnits(text: string): number {
  let n = 0;
  const length = text.length;
  if (length < UNIT_READ_FROM) {
    for (let i = 0; i < length; i++) if (!isBlank(charCodeAt.call(text, i))) n++;
    return n;
  }
  const units = hiddenUnits(text);
  for (let i = 0; i < length; i++) if (!isBlank(units[i]!)) n++;
  return n;
}
const UNIT_READ_FROM = 64;
const hiddenUnits = codeUnitReader();

/**
 * The joined text's lines: a run of spacing with a line break in it is one line break, any other run one
 * space (\u00a0 is kept), and the ends trimmed. Exported for tests.
 */
export function tidyLines(text: string): string {
  return text.replace(SPACED_LINE_BREAK, '\n').replace(SPACING_TO_COLLAPSE, ' ').trim();
}
