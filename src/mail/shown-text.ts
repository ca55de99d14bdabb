import type { ParsedMessage } from './types.js';

/**
 * The message's own text as checks read it: what a reader sees (`visibleText`). An HTML body that shows only
 * pictures is read as no text — not as its text/plain alternative, which the reader does not see and the
 * sender can fill with anything (a lure hides its word salad in the HTML and repeats it there). Only a message
 * with no HTML falls back to the plain text (hand-built messages that set no visible text).
 * @example shownText(parseMessage(raw, limits))
 */
export function shownText(msg: Pick<ParsedMessage, 'visibleText' | 'text' | 'html'>): string {
  return msg.visibleText || (msg.html ? '' : msg.text);
}
