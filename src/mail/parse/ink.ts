/**
 * Text in the colour of what is behind it (issue 17 item 8): spam's oldest dilution trick writes a benign newsletter or
 * hash-busting words in white on the white page a mail client draws, so the reader sees nothing and a filter reads it all.
 * The renderer (html.ts) follows the text colour and the background colour down the element tree with what is here:
 *
 * - a colour is a number: 0…0xffffff an RGB colour, or one of the codes below (none declared, transparent, not known);
 * - inline styles (`color`, `-webkit-text-fill-color`, `background`, `background-color`, `background-image`) are read by
 *   inkOfStyle, remembered per style string; `bgcolor` / `text` / `<font color>` attributes by colourOfAttribute;
 * - style-sheet rules that set a colour (InkRules): a rule with one simple selector (`.x`, `#y`, `td`, `td.x`) outside
 *   any at-rule gives its colour; any other rule that sets one (a combinator, a pseudo-class, inside `@media`, with
 *   `!important`) makes the colour of the elements its last compound names not known, so nothing under them is called
 *   hidden (a class that sets a dark background for white text never misfires);
 * - a background picture (`background=`, `url(`, a gradient) makes the background not known: the text may be drawn on it.
 *
 * Text is invisible when its colour is transparent, or when both colours are known and no channel differs by more than
 * INK_CLOSE (#fefefe or #eeeeee on white; #e0e0e0 or #999 grey on white is read).
 */
import { BoundedMemo } from '../memo.js';
import { SIMPLE_SELECTOR, withoutCssComments } from './css-hiding.js';

/** No colour declared here: the parent's applies (inherit, currentcolor; for a background also none and transparent). */
export const NO_COLOUR = -1;
/** A colour is set but not known (a picture, an unknown name, a rule we cannot place): nothing under it is called hidden. */
export const UNKNOWN_COLOUR = -2;
/** Transparent (or nearly: alpha ≤ 0.1) text: not drawn. */
export const TRANSPARENT = -3;
/** A colour from an `!important` rule: not known, and an inline colour does not override it. */
const FORCED_UNKNOWN = -4;

/**
 * The largest difference of any channel (0–255) at which text still reads as the colour of its background: 24 is a
 * contrast ratio of 1.25 at most between greys (WCAG 2's, where body text needs 4.5): white on the #ededed or #eeeeee page
 * of a template is not read, nor #fefefe on white; #e0e0e0 on white (1.32) is faint but there, #999 (2.85) plainly so.
 */
export const INK_CLOSE = 24;

/** Whether text of colour `fg` is invisible on background `bg` (both effective: inherited and resolved). */
export function inkInvisible(fg: number, bg: number): boolean {
  if (fg === TRANSPARENT) return true;
  if (fg < 0 || bg < 0) return false;
  return Math.abs((fg >> 16) - (bg >> 16)) <= INK_CLOSE && Math.abs(((fg >> 8) & 0xff) - ((bg >> 8) & 0xff)) <= INK_CLOSE && Math.abs((fg & 0xff) - (bg & 0xff)) <= INK_CLOSE;
}

/**
 * The largest difference of any channel at which text shown (not within INK_CLOSE) is still faint: a contrast ratio of about
 * 1.55 at most between greys (white on a #d5d5d5 page, #dddddd on white). Such text may be read or not: see inkFaint.
 */
export const INK_FAINT = 48;
/**
 * Characters of such text from which a message is also read without it (the classifier's vote, the signature's brands): a
 * few faint words (a footer in #ddd) are not the trick; a block of them is as long as a hidden-text finding asks (200).
 */
export const FAINT_TEXT_MIN_CHARS = 200;
/** Each channel at least this: a light text colour (white, near-white), seen only on a darker background. */
const LIGHT_CHANNEL = 0xd0;

/**
 * Whether text of colour `fg` on background `bg`, not invisible (inkInvisible), may still not be seen: faint (every channel
 * within INK_FAINT of the background's), or light text on a background not known (a picture, a rule we cannot place: white
 * text is drawn there on whatever the picture or the rule gives, dark or as white as the text). Such text is shown; the
 * classifier also votes without it (content/classifier.ts), so that a sender cannot dilute a message's words with text the
 * reader may never see (issue 17 item 8, white-newsletter).
 */
export function inkFaint(fg: number, bg: number): boolean {
  if (fg < 0) return false;
  const light = fg >> 16 >= LIGHT_CHANNEL && ((fg >> 8) & 0xff) >= LIGHT_CHANNEL && (fg & 0xff) >= LIGHT_CHANNEL;
  if (bg < 0) return light && bg !== NO_COLOUR;
  return Math.abs((fg >> 16) - (bg >> 16)) <= INK_FAINT && Math.abs(((fg >> 8) & 0xff) - ((bg >> 8) & 0xff)) <= INK_FAINT && Math.abs((fg & 0xff) - (bg & 0xff)) <= INK_FAINT;
}

/** CSS named colours a template or a spammer uses (CSS Color 4 values); any other name is UNKNOWN_COLOUR. */
const NAMED: Record<string, number> = {
  white: 0xffffff, black: 0x000000, snow: 0xfffafa, ivory: 0xfffff0, whitesmoke: 0xf5f5f5, ghostwhite: 0xf8f8ff, floralwhite: 0xfffaf0,
  seashell: 0xfff5ee, linen: 0xfaf0e6, honeydew: 0xf0fff0, mintcream: 0xf5fffa, azure: 0xf0ffff, aliceblue: 0xf0f8ff, lavenderblush: 0xfff0f5,
  oldlace: 0xfdf5e6, beige: 0xf5f5dc, cornsilk: 0xfff8dc, lightyellow: 0xffffe0, gainsboro: 0xdcdcdc, silver: 0xc0c0c0,
  gray: 0x808080, grey: 0x808080, darkgray: 0xa9a9a9, darkgrey: 0xa9a9a9, lightgray: 0xd3d3d3, lightgrey: 0xd3d3d3, dimgray: 0x696969, dimgrey: 0x696969,
  red: 0xff0000, green: 0x008000, blue: 0x0000ff, navy: 0x000080, yellow: 0xffff00, orange: 0xffa500, maroon: 0x800000, purple: 0x800080,
  teal: 0x008080, olive: 0x808000, lime: 0x00ff00, aqua: 0x00ffff, cyan: 0x00ffff, fuchsia: 0xff00ff, magenta: 0xff00ff,
};
/** Values that declare no colour of their own. */
const INHERITED = new Set(['inherit', 'currentcolor', 'unset', 'revert', 'none']);
/** Words of a `background` shorthand that are not its colour. */
const BACKGROUND_WORDS = new Set([
  'none', 'repeat', 'repeat-x', 'repeat-y', 'no-repeat', 'space', 'round', 'scroll', 'fixed', 'local', 'left', 'right', 'top', 'bottom', 'center',
  'border-box', 'padding-box', 'content-box', 'auto', 'cover', 'contain', 'initial', 'inherit', 'unset',
]);

const HEX = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/;
const HSL = /^hsla?\(\s*([-+]?[\d.]+)(deg|turn|rad)?[\s,]+([\d.]+)%[\s,]+([\d.]+)%(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/;
const RGB = /^rgba?\(\s*([\d.]+%?)[\s,]+([\d.]+%?)[\s,]+([\d.]+%?)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/;

const channel = (v: string): number => {
  const n = v.endsWith('%') ? (parseFloat(v) * 255) / 100 : parseFloat(v);
  return Math.max(0, Math.min(255, Math.round(n)));
};
const alphaOf = (v: string): number => (v.endsWith('%') ? parseFloat(v) / 100 : parseFloat(v));

/**
 * One CSS colour value (lower case, trimmed): an RGB number, TRANSPARENT, NO_COLOUR or UNKNOWN_COLOUR. A colour with an
 * alpha above 0.1 counts as opaque: drawn over its background it is closer to it, so this calls no more text hidden.
 * @example colourOf('#fff') // 0xffffff
 */
export function colourOf(value: string): number {
  if (value.length === 0) return NO_COLOUR;
  const c0 = value.charCodeAt(0);
  if (c0 === 0x23) {
    const m = HEX.exec(value);
    if (!m) return UNKNOWN_COLOUR;
    let h = m[1] as string;
    if (h.length <= 4) h = h.replace(/./g, '$&$&');
    if (h.length === 8 && parseInt(h.slice(6), 16) <= 25) return TRANSPARENT;
    return parseInt(h.slice(0, 6), 16);
  }
  if (c0 === 0x72 && value.startsWith('rgb')) {
    const m = RGB.exec(value);
    if (!m) return UNKNOWN_COLOUR;
    if (m[4] !== undefined && alphaOf(m[4]) <= 0.1) return TRANSPARENT;
    return (channel(m[1] as string) << 16) | (channel(m[2] as string) << 8) | channel(m[3] as string);
  }
  if (c0 === 0x68 && value.startsWith('hsl')) {
    const m = HSL.exec(value);
    if (!m) return UNKNOWN_COLOUR;
    if (m[5] !== undefined && alphaOf(m[5]) <= 0.1) return TRANSPARENT;
    return hslToRgb(hueDegrees(parseFloat(m[1] as string), m[2]), parseFloat(m[3] as string) / 100, parseFloat(m[4] as string) / 100);
  }
  if (value === 'transparent') return TRANSPARENT;
  if (INHERITED.has(value)) return NO_COLOUR;
  return NAMED[value] ?? UNKNOWN_COLOUR;
}

/** A hue in degrees (0–360) from a number and its unit. */
function hueDegrees(n: number, unit: string | undefined): number {
  const deg = unit === 'turn' ? n * 360 : unit === 'rad' ? (n * 180) / Math.PI : n;
  return ((deg % 360) + 360) % 360;
}

/** CSS Color 4's hsl(): hue in degrees, saturation and lightness 0–1 (clamped), to an RGB number. */
function hslToRgb(h: number, sat: number, light: number): number {
  const s = Math.max(0, Math.min(1, sat));
  const l = Math.max(0, Math.min(1, light));
  const f = (n: number): number => {
    const k = (n + h / 30) % 12;
    const a = s * Math.min(l, 1 - l);
    return Math.round(255 * (l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1))));
  };
  return (f(0) << 16) | (f(8) << 8) | f(4);
}

/**
 * A presentational colour attribute (`bgcolor`, `text`, `<font color>`): a CSS colour, or six hex digits without their
 * `#` (HTML's legacy colour parsing reads `bgcolor="ffffff"` as white). Empty: NO_COLOUR.
 */
export function colourOfAttribute(value: string): number {
  const v = value.trim().toLowerCase();
  if (/^[0-9a-f]{6}$/.test(v)) return parseInt(v, 16);
  const c = colourOf(v);
  return c === TRANSPARENT ? NO_COLOUR : c;
}

/** A `background` shorthand's colour: UNKNOWN_COLOUR with a picture or a gradient, NO_COLOUR when it names none. */
function backgroundShorthand(value: string): number {
  if (value.indexOf('url(') >= 0 || value.indexOf('gradient') >= 0 || value.indexOf('image') >= 0) return UNKNOWN_COLOUR;
  let colour = NO_COLOUR;
  for (const m of value.matchAll(/#[0-9a-f]+|rgba?\([^()]*\)|[a-z][a-z-]*(?:\([^()]*\))?|[^\s]+/g)) {
    const word = m[0];
    if (BACKGROUND_WORDS.has(word)) continue;
    const c = colourOf(word);
    // A length or a position (`0 0`, `50%`) is not a colour; anything else not known makes the background not known.
    if (c === UNKNOWN_COLOUR && /^[-+.\d]/.test(word)) continue;
    colour = c;
  }
  return colour;
}

/** What a list of declarations sets: the text colour and the background (each a colour, NO_COLOUR when not set). */
export interface Ink {
  fg: number;
  bg: number;
}

/**
 * Reads the colours a list of declarations (an inline style, a rule's body) sets; the last declaration wins, as in CSS.
 * `important` (when given) is told whether a colour came with `!important`.
 */
export function readInk(declarations: string, out: Ink, important?: { fg: boolean; bg: boolean }): void {
  out.fg = NO_COLOUR;
  out.bg = NO_COLOUR;
  // -webkit-text-fill-color, where set, is what is drawn, whatever `color` says.
  let fill = NO_COLOUR;
  let image = false;
  // `background-clip: text` paints the background through the letters (gradient text): a transparent fill shows it.
  let clipText = false;
  let at = 0;
  const n = declarations.length;
  while (at < n) {
    let end = declarations.indexOf(';', at);
    if (end < 0) end = n;
    const colon = declarations.indexOf(':', at);
    if (colon > at && colon < end) {
      const property = declarations.slice(at, colon).trim().toLowerCase();
      const kind = INK_PROPERTIES[property];
      if (kind !== undefined) {
        let value = declarations.slice(colon + 1, end).trim().toLowerCase();
        const bang = value.indexOf('!');
        if (bang >= 0) {
          value = value.slice(0, bang).trim();
          if (important && kind <= FILL) important.fg = true;
          else if (important) important.bg = true;
        }
        if (kind === CLIP) clipText = value === 'text';
        else if (kind === COLOUR) out.fg = colourOf(value);
        else if (kind === FILL) fill = colourOf(value);
        else if (kind === IMAGE) image = value !== 'none' && value !== '';
        else {
          out.bg = kind === SHORTHAND ? backgroundShorthand(value) : colourOf(value);
          if (out.bg === TRANSPARENT) out.bg = NO_COLOUR;
          if (kind === SHORTHAND) image = out.bg === UNKNOWN_COLOUR;
        }
      }
    }
    at = end + 1;
  }
  if (fill !== NO_COLOUR) out.fg = fill;
  if (clipText) out.fg = UNKNOWN_COLOUR;
  if (image) out.bg = UNKNOWN_COLOUR;
}

const COLOUR = 0;
const FILL = 1;
const BACKGROUND_COLOUR = 2;
const SHORTHAND = 3;
const IMAGE = 4;
const CLIP = 5;
/** The properties that colour text or what is behind it. */
const INK_PROPERTIES: Record<string, number> = {
  color: COLOUR, '-webkit-text-fill-color': FILL, 'background-color': BACKGROUND_COLOUR, background: SHORTHAND, 'background-image': IMAGE,
  'background-clip': CLIP, '-webkit-background-clip': CLIP,
};

/** Declarations that may colour text or its background mention one of these (anything else is read as setting none). */
const INK_WORD = /color|background/i;

/** The colours of an inline style, remembered per style string (bulk mail repeats a handful thousands of times). */
const inkMemo = new BoundedMemo<string, number>(2048);
const MAX_REMEMBERED_STYLE = 512;

/** The text colour and background an inline style sets, written into `out` (NO_COLOUR: not set). */
export function inkOfStyle(style: string, out: Ink): void {
  const cached = inkMemo.get(style);
  if (cached !== undefined) {
    unpack(cached, out);
    return;
  }
  if (!INK_WORD.test(style)) {
    out.fg = NO_COLOUR;
    out.bg = NO_COLOUR;
  } else readInk(style, out);
  if (style.length <= MAX_REMEMBERED_STYLE) inkMemo.set(style, pack(out));
}

/**
 * Whether an inline style sets its text colour with `!important`: that wins over a style-sheet rule's `!important` (CSS
 * cascade: an important inline declaration comes after an important author rule), so ruleForced does not override it.
 */
export function inlineColourImportant(style: string): boolean {
  if (style.indexOf('!') < 0) return false;
  const important = { fg: false, bg: false };
  readInk(style, { fg: NO_COLOUR, bg: NO_COLOUR }, important);
  return important.fg;
}

/** Two colour codes (−4…0xffffff) in one number. */
const pack = (ink: Ink): number => (ink.fg + 4) * 0x1000008 + (ink.bg + 4);
const unpack = (v: number, out: Ink): void => {
  out.fg = Math.floor(v / 0x1000008) - 4;
  out.bg = (v % 0x1000008) - 4;
};

/**
 * The colours style-sheet rules set for one side (text or background): by class name (`x` of `.x`: a class is looked up
 * as it is cut from the attribute, with nothing added to it) and by any other key (`td`, `#y`, `td.x`, `td#y`).
 */
export interface InkTable {
  classes: Map<string, number>;
  others: Map<string, number>;
  /** Keys of `element.class` / `element#id` form among `others` (only then are such keys made for an element). */
  qualified: number;
}

/** Colours set by style-sheet rules, text and background apart. */
export interface InkRules {
  fg: InkTable;
  bg: InkTable;
  /** A rule that sets a colour selects every element (`*`, an attribute test alone): UNKNOWN_COLOUR or FORCED_UNKNOWN, else NO_COLOUR. */
  anyFg: number;
  anyBg: number;
  /** Rule blocks and style characters read so far (the bounds). */
  blocksRead: number;
  charsRead: number;
}

export function emptyInkRules(): InkRules {
  const table = (): InkTable => ({ classes: new Map(), others: new Map(), qualified: 0 });
  return { fg: table(), bg: table(), anyFg: NO_COLOUR, anyBg: NO_COLOUR, blocksRead: 0, charsRead: 0 };
}

const tableSize = (t: InkTable): number => t.classes.size + t.others.size;
export const hasInkRules = (rules: InkRules): boolean => tableSize(rules.fg) + tableSize(rules.bg) > 0 || rules.anyFg !== NO_COLOUR || rules.anyBg !== NO_COLOUR;

/** The parts of a selector's last compound: an element name, classes and ids (pseudo-classes and attribute tests dropped). */
const COMPOUND_PART = /^[a-z][a-z0-9]*|[.#]-?[_a-z\u00a0-\uffff][_a-z0-9\u00a0-\uffff-]*/gi;

/** At most this many rule blocks, and characters, of a part's style sheets are read for colours (as css-hiding.ts's bounds). */
export const MAX_INK_RULES = 1000;
export const MAX_INK_CSS_CHARS = 64 * 1024;

/**
 * Adds the colours a style sheet's rules set to `rules`. Every innermost `{…}` block is read, at-rules' nested ones too
 * (`@media (prefers-color-scheme: dark) { .x { background:#000 } }` makes `.x`'s background not known).
 */
export function addInkRules(rules: InkRules, css: string): void {
  const room = MAX_INK_CSS_CHARS - rules.charsRead;
  if (room <= 0) return;
  const text = css.length > room ? css.slice(0, room) : css;
  rules.charsRead += text.length;
  const sheet = withoutCssComments(text);
  const ink: Ink = { fg: NO_COLOUR, bg: NO_COLOUR };
  const important = { fg: false, bg: false };
  let depth = 0;
  let preludeStart = 0;
  // The next `{` and `}` after the one being read, found once each (`{{{{…` without a `}` stays linear).
  let nextOpen = -1;
  let close = -1;
  for (let i = 0; i < sheet.length && rules.blocksRead < MAX_INK_RULES; i++) {
    const c = sheet.charCodeAt(i);
    if (c === 0x7b) {
      if (close <= i) close = sheet.indexOf('}', i + 1);
      if (close < 0) break;
      if (nextOpen <= i) nextOpen = sheet.indexOf('{', i + 1);
      if (nextOpen >= 0 && nextOpen < close) {
        // An at-rule's block: its rules follow.
        depth++;
        preludeStart = i + 1;
        continue;
      }
      rules.blocksRead++;
      const body = sheet.slice(i + 1, close);
      if (INK_WORD.test(body)) {
        important.fg = false;
        important.bg = false;
        readInk(body, ink, important);
        const prelude = sheet.slice(preludeStart, i);
        const statement = prelude.slice(prelude.lastIndexOf(';') + 1).trim();
        if (ink.fg !== NO_COLOUR) addRule(rules, true, statement, important.fg ? FORCED_UNKNOWN : depth === 0 ? ink.fg : UNKNOWN_COLOUR);
        if (ink.bg !== NO_COLOUR) addRule(rules, false, statement, important.bg ? FORCED_UNKNOWN : depth === 0 ? ink.bg : UNKNOWN_COLOUR);
      }
      i = close;
      preludeStart = close + 1;
    } else if (c === 0x7d) {
      if (depth > 0) depth--;
      preludeStart = i + 1;
    }
  }
}


function addRule(rules: InkRules, text: boolean, statement: string, colour: number): void {
  if (statement.startsWith('@')) return;
  const table = text ? rules.fg : rules.bg;
  for (const raw of statement.split(',')) {
    const selector = raw.trim();
    if (selector.length === 0) continue;
    const simple = SIMPLE_SELECTOR.exec(selector);
    if (simple && (simple[1] || simple[2])) {
      const key = (simple[1] ?? '').toLowerCase() + (simple[2] ? `${simple[2]}${simple[3]}` : '');
      setKey(table, key, colour);
      continue;
    }
    // Not a simple selector: the elements its last compound names get a colour not known.
    const last = selector.split(/[\s>+~]+/).pop() ?? '';
    let named = false;
    for (const m of last.replace(/\[[^[\]]*\]|::?[a-z-]+(?:\([^()]*\))?/gi, '').matchAll(COMPOUND_PART)) {
      const part = m[0];
      setKey(table, /^[a-z]/i.test(part) ? part.toLowerCase() : part, colour === FORCED_UNKNOWN ? FORCED_UNKNOWN : UNKNOWN_COLOUR);
      named = true;
    }
    if (!named) {
      const unknown = colour === FORCED_UNKNOWN ? FORCED_UNKNOWN : UNKNOWN_COLOUR;
      if (text) rules.anyFg = merge(rules.anyFg, unknown);
      else rules.anyBg = merge(rules.anyBg, unknown);
    }
  }
}

/** A later rule for the same key wins, unless an earlier one left the key not known. */
function setKey(table: InkTable, key: string, colour: number): void {
  const isClass = key.charCodeAt(0) === 0x2e;
  const map = isClass ? table.classes : table.others;
  const k = isClass ? key.slice(1) : key;
  const had = map.get(k);
  if (had === FORCED_UNKNOWN || (had === UNKNOWN_COLOUR && colour !== FORCED_UNKNOWN)) return;
  if (had === undefined && !isClass && /^[a-z][a-z0-9]*[.#]/.test(k)) table.qualified++;
  map.set(k, colour);
}

/**
 * The colours the rules give an element, into `out` (NO_COLOUR: none selects it): one colour when the keys that select it
 * agree, UNKNOWN_COLOUR when they differ or one is not known, FORCED_UNKNOWN when one came with `!important`. The class
 * attribute is read once for both sides, each class cut once; keys are only made up for an id or a qualified rule.
 */
export function ruleInk(rules: InkRules, name: string, classAttr: string | undefined, id: string | undefined, out: Ink): void {
  const fg = rules.fg;
  const bg = rules.bg;
  let f = rules.anyFg;
  let b = rules.anyBg;
  if (fg.others.size + bg.others.size > 0) {
    f = merge(f, fg.others.get(name));
    b = merge(b, bg.others.get(name));
    if (id) {
      const key = `#${id}`;
      f = merge(f, fg.others.get(key));
      b = merge(b, bg.others.get(key));
      if (fg.qualified + bg.qualified > 0) {
        const qualified = name + key;
        f = merge(f, fg.others.get(qualified));
        b = merge(b, bg.others.get(qualified));
      }
    }
  }
  const qualified = fg.qualified + bg.qualified > 0;
  if (classAttr && (fg.classes.size + bg.classes.size > 0 || qualified)) {
    let start = -1;
    let k = 0;
    for (let i = 0; i <= classAttr.length; i++) {
      const blank = i === classAttr.length || classAttr.charCodeAt(i) <= 0x20;
      if (!blank && start < 0) start = i;
      else if (blank && start >= 0) {
        const c = classAttr.slice(start, i);
        f = merge(f, fg.classes.get(c));
        b = merge(b, bg.classes.get(c));
        if (qualified) {
          const key = `${name}.${c}`;
          f = merge(f, fg.others.get(key));
          b = merge(b, bg.others.get(key));
        }
        start = -1;
        if (++k >= 32) break;
      }
    }
  }
  out.fg = f;
  out.bg = b;
}

function merge(a: number, b: number | undefined): number {
  if (b === undefined || b === NO_COLOUR) return a;
  if (a === FORCED_UNKNOWN || b === FORCED_UNKNOWN) return FORCED_UNKNOWN;
  if (a === NO_COLOUR || a === b) return b;
  return UNKNOWN_COLOUR;
}

/** Whether a rule colour overrides an inline one (an `!important` rule we could not place). */
export const ruleForced = (colour: number): boolean => colour === FORCED_UNKNOWN;
