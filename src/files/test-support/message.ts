import type { Attachment, ParsedMessage } from '../../mail/types.js';

/**
 * A hand-built ParsedMessage carrying the given attachments and body text, for testing attachment
 * checks without the MIME parser.
 * @example messageWith([{ filename: 'a.zip', content: zip }], 'Password: 1234')
 */
export function messageWith(attachments: { filename: string; content: Uint8Array; declaredType?: string }[], text = ''): ParsedMessage {
  const atts: Attachment[] = attachments.map((a, i) => ({
    partPath: String(i + 2),
    filename: a.filename,
    declaredType: a.declaredType ?? 'application/octet-stream',
    disposition: 'attachment',
    content: a.content,
    size: a.content.length,
  }));
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
    root: { path: '', depth: 0, headers: [], contentType: 'multipart/mixed', params: {}, disposition: '', filename: '', transferEncoding: '7bit', charset: '', body: new Uint8Array(), children: [] },
    text,
    html: '',
    visibleText: text,
    htmlFacts: { links: [], scripts: 0, hiddenTextChars: 0, invisibleChars: 0, forms: 0 },
    attachments: atts,
    charsets: [],
    anomalies: [],
  };
}
