import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildPe } from '../files/test-support/pe-builder.js';
import { zipBomb } from '../files/test-support/zip-builder.js';
import { MboxSplitter } from '../mail/sources/mbox.js';
import type { Scanner } from '../scan/engine.js';
import { SHARED_DATA } from './shared-data.js';

/**
 * The evasions of issue 17 item 8, as edits of a real message (bytes in, bytes out), shared by the corpus
 * test (src/mail/parse/evasions.test.ts) and `npm run bench:evasions`. Each evasion gives the message to
 * compare against (`original`: the real message itself, or the real message carrying the payload the edit
 * hides) and the edited message; the edited one must keep the original's verdict.
 */

const CRLF = '\r\n';

/**
 * Offset of the body separator line (empty, or only white space followed by a line that does not continue
 * a field, as the parser reads it), or the length when there is none.
 */
function headerEnd(raw: Buffer): number {
  let pos = 0;
  while (pos < raw.length) {
    const nl = raw.indexOf(0x0a, pos);
    const end = nl < 0 ? raw.length : nl;
    const line = raw.subarray(pos, end).toString('latin1').replace(/\r$/, '');
    const next = nl < 0 ? -1 : raw[nl + 1];
    if (line === '' || (/^[ \t]+$/.test(line) && next !== 0x20 && next !== 0x09)) return pos;
    if (nl < 0) break;
    pos = nl + 1;
  }
  return raw.length;
}

/** Start offsets of the header fields (lines that do not start with white space) in the header block. */
function fieldStarts(raw: Buffer): number[] {
  const end = headerEnd(raw);
  const starts: number[] = [];
  let pos = 0;
  while (pos < end) {
    if (raw[pos] !== 0x20 && raw[pos] !== 0x09) starts.push(pos);
    const nl = raw.indexOf(0x0a, pos);
    if (nl < 0 || nl >= end) break;
    pos = nl + 1;
  }
  return starts;
}

function insertAt(raw: Buffer, at: number, bytes: Buffer | string): Buffer {
  return Buffer.concat([raw.subarray(0, at), Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes, 'latin1'), raw.subarray(at)]);
}

/** A NUL byte at the start of the header field just before From (the second field when From comes first). */
export function nulAtHeaderLine(raw: Buffer): Buffer {
  const starts = fieldStarts(raw);
  const fromIndex = starts.findIndex((s) => /^from\s*:/i.test(raw.subarray(s, s + 8).toString('latin1')));
  const at = fromIndex > 0 ? starts[fromIndex - 1] : starts[1];
  return insertAt(raw, at ?? starts[0] ?? 0, '\0');
}

/** A NUL byte inside the first header line (well within the first 512 bytes). */
export function nulInFirstBytes(raw: Buffer): Buffer {
  const nl = raw.indexOf(0x0a);
  let at = nl > 0 ? nl : Math.min(raw.length, 100);
  if (raw[at - 1] === 0x0d) at--;
  return insertAt(raw, Math.min(at, 400), '\0');
}

/** Enough padding fields before From to push it, and everything after it, past a 256 KiB header limit. */
export function headerPadding(raw: Buffer, bytes = 300 * 1024): Buffer {
  const lines: string[] = [];
  const filler = 'a'.repeat(96);
  for (let i = 0, total = 0; total < bytes; i++) {
    const line = `X-Padding-${String(i).padStart(5, '0')}: ${filler}${CRLF}`;
    lines.push(line);
    total += line.length;
  }
  const end = headerEnd(raw);
  const head = raw.subarray(0, end).toString('latin1');
  const from = /^from\s*:/im.exec(head);
  const starts = fieldStarts(raw);
  return insertAt(raw, from ? from.index : (starts[0] ?? 0), lines.join(''));
}

const CONTENT_FIELD = /^(content-[a-z-]+|mime-version)\s*:/i;

/** Splits the top-level header into the message's own fields and its content (MIME) fields. */
function splitContentHeaders(raw: Buffer): { outer: string; content: string; body: Buffer } {
  const end = headerEnd(raw);
  const nl = raw.indexOf(0x0a, end);
  const head = raw.subarray(0, end).toString('latin1');
  const outer: string[] = [];
  const content: string[] = [];
  let target = outer;
  for (const line of head.split(/\r?\n/)) {
    if (line === '') continue;
    if (!/^[ \t]/.test(line)) target = CONTENT_FIELD.test(line) ? content : outer;
    target.push(line);
  }
  return { outer: outer.join(CRLF), content: content.filter((l) => !/^mime-version/i.test(l)).join(CRLF), body: nl < 0 ? Buffer.alloc(0) : raw.subarray(nl + 1) };
}

/** A MIME leaf part: its header lines and its (already encoded) body. */
export interface PartSpec {
  headers: string[];
  body: Buffer | string;
}

function renderPart(part: PartSpec): Buffer {
  return Buffer.concat([Buffer.from(part.headers.join(CRLF) + CRLF + CRLF, 'latin1'), Buffer.isBuffer(part.body) ? part.body : Buffer.from(part.body, 'latin1')]);
}

function multipart(boundary: string, parts: Buffer[]): Buffer {
  const chunks: Buffer[] = [];
  for (const p of parts) chunks.push(Buffer.from(`--${boundary}${CRLF}`), p, Buffer.from(CRLF));
  chunks.push(Buffer.from(`--${boundary}--${CRLF}`));
  return Buffer.concat(chunks);
}

/**
 * The real message turned into multipart/mixed: its own content first (as it was), then `extra` (rendered
 * parts, possibly multiparts themselves).
 */
export function withParts(raw: Buffer, extra: Buffer[]): Buffer {
  const { outer, content, body } = splitContentHeaders(raw);
  const first = Buffer.concat([Buffer.from((content || 'Content-Type: text/plain') + CRLF + CRLF, 'latin1'), body]);
  const boundary = '=_evasion_outer_7f3a';
  const head = `${outer}${CRLF}MIME-Version: 1.0${CRLF}Content-Type: multipart/mixed; boundary="${boundary}"${CRLF}${CRLF}`;
  return Buffer.concat([Buffer.from(head, 'latin1'), multipart(boundary, [first, ...extra])]);
}

function base64Lines(data: Uint8Array): string {
  return (Buffer.from(data).toString('base64').match(/.{1,76}/g) ?? []).join(CRLF);
}

/** An attachment part carrying `data` in base64. */
export function attachmentPart(name: string, data: Uint8Array, type = 'application/octet-stream'): Buffer {
  return renderPart({
    headers: [`Content-Type: ${type}; name="${name}"`, 'Content-Transfer-Encoding: base64', `Content-Disposition: attachment; filename="${name}"`],
    body: base64Lines(data),
  });
}

/** A small Windows program: the payload the part and depth evasions hide. */
export const EXE_NAME = 'Invoice_0423.exe';
export function exePart(): Buffer {
  return attachmentPart(EXE_NAME, buildPe({ imports: { 'urlmon.dll': ['URLDownloadToFileA'], 'kernel32.dll': ['WinExec'] } }));
}

/** `count` tiny text parts: filler that uses up a part limit. */
export function fillerParts(count: number): Buffer[] {
  const part = renderPart({ headers: ['Content-Type: text/plain; charset=us-ascii'], body: '.' });
  return Array.from({ length: count }, () => part);
}

/** `part` wrapped in `levels` nested multipart/mixed entities. */
export function nested(part: Buffer, levels: number): Buffer {
  let inner = part;
  for (let i = levels; i > 0; i--) {
    const boundary = `=_evasion_level_${i}`;
    inner = Buffer.concat([Buffer.from(`Content-Type: multipart/mixed; boundary="${boundary}"${CRLF}${CRLF}`), multipart(boundary, [inner])]);
  }
  return inner;
}

/** Size of the bomb: past the default per-entry limit (64 MiB) at ratio ~1000, so only the ratio can tell. */
export const BOMB_MIB = 512;

export interface Evasion {
  name: string;
  /** What the issue calls it. */
  description: string;
  /** The message whose verdict must be kept (the real one, or the real one carrying the payload). */
  original: (raw: Buffer) => Buffer;
  edited: (raw: Buffer) => Buffer;
  /** Finding ids the edited message must carry once the evasion is closed. */
  expect: string[];
  /** Finding ids the edited message must not carry unless the original did (what the edit used to hide). */
  forbid: string[];
  /** Expensive to run (inflates hundreds of MiB): benchmarks sample it. */
  costly?: boolean;
}

const same = (raw: Buffer): Buffer => raw;
/** What the header evasions used to hide: the edited message must not lack what the original has. */
const HIDDEN_HEADER_IDS = ['HDR_FROM_MISSING', 'HDR_SUBJECT_MISSING', 'HDR_MESSAGE_ID_MISSING', 'HDR_DATE_MISSING', 'MIME_BAD_BOUNDARY'];

export const EVASIONS: Evasion[] = [
  { name: 'nul-header-line', description: 'a NUL byte at the start of a header line', original: same, edited: nulAtHeaderLine, expect: ['HDR_NUL'], forbid: HIDDEN_HEADER_IDS },
  { name: 'nul-first-512', description: 'a NUL byte in the first 512 bytes', original: same, edited: nulInFirstBytes, expect: ['HDR_NUL'], forbid: HIDDEN_HEADER_IDS },
  { name: 'header-padding', description: 'padding fields past the header limit before From', original: same, edited: (raw) => headerPadding(raw), expect: ['HDR_LIMIT_EXCEEDED'], forbid: HIDDEN_HEADER_IDS },
  {
    name: 'exe-after-part-limit',
    description: 'an executable after the part limit (default 500 parts)',
    original: (raw) => withParts(raw, [exePart()]),
    edited: (raw) => withParts(raw, [...fillerParts(520), exePart()]),
    expect: ['MIME_LIMIT_PARTS', 'ATTACH_EXECUTABLE', 'MIME_LIMIT_WITH_PAYLOAD'],
    forbid: ['CHECK_ERROR'],
  },
  {
    name: 'exe-beyond-depth-limit',
    description: 'an executable nested deeper than the depth limit (default 20)',
    original: (raw) => withParts(raw, [exePart()]),
    edited: (raw) => withParts(raw, [nested(exePart(), 24)]),
    expect: ['MIME_LIMIT_DEPTH', 'ATTACH_EXECUTABLE', 'MIME_LIMIT_WITH_PAYLOAD'],
    forbid: ['CHECK_ERROR'],
  },
  {
    name: 'zip-bomb-understated',
    description: 'a zip bomb whose local and central headers understate its inflated size',
    original: (raw) => withParts(raw, [attachmentPart('statement.zip', zipBomb(BOMB_MIB), 'application/zip')]),
    edited: (raw) => withParts(raw, [attachmentPart('statement.zip', zipBomb(BOMB_MIB, 300 * 1024), 'application/zip')]),
    expect: ['ATTACH_ZIP_BOMB'],
    forbid: ['ATTACH_ARCHIVE_LIMIT_BYTES', 'CHECK_ERROR'],
    costly: true,
  },
];

/** A message of the real corpora: where it came from and its bytes. */
export interface CorpusMessage {
  source: string;
  raw: Buffer;
}

/** Unpacks phishing-pot-dev once into $TMPDIR/spamlab-bench (as bench/links.ts does) and lists it. */
export function phishingPotFiles(): string[] {
  const tarball = path.join(SHARED_DATA, 'phishing/phishing-pot-dev.tar.gz');
  if (!existsSync(tarball)) return [];
  const cache = path.join(os.tmpdir(), 'spamlab-bench');
  const dir = path.join(cache, 'phishing-pot');
  if (!existsSync(dir)) {
    mkdirSync(cache, { recursive: true });
    execFileSync('tar', ['xzf', tarball, '-C', cache]);
  }
  return readdirSync(dir).filter((f) => f.endsWith('.eml')).sort().map((f) => path.join(dir, f));
}

/** The messages of a Nazario mbox under ../shared/data/phishing (read in place). */
export function nazarioMessages(file: 'phishing0.mbox' | 'phishing1.mbox'): CorpusMessage[] {
  const full = path.join(SHARED_DATA, 'phishing', file);
  if (!existsSync(full)) return [];
  const splitter = new MboxSplitter({ cap: 32 << 20 });
  const out = [...splitter.push(readFileSync(full)), ...splitter.end()];
  return out.map((m) => ({ source: `${file}#${m.index}`, raw: Buffer.from(m.raw) }));
}

/** Every `step`-th element, starting at `offset`: a fixed, spread-out sample. */
export function every<T>(items: readonly T[], step: number, offset = 0): T[] {
  return items.filter((_, i) => i % step === offset % step);
}

export interface EvasionOutcome {
  source: string;
  evasion: string;
  originalVerdict: string;
  editedVerdict: string;
  kept: boolean;
  /** The edited message's verdict is more severe than the original's (a limit or NUL is itself a signal). */
  raised: boolean;
  /** Expected ids missing from the edited message's findings. */
  missing: string[];
  /** Forbidden ids the edited message carries (and the original did not). */
  unexpected: string[];
  editedIds: string[];
}

const SEVERITY = ['clean', 'spam', 'phishing', 'malware'];
/** clean < spam < phishing < malware; a refused message (error) is below clean: it passes unfiltered. */
export function severity(verdict: string): number {
  return SEVERITY.indexOf(verdict);
}

/** Scans one message, or gives 'error: …' when the scanner refuses it (the fail-open case). */
export async function verdictOf(scanner: Scanner, raw: Buffer, source: string): Promise<{ verdict: string; ids: string[] }> {
  try {
    const report = await scanner.scan({ raw, source });
    return { verdict: report.verdict, ids: report.findings.map((f) => f.id) };
  } catch (err) {
    return { verdict: `error: ${(err as Error).name}`, ids: [] };
  }
}

/** Applies one evasion to one message and compares the verdicts. */
export async function tryEvasion(scanner: Scanner, evasion: Evasion, message: CorpusMessage): Promise<EvasionOutcome> {
  const original = await verdictOf(scanner, evasion.original(message.raw), message.source);
  const edited = await verdictOf(scanner, evasion.edited(message.raw), `${message.source} (${evasion.name})`);
  return {
    source: message.source,
    evasion: evasion.name,
    originalVerdict: original.verdict,
    editedVerdict: edited.verdict,
    kept: original.verdict === edited.verdict,
    raised: severity(edited.verdict) > severity(original.verdict),
    missing: evasion.expect.filter((id) => !edited.ids.includes(id)),
    unexpected: evasion.forbid.filter((id) => edited.ids.includes(id) && !original.ids.includes(id)),
    editedIds: edited.ids,
  };
}
