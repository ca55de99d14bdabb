import { decodeEntities, pageWords } from '../html/clipboard.js';
import { rtfDocument, rtfText, type RtfLink } from '../rtf/text.js';
import { decompressRtf } from './compressed-rtf.js';
import { mapiString, PT_OBJECT, readMapiProperties, type MapiProperty } from './mapi.js';

/**
 * TNEF (winmail.dat, application/ms-tnef; MS-OXTNEF): Outlook and Exchange wrap a message's attachments in it when they send
 * "rich text". Outlook opens it and shows the files as attachments of their own, so a program inside is a program the reader
 * can start; other clients show only winmail.dat. Read here: the attachment attributes of the legacy stream (attAttachTitle
 * for the file name, attAttachData for its bytes, MS-OXTNEF §2.1.3.3.4), which every TNEF writer fills in, and each
 * attachment's MAPI properties (attAttachment): the long file name Outlook shows (PR_ATTACH_LONG_FILENAME, over the
 * title's 8.3 name), and the data object when there is no attAttachData (PR_ATTACH_DATA_OBJ: an embedded message is a
 * TNEF stream of its own after its interface id). Also the message's body, which Outlook shows in place of the MIME
 * body when that is empty: the legacy attBody and the MAPI bodies of attMsgProps (PR_BODY, PR_BODY_HTML and the
 * compressed RTF body PR_RTF_COMPRESSED) — a lure can be written there alone (issue 17 item 8).
 * Bounded: at most `maxEntries` attachments and `maxAttributes` attributes, a body of at most `maxBodyBytes` a form; a
 * length past the end ends the reading (a problem).
 */
export interface TnefEntry {
  name: string;
  data: Uint8Array;
}

/** The message body in each form the stream holds (each at most `maxBodyBytes`). */
export interface TnefBody {
  /** attBody or PR_BODY. */
  text?: string;
  html?: string;
  /** PR_RTF_COMPRESSED, decompressed. */
  rtf?: Uint8Array;
}

export interface TnefListing {
  entries: TnefEntry[];
  problems: string[];
  truncated: boolean;
  body: TnefBody;
}

const TNEF_SIGNATURE = 0x223e9f78;

/** Whether `b` starts with the TNEF signature (winmail.dat, whatever its name or declared type). */
export function isTnef(b: Uint8Array): boolean {
  return b.length >= 4 && (b[0]! | (b[1]! << 8) | (b[2]! << 16) | (b[3]! << 24)) >>> 0 === TNEF_SIGNATURE;
}
const ATT_ATTACH_REND_DATA = 0x00069002;
const ATT_ATTACH_TITLE = 0x00018010;
const ATT_ATTACH_DATA = 0x0006800f;
const ATT_ATTACHMENT = 0x00069005;
const ATT_BODY = 0x0001800c;
const ATT_MSG_PROPS = 0x00069003;
const PR_BODY = 0x1000;
const PR_RTF_COMPRESSED = 0x1009;
const PR_BODY_HTML = 0x1013;
const PR_ATTACH_DATA_OBJ = 0x3701;
const PR_ATTACH_FILENAME = 0x3704;
const PR_ATTACH_LONG_FILENAME = 0x3707;
const DEFAULT_BODY_BYTES = 1024 * 1024;
const MAX_NAME_CHARS = 256;

export function listTnef(b: Uint8Array, options: { maxEntries: number; maxAttributes?: number; maxBodyBytes?: number }): TnefListing | null {
  if (b.length < 6 || !isTnef(b)) return null;
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const problems: string[] = [];
  const entries: TnefEntry[] = [];
  const maxAttributes = options.maxAttributes ?? 10_000;
  const maxBody = options.maxBodyBytes ?? DEFAULT_BODY_BYTES;
  const body: TnefBody = {};
  let current: { name?: string; longName?: string; data?: Uint8Array } | undefined;
  let truncated = false;
  const flush = (): void => {
    if (current && (current.name !== undefined || current.data !== undefined)) {
      if (entries.length >= options.maxEntries) truncated = true;
      else {
        const name = current.longName ?? current.name ?? 'attachment';
        // The title Outlook does not show names another kind of file than the long name it shows: a decoy.
        if (current.longName && current.name && extension(current.longName) !== extension(current.name)) problems.push(`an attachment titled ${current.name} is shown as ${current.longName}`);
        entries.push({ name, data: current.data ?? new Uint8Array(0) });
      }
    }
    current = undefined;
  };
  let at = 6;
  for (let n = 0; at < b.length && n < maxAttributes; n++) {
    if (at + 9 > b.length) {
      problems.push('cut inside an attribute header');
      break;
    }
    const level = b[at]!;
    const id = v.getUint32(at + 1, true);
    const length = v.getUint32(at + 5, true);
    const from = at + 9;
    if (from + length > b.length) {
      problems.push(`an attribute of ${length} bytes runs past the end`);
      // The bytes that are there are still a file's start (a program's header and name are at its start).
      if (level === 2 && id === ATT_ATTACH_DATA && current) current.data = b.subarray(from);
      break;
    }
    const data = b.subarray(from, from + length);
    if (level === 1) {
      if (id === ATT_BODY) body.text ??= trimEnd(Buffer.from(data.subarray(0, maxBody)).toString('latin1'), '\0');
      else if (id === ATT_MSG_PROPS) readMessageProperties(data, body, maxBody, problems);
    } else if (level === 2) {
      if (id === ATT_ATTACH_REND_DATA) {
        flush();
        current = {};
      } else if (id === ATT_ATTACH_TITLE) {
        current ??= {};
        let end = data.indexOf(0);
        if (end < 0) end = data.length;
        current.name = Buffer.from(data.subarray(0, Math.min(end, MAX_NAME_CHARS))).toString('latin1');
      } else if (id === ATT_ATTACH_DATA) {
        current ??= {};
        current.data = data;
      } else if (id === ATT_ATTACHMENT) {
        current ??= {};
        const { props, problem } = readMapiProperties(data);
        if (problem) problems.push(`attachment properties: ${problem}`);
        const byId = (pid: number): MapiProperty | undefined => props.find((p) => p.id === pid);
        const longName = mapiString(byId(PR_ATTACH_LONG_FILENAME), MAX_NAME_CHARS) || mapiString(byId(PR_ATTACH_FILENAME), MAX_NAME_CHARS);
        if (longName) current.longName = longName;
        const object = byId(PR_ATTACH_DATA_OBJ);
        const bytes = object?.values[0];
        // An object's value starts with its interface id (16 bytes); a binary's is the file.
        if (bytes && current.data === undefined) current.data = (object.type & 0xfff) === PT_OBJECT ? bytes.subarray(16) : bytes;
      }
    }
    at = from + length + 2;
  }
  flush();
  return { entries, problems, truncated, body };
}

function readMessageProperties(data: Uint8Array, body: TnefBody, maxBody: number, problems: string[]): void {
  const { props, problem } = readMapiProperties(data);
  if (problem) problems.push(`message properties: ${problem}`);
  for (const p of props) {
    if (p.id === PR_BODY) body.text ??= mapiString(p, maxBody);
    else if (p.id === PR_BODY_HTML) body.html ??= mapiString(p, maxBody);
    else if (p.id === PR_RTF_COMPRESSED && p.values[0] && body.rtf === undefined) {
      const rtf = decompressRtf(p.values[0], maxBody);
      if (!rtf) problems.push('a compressed RTF body of no known form');
      else {
        body.rtf = rtf.rtf;
        if (rtf.problem) problems.push(`compressed RTF body: ${rtf.problem}`);
      }
    }
  }
}

/** `s` without the run of `chars` at its end (a loop: a `[…]+$` pattern retries from every start of a long run). */
function trimEnd(s: string, chars: string): string {
  let end = s.length;
  while (end > 0 && chars.includes(s[end - 1]!)) end--;
  return s.slice(0, end);
}

function extension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).trim().toLowerCase();
}

/**
 * The words of a TNEF body as a reader sees them, each form once (the compressed RTF Outlook shows first, then the HTML,
 * then the plain text; a form whose words repeat one already read is left out), at most `maxChars` characters.
 */
export function tnefBodyText(body: TnefBody, maxChars: number): string {
  return readBody(body, maxChars).text;
}

/**
 * tnefBodyText's words, and the HYPERLINK fields of the compressed RTF body with the text each shows (files/rtf rtfDocument):
 * the links Outlook shows in the letter, as an HTML body's anchors are read.
 */
export function tnefBodyRead(body: TnefBody, maxChars: number): { text: string; links: RtfLink[] } {
  return readBody(body, maxChars, true);
}

function readBody(body: TnefBody, maxChars: number, withLinks = false): { text: string; links: RtfLink[] } {
  const forms: string[] = [];
  let links: RtfLink[] = [];
  if (body.rtf) {
    if (withLinks) {
      const doc = rtfDocument(body.rtf, maxChars);
      forms.push(doc.text);
      links = doc.links;
    } else forms.push(rtfText(body.rtf, maxChars));
  }
  if (body.html) forms.push(pageWords(body.html.replace(INVISIBLE_BLOCK, ' ')));
  if (body.text) forms.push(body.text);
  const seen = new Set<string>();
  let out = '';
  for (const form of forms) {
    // A body's string ends at its NUL (an RTF writer may leave one after the closing brace).
    const words = form.replaceAll('\0', '').replace(/\s+/g, ' ').trim();
    if (!words || seen.has(words)) continue;
    seen.add(words);
    out = out ? `${out}\n${words}` : words;
    if (out.length >= maxChars) return { text: out.slice(0, maxChars), links };
  }
  return { text: out, links };
}

/** A style sheet or a script in an HTML body: not words a reader sees (a head is not cut: in mail it is often left open, its end tag after the body). */
const INVISIBLE_BLOCK = /<(style|script)\b[^>]{0,1000}>[\s\S]{0,200000}?<\/\1\s*>/gi;
/** A link a reader can follow, written out in any of the forms (an RTF HYPERLINK field, an HTML href, a bare URL). */
const BODY_LINK = /\b(?:https?:\/\/|tel:)[^\s"'<>\\{}]{1,2000}/gi;

/** The links of a TNEF body, in the order of its forms (RTF, HTML, text), each once, at most `max`. */
export function tnefBodyLinks(body: TnefBody, max: number): string[] {
  const links: string[] = [];
  const forms = [body.rtf ? Buffer.from(body.rtf.buffer, body.rtf.byteOffset, body.rtf.byteLength).toString('latin1') : '', body.html ? decodeEntities(body.html) : '', body.text ?? ''];
  for (const form of forms) {
    for (const m of form.matchAll(BODY_LINK)) {
      const link = trimEnd(m[0], '.,;:!?)]');
      if (!links.includes(link)) links.push(link);
      if (links.length >= max) return links;
    }
  }
  return links;
}
