import { decodeEntities, pageWords } from '../html/clipboard.js';
import { rtfDocument, rtfText, type RtfLink } from '../rtf/text.js';
import { decompressedWithin, decompressRtf, type DecompressedRtf } from './compressed-rtf.js';
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

/**
 * What one reading of a TNEF stream found, wide enough to answer every call with bounds within its own (listingOf): the
 * attachments up to `maxEntries` and how many there were, the problems in stream order (an attachment's decoy title tied to
 * its entry, the compressed RTF's problem re-read per bound), and the body's sources undecided by any bound — the legacy
 * attBody's bytes, PR_BODY's and PR_BODY_HTML's whole strings, the RTF decompressed to `maxBody`.
 */
interface TnefWalk {
  maxEntries: number;
  maxAttributes: number;
  maxBody: number;
  entries: TnefEntry[];
  /** Attachments the stream has (read up to maxAttributes): past the caller's maxEntries, the listing is truncated. */
  attachments: number;
  problems: { text: string; entry?: number; rtf?: true }[];
  text?: { attBody: Uint8Array } | { string: string };
  html?: string;
  rtf?: { compressed: Uint8Array; wide: DecompressedRtf };
}

/**
 * Each stream's reading, by its bytes (the attachment's content, which the message holds): the attachment analysis, the
 * links of documents (files/document-links) and the letter's view (checks/tnef-shown) each list a winmail.dat with their
 * own bounds, and read it once (issue 17 item 8, session 64). Each call's listing is what a reading with its bounds alone gives.
 */
const walks = new WeakMap<Uint8Array, TnefWalk>();
/**
 * Bounds of a first reading: wide enough for the callers' defaults (the analysis' 1,000 entries and 32 MiB scanned), so the
 * stream is read once. No body is larger than 9 bytes a byte of the stream (compressed RTF repeats 17 bytes per 2 read at
 * most; a string is at most its bytes), so a small stream is read whole whatever the bound.
 */
const WIDE_ENTRIES = 1000;
const WIDE_BODY_BYTES = 32 * 1024 * 1024;

export function listTnef(b: Uint8Array, options: { maxEntries: number; maxAttributes?: number; maxBodyBytes?: number }): TnefListing | null {
  if (b.length < 6 || !isTnef(b)) return null;
  const maxAttributes = options.maxAttributes ?? 10_000;
  const maxBody = options.maxBodyBytes ?? DEFAULT_BODY_BYTES;
  let walk = walks.get(b);
  // A reading whose body bound is 9 bytes a byte of the stream read every body whole: any bound is answered from it.
  if (!walk || walk.maxAttributes !== maxAttributes || walk.maxEntries < options.maxEntries || (walk.maxBody < maxBody && walk.maxBody < 9 * b.length)) {
    const wideBody = Math.max(maxBody, walk?.maxBody ?? 0, Math.min(WIDE_BODY_BYTES, 9 * b.length));
    walk = walkTnef(b, Math.max(options.maxEntries, walk?.maxEntries ?? 0, WIDE_ENTRIES), maxAttributes, wideBody);
    walks.set(b, walk);
  }
  return listingOf(walk, options.maxEntries, maxBody);
}

/** The listing a reading with bounds (`maxEntries`, `maxBody`) within the walk's own gives, from the walk. */
function listingOf(walk: TnefWalk, maxEntries: number, maxBody: number): TnefListing {
  const body: TnefBody = {};
  if (walk.text) body.text = 'attBody' in walk.text ? trimEnd(Buffer.from(walk.text.attBody.subarray(0, maxBody)).toString('latin1'), '\0') : walk.text.string.slice(0, maxBody);
  if (walk.html !== undefined) body.html = walk.html.slice(0, maxBody);
  let rtfProblem: string | undefined;
  if (walk.rtf) {
    const rtf = decompressedWithin(walk.rtf.wide, walk.rtf.compressed, maxBody);
    body.rtf = rtf.rtf;
    rtfProblem = rtf.problem;
  }
  const problems: string[] = [];
  for (const p of walk.problems) {
    if (p.entry !== undefined && p.entry >= maxEntries) continue;
    if (p.rtf) {
      if (rtfProblem) problems.push(`compressed RTF body: ${rtfProblem}`);
    } else problems.push(p.text);
  }
  return { entries: walk.entries.length > maxEntries ? walk.entries.slice(0, maxEntries) : walk.entries.slice(), problems, truncated: walk.attachments > maxEntries, body };
}

function walkTnef(b: Uint8Array, maxEntries: number, maxAttributes: number, maxBody: number): TnefWalk {
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const walk: TnefWalk = { maxEntries, maxAttributes, maxBody, entries: [], attachments: 0, problems: [] };
  const problems = walk.problems;
  let current: { name?: string; longName?: string; data?: Uint8Array } | undefined;
  const flush = (): void => {
    if (current && (current.name !== undefined || current.data !== undefined)) {
      const entry = walk.attachments++;
      if (entry < maxEntries) {
        const name = current.longName ?? current.name ?? 'attachment';
        // The title Outlook does not show names another kind of file than the long name it shows: a decoy.
        if (current.longName && current.name && extension(current.longName) !== extension(current.name)) problems.push({ text: `an attachment titled ${current.name} is shown as ${current.longName}`, entry });
        walk.entries.push({ name, data: current.data ?? new Uint8Array(0) });
      }
    }
    current = undefined;
  };
  let at = 6;
  for (let n = 0; at < b.length && n < maxAttributes; n++) {
    if (at + 9 > b.length) {
      problems.push({ text: 'cut inside an attribute header' });
      break;
    }
    const level = b[at]!;
    const id = v.getUint32(at + 1, true);
    const length = v.getUint32(at + 5, true);
    const from = at + 9;
    if (from + length > b.length) {
      problems.push({ text: `an attribute of ${length} bytes runs past the end` });
      // The bytes that are there are still a file's start (a program's header and name are at its start).
      if (level === 2 && id === ATT_ATTACH_DATA && current) current.data = b.subarray(from);
      break;
    }
    const data = b.subarray(from, from + length);
    if (level === 1) {
      if (id === ATT_BODY) walk.text ??= { attBody: data };
      else if (id === ATT_MSG_PROPS) readMessageProperties(data, walk);
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
        if (problem) problems.push({ text: `attachment properties: ${problem}` });
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
  return walk;
}

function readMessageProperties(data: Uint8Array, walk: TnefWalk): void {
  const { props, problem } = readMapiProperties(data);
  if (problem) walk.problems.push({ text: `message properties: ${problem}` });
  for (const p of props) {
    if (p.id === PR_BODY) {
      if (walk.text === undefined) {
        const text = mapiString(p, Infinity);
        if (text !== undefined) walk.text = { string: text };
      }
    } else if (p.id === PR_BODY_HTML) walk.html ??= mapiString(p, Infinity);
    else if (p.id === PR_RTF_COMPRESSED && p.values[0] && walk.rtf === undefined) {
      const rtf = decompressRtf(p.values[0], walk.maxBody);
      if (!rtf) walk.problems.push({ text: 'a compressed RTF body of no known form' });
      else {
        walk.rtf = { compressed: p.values[0], wide: rtf };
        walk.problems.push({ text: '', rtf: true });
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
