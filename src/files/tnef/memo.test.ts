import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTnef, storeRtfAsLzfu } from '../test-support/tnef-builder.js';
import { buildPe } from '../test-support/pe-builder.js';
import { decompressedWithin, decompressRtf } from './compressed-rtf.js';
import { isTnef, listTnef, type TnefBody, type TnefEntry, type TnefListing } from './index.js';
import { mapiString, PT_OBJECT, readMapiProperties, type MapiProperty } from './mapi.js';

/**
 * listTnef reads a stream once for all its callers' bounds (session 64, issue 17 item 8: the attachment analysis, the links
 * of documents and the letter's view each listed a winmail.dat, each decoding its body): every call's listing must be the
 * one the reading it replaces gave with that call's bounds alone. The previous reading is kept below, word for word, as the
 * reference.
 */

// ---- The reading before session 64 (files/tnef/index.ts at 8200f234), the reference. ----
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
function trimEnd(s: string, chars: string): string {
  let end = s.length;
  while (end > 0 && chars.includes(s[end - 1]!)) end--;
  return s.slice(0, end);
}
function extension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).trim().toLowerCase();
}
function previousListTnef(b: Uint8Array, options: { maxEntries: number; maxAttributes?: number; maxBodyBytes?: number }): TnefListing | null {
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

// ---- end of the reference ----

/** A seeded generator (LCG), so a failing case can be replayed. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32;
}

/** A stream of the shapes winmail.dat takes: files with titles, long names and data objects, each body form, cut or damaged. */
function randomStream(next: () => number): Uint8Array {
  const files = Array.from({ length: Math.floor(next() * 4) }, (_, i) => ({
    name: next() < 0.5 ? `FILE${i}.TXT` : `invoice_${i}.exe`,
    data: next() < 0.3 ? buildPe() : Buffer.from('x'.repeat(Math.floor(next() * 300))),
    ...(next() < 0.5 && { longName: next() < 0.5 ? `Invoice ${i}.pdf` : `invoice_${i}.exe` }),
    ...(next() < 0.3 && { asDataObject: next() < 0.5 ? ('binary' as const) : ('object' as const) }),
  }));
  const words = (n: number): string => Array.from({ length: n }, (_, k) => `word${k % 97}`).join(' ');
  const body = {
    ...(next() < 0.4 && { legacy: `${words(Math.floor(next() * 400))}\0\0` }),
    ...(next() < 0.4 && { text: words(Math.floor(next() * 400)) }),
    ...(next() < 0.4 && { html: `<p>${words(Math.floor(next() * 400))}</p>` }),
    ...(next() < 0.6 && { rtf: `{\\rtf1 ${words(Math.floor(next() * 600))}\\par}` }),
  };
  let b = buildTnef(files, body);
  const r = next();
  if (r < 0.25) b = b.subarray(0, 6 + Math.floor(next() * (b.length - 6)));
  else if (r < 0.4) {
    b = Buffer.from(b);
    for (let k = 0; k < 3; k++) b[6 + Math.floor(next() * (b.length - 6))] = Math.floor(next() * 256);
  }
  return new Uint8Array(b);
}

const BOUNDS = [
  { maxEntries: 0, maxBodyBytes: 400_000 },
  { maxEntries: 32, maxBodyBytes: 1024 * 1024 },
  { maxEntries: 1000, maxBodyBytes: 32 * 1024 * 1024 },
  { maxEntries: 1, maxBodyBytes: 50 },
  { maxEntries: 2, maxBodyBytes: 1 },
  { maxEntries: 5000, maxBodyBytes: 64 * 1024 * 1024 },
  { maxEntries: 3 },
];

test('listTnef: each call gives what the previous reading gave with its bounds alone, in any order of calls (seeded streams)', () => {
  const next = rng(64);
  for (let n = 0; n < 400; n++) {
    const stream = randomStream(next);
    // The callers in a shuffled order, each twice: the first reading's bounds are whatever comes first.
    const order = [...BOUNDS, ...BOUNDS].map((b) => ({ b, k: next() })).sort((x, y) => x.k - y.k).map((x) => x.b);
    for (const bounds of order) {
      const expected = previousListTnef(stream, bounds);
      assert.deepEqual(listTnef(stream, bounds), expected, `stream ${n}, ${JSON.stringify(bounds)}`);
    }
  }
});

test('listTnef: a second caller does not read the stream again (one reading per bytes, with the callers\' default bounds)', () => {
  const stream = new Uint8Array(buildTnef([{ name: 'a.txt', data: Buffer.from('hello') }], { rtf: '{\\rtf1 Your mailbox is full\\par}' }));
  const first = listTnef(stream, BOUNDS[0]!);
  const calls = BOUNDS.slice(1, 3).map((b) => listTnef(stream, b));
  // The decoded RTF is one buffer shared by the listings: the stream was decompressed once.
  for (const l of calls) assert.equal(l!.body.rtf!.buffer, first!.body.rtf!.buffer);
  assert.equal(first!.entries.length, 0);
  assert.equal(first!.truncated, true);
  assert.equal(calls[0]!.entries.length, 1);
  // Must not: a copy of the bytes is another stream (its own reading), with the same listing.
  assert.deepEqual(listTnef(new Uint8Array(stream), BOUNDS[0]!), first);
});

test('decompressedWithin: a smaller bound\'s decompression from a wider one is decompressRtf\'s (seeded streams, cut and damaged)', () => {
  const next = rng(65);
  for (let n = 0; n < 2000; n++) {
    const rtf = Buffer.from(`{\\rtf1 ${'ab c'.repeat(Math.floor(next() * 300))}}`, 'latin1');
    let b: Uint8Array = storeRtfAsLzfu(rtf);
    const r = next();
    if (r < 0.2) b = b.subarray(0, 16 + Math.floor(next() * (b.length - 16)));
    else if (r < 0.4) {
      b = Uint8Array.from(b);
      b[16 + Math.floor(next() * (b.length - 16))] = Math.floor(next() * 256);
    } else if (r < 0.5) {
      b = Uint8Array.from(b);
      new DataView(b.buffer).setUint32(4, Math.floor(next() * 2000), true);
    } else if (r < 0.6) {
      // MELA: the RTF stored as it is.
      const head = Buffer.alloc(16);
      head.writeUInt32LE(rtf.length + 12 - (next() < 0.3 ? -5 : 0), 0);
      head.writeUInt32LE(next() < 0.3 ? 10 : rtf.length, 4);
      head.writeUInt32LE(0x414c454d, 8);
      b = Buffer.concat([head, rtf]);
    }
    const small = Math.floor(next() * 1500);
    const wide = decompressRtf(b, small + Math.floor(next() * 3000));
    if (!wide) continue;
    assert.deepEqual(decompressedWithin(wide, b, small), decompressRtf(b, small), `stream ${n}, bound ${small}`);
  }
});
