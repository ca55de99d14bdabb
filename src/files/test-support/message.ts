import type { Attachment, ParsedMessage } from '../../mail/types.js';
import { emptyMessage } from '../../test-support/empty-message.js';

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
  return emptyMessage({
    root: { ...emptyMessage().root, contentType: 'multipart/mixed' },
    text,
    visibleText: text,
    attachments: atts,
  });
}
