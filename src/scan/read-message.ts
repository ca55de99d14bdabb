import { parseMessage } from '../mail/parse/index.js';
import type { ParseOptions, ParsedMessage } from '../mail/types.js';
import { outlookMsgToMime } from '../files/outlook-msg/index.js';

/**
 * The message a scan reads from the bytes it was given: RFC 5322 as it is, or an Outlook message file (.msg, as saved from
 * Outlook or handed over by a "report phishing" button) rewritten as the message it stands for (files/outlook-msg). Every
 * reader of a stored or submitted message goes through here, so a .msg reads the same in a scan, the dashboard and learning.
 * Throws NotMailError as parseMessage does for input that is neither.
 * @example readMessage(readFileSync('report.msg'), limits).subject
 */
export function readMessage(raw: Uint8Array, options: ParseOptions): ParsedMessage {
  // The OLE signature's first byte (0xD0) starts no mail: one comparison for every other message.
  const converted = raw[0] === 0xd0 ? outlookMsgToMime(raw) : undefined;
  if (converted) return parseMessage(converted.raw, options);
  return parseMessage(raw, options);
}
