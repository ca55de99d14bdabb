import type { MimePart, ParsedMessage } from '../mail/types.js';
import { shownText } from '../mail/shown-text.js';
import type { ClassifierInput, HeaderPair } from './tokenize.js';

const MAX_PARTS = 50;

/**
 * The classifier's view of a parsed message (see ClassifierInput): header values, MIME structure, the
 * visible text, the raw HTML for tag tokens, link targets and attachment names.
 * @example tokenize(classifierInputFromMessage(parseMessage(raw, limits)))
 */
export function classifierInputFromMessage(msg: ParsedMessage): ClassifierInput {
  const from = msg.from[0];
  const mailer = msg.headerIndex.get('x-mailer')?.[0]?.value ?? msg.headerIndex.get('user-agent')?.[0]?.value ?? '';
  const contentTypes: string[] = [];
  const walk = (part: MimePart): void => {
    if (contentTypes.length >= MAX_PARTS) return;
    contentTypes.push(part.contentType);
    part.children.forEach(walk);
  };
  walk(msg.root);
  const text = shownText(msg);
  return {
    subject: msg.subject,
    fromName: from?.name ?? '',
    fromDomain: from?.domain ?? '',
    mailer,
    headers: withoutNumberedPadding(msg.headers),
    contentTypes,
    charsets: msg.charsets,
    text,
    // The HTML above text pushed out of view (mail/parse/pushed-out.ts): the borrowed newsletter below is not read.
    html: shownHtml(msg, false),
    urls: msg.htmlFacts.links.map((l) => l.href),
    attachments: msg.attachments.map((a) => ({ filename: a.filename, type: a.declaredType })),
    hiddenTextChars: msg.htmlFacts.hiddenTextChars,
    hasPlainText: msg.text.trim().length > 0,
  };
}

/**
 * What the reader sees of a message as the classifier reads it, when it differs from `input` (classifierInputFromMessage's),
 * else undefined: the shown text without the text in a colour that may not be seen (HtmlFacts.textWithoutFaint, from
 * `faintMinChars` such characters), and the HTML without the markup of elements hidden outright (hiddenHtmlRanges). A block
 * hidden or faint below a lure adds its words and tags and dilutes the lure's (the model scales by 1/√tokens): a newsletter
 * in display:none took a phishing mail's 0.513 to 0.498. Hidden markup is also a signal of its own (a tag salad in a hidden
 * block: 0.523 with it, 0.446 without), so this is a second reading, never the only one (content/classifier.ts). Undefined
 * on a page that shows no text (the classifier reads the HTML's own text there, hidden words and all: image-only spam hides
 * its word salad, and a head vote guards it) and when the text without faint text is empty (the tokeniser would read the
 * raw HTML instead).
 */
export function seenClassifierInput(msg: ParsedMessage, input: ClassifierInput, faintMinChars: number): ClassifierInput | undefined {
  if (!input.text) return undefined;
  const faint = msg.htmlFacts.faintColourChars >= faintMinChars && msg.htmlFacts.textWithoutFaint.trim().length > 0;
  const hidden = msg.htmlFacts.hiddenHtmlRanges.length > 0 && msg.htmlFacts.hiddenHtmlRanges[0]! < (msg.htmlFacts.shownHtmlEnd >= 0 ? msg.htmlFacts.shownHtmlEnd : msg.html.length);
  if (!faint && !hidden) return undefined;
  return { ...input, ...(faint && { text: msg.htmlFacts.textWithoutFaint }), ...(hidden && { html: shownHtml(msg, true) }) };
}

/**
 * A third reading (session 43), when the shown text holds a block of faint text in elements of their own: the text without
 * it and the HTML without those elements' markup (HtmlFacts.faintHtmlRanges), hidden markup kept. Appended white paragraphs
 * add `tag:p` and their style tokens, which dilute a lure's vote as their words do; seenClassifierInput's reading also cuts
 * a hidden tag salad, a spam signal of its own, so neither reading alone gives the lure back its vote. Else undefined.
 */
export function faintlessClassifierInput(msg: ParsedMessage, input: ClassifierInput, faintMinChars: number): ClassifierInput | undefined {
  if (!input.text) return undefined;
  const facts = msg.htmlFacts;
  if (facts.faintColourChars < faintMinChars || facts.textWithoutFaint.trim().length === 0 || facts.faintHtmlRanges.length === 0) return undefined;
  return { ...input, text: facts.textWithoutFaint, html: htmlWithout(msg, facts.faintHtmlRanges) };
}

/**
 * The HTML the classifier reads: up to the first push out of view, and with `withoutHidden` without the elements hidden
 * outright (HtmlFacts.hiddenHtmlRanges; a space in their place).
 */
function shownHtml(msg: ParsedMessage, withoutHidden: boolean): string {
  return htmlWithout(msg, withoutHidden ? msg.htmlFacts.hiddenHtmlRanges : []);
}

/** The HTML the classifier reads (up to the first push out of view) without the [start, end) `ranges` (a space in their place). */
function htmlWithout(msg: ParsedMessage, ranges: readonly number[]): string {
  const end = msg.htmlFacts.shownHtmlEnd >= 0 ? msg.htmlFacts.shownHtmlEnd : msg.html.length;
  if (ranges.length === 0) return end < msg.html.length ? msg.html.slice(0, end) : msg.html;
  const out: string[] = [];
  let at = 0;
  for (let i = 0; i + 1 < ranges.length && ranges[i]! < end; i += 2) {
    if (ranges[i]! < at) continue;
    out.push(msg.html.slice(at, ranges[i]), ' ');
    at = Math.min(ranges[i + 1]!, end);
  }
  out.push(msg.html.slice(at, end));
  return out.join('');
}

/** Numbered fields of one name shape beyond this many are padding (`X-Padding-00017: aaaa…`). */
const MAX_NUMBERED_PER_SHAPE = 3;

/**
 * The header fields as the classifier sees them, without numbered padding: thousands of `X-Pad-N` fields
 * would otherwise dilute every real token (the model scales by 1/√tokens) and let padding turn a verdict
 * off (issue 17). Names without digits are never dropped (Received, repeated on purpose, is bounded later).
 * The message's own list when none is dropped (most mail): a pair per field was ~2 KB per message.
 */
function withoutNumberedPadding(headers: ParsedMessage['headers']): readonly HeaderPair[] {
  // No shape can pass the bound with no more numbered names than it: nothing to count (a Map and a shape per name).
  let numbered = 0;
  for (let i = 0; i < headers.length && numbered <= MAX_NUMBERED_PER_SHAPE; i++) if (hasDigit(headers[i]!.key)) numbered++;
  if (numbered <= MAX_NUMBERED_PER_SHAPE) return headers;
  let out: HeaderPair[] | undefined;
  let counts: Map<string, number> | undefined;
  for (let i = 0; i < headers.length; i++) {
    const h = headers[i]!;
    if (hasDigit(h.key)) {
      counts ??= new Map();
      const shape = h.key.replace(/[0-9]+/g, '#');
      const n = (counts.get(shape) ?? 0) + 1;
      counts.set(shape, n);
      if (n > MAX_NUMBERED_PER_SHAPE) {
        out ??= headers.slice(0, i);
        continue;
      }
    }
    out?.push(h);
  }
  return out ?? headers;
}

/** `/[0-9]/.test(text)`. */
function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) return true;
  return false;
}
