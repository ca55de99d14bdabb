/**
 * Structured mutations of real mail for the mutation sweep (bench/mutations.ts): truncation at chosen points, broken and
 * duplicated boundaries, nesting, huge and colon-less header lines, line endings, control bytes, broken charsets and
 * transfer encodings, broken RFC 2047 words and encoded-word bombs, hostile HTML and malformed archives and documents.
 *
 * Each mutation is a pure function of the message's bytes and a seeded generator (`rng`), so a run is the same every
 * time. A mutation gives the message to compare against (`original`: the message itself, or the message carrying a
 * well-formed attachment that the mutation then breaks) and the mutated message, or null when it does not apply (no
 * multipart to break, no base64 to cut). `keeps` says the mutation leaves what makes the message a lure in place (it adds,
 * duplicates, re-encodes or breaks something else): a phishing or malware original must then keep or raise its verdict.
 * A mutation that may cut the lure away (truncation, a part moved into the preamble) is measured for crashes, time and
 * memory only; its lowered verdicts are counted, not held.
 */
import { gzipSync } from 'node:zlib';
import Encoding from 'encoding-japanese';
import { buildPe } from '../../src/files/test-support/pe-builder.js';
import { buildPdf } from '../../src/files/test-support/pdf-builder.js';
import { buildZip } from '../../src/files/test-support/zip-builder.js';
import { buildCab } from '../../src/files/test-support/cab-builder.js';
import { buildIso } from '../../src/files/test-support/iso-builder.js';
import { buildRar4, buildRar5 } from '../../src/files/test-support/rar-builder.js';
import { buildOle, buildVbaDir, ovbaCompressLiteral } from '../../src/files/test-support/ole-builder.js';
import { buildTar } from '../../src/files/test-support/tar-builder.js';
import { qrMatrix, rasterOf, pngOf, jpegOf, gifOf } from '../../src/files/test-support/qr-images.js';
import { SEVEN_ZIP_BOOKMARK_LZMA, SEVEN_ZIP_EXE } from '../../src/files/test-support/sevenzip-fixtures.js';
import { buildTnef } from '../../src/files/test-support/tnef-builder.js';
import { parseMessage } from '../../src/mail/parse/index.js';
import { DEFAULT_PARSE_OPTIONS } from '../../src/mail/parse/test-helpers.js';
import { mulberry32 } from '../../src/classifier/logistic.js';
import { attachmentPart, editHtmlParts, nested, withParts } from '../../src/test-support/evasions.js';

const CRLF = '\r\n';

/** The sweep's only source of chance: the classifier's seeded mulberry32 (one generator in the house). */
export const rngFrom: (seed: number) => () => number = mulberry32;

/** FNV-1a of a string: the per-(message, mutation) seed. */
export function hashSeed(...parts: (string | number)[]): number {
  let h = 0x811c9dc5;
  for (const ch of parts.join('\u0000')) {
    h ^= ch.charCodeAt(0);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

type Rng = () => number;
const between = (rng: Rng, lo: number, hi: number): number => lo + Math.floor(rng() * Math.max(1, hi - lo));

/** Offset of the header block's end (the empty line), or the length when there is none. */
export function headerEnd(raw: Buffer): number {
  const a = raw.indexOf('\n\n');
  const b = raw.indexOf('\r\n\r\n');
  const c = [a, b].filter((x) => x >= 0);
  return c.length ? Math.min(...c) : raw.length;
}

/** Every boundary parameter declared anywhere in the message (top level and nested), at most 16. */
function boundaries(raw: Buffer): string[] {
  const text = raw.toString('latin1');
  const out = new Set<string>();
  const re = /boundary\s*=\s*(?:"([^"\r\n]{1,200})"|([^\s;"]{1,200}))/gi;
  for (let m = re.exec(text); m && out.size < 16; m = re.exec(text)) out.add(m[1] ?? m[2]!);
  return [...out];
}

/** [start, end] of the delimiter lines of `boundary` (start of `--b`, end of its line without the break). */
function delimiterLines(raw: Buffer, boundary: string): [number, number][] {
  const marker = Buffer.from(`--${boundary}`, 'latin1');
  const out: [number, number][] = [];
  for (let at = raw.indexOf(marker); at >= 0 && out.length < 2000; at = raw.indexOf(marker, at + marker.length)) {
    if (at > 0 && raw[at - 1] !== 0x0a && raw[at - 1] !== 0x0d) continue;
    let end = raw.indexOf(0x0a, at);
    if (end < 0) end = raw.length;
    if (raw[end - 1] === 0x0d) end--;
    out.push([at, end]);
  }
  return out;
}

/** Lines (start, end without break) of the body. */
function lines(raw: Buffer, from = 0): [number, number][] {
  const out: [number, number][] = [];
  let pos = from;
  while (pos < raw.length) {
    const nl = raw.indexOf(0x0a, pos);
    let end = nl < 0 ? raw.length : nl;
    if (raw[end - 1] === 0x0d) end--;
    out.push([pos, end]);
    if (nl < 0) break;
    pos = nl + 1;
  }
  return out;
}

const BASE64_LINE = /^[A-Za-z0-9+/]{40,}={0,2}$/;

/** Runs of at least 4 consecutive base64 lines: [start of the first, end of the last]. */
function base64Runs(raw: Buffer): [number, number][] {
  const runs: [number, number][] = [];
  let start = -1;
  let last = -1;
  let count = 0;
  for (const [s, e] of lines(raw, headerEnd(raw))) {
    if (e - s <= 120 && BASE64_LINE.test(raw.subarray(s, e).toString('latin1'))) {
      if (start < 0) start = s;
      last = e;
      count++;
    } else {
      if (count >= 4) runs.push([start, last]);
      start = -1;
      count = 0;
    }
  }
  if (count >= 4) runs.push([start, last]);
  return runs;
}

function cut(raw: Buffer, at: number): Buffer {
  return Buffer.from(raw.subarray(0, Math.max(0, Math.min(raw.length, at))));
}

function insertAt(raw: Buffer, at: number, bytes: Buffer | string): Buffer {
  return Buffer.concat([raw.subarray(0, at), Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes, 'latin1'), raw.subarray(at)]);
}

/** Offset of the From field's line (or of the first field). */
function fromLine(raw: Buffer): number {
  const head = raw.subarray(0, headerEnd(raw)).toString('latin1');
  const m = /^from[ \t]*:/im.exec(head);
  return m ? m.index : 0;
}

/**
 * Rewrites every line ending: `eol(i)` gives the break for line i. A CR ending before an empty line ended by LF would make
 * one CRLF of the two (the empty line, the header's end, would vanish): that empty line is ended by CRLF instead.
 */
function reEnd(raw: Buffer, eol: (i: number) => string): Buffer {
  const chunks: Buffer[] = [];
  const all = lines(raw);
  const ends = all.map((_, i) => eol(i));
  for (let i = 0; i + 1 < all.length; i++) if (ends[i] === '\r' && all[i + 1]![0] === all[i + 1]![1] && ends[i + 1] === '\n') ends[i + 1] = '\r\n';
  all.forEach(([s, e], i) => {
    chunks.push(raw.subarray(s, e));
    // A final line without a break keeps none; a lone CR inside a line is left as it was.
    if (i < all.length - 1 || raw[raw.length - 1] === 0x0a) chunks.push(Buffer.from(ends[i]!, 'latin1'));
  });
  return Buffer.concat(chunks);
}

/** The message's header fields as written, and its body (after the empty line). */
function split(raw: Buffer): { head: string; body: Buffer; sep: string } {
  const end = headerEnd(raw);
  const sep = raw[end] === 0x0d ? '\r\n\r\n' : '\n\n';
  return { head: raw.subarray(0, end).toString('latin1'), body: raw.subarray(Math.min(raw.length, end + sep.length)), sep };
}

/** Content-Transfer-Encoding of the parts encoded `encoding`: [start, end] of each body (from a header's empty line to the next delimiter). */
function encodedBodies(raw: Buffer, encoding: RegExp): [number, number][] {
  const text = raw.toString('latin1');
  const out: [number, number][] = [];
  const re = /^content-transfer-encoding[ \t]*:[ \t]*([^\r\n]*)/gim;
  for (let m = re.exec(text); m && out.length < 64; m = re.exec(text)) {
    if (!encoding.test(m[1]!.trim())) continue;
    const blank = /\r?\n\r?\n/g;
    blank.lastIndex = m.index;
    const b = blank.exec(text);
    if (!b) continue;
    const start = b.index + b[0].length;
    const next = text.indexOf('\n--', start);
    const end = next < 0 ? text.length : next;
    if (end > start) out.push([start, end]);
  }
  return out;
}

/** The Subject as the parser reads it (encoded words and 8-bit bytes decoded), or '' when the message does not parse. */
function decodedSubject(raw: Buffer): string {
  try {
    return parseMessage(raw, DEFAULT_PARSE_OPTIONS).subject;
  } catch {
    return '';
  }
}

/** Replaces the Subject field (first one) by `field` (a whole line without break), or inserts it before From. */
function withSubject(raw: Buffer, field: (old: string) => string): Buffer {
  const { head, body, sep } = split(raw);
  const m = /^subject[ \t]*:([^\r\n]*(?:\r?\n[ \t][^\r\n]*)*)/im.exec(head);
  const eol = head.includes('\r\n') ? '\r\n' : '\n';
  const newHead = m ? head.slice(0, m.index) + field(m[1]!.replace(/\r?\n[ \t]/g, ' ').trim()) + head.slice(m.index + m[0].length) : `${field('')}${eol}${head}`;
  return Buffer.concat([Buffer.from(newHead + sep, 'latin1'), body]);
}

/** The message's own content (what follows its content fields) as a part: for wrapping it in multiparts. */
function contentAsPart(raw: Buffer): { outer: string; part: Buffer } {
  const { head, body } = split(raw);
  const outer: string[] = [];
  const content: string[] = [];
  let target = outer;
  for (const line of head.split(/\r?\n/)) {
    if (line === '') continue;
    if (!/^[ \t]/.test(line)) target = /^(content-[a-z-]+|mime-version)\s*:/i.test(line) ? content : outer;
    target.push(line);
  }
  const ownContent = content.filter((l) => !/^mime-version/i.test(l)).join(CRLF) || 'Content-Type: text/plain';
  return { outer: outer.join(CRLF), part: Buffer.concat([Buffer.from(ownContent + CRLF + CRLF, 'latin1'), body]) };
}

/** The message's content as the last part after `filler` tiny parts, or `levels` multiparts deep. */
function wrapped(raw: Buffer, levels: number, filler = 0): Buffer {
  const { outer, part } = contentAsPart(raw);
  const boundary = '=_mutation_outer_5c1d';
  const tiny = Buffer.from(`Content-Type: text/plain; charset=us-ascii${CRLF}${CRLF}.`, 'latin1');
  const chunks: Buffer[] = [Buffer.from(`${outer}${CRLF}MIME-Version: 1.0${CRLF}Content-Type: multipart/mixed; boundary="${boundary}"${CRLF}${CRLF}`, 'latin1')];
  for (let i = 0; i < filler; i++) chunks.push(Buffer.from(`--${boundary}${CRLF}`), tiny, Buffer.from(CRLF));
  chunks.push(Buffer.from(`--${boundary}${CRLF}`), levels > 0 ? nested(part, levels) : part, Buffer.from(`${CRLF}--${boundary}--${CRLF}`));
  return Buffer.concat(chunks);
}

// ---------------------------------------------------------------------------------------------------------------
// Payloads for the attachment mutations: each has a well-formed form (the original carries it) and a broken one.

const PE = buildPe({ imports: { 'urlmon.dll': ['URLDownloadToFileA'], 'kernel32.dll': ['WinExec'] } });
const EXE_NAME = 'Invoice_0423.pdf.exe';

function zipWithExe(): Buffer {
  return buildZip([{ name: 'readme.txt', data: 'Open the invoice.' }, { name: EXE_NAME, data: PE }]);
}

/** End of central directory offset (last EOCD signature). */
function eocdAt(zip: Buffer): number {
  return zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
}
function centralAt(zip: Buffer): number {
  return zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
}

const DOCX_XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Your account is locked. Enable editing and verify at http://login-secure-verify.example.top/</w:t></w:r></w:p></w:body></w:document>';
const CONTENT_TYPES = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS = '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" Target="http://198.51.100.7/template.dotm" TargetMode="External"/></Relationships>';

function docx(): Buffer {
  return buildZip([
    { name: '[Content_Types].xml', data: CONTENT_TYPES },
    { name: 'word/document.xml', data: DOCX_XML },
    { name: 'word/_rels/settings.xml.rels', data: RELS },
  ]);
}

function pdfWithLink(): Buffer {
  return buildPdf({ content: 'BT /F1 12 Tf 72 712 Td (Your mailbox is full. Verify now) Tj ET', links: [{ uri: 'http://login-secure-verify.example.top/owa', rect: [72, 700, 300, 720] }] });
}

function zipPart(name: string, data: Buffer, type = 'application/zip'): Buffer {
  return attachmentPart(name, data, type);
}

export interface Mutation {
  name: string;
  description: string;
  /** The lure is left in place: a phishing or malware original must keep or raise its verdict. */
  keeps: boolean;
  /** The message to compare against (default: the message itself). */
  original?: (raw: Buffer) => Buffer;
  mutate: (raw: Buffer, rng: Rng) => Buffer | null;
}

const DOCX_NAME = 'Statement_0423.docx';

/** The message as a message/rfc822 attachment of a short cover note, `levels` times (a forward of a forward …): the lure at the bottom. */
function forwardedAsAttachment(raw: Buffer, levels: number): Buffer {
  // An mbox envelope line (`From sender date`, as the SpamAssassin files start) stays the file's first line, once: inside an
  // attachment it would be no header field, and the CLI would read the file as an mbox of many messages.
  const envelope = /^From [^\r\n]*\r?\n/.exec(raw.toString('latin1', 0, 1024))?.[0] ?? '';
  raw = raw.subarray(envelope.length);
  const { head } = split(raw);
  // The cover's header: the original's own fields but its content fields (the envelope a forwarder keeps).
  const outer = head.split(/\r?\n(?![ \t])/).filter((l) => l !== '' && !/^(content-[a-z-]+|mime-version)\s*:/i.test(l)).join(CRLF);
  let inner = raw;
  for (let i = levels; i > 0; i--) {
    const boundary = `=_mutation_fwd_${i}`;
    const cover = `Content-Type: text/plain; charset=us-ascii${CRLF}${CRLF}See the message below.${CRLF}`;
    inner = Buffer.concat([
      Buffer.from(`${outer}${CRLF}MIME-Version: 1.0${CRLF}Content-Type: multipart/mixed; boundary="${boundary}"${CRLF}${CRLF}--${boundary}${CRLF}${cover}--${boundary}${CRLF}Content-Type: message/rfc822${CRLF}Content-Disposition: inline${CRLF}${CRLF}`, 'latin1'),
      inner,
      Buffer.from(`${CRLF}--${boundary}--${CRLF}`, 'latin1'),
    ]);
  }
  return Buffer.concat([Buffer.from(envelope, 'latin1'), inner]);
}

/**
 * The letter's body moved into winmail.dat, as Outlook's rich text is sent: its HTML as PR_BODY_HTML, or its plain text as a
 * compressed RTF body, beside an empty text/plain (the reader's Outlook shows the TNEF body). Only for a message with no
 * attachment (one would be lost) and some text.
 */
function tnefBody(raw: Buffer): Buffer | null {
  const envelope = /^From [^\r\n]*\r?\n/.exec(raw.toString('latin1', 0, 1024))?.[0] ?? '';
  const msg = parseMessage(raw.subarray(envelope.length), DEFAULT_PARSE_OPTIONS);
  if (msg.attachments.length > 0 || (!msg.text.trim() && !msg.html.trim())) return null;
  const tnef = buildTnef([], msg.html.trim() ? { html: msg.html } : { rtf: rtfOf(msg.text) });
  const { head } = split(raw.subarray(envelope.length));
  const outer = head.split(/\r?\n(?![ \t])/).filter((l) => l !== '' && !/^(content-[a-z-]+|mime-version)\s*:/i.test(l)).join(CRLF);
  const boundary = '=_mutation_tnef_7a2e';
  return Buffer.concat([
    Buffer.from(envelope, 'latin1'),
    Buffer.from(`${outer}${CRLF}MIME-Version: 1.0${CRLF}Content-Type: multipart/mixed; boundary="${boundary}"${CRLF}${CRLF}--${boundary}${CRLF}Content-Type: text/plain; charset=us-ascii${CRLF}${CRLF}${CRLF}`, 'latin1'),
    Buffer.from(`--${boundary}${CRLF}`, 'latin1'),
    attachmentPart('winmail.dat', tnef, 'application/ms-tnef'),
    Buffer.from(`${CRLF}--${boundary}--${CRLF}`, 'latin1'),
  ]);
}

/** Plain text as an RTF document (RTF 1.9.1): `\\`, `{`, `}` escaped, line breaks as \par, beyond ASCII as \uN with a `?` fallback. */
function rtfOf(text: string): string {
  let out = '{\\rtf1\\ansi\\uc1 ';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (ch === '\n') out += '\\par ';
    else if (ch === '\r') continue;
    else if (ch === '\\' || ch === '{' || ch === '}') out += `\\${ch}`;
    else if (cp < 0x80) out += ch;
    else for (const unit of ch.length === 2 ? [ch.charCodeAt(0), ch.charCodeAt(1)] : [cp]) out += `\\u${unit > 0x7fff ? unit - 0x10000 : unit}?`;
  }
  return `${out}}`;
}

const ESC = '\u001b';
/** The message with ISO-2022-JP text (an escape to JIS X 0208, `ESC $ B` or `ESC $ @`), or null. */
function hasIso2022(raw: Buffer): boolean {
  return /charset\s*=\s*"?iso-2022-jp/i.test(raw.toString('latin1')) || raw.includes(`${ESC}$B`, 0, 'latin1');
}
/** `raw`'s body (after the header) with `edit` applied to its Latin-1 reading. */
function editBody(raw: Buffer, edit: (body: string) => string): Buffer {
  const { head, sep, body } = split(raw);
  return Buffer.concat([Buffer.from(head + sep, 'latin1'), Buffer.from(edit(body.toString('latin1')), 'latin1')]);
}

const PROGRAM_NAME = 'Invoice_0423.exe';
/** A RAR 5 archive holding the program, cut half-way through the program's bytes (no end block): WinRAR still lists it. */
function rarCut(): Buffer {
  const r = buildRar5([{ name: PROGRAM_NAME, data: PE }]);
  return r.subarray(0, r.length - 8 - Math.floor(PE.length / 2));
}
/** The 7z archive holding a program, its start header's CRC zeroed (7-Zip reports a header error). */
function sevenZipBadCrc(): Buffer {
  const z = Buffer.from(SEVEN_ZIP_EXE);
  z.writeUInt32LE(0, 8);
  return z;
}
/** An ISO image holding the program, without its volume descriptor set terminator and cut at the program's last byte. */
function isoBroken(): Buffer {
  const iso = Buffer.from(buildIso([{ name: 'INVOICE.EXE', data: PE }]));
  iso.fill(0, 17 * 2048, 18 * 2048);
  return iso.subarray(0, 19 * 2048 + PE.length);
}
/** A cabinet holding the program whose header claims 4 GiB and whose data block claims more bytes than it has. */
function cabBroken(): Buffer {
  const cab = Buffer.from(buildCab([{ name: PROGRAM_NAME, data: PE }]));
  cab.writeUInt32LE(0xffffffff, 8);
  return cab;
}
const LINKS = 50_000;

/** `text` in ISO-2022-JP (RFC 1468: JIS X 0208 after ESC $ B, back to ASCII with ESC ( B before each line's end). */
function jis(text: string): Buffer {
  return Buffer.from(Encoding.convert(Encoding.stringToCode(text), { to: 'JIS', from: 'UNICODE' }));
}

/**
 * Japanese letters written in ISO-2022-JP as Japanese mail programs send it (no corpus here holds one: the honeypot's Japanese
 * mail is UTF-8 or Shift_JIS), for the ISO-2022-JP mutations: three lures (an account lock, a card-company notice, a parcel
 * redelivery) and a meeting notice. Hand-written (session 62); the domains are example ones.
 */
export function iso2022Letters(): { source: string; raw: Buffer; lure: boolean }[] {
  const letter = (from: string, subject: string, body: string): Buffer => {
    const head = [`From: ${from}`, 'To: user@mailbox.example', `Subject: =?ISO-2022-JP?B?${jis(subject).toString('base64')}?=`, 'Date: Mon, 2 Jun 2025 07:58:00 +0900', 'Message-ID: <jis.1@sender.example>', 'MIME-Version: 1.0', 'Content-Type: text/plain; charset="ISO-2022-JP"', 'Content-Transfer-Encoding: 7bit'];
    return Buffer.concat([Buffer.from(`${head.join(CRLF)}${CRLF}${CRLF}`, 'latin1'), jis(body.replace(/\n/g, CRLF))]);
  };
  return [
    { source: 'jis-account-lock', lure: true, raw: letter('=?ISO-2022-JP?B?GyRCJSIlXiU+JXMbKEI=?= <security@amazon-account-check.example.top>', '【重要】アカウントが一時停止されました', 'お客様のアカウントで不審なログインが検出されたため、アカウントを一時停止しました。\n24時間以内に以下のリンクからログインし、パスワードとお支払い情報を確認してください。\nhttps://amazon-account-check.example.top/signin\n確認いただけない場合、アカウントは永久に停止されます。\n') },
    { source: 'jis-card-notice', lure: true, raw: letter('=?ISO-2022-JP?B?GyRCO1DIRjtUOVwlKyE8JUkbKEI=?= <info@smbc-card-info.example.top>', 'カードご利用確認のお願い', '三井住友カードをご利用いただきありがとうございます。\n第三者による不正利用の可能性があるため、カードのご利用を制限しております。\n下記よりご本人確認とカード情報の再登録をお願いいたします。\nhttps://smbc-card-verify.example.top/login\n') },
    { source: 'jis-parcel', lure: true, raw: letter('=?ISO-2022-JP?B?GyRCOjRAbjV0SjgbKEI=?= <notice@parcel-redelivery.example.top>', 'お荷物のお届けについて', 'お客様宛にお荷物のお届けにあがりましたが、宛先不明のため持ち帰りました。\n再配達のご依頼は以下のURLから、配送料200円のお支払いとともにお手続きください。\nhttps://parcel-redelivery.example.top/pay\n') },
    { source: 'jis-meeting', lure: false, raw: letter('=?ISO-2022-JP?B?GyRCRURDZhsoQg==?= <tanaka@example.co.jp>', '来週の定例会議について', '各位\n\n来週の定例会議は火曜日の午後2時から第3会議室で行います。\n議題は予算の見直しと新規案件の進捗です。資料は前日までに共有します。\n\n田中\n') },
  ];
}
const PDF_NAME = 'Statement_0423.pdf';

// ---------------------------------------------------------------------------------------------------------------
// Havoc: random damage, as a coverage-blind fuzzer deals it (AFL's havoc stage), for what the structured rows above do not
// think of. Measured for crashes, hangs, check errors, time and memory only (`keeps: false`): random edits may cut the lure.

/** Tokens the parsers branch on, spliced in by havoc so that random damage reaches past the first check of a format. */
const HAVOC_TOKENS = ['\r\n', '\r\n\r\n', '\n\n', '--', '--\r\n', '=?utf-8?b?', '=?iso-2022-jp?q?', '?=', '\u001b$B', '\u001b(B', '<', '>', '<a href="', '</', '<!--', '<![CDATA[', '&#x', ';', ':', '"', "'", '\\', '=\r\n', '=3D', 'Content-Type: multipart/mixed; boundary=', 'Content-Transfer-Encoding: base64', 'PK\u0003\u0004', 'PK\u0001\u0002', 'PK\u0005\u0006', '%PDF-1.7', 'stream\r\n', 'endstream', '<<', '>>', '/URI', 'Rar!\u001a\u0007\u0001\u0000', "7z\u00bc\u00af'\u001c", 'MSCF', 'MZ', 'PE\u0000\u0000', '\u0000', '\u00ff\u00ff\u00ff\u00ff', '\u0000\u0000\u0000\u0080', '{\\rtf1', '\\u-1?', '\u0078\u009f\u003e\u0022'].map((t) => Buffer.from(t, 'latin1'));

/** `edits` random edits of `data` (a byte flipped or set, bytes inserted, a span deleted or repeated, a token spliced in). */
export function havoc(data: Uint8Array, rng: Rng, edits: number, maxBytes = 1 << 24): Buffer {
  let b = Buffer.from(data);
  for (let i = 0; i < edits; i++) {
    const at = between(rng, 0, b.length + 1);
    const op = between(rng, 0, 7);
    if (b.length === 0 && op < 2) continue;
    if (op === 0) { const j = Math.min(at, b.length - 1); b[j] = b[j]! ^ (1 << between(rng, 0, 8)); }
    else if (op === 1) { const j = Math.min(at, b.length - 1); b[j] = [0, 0xff, 0x7f, 0x80, 0x0a, 0x0d, between(rng, 0, 256)][between(rng, 0, 7)]!; }
    else if (op === 2) { const n = between(rng, 1, 65); const ins = Buffer.alloc(n); for (let k = 0; k < n; k++) ins[k] = between(rng, 0, 256); b = Buffer.concat([b.subarray(0, at), ins, b.subarray(at)]); }
    else if (op === 3) { const n = between(rng, 1, 257); b = Buffer.concat([b.subarray(0, at), b.subarray(Math.min(b.length, at + n))]); }
    else if (op === 4) { const n = between(rng, 1, 1025); const from = between(rng, 0, b.length); b = Buffer.concat([b.subarray(0, at), b.subarray(from, from + n), b.subarray(at)]); }
    else if (op === 5) { const t = HAVOC_TOKENS[between(rng, 0, HAVOC_TOKENS.length)]!; b = Buffer.concat([b.subarray(0, at), t, b.subarray(at)]); }
    else { const t = HAVOC_TOKENS[between(rng, 0, HAVOC_TOKENS.length)]!; b = Buffer.concat([b.subarray(0, at), t, b.subarray(Math.min(b.length, at + t.length))]); }
    if (b.length > maxBytes) b = b.subarray(0, maxBytes);
  }
  return b;
}

/** Well-formed files of every kind the attachment family opens, to be damaged by `file-havoc` (name, bytes, declared type). */
let havocFileList: [string, Buffer, string][] | undefined;
export function havocFiles(): [string, Buffer, string][] {
  return (havocFileList ??= buildHavocFiles());
}
function buildHavocFiles(): [string, Buffer, string][] {
  const vba = ovbaCompressLiteral('Attribute VB_Name = "ThisDocument"\r\nSub AutoOpen()\r\nShell "powershell -enc AAAA"\r\nEnd Sub\r\n');
  const ole = buildOle({ WordDocument: Buffer.alloc(64), 'Macros/VBA/dir': buildVbaDir([{ name: 'ThisDocument' }]), 'Macros/VBA/ThisDocument': vba });
  const qr = rasterOf(qrMatrix('https://login-secure-verify.example.top/qr'));
  return [
    ['invoice.zip', zipWithExe(), 'application/zip'],
    [DOCX_NAME, docx(), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    [PDF_NAME, pdfWithLink(), 'application/pdf'],
    ['invoice.rar', buildRar5([{ name: PROGRAM_NAME, data: PE }]), 'application/vnd.rar'],
    ['invoice4.rar', buildRar4([{ name: PROGRAM_NAME, data: PE }]), 'application/vnd.rar'],
    ['invoice.7z', Buffer.from(SEVEN_ZIP_EXE), 'application/x-7z-compressed'],
    ['bookmark.7z', Buffer.from(SEVEN_ZIP_BOOKMARK_LZMA), 'application/x-7z-compressed'],
    ['invoice.iso', Buffer.from(buildIso([{ name: 'INVOICE.EXE', data: PE }])), 'application/x-iso9660-image'],
    ['invoice.cab', buildCab([{ name: PROGRAM_NAME, data: PE }], { mszip: true }), 'application/vnd.ms-cab-compressed'],
    ['winmail.dat', buildTnef([{ name: PROGRAM_NAME, data: PE }], { rtf: '{\\rtf1\\ansi Your mailbox is full. Verify at {\\field{\\*\\fldinst HYPERLINK "http://login-secure-verify.example.top/"}{\\fldrslt here}}\\par}' }), 'application/ms-tnef'],
    ['statement.doc', ole, 'application/msword'],
    [PROGRAM_NAME, PE, 'application/octet-stream'],
    ['invoice.tar', buildTar([{ name: PROGRAM_NAME, data: PE }]), 'application/x-tar'],
    ['invoice.gz', gzipSync(zipWithExe()), 'application/gzip'],
    ['scan.png', pngOf(qr), 'image/png'],
    ['scan.jpg', jpegOf(qr), 'image/jpeg'],
    ['scan.gif', gifOf(qr), 'image/gif'],
  ];
}

export const MUTATIONS: Mutation[] = [
  // --- truncation -------------------------------------------------------------------------------------------
  { name: 'trunc-header', description: 'cut inside the header block', keeps: false, mutate: (raw, rng) => cut(raw, between(rng, 1, headerEnd(raw))) },
  {
    name: 'trunc-boundary',
    description: 'cut inside a boundary delimiter line',
    keeps: false,
    mutate: (raw, rng) => {
      const lines = boundaries(raw).flatMap((b) => delimiterLines(raw, b));
      if (!lines.length) return null;
      const [s, e] = lines[between(rng, 0, lines.length)]!;
      return cut(raw, between(rng, s + 1, e));
    },
  },
  {
    name: 'trunc-base64',
    description: 'cut inside a base64 body (not on a 4-character group)',
    keeps: false,
    mutate: (raw, rng) => {
      const runs = base64Runs(raw);
      if (!runs.length) return null;
      const [s, e] = runs[between(rng, 0, runs.length)]!;
      let at = between(rng, s + 1, e);
      if ((at - s) % 4 === 0) at++;
      return cut(raw, at);
    },
  },
  {
    name: 'trunc-multibyte',
    description: 'cut after the lead byte of a multibyte character',
    keeps: false,
    mutate: (raw, rng) => {
      const leads: number[] = [];
      for (let i = headerEnd(raw); i < raw.length - 1 && leads.length < 500; i++) if (raw[i]! >= 0xc2 && raw[i]! <= 0xf4 && (raw[i + 1]! & 0xc0) === 0x80) leads.push(i);
      if (!leads.length) for (let i = 0; i < raw.length && leads.length < 500; i++) if (raw[i]! >= 0x80) leads.push(i);
      if (!leads.length) return null;
      return cut(raw, leads[between(rng, 0, leads.length)]! + 1);
    },
  },
  { name: 'trunc-random', description: 'cut at a random point of the second half', keeps: false, mutate: (raw, rng) => cut(raw, between(rng, Math.floor(raw.length / 2), raw.length)) },
  // --- boundaries and nesting ---------------------------------------------------------------------------------
  {
    name: 'boundary-duplicated',
    description: 'every delimiter line written twice (an empty part before each)',
    keeps: true,
    mutate: (raw) => {
      const lines = boundaries(raw).flatMap((b) => delimiterLines(raw, b)).sort((a, b) => b[0] - a[0]);
      if (!lines.length) return null;
      let out = raw;
      for (const [s, e] of lines) out = insertAt(out, s, Buffer.concat([out.subarray(s, e), Buffer.from(CRLF)]));
      return out;
    },
  },
  {
    name: 'boundary-no-close',
    description: 'the closing delimiters (`--b--`) removed',
    keeps: true,
    mutate: (raw) => {
      const lines = boundaries(raw)
        .flatMap((b) => delimiterLines(raw, b).filter(([s, e]) => raw.subarray(s, e).toString('latin1').trimEnd() === `--${b}--`))
        .sort((a, b) => b[0] - a[0]);
      if (!lines.length) return null;
      let out = raw;
      for (const [s, e] of lines) out = Buffer.concat([out.subarray(0, s), out.subarray(e)]);
      return out;
    },
  },
  {
    name: 'boundary-first-missing',
    description: 'the first delimiter line removed (the first part falls into the preamble)',
    keeps: false,
    mutate: (raw) => {
      const b = boundaries(raw)[0];
      const first = b === undefined ? undefined : delimiterLines(raw, b)[0];
      if (!first) return null;
      return Buffer.concat([raw.subarray(0, first[0]), raw.subarray(first[1])]);
    },
  },
  { name: 'nest-10', description: 'the content 10 multiparts deep (within the depth limit)', keeps: true, mutate: (raw) => wrapped(raw, 10) },
  { name: 'nest-30', description: 'the content 30 multiparts deep (past the depth limit of 20)', keeps: true, mutate: (raw) => wrapped(raw, 30) },
  { name: 'nest-2000', description: 'the content 2,000 multiparts deep', keeps: true, mutate: (raw) => wrapped(raw, 2000) },
  { name: 'parts-600-before', description: 'the content after 600 tiny parts (past the part limit of 500)', keeps: true, mutate: (raw) => wrapped(raw, 0, 600) },
  // --- header ---------------------------------------------------------------------------------------------------
  { name: 'header-huge-line', description: 'a 1 MiB unfolded header line before From', keeps: true, mutate: (raw) => insertAt(raw, fromLine(raw), `X-Filler: ${'a'.repeat(1 << 20)}${CRLF}`) },
  { name: 'header-huge-subject', description: '200 KB of words appended to the Subject', keeps: true, mutate: (raw) => withSubject(raw, (old) => `Subject: ${old} ${'lorem ipsum dolor '.repeat(11_000)}`) },
  {
    name: 'header-no-colon',
    description: 'lines without a colon before From and at the end of the header',
    keeps: true,
    mutate: (raw) => {
      const end = headerEnd(raw);
      const withEnd = insertAt(raw, end, `${CRLF}this line has no colon at all`);
      return insertAt(withEnd, fromLine(withEnd), `garbage without colon${CRLF}another junk line${CRLF}`);
    },
  },
  {
    name: 'header-many-fields',
    description: '20,000 short fields before From (past the header limit)',
    keeps: true,
    mutate: (raw) => insertAt(raw, fromLine(raw), Array.from({ length: 20_000 }, (_, i) => `X-F${i}: v${CRLF}`).join('')),
  },
  // --- line endings ---------------------------------------------------------------------------------------------
  { name: 'eol-lf', description: 'every line ending LF only', keeps: true, mutate: (raw) => reEnd(raw, () => '\n') },
  { name: 'eol-crlf', description: 'every line ending CRLF', keeps: true, mutate: (raw) => reEnd(raw, () => '\r\n') },
  { name: 'eol-cr', description: 'every line ending CR only', keeps: true, mutate: (raw) => reEnd(raw, () => '\r') },
  {
    name: 'eol-mixed',
    description: 'line endings drawn from CRLF, LF and CR per line',
    keeps: true,
    mutate: (raw, rng) => reEnd(raw, () => ['\r\n', '\n', '\r'][between(rng, 0, 3)]!),
  },
  {
    name: 'eol-mixed-crlf-lf',
    description: 'line endings drawn from CRLF and LF per line',
    keeps: true,
    mutate: (raw, rng) => reEnd(raw, () => (rng() < 0.5 ? '\r\n' : '\n')),
  },
  // --- control bytes --------------------------------------------------------------------------------------------
  {
    name: 'nul-header-values',
    description: 'a NUL inside every header value',
    keeps: true,
    mutate: (raw) => {
      const end = headerEnd(raw);
      const head = raw.subarray(0, end).toString('latin1').replace(/^([!-9;-~]+:[ \t]*[^\r\n]{2})/gm, '$1\u0000');
      return Buffer.concat([Buffer.from(head, 'latin1'), raw.subarray(end)]);
    },
  },
  {
    name: 'nul-line-ends',
    description: 'a NUL before every line break of the body',
    keeps: true,
    mutate: (raw) => {
      const { head, sep, body } = split(raw);
      return Buffer.concat([Buffer.from(head + sep, 'latin1'), Buffer.from(body.toString('latin1').replace(/(\r?\n)/g, '\u0000$1'), 'latin1')]);
    },
  },
  {
    name: 'control-bytes-random',
    description: '64 control bytes (C0 but tab and breaks, DEL) at random places',
    keeps: false,
    mutate: (raw, rng) => {
      const out = Buffer.from(raw);
      const ctl = [0, 1, 2, 3, 4, 5, 6, 7, 8, 0x0b, 0x0c, 0x0e, 0x0f, 0x10, 0x1b, 0x1f, 0x7f];
      for (let i = 0; i < 64; i++) out[between(rng, 0, out.length)] = ctl[between(rng, 0, ctl.length)]!;
      return out;
    },
  },
  // --- charsets and transfer encodings --------------------------------------------------------------------------
  {
    name: 'charset-unknown',
    description: 'every charset parameter named x-unknown-9 (or added)',
    keeps: true,
    mutate: (raw) => {
      const text = raw.toString('latin1');
      const out = /charset\s*=/i.test(text)
        ? text.replace(/charset\s*=\s*("[^"\r\n]*"|[^\s;]+)/gi, 'charset="x-unknown-9"')
        : text.replace(/^(content-type[ \t]*:[ \t]*text\/[a-z]+)/im, '$1; charset=x-unknown-9');
      return out === text ? null : Buffer.from(out, 'latin1');
    },
  },
  {
    name: 'charset-utf16',
    description: 'every charset parameter named utf-16 (the bytes stay 8-bit)',
    keeps: false,
    mutate: (raw) => {
      const text = raw.toString('latin1');
      const out = text.replace(/charset\s*=\s*("[^"\r\n]*"|[^\s;]+)/gi, 'charset=utf-16');
      return out === text ? null : Buffer.from(out, 'latin1');
    },
  },
  {
    name: 'base64-garbage',
    description: 'characters outside the base64 alphabet (!, *, blanks, NUL, -) inside base64 lines',
    keeps: true,
    mutate: (raw, rng) => {
      const runs = base64Runs(raw);
      if (!runs.length) return null;
      const junk = ['!', '*', ' ', '\t', '\0', '-', '#', '\u00a0'];
      let out = raw;
      const points: number[] = [];
      for (const [s, e] of runs) for (let i = 0; i < 40; i++) points.push(between(rng, s, e));
      for (const at of points.sort((a, b) => b - a)) out = insertAt(out, at, junk[between(rng, 0, junk.length)]!);
      return out;
    },
  },
  {
    name: 'base64-one-dropped',
    description: 'one base64 character dropped (every later group shifted)',
    keeps: false,
    mutate: (raw, rng) => {
      const runs = base64Runs(raw);
      if (!runs.length) return null;
      const [s, e] = runs[between(rng, 0, runs.length)]!;
      const at = between(rng, s, e);
      if (raw[at] === 0x0d || raw[at] === 0x0a) return null;
      return Buffer.concat([raw.subarray(0, at), raw.subarray(at + 1)]);
    },
  },
  {
    name: 'qp-broken',
    description: 'quoted-printable bodies ending in invalid escapes (=ZZ, =4) and a soft break (`=`) at the very end',
    keeps: true,
    mutate: (raw) => {
      const bodies = encodedBodies(raw, /quoted-printable/i);
      if (!bodies.length) return null;
      let out = raw;
      // At the end only: an escape inside a tag or a URL would change what the message says or links to.
      for (const [s, e] of bodies.sort((a, b) => b[0] - a[0])) {
        let end = e;
        while (end > s && (out[end - 1] === 0x0a || out[end - 1] === 0x0d)) end--;
        out = insertAt(out, end, ' =ZZ =4 =');
      }
      return out;
    },
  },
  // --- RFC 2047 -------------------------------------------------------------------------------------------------
  {
    name: 'rfc2047-split',
    description: 'the Subject as B words split inside a UTF-8 character, then an unterminated word',
    keeps: true,
    mutate: (raw) =>
      withSubject(raw, () => {
        // The Subject as read (not its raw field: encoded again, an encoded word or 8-bit text would change what it says).
        const bytes = Buffer.from(`${decodedSubject(raw)} \u2014 \u30a2\u30ab\u30a6\u30f3\u30c8`, 'utf8');
        const words: string[] = [];
        for (let i = 0; i < bytes.length; i += 5) words.push(`=?UTF-8?B?${bytes.subarray(i, i + 5).toString('base64')}?=`);
        return `Subject: ${words.join(`${CRLF} `)} =?utf-8?q?unterminated_wo`;
      }),
  },
  {
    name: 'rfc2047-bomb',
    description: '30,000 encoded words after the Subject',
    keeps: true,
    mutate: (raw) => withSubject(raw, (old) => `Subject: ${old} ${'=?UTF-8?B?QQ==?= '.repeat(30_000)}`),
  },
  {
    name: 'rfc2047-bomb-from',
    description: '5,000 encoded words before the From display name (the reader sees them first too)',
    keeps: false,
    mutate: (raw) => {
      const { head, body, sep } = split(raw);
      const m = /^from[ \t]*:/im.exec(head);
      if (!m) return null;
      const newHead = `${head.slice(0, m.index + m[0].length)} ${'=?UTF-8?Q?x?= '.repeat(5000)}${head.slice(m.index + m[0].length)}`;
      return Buffer.concat([Buffer.from(newHead + sep, 'latin1'), body]);
    },
  },
  // --- HTML -----------------------------------------------------------------------------------------------------
  {
    name: 'html-huge-attribute',
    description: 'a 2 MB attribute value at the start of each HTML part',
    keeps: true,
    mutate: (raw) => editHtmlParts(raw, (html) => `<div title="${'x'.repeat(2_000_000)}">&nbsp;</div>${html}`),
  },
  {
    name: 'html-deep-nesting',
    description: '30,000 nested div elements around each HTML part',
    keeps: true,
    mutate: (raw) => editHtmlParts(raw, (html) => `${'<div>'.repeat(30_000)}${html}${'</div>'.repeat(30_000)}`),
  },
  {
    name: 'html-many-attributes',
    description: 'one element with 50,000 attributes at the start of each HTML part',
    keeps: true,
    mutate: (raw) => editHtmlParts(raw, (html) => `<span ${Array.from({ length: 50_000 }, (_, i) => `a${i}="1"`).join(' ')}></span>${html}`),
  },
  { name: 'html-unclosed-comment', description: 'an unclosed comment at the end of each HTML part', keeps: true, mutate: (raw) => editHtmlParts(raw, (html) => `${html}<!-- `) },
  // --- attachments: the original carries the well-formed file, the mutated message the broken one ------------------
  {
    name: 'zip-central-truncated',
    description: 'a zip holding a program, its central directory cut in half and no end record',
    keeps: true,
    original: (raw) => withParts(raw, [zipPart('invoice.zip', zipWithExe())]),
    mutate: (raw) => {
      const z = zipWithExe();
      const cd = centralAt(z);
      return withParts(raw, [zipPart('invoice.zip', z.subarray(0, cd + Math.floor((eocdAt(z) - cd) / 2)))]);
    },
  },
  {
    name: 'zip-wrong-sizes',
    description: 'a zip holding a program whose local and central sizes are wrong (compressed 0, size 2^32-1)',
    keeps: true,
    original: (raw) => withParts(raw, [zipPart('invoice.zip', zipWithExe())]),
    mutate: (raw) => {
      const z = Buffer.from(zipWithExe());
      for (let at = z.indexOf('PK\u0003\u0004'); at >= 0; at = z.indexOf('PK\u0003\u0004', at + 4)) {
        z.writeUInt32LE(0, at + 18);
        z.writeUInt32LE(0xffffffff, at + 22);
      }
      for (let at = z.indexOf('PK\u0001\u0002'); at >= 0; at = z.indexOf('PK\u0001\u0002', at + 4)) {
        z.writeUInt32LE(0, at + 20);
        z.writeUInt32LE(0xffffffff, at + 24);
      }
      return withParts(raw, [zipPart('invoice.zip', z)]);
    },
  },
  {
    name: 'zip-eocd-lies',
    description: 'a zip holding a program whose end record claims 65,535 entries at a wrong offset',
    keeps: true,
    original: (raw) => withParts(raw, [zipPart('invoice.zip', zipWithExe())]),
    mutate: (raw) => {
      const z = Buffer.from(zipWithExe());
      const e = eocdAt(z);
      z.writeUInt16LE(0xffff, e + 8);
      z.writeUInt16LE(0xffff, e + 10);
      z.writeUInt32LE(0x7fffffff, e + 16);
      return withParts(raw, [zipPart('invoice.zip', z)]);
    },
  },
  {
    name: 'zip-local-only',
    description: 'a zip holding a program cut right after its local entries (no central directory at all)',
    keeps: true,
    original: (raw) => withParts(raw, [zipPart('invoice.zip', zipWithExe())]),
    mutate: (raw) => {
      const z = zipWithExe();
      return withParts(raw, [zipPart('invoice.zip', z.subarray(0, centralAt(z)))]);
    },
  },
  {
    name: 'zip-garbage',
    description: 'a .zip that is 4 KB of random bytes after the local header signature (an archive no one can read: ATTACH_ARCHIVE_UNREAD)',
    keeps: false,
    original: (raw) => withParts(raw, [zipPart('invoice.zip', zipWithExe())]),
    mutate: (raw, rng) => {
      const junk = Buffer.alloc(4096);
      for (let i = 0; i < junk.length; i++) junk[i] = between(rng, 0, 256);
      return withParts(raw, [zipPart('invoice.zip', Buffer.concat([Buffer.from('PK\u0003\u0004', 'latin1'), junk]))]);
    },
  },
  {
    name: 'gzip-truncated',
    description: 'a gzip of a program cut in half',
    keeps: true,
    original: (raw) => withParts(raw, [zipPart('Invoice_0423.exe.gz', gzipSync(PE), 'application/gzip')]),
    mutate: (raw) => {
      const g = gzipSync(PE);
      return withParts(raw, [zipPart('Invoice_0423.exe.gz', g.subarray(0, Math.floor(g.length / 2)), 'application/gzip')]);
    },
  },
  {
    name: 'pdf-truncated',
    description: 'a PDF with a link cut before its cross-reference table',
    keeps: false,
    original: (raw) => withParts(raw, [zipPart(PDF_NAME, pdfWithLink(), 'application/pdf')]),
    mutate: (raw) => {
      const p = pdfWithLink();
      const x = p.lastIndexOf('xref');
      return withParts(raw, [zipPart(PDF_NAME, p.subarray(0, x > 0 ? x : Math.floor(p.length / 2)), 'application/pdf')]);
    },
  },
  {
    name: 'ooxml-central-truncated',
    description: 'a Word document with an external template, its central directory cut in half',
    keeps: true,
    original: (raw) => withParts(raw, [zipPart(DOCX_NAME, docx(), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')]),
    mutate: (raw) => {
      const z = docx();
      const cd = centralAt(z);
      return withParts(raw, [zipPart(DOCX_NAME, z.subarray(0, cd + Math.floor((eocdAt(z) - cd) / 2)), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')]);
    },
  },
  {
    name: 'deflate-garbage-entry',
    description: 'a zip whose program entry is followed by an entry of deflate garbage that claims 1 GiB',
    keeps: true,
    original: (raw) => withParts(raw, [zipPart('invoice.zip', zipWithExe())]),
    mutate: (raw, rng) => {
      const junk = Buffer.alloc(4096);
      for (let i = 0; i < junk.length; i++) junk[i] = between(rng, 0, 256);
      const z = buildZip([{ name: EXE_NAME, data: PE }, { name: 'data.bin', data: junk, method: 0, declaredSize: 1 << 30 }]);
      // Mark the junk entry as deflated (method 8) in both headers: inflating it fails part-way.
      const out = Buffer.from(z);
      const name = Buffer.from('data.bin');
      for (let at = out.indexOf(name); at >= 0; at = out.indexOf(name, at + 1)) {
        const local = out.lastIndexOf('PK\u0003\u0004', at);
        const central = out.lastIndexOf('PK\u0001\u0002', at);
        if (local >= 0 && at - local === 30) out.writeUInt16LE(8, local + 8);
        if (central >= 0 && at - central === 46) out.writeUInt16LE(8, central + 10);
      }
      return withParts(raw, [zipPart('invoice.zip', out)]);
    },
  },
  // --- session 62 (evade63): kinds the first sweep left out ---------------------------------------------------------
  { name: 'rfc822-nest-10', description: 'the message forwarded as a message/rfc822 attachment 10 times (the lure at the bottom)', keeps: true, mutate: (raw) => forwardedAsAttachment(raw, 10) },
  { name: 'rfc822-nest-100', description: 'the message forwarded as a message/rfc822 attachment 100 times', keeps: true, mutate: (raw) => forwardedAsAttachment(raw, 100) },
  // --- session 63 (the lead): the body only in winmail.dat ----------------------------------------------------------------
  { name: 'tnef-body', description: "the letter's body moved into winmail.dat (HTML as PR_BODY_HTML, text as compressed RTF) beside an empty text/plain", keeps: true, mutate: (raw) => tnefBody(raw) },
  {
    name: 'iso2022-no-return',
    description: 'ISO-2022-JP text without its returns to ASCII (every ESC ( B and ESC ( J of the body removed)',
    keeps: false,
    mutate: (raw) => (hasIso2022(raw) ? editBody(raw, (body) => body.replaceAll(`${ESC}(B`, '').replaceAll(`${ESC}(J`, '')) : null),
  },
  {
    name: 'iso2022-old-escapes',
    description: 'ISO-2022-JP written with the 1978 designation ESC $ @ and JIS Roman ESC ( J (both RFC 1468)',
    keeps: true,
    mutate: (raw) => (hasIso2022(raw) ? Buffer.from(raw.toString('latin1').replaceAll(`${ESC}$B`, `${ESC}$@`).replaceAll(`${ESC}(B`, `${ESC}(J`), 'latin1') : null),
  },
  {
    name: 'iso2022-esc-in-word',
    description: 'an ESC byte inside the base64 of every ISO-2022-JP encoded word (a client skips what is not base64)',
    keeps: true,
    mutate: (raw) => {
      const { head, sep, body } = split(raw);
      let n = 0;
      const edited = head.replace(/(=\?iso-2022-jp\?b\?)([A-Za-z0-9+/]{8,})(=*\?=)/gi, (_, a: string, b64: string, z: string) => {
        n++;
        const mid = b64.length >> 1;
        return `${a}${b64.slice(0, mid)}${ESC}${b64.slice(mid)}${z}`;
      });
      return n > 0 ? Buffer.concat([Buffer.from(edited + sep, 'latin1'), body]) : null;
    },
  },
  {
    name: 'iso2022-broken-shift',
    description: 'every second JIS X 0208 escape cut to ESC $ (no final byte) in ISO-2022-JP text',
    keeps: false,
    mutate: (raw) => {
      if (!hasIso2022(raw)) return null;
      let i = 0;
      return editBody(raw, (body) => body.replace(/\u001b\$B/g, (m) => (i++ % 2 === 1 ? `${ESC}$` : m)));
    },
  },
  {
    name: 'html-links-50000',
    description: '50,000 links appended to each HTML part',
    keeps: true,
    mutate: (raw) => editHtmlParts(raw, (html) => `${html}${Array.from({ length: LINKS }, (_, i) => `<a href="https://l.example.net/${i}">.</a>`).join('')}`),
  },
  {
    name: 'html-links-50000-before',
    description: '50,000 links put before the text of each HTML part (the lure\'s own links last)',
    keeps: true,
    mutate: (raw) => editHtmlParts(raw, (html) => `${Array.from({ length: LINKS }, (_, i) => `<a href="https://l.example.net/${i}">.</a>`).join('')}${html}`),
  },
  {
    // Session 64: the letter in the middle of a part over the text limit (2 MiB): read only through the middle's pieces.
    name: 'html-links-around',
    description: "40,000 links before and 40,000 after the text of each HTML part (the lure's own in the part's unread middle)",
    keeps: true,
    mutate: (raw) => {
      const flood = (from: number): string => Array.from({ length: 40_000 }, (_, i) => `<a href="https://l.example.net/${from + i}">.</a>`).join('');
      return editHtmlParts(raw, (html) => `${flood(0)}${html}${flood(40_000)}`);
    },
  },
  {
    name: 'html-images-50000',
    description: '50,000 images appended to each HTML part',
    keeps: true,
    mutate: (raw) => editHtmlParts(raw, (html) => `${html}${Array.from({ length: LINKS }, (_, i) => `<img src=https://i.example.net/${i}>`).join('')}`),
  },
  {
    name: 'rar-truncated',
    description: 'a RAR 5 archive holding a program, cut half-way through the program (no end block)',
    keeps: true,
    original: (raw) => withParts(raw, [zipPart('invoice.rar', buildRar5([{ name: PROGRAM_NAME, data: PE }]), 'application/vnd.rar')]),
    mutate: (raw) => withParts(raw, [zipPart('invoice.rar', rarCut(), 'application/vnd.rar')]),
  },
  {
    name: '7z-bad-crc',
    description: 'a 7z archive holding a program whose start header CRC is wrong',
    keeps: true,
    original: (raw) => withParts(raw, [zipPart('invoice.7z', SEVEN_ZIP_EXE, 'application/x-7z-compressed')]),
    mutate: (raw) => withParts(raw, [zipPart('invoice.7z', sevenZipBadCrc(), 'application/x-7z-compressed')]),
  },
  {
    name: 'iso-broken',
    description: 'an ISO image holding a program, without its set terminator and cut at the program\'s last byte',
    keeps: true,
    original: (raw) => withParts(raw, [zipPart('invoice.iso', buildIso([{ name: 'INVOICE.EXE', data: PE }]), 'application/x-iso9660-image')]),
    mutate: (raw) => withParts(raw, [zipPart('invoice.iso', isoBroken(), 'application/x-iso9660-image')]),
  },
  {
    name: 'cab-broken',
    description: 'a cabinet holding a program whose header claims 4 GiB',
    keeps: true,
    original: (raw) => withParts(raw, [zipPart('invoice.cab', buildCab([{ name: PROGRAM_NAME, data: PE }]), 'application/vnd.ms-cab-compressed')]),
    mutate: (raw) => withParts(raw, [zipPart('invoice.cab', cabBroken(), 'application/vnd.ms-cab-compressed')]),
  },
  {
    name: 'cab-mszip',
    description: 'the cabinet holding a program compressed with MSZIP (as cabarc and makecab write it) instead of stored',
    keeps: true,
    original: (raw) => withParts(raw, [zipPart('invoice.cab', buildCab([{ name: PROGRAM_NAME, data: PE }]), 'application/vnd.ms-cab-compressed')]),
    mutate: (raw) => withParts(raw, [zipPart('invoice.cab', buildCab([{ name: PROGRAM_NAME, data: PE }], { mszip: true }), 'application/vnd.ms-cab-compressed')]),
  },
  {
    name: 'tnef-program',
    description: 'a program sent inside winmail.dat (TNEF) instead of as an attachment of its own',
    keeps: true,
    original: (raw) => withParts(raw, [zipPart(PROGRAM_NAME, PE, 'application/octet-stream')]),
    mutate: (raw) => withParts(raw, [zipPart('winmail.dat', buildTnef([{ name: PROGRAM_NAME, data: PE }]), 'application/ms-tnef')]),
  },
  // --- havoc: random damage (crashes, hangs, check errors, time and memory only) ---------------------------------
  {
    name: 'havoc',
    description: '1–64 random edits anywhere in the message (bytes flipped, set, inserted, deleted, repeated; MIME, HTML and file tokens spliced in)',
    keeps: false,
    mutate: (raw, rng) => havoc(raw, rng, between(rng, 1, 65)),
  },
  {
    name: 'file-havoc',
    description: 'an attachment of a random kind (zip, docx, PDF, RAR 5/4, 7z, ISO, cabinet, winmail.dat, OLE with VBA, program, tar, gzip, PNG/JPEG/GIF) with 1–32 random edits',
    keeps: false,
    mutate: (raw, rng) => {
      const files = havocFiles();
      const [name, data, type] = files[between(rng, 0, files.length)]!;
      return withParts(raw, [attachmentPart(name, havoc(data, rng, between(rng, 1, 33)), type)]);
    },
  },
];
