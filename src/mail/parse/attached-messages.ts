import type { Attachment, MimePart, ParsedMessage } from '../types.js';

/**
 * The messages a message carries as attachments, as letters of their own (issue 17 item 8, session 66): a lure forwarded
 * whole behind a bland outer letter ("Fwd: …", "see attached") — a message/rfc822 (or message/global) part, an `.eml` file
 * sent as application/octet-stream, or an Outlook `.msg` — is read by the scan engine as the message it is (its own From,
 * Subject, text, links and attachments), not only as part of the outer letter's text. This is the parse's place for them:
 * which parts they are and their bytes. Reading them (parse, checks, score) is the engine's (src/scan/engine.ts), which bounds
 * how many and how deep; the outer message's own checks still read everything, but for the sender-identity checks, which read
 * only the forwarding sender's own words when one letter is forwarded (src/mail/own-words.ts, ParsedMessage.ownWords).
 *
 * Only the outermost attached messages are listed: one inside an attached message is that message's own, found when it is
 * read. Held apart from the MIME tree's building (mime.ts, assembleBody) so that a message without one costs a loop over
 * its attachments.
 */
export interface AttachedMessage {
  /** The part's path (MimePart.path). */
  partPath: string;
  /** How it is carried. */
  carrier: 'message/rfc822' | 'eml-file' | 'outlook-msg';
  /** The attached message's bytes: the part's body after its transfer encoding. */
  raw: Uint8Array;
  /**
   * Whether it is one post of a multipart/digest: a list's posts gathered in one delivery, not a letter someone forwards
   * to the reader. The engine carries only its danger (phishing, malware) into the digest's verdict, not spam: one spam
   * post must not take thirty list posts to the junk folder (its words still reach the digest's own reading).
   */
  inDigest: boolean;
}

/** An OLE compound file's signature (an Outlook .msg starts with it). */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** A header field name then a colon at the start of `b` (the first line of a message file). */
function startsWithField(b: Uint8Array): boolean {
  let i = 0;
  // An exported file may start with a UTF-8 byte order mark or blank lines (as parseMessage allows).
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) i = 3;
  while (i < 64 && (b[i] === 0x0d || b[i] === 0x0a)) i++;
  const start = i;
  for (; i < Math.min(b.length, start + 78); i++) {
    const c = b[i]!;
    if (c === 0x3a) return i > start;
    // Field names are printable ASCII but the colon (RFC 5322 §3.6.8); an mbox envelope line starts `From `.
    if (c <= 0x20 || c >= 0x7f) return c === 0x20 && i - start === 4 && String.fromCharCode(...b.subarray(start, i)) === 'From';
  }
  return false;
}

function carrierOf(a: Attachment): AttachedMessage['carrier'] | undefined {
  if (a.declaredType === 'message/rfc822' || a.declaredType === 'message/global') return 'message/rfc822';
  const name = a.filename.toLowerCase();
  if (name.endsWith('.eml') || a.declaredType === 'application/eml' || a.declaredType === 'message/x-emlx') return startsWithField(a.content) ? 'eml-file' : undefined;
  if (name.endsWith('.msg') || a.declaredType === 'application/vnd.ms-outlook') return OLE_SIGNATURE.every((x, i) => a.content[i] === x) ? 'outlook-msg' : undefined;
  return undefined;
}

/** The outermost attached messages of `msg`, in tree order (see AttachedMessage). */
export function attachedMessages(msg: ParsedMessage): AttachedMessage[] {
  let out: AttachedMessage[] | undefined;
  for (const a of msg.attachments) {
    const carrier = carrierOf(a);
    if (!carrier || a.content.length === 0) continue;
    // Inside one already listed (a message/rfc822 part's own parts are in the attachments too): that message's own.
    if (out?.some((m) => a.partPath.startsWith(`${m.partPath}.`))) continue;
    (out ??= []).push({ partPath: a.partPath, carrier, raw: a.content, inDigest: parentType(msg.root, a.partPath) === 'multipart/digest' });
  }
  return out ?? NONE;
}

const NONE: AttachedMessage[] = [];

/** The content type of the part whose child is at `path`, or undefined (the root, or a path not in the tree). */
function parentType(part: MimePart, path: string): string | undefined {
  for (const child of part.children) {
    if (child.path === path) return part.contentType;
    // Paths extend their parent's (mime.ts childPath): only the branch whose path leads to `path` is walked.
    if (path.startsWith(`${child.path}.`)) return parentType(child, path);
  }
  return undefined;
}
