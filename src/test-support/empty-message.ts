import type { ParsedMessage } from '../mail/types.js';
import { emptyHtmlFacts } from '../mail/parse/html.js';

/**
 * A ParsedMessage with every field empty, for unit tests of checks and engines that build a message by
 * hand instead of parsing one: tests set only what they exercise.
 * @example emptyMessage({ subject: 'hi', text: 'hello' })
 */
export function emptyMessage(overrides: Partial<ParsedMessage> = {}): ParsedMessage {
  return {
    size: 0,
    headers: [],
    headerIndex: new Map(),
    from: [],
    replyTo: [],
    to: [],
    cc: [],
    deliveredTo: [],
    subject: '',
    date: null,
    received: [],
    authResults: [],
    root: { path: '', depth: 0, headers: [], contentType: 'text/plain', params: {}, disposition: '', filename: '', transferEncoding: '7bit', charset: '', body: new Uint8Array(), children: [] },
    text: '',
    html: '',
    visibleText: '',
    htmlFacts: emptyHtmlFacts(),
    attachments: [],
    charsets: [],
    anomalies: [],
    ...overrides,
  };
}
