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
    // The HTML above text pushed out of view (mail/parse/pushed-out.ts): the borrowed newsletter below is not read. On a page
    // that shows text (its tags are all the classifier reads of the HTML), not the markup of hidden elements either.
    html: shownHtml(msg, text.length > 0),
    urls: msg.htmlFacts.links.map((l) => l.href),
    attachments: msg.attachments.map((a) => ({ filename: a.filename, type: a.declaredType })),
    hiddenTextChars: msg.htmlFacts.hiddenTextChars,
    hasPlainText: msg.text.trim().length > 0,
  };
}

/**
 * The HTML the classifier reads: up to the first push out of view, and with `withoutHidden` without the elements hidden
 * outright (HtmlFacts.hiddenHtmlRanges; a space in their place). A block hidden below a lure adds its tags to the tokens and
 * dilutes the lure's (the model scales by 1/√tokens): a newsletter in display:none took a phishing mail's 0.513 to 0.498.
 * On a page that shows no text the classifier reads the HTML's own text, hidden words included (their signal: image-only
 * spam hides its word salad), so it is left whole there.
 */
function shownHtml(msg: ParsedMessage, withoutHidden: boolean): string {
  const end = msg.htmlFacts.shownHtmlEnd >= 0 ? msg.htmlFacts.shownHtmlEnd : msg.html.length;
  const ranges = msg.htmlFacts.hiddenHtmlRanges;
  if (!withoutHidden || ranges.length === 0) return end < msg.html.length ? msg.html.slice(0, end) : msg.html;
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
