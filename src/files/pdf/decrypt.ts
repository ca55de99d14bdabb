import { createDecipheriv, createHash, createCipheriv } from 'node:crypto';
import { decodeName, hexBytes, literalString } from './syntax.js';

/**
 * PDF decryption, the Standard Security Handler (ISO 32000-1 §7.6.3, ISO 32000-2 §7.6.4): a phishing or malware PDF is
 * often sent locked with a password the letter gives ("the password is 1234"), or "encrypted" with only an owner password
 * (no password to open it at all), and its links, script and embedded files are ciphertext to a reader of its bytes.
 *
 * Revisions 2–4 (RC4 of 40–128 bits, and AESV2 = AES-128-CBC through the crypt filters /CF /StmF /StrF /EFF of V4) and
 * 5–6 (AESV3 = AES-256-CBC; R6's hash of ISO 32000-2 §7.6.4.3.4, R5's single SHA-256 of Adobe's extension level 3). A
 * password is checked by the /U value (as the user's) and by /O (as the owner's) before anything is decrypted: the empty
 * password first, then at most MAX_PASSWORDS of the letter's. Then the file is rewritten object by object with the
 * per-object key (§7.6.2 algorithm 1: the object and generation numbers; AES's IV is the first 16 bytes): every string
 * becomes a hex string of its plain bytes, every stream its plain bytes (a direct /Length follows), and the /Encrypt
 * dictionary, the cross-reference streams and the text between objects (xref tables, trailers) stay as they are. The
 * readers (index.ts, text.ts, images.ts) then read the copy as they read an unencrypted file. Object streams are
 * decrypted as one stream, which is what the objects inside them need (§7.5.7).
 *
 * Bounded: the passwords tried (R6's hash is up to 288 rounds of AES and SHA-2 over at most 15 KB), the objects
 * rewritten (MAX_OBJECTS) and the size of the copy (`maxOutputBytes`: hex strings double a string's size); reaching a
 * bound keeps what was rewritten and says so. Broken input yields a refusal with its reason, never an exception.
 */

export type PdfCipher = 'rc4' | 'aesv2' | 'aesv3' | 'identity';

/** What was found and done about a PDF's encryption, for the report (no key material). */
export interface PdfEncryptionFacts {
  /** The security handler (/Filter): `Standard` is the one read here. */
  handler: string;
  /** /V and /R of the encryption dictionary (0 when absent). */
  version: number;
  revision: number;
  /** The cipher of its streams: RC4, AES-128, AES-256, none (identity); '' when unknown. */
  cipher: string;
  /** Key length in bits (0 when unknown). */
  keyBits: number;
  opened: boolean;
  /** What opened it: no password (`empty`: an owner password only) or a password the letter gives (`letter`). */
  openedWith?: 'empty' | 'letter';
  /** The letter's password that opened it. */
  password?: string;
  /** The password opened it as the owner's (/O), not the user's (/U). */
  asOwner?: boolean;
  /** Passwords checked (the empty one counted). */
  tried: number;
  /** Why it stays locked (or what stopped the copy early). */
  reason?: string;
}

export interface PdfOpening {
  facts: PdfEncryptionFacts;
  /** The decrypted copy (absent when the file was not opened). */
  bytes?: Uint8Array;
  /** A bound stopped the copy: the rest of the file is missing from it. */
  limitHit: boolean;
}

export interface PdfDecryptLimits {
  /** Bytes of the decrypted copy at most. */
  maxOutputBytes: number;
}

/** Passwords from the letter checked at most (each as the user's and the owner's). */
export const MAX_PASSWORDS = 8;
/** Objects rewritten at most; the rest of the file is left out of the copy. */
export const MAX_OBJECTS = 200_000;

const PAD = Buffer.from('28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A', 'hex');
const FFFFFFFF = Buffer.from([0xff, 0xff, 0xff, 0xff]);
const SALT = Buffer.from('sAlT', 'latin1');

/** RC4 (node's OpenSSL 3 has it only in the legacy provider): a few lines, exact. */
export function rc4(key: Uint8Array, data: Uint8Array): Buffer {
  const s = new Uint8Array(256);
  for (let i = 0; i < 256; i++) s[i] = i;
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 255;
    const t = s[i]!;
    s[i] = s[j]!;
    s[j] = t;
  }
  const out = Buffer.allocUnsafe(data.length);
  for (let k = 0, i = 0, j = 0; k < data.length; k++) {
    i = (i + 1) & 255;
    j = (j + s[i]!) & 255;
    const t = s[i]!;
    s[i] = s[j]!;
    s[j] = t;
    out[k] = data[k]! ^ s[(s[i]! + s[j]!) & 255]!;
  }
  return out;
}

const md5 = (...parts: Uint8Array[]): Buffer => {
  const h = createHash('md5');
  for (const p of parts) h.update(p);
  return h.digest();
};

// ---------------------------------------------------------------------------------------------------------------------
// A small reader of PDF values, for the encryption dictionary and the trailer's /ID.

export type PdfValue = number | boolean | null | { name: string } | { ref: number } | Buffer | PdfValue[] | Map<string, PdfValue>;

const WS = /[\0\t\n\f\r ]/;
const DELIM = /[\0\t\n\f\r ()<>[\]{}/%]/;

/** The value at `pos.i` (advanced past it), bounded in depth; undefined when none can be read. */
export function readValue(s: string, pos: { i: number }, depth = 0): PdfValue | undefined {
  skipBlank(s, pos);
  const c = s[pos.i];
  if (c === undefined || depth > 16) return undefined;
  if (c === '<' && s[pos.i + 1] === '<') {
    pos.i += 2;
    const dict = new Map<string, PdfValue>();
    for (let n = 0; n < 256; n++) {
      skipBlank(s, pos);
      if (s.startsWith('>>', pos.i)) {
        pos.i += 2;
        return dict;
      }
      const key = readValue(s, pos, depth + 1);
      if (!key || typeof key !== 'object' || !('name' in key)) return dict;
      const value = readValue(s, pos, depth + 1);
      if (value === undefined) return dict;
      dict.set(key.name, value);
    }
    return dict;
  }
  if (c === '<') {
    const end = s.indexOf('>', pos.i);
    const bytes = hexBytes(s.slice(pos.i + 1, end < 0 ? s.length : end));
    pos.i = end < 0 ? s.length : end + 1;
    return bytes;
  }
  if (c === '(') {
    const [bytes, next] = literalBytes(s, pos.i);
    pos.i = next;
    return bytes;
  }
  if (c === '[') {
    pos.i++;
    const arr: PdfValue[] = [];
    for (let n = 0; n < 256; n++) {
      skipBlank(s, pos);
      if (s[pos.i] === ']') {
        pos.i++;
        return arr;
      }
      const v = readValue(s, pos, depth + 1);
      if (v === undefined) return arr;
      arr.push(v);
    }
    return arr;
  }
  if (c === '/') {
    let j = pos.i + 1;
    while (j < s.length && !DELIM.test(s[j]!)) j++;
    const name = decodeName(s.slice(pos.i + 1, j));
    pos.i = j;
    return { name };
  }
  const ref = /^(\d+)\s+(\d+)\s+R(?![^\0\t\n\f\r ()<>[\]{}/%])/.exec(s.slice(pos.i, pos.i + 32));
  if (ref) {
    pos.i += ref[0].length;
    return { ref: Number(ref[1]) };
  }
  const num = /^[+-]?(?:\d+\.?\d*|\.\d+)/.exec(s.slice(pos.i, pos.i + 32));
  if (num) {
    pos.i += num[0].length;
    return Number(num[0]);
  }
  for (const [word, value] of [['true', true], ['false', false], ['null', null]] as const) {
    if (s.startsWith(word, pos.i)) {
      pos.i += word.length;
      return value;
    }
  }
  return undefined;
}

function skipBlank(s: string, pos: { i: number }): void {
  while (pos.i < s.length) {
    const c = s[pos.i]!;
    if (WS.test(c)) pos.i++;
    else if (c === '%') {
      while (pos.i < s.length && s[pos.i] !== '\n' && s[pos.i] !== '\r') pos.i++;
    } else return;
  }
}

/** A literal string `(…)` at `at` as its bytes (§7.3.4.2; each char of literalString is one byte), and where it ends. */
export function literalBytes(s: string, at: number): [Buffer, number] {
  const [text, end] = literalString(s, at);
  return [Buffer.from(text, 'latin1'), end];
}

// ---------------------------------------------------------------------------------------------------------------------
// The encryption dictionary.

interface Encryption {
  handler: string;
  v: number;
  r: number;
  /** File key length in bytes. */
  keyBytes: number;
  o: Buffer;
  u: Buffer;
  oe: Buffer;
  ue: Buffer;
  p: number;
  id0: Buffer;
  encryptMetadata: boolean;
  stmF: PdfCipher;
  strF: PdfCipher;
  eff: PdfCipher;
  /** The encryption dictionary's object number (-1: written inline in the trailer). */
  object: number;
}

const ENCRYPT_REF = /\/Encrypt\s*(?:(\d+)\s+\d+\s+R|<<)/g;

/** The last object `num` of the file (an incremental update's replaces the earlier), from after its `obj`. */
function objectBody(s: string, num: number): number {
  const re = new RegExp(`(?<!\\d)${num}\\s+\\d+\\s+obj\\b`, 'g');
  let at = -1;
  for (const m of s.matchAll(re)) at = m.index + m[0].length;
  return at;
}

function bytesOf(v: PdfValue | undefined): Buffer {
  return Buffer.isBuffer(v) ? v : Buffer.alloc(0);
}

function nameOf(v: PdfValue | undefined): string | undefined {
  return v && typeof v === 'object' && 'name' in v ? v.name : undefined;
}

/** The encryption dictionary and the first /ID string, read from the file's text; a reason when they cannot be. */
export function readEncryption(s: string): Encryption | string {
  let last: RegExpExecArray | undefined;
  for (const m of s.matchAll(ENCRYPT_REF)) last = m;
  if (!last) return 'no readable /Encrypt entry';
  let dict: PdfValue | undefined;
  let object = -1;
  if (last[1] !== undefined) {
    object = Number(last[1]);
    const at = objectBody(s, object);
    if (at < 0) return `the encryption dictionary (object ${object}) is missing`;
    dict = readValue(s, { i: at });
  } else {
    dict = readValue(s, { i: last.index + last[0].length - 2 });
  }
  if (!(dict instanceof Map)) return 'the encryption dictionary cannot be read';
  const handler = nameOf(dict.get('Filter')) ?? '';
  const v = typeof dict.get('V') === 'number' ? (dict.get('V') as number) : 0;
  const r = typeof dict.get('R') === 'number' ? (dict.get('R') as number) : 0;
  let id0: Buffer = Buffer.alloc(0);
  let idAt = -1;
  for (const m of s.matchAll(/\/ID\s*\[/g)) idAt = m.index + 3;
  if (idAt >= 0) {
    const ids = readValue(s, { i: idAt });
    if (Array.isArray(ids)) id0 = bytesOf(ids[0]);
  }
  const cf = dict.get('CF');
  const filterOf = (key: string, fallback: string): PdfCipher => {
    const name = nameOf(dict.get(key)) ?? fallback;
    if (name === 'Identity') return 'identity';
    const sub = cf instanceof Map ? cf.get(name) : undefined;
    const cfm = sub instanceof Map ? nameOf(sub.get('CFM')) : undefined;
    return cfm === 'V2' ? 'rc4' : cfm === 'AESV2' ? 'aesv2' : cfm === 'AESV3' ? 'aesv3' : 'identity';
  };
  let stmF: PdfCipher = 'rc4';
  let strF: PdfCipher = 'rc4';
  let eff: PdfCipher = 'rc4';
  let keyBits = v === 1 ? 40 : typeof dict.get('Length') === 'number' ? (dict.get('Length') as number) : 40;
  if (v >= 4) {
    stmF = filterOf('StmF', 'Identity');
    strF = filterOf('StrF', 'Identity');
    eff = dict.has('EFF') ? filterOf('EFF', 'Identity') : stmF;
    const ciphers = [stmF, strF, eff];
    if (ciphers.includes('aesv3')) keyBits = 256;
    else if (ciphers.includes('aesv2')) keyBits = 128;
    else {
      // RC4 through a crypt filter: its /Length (bytes in some writers, bits in others).
      const sub = cf instanceof Map ? cf.get(nameOf(dict.get('StmF')) ?? '') : undefined;
      const len = sub instanceof Map && typeof sub.get('Length') === 'number' ? (sub.get('Length') as number) : 128;
      keyBits = len <= 32 ? len * 8 : len;
    }
  }
  if (r <= 2) keyBits = 40;
  return {
    handler,
    v,
    r,
    keyBytes: Math.max(5, Math.min(32, Math.floor(keyBits / 8))),
    o: bytesOf(dict.get('O')),
    u: bytesOf(dict.get('U')),
    oe: bytesOf(dict.get('OE')),
    ue: bytesOf(dict.get('UE')),
    p: typeof dict.get('P') === 'number' ? (dict.get('P') as number) : 0,
    id0,
    encryptMetadata: dict.get('EncryptMetadata') !== false,
    stmF,
    strF,
    eff,
    object,
  };
}

// ---------------------------------------------------------------------------------------------------------------------
// Passwords.

/** A password's bytes for R2–4: PDFDocEncoding is Latin-1 for the characters a letter gives; others as UTF-8. */
function legacyPassword(pw: string): Buffer {
  const bytes = /^[\0-\xff]*$/.test(pw) ? Buffer.from(pw, 'latin1') : Buffer.from(pw, 'utf8');
  return bytes.subarray(0, 32);
}

function padded(pw: Buffer): Buffer {
  return Buffer.concat([pw, PAD]).subarray(0, 32);
}

/** Algorithm 2: the file key of R2–4 from a (user) password. */
function legacyKey(enc: Encryption, pw: Buffer): Buffer {
  const p = Buffer.alloc(4);
  p.writeInt32LE(enc.p | 0);
  let key = md5(padded(pw), enc.o.subarray(0, 32), p, enc.id0, ...(enc.r >= 4 && !enc.encryptMetadata ? [FFFFFFFF] : []));
  const n = enc.r === 2 ? 5 : enc.keyBytes;
  if (enc.r >= 3) for (let i = 0; i < 50; i++) key = md5(key.subarray(0, n));
  return key.subarray(0, n);
}

/** Algorithms 4–6: whether `key` is the one the /U value was made with. */
function legacyUserCheck(enc: Encryption, key: Buffer): boolean {
  if (enc.r === 2) return rc4(key, PAD).equals(enc.u.subarray(0, 32));
  let x = rc4(key, md5(PAD, enc.id0));
  for (let i = 1; i <= 19; i++) x = rc4(xorKey(key, i), x);
  return enc.u.length >= 16 && x.equals(enc.u.subarray(0, 16));
}

function xorKey(key: Buffer, i: number): Buffer {
  const k = Buffer.from(key);
  for (let j = 0; j < k.length; j++) k[j]! ^= i;
  return k;
}

/** Algorithm 7: the user password the owner password `pw` unlocks from /O (then checked as the user's). */
function legacyOwnerToUser(enc: Encryption, pw: Buffer): Buffer {
  // Algorithm 3: here the whole hash is hashed again (algorithm 2 hashes its first n bytes).
  let key = md5(padded(pw));
  const n = enc.r === 2 ? 5 : enc.keyBytes;
  if (enc.r >= 3) for (let i = 0; i < 50; i++) key = md5(key);
  key = key.subarray(0, n);
  let user = enc.o.subarray(0, 32);
  if (enc.r === 2) return rc4(key, user);
  for (let i = 19; i >= 0; i--) user = rc4(xorKey(key, i), user);
  return user;
}

/** A password's bytes for R5–6: UTF-8 of its normalised form (SASLprep, approximated by NFKC), at most 127 bytes. */
function modernPassword(pw: string): Buffer {
  return Buffer.from(pw.normalize('NFKC'), 'utf8').subarray(0, 127);
}

/** Algorithm 2.B (R6; R5 is its first SHA-256 alone): the hash of a password with a salt and, for the owner, /U. */
export function hashR6(pw: Buffer, salt: Buffer, udata: Buffer, r: number): Buffer {
  let k = createHash('sha256').update(pw).update(salt).update(udata).digest();
  if (r < 6) return k;
  for (let round = 0; ; round++) {
    const k1 = Buffer.concat([pw, k, udata]);
    const block = Buffer.allocUnsafe(k1.length * 64);
    for (let i = 0; i < 64; i++) k1.copy(block, i * k1.length);
    const cipher = createCipheriv('aes-128-cbc', k.subarray(0, 16), k.subarray(16, 32)).setAutoPadding(false);
    const e = Buffer.concat([cipher.update(block), cipher.final()]);
    let sum = 0;
    for (let i = 0; i < 16; i++) sum += e[i]!;
    k = createHash(['sha256', 'sha384', 'sha512'][sum % 3]!).update(e).digest();
    if (round >= 63 && e[e.length - 1]! <= round - 31) break;
  }
  return k.subarray(0, 32);
}

function aes256NoIv(key: Buffer, data: Buffer): Buffer {
  const d = createDecipheriv('aes-256-cbc', key, Buffer.alloc(16)).setAutoPadding(false);
  return Buffer.concat([d.update(data.subarray(0, 32)), d.final()]);
}

/** The file key of R5–6 when `pw` is the user's or the owner's password. */
function modernKey(enc: Encryption, pw: Buffer): { key: Buffer; asOwner: boolean } | undefined {
  if (enc.u.length < 48 || enc.o.length < 48) return undefined;
  const u48 = enc.u.subarray(0, 48);
  if (hashR6(pw, enc.o.subarray(32, 40), u48, enc.r).equals(enc.o.subarray(0, 32))) {
    return enc.oe.length >= 32 ? { key: aes256NoIv(hashR6(pw, enc.o.subarray(40, 48), u48, enc.r), enc.oe), asOwner: true } : undefined;
  }
  if (hashR6(pw, enc.u.subarray(32, 40), Buffer.alloc(0), enc.r).equals(enc.u.subarray(0, 32))) {
    return enc.ue.length >= 32 ? { key: aes256NoIv(hashR6(pw, enc.u.subarray(40, 48), Buffer.alloc(0), enc.r), enc.ue), asOwner: false } : undefined;
  }
  return undefined;
}

/** The file key a password gives, checked by /U (or /O), or undefined. */
function fileKey(enc: Encryption, pw: string): { key: Buffer; asOwner: boolean } | undefined {
  if (enc.r >= 5) return modernKey(enc, modernPassword(pw));
  const bytes = legacyPassword(pw);
  const userKey = legacyKey(enc, bytes);
  if (legacyUserCheck(enc, userKey)) return { key: userKey, asOwner: false };
  if (enc.o.length < 32) return undefined;
  const ownerKey = legacyKey(enc, legacyOwnerToUser(enc, bytes));
  return legacyUserCheck(enc, ownerKey) ? { key: ownerKey, asOwner: true } : undefined;
}

// ---------------------------------------------------------------------------------------------------------------------
// The copy.

const CIPHER_NAMES: Record<PdfCipher, string> = { rc4: 'RC4', aesv2: 'AES-128', aesv3: 'AES-256', identity: 'none' };

/**
 * Opens an encrypted PDF (its text `s`, latin1, and its bytes) with the empty password or one of `passwords`, and
 * makes the decrypted copy. Call only when the file has an /Encrypt entry.
 * @example openPdf(bytes, ['1234'], { maxOutputBytes: 64 << 20 }).facts.openedWith // 'letter'
 */
export function openPdf(bytes: Uint8Array, passwords: readonly string[], limits: PdfDecryptLimits): PdfOpening {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const s = buf.toString('latin1');
  const facts: PdfEncryptionFacts = { handler: '', version: 0, revision: 0, cipher: '', keyBits: 0, opened: false, tried: 0 };
  let enc: Encryption | string;
  try {
    enc = readEncryption(s);
  } catch {
    enc = 'the encryption dictionary cannot be read';
  }
  if (typeof enc === 'string') return { facts: { ...facts, reason: enc }, limitHit: false };
  Object.assign(facts, { handler: enc.handler, version: enc.v, revision: enc.r, cipher: CIPHER_NAMES[enc.stmF], keyBits: enc.keyBytes * 8 });
  if (enc.handler !== 'Standard') return { facts: { ...facts, cipher: '', keyBits: 0, reason: `security handler /${enc.handler || '?'} (only /Standard is read)` }, limitHit: false };
  if (enc.r < 2 || enc.r > 6) return { facts: { ...facts, reason: `revision ${enc.r} is not one of 2–6` }, limitHit: false };
  if (enc.r <= 4 && enc.id0.length === 0) return { facts: { ...facts, reason: 'no /ID in the trailer (the key needs it)' }, limitHit: false };
  const candidates = ['', ...new Set(passwords.filter((p) => p !== ''))];
  const tried = candidates.slice(0, 1 + MAX_PASSWORDS);
  let found: { key: Buffer; asOwner: boolean; password: string } | undefined;
  for (const pw of tried) {
    facts.tried++;
    let k: { key: Buffer; asOwner: boolean } | undefined;
    try {
      k = fileKey(enc, pw);
    } catch {
      k = undefined;
    }
    if (k) {
      found = { ...k, password: pw };
      break;
    }
  }
  if (!found) {
    const more = candidates.length > tried.length ? ` (${candidates.length - tried.length} more not tried: at most ${MAX_PASSWORDS} are)` : '';
    const reason = candidates.length > 1 ? `neither the empty password nor the letter's ${candidates.length - 1 === 1 ? 'password' : `${Math.min(candidates.length - 1, MAX_PASSWORDS)} passwords`} open it${more}` : 'a password is needed and the letter gives none';
    return { facts: { ...facts, reason }, limitHit: false };
  }
  facts.opened = true;
  facts.openedWith = found.password === '' ? 'empty' : 'letter';
  if (found.password !== '') facts.password = found.password;
  if (found.asOwner) facts.asOwner = true;
  const copy = decryptCopy(buf, s, enc, found.key, limits);
  if (copy.limitHit) facts.reason = copy.limitHit;
  return { facts, bytes: copy.bytes, limitHit: copy.limitHit !== '' };
}

/** Algorithm 1: the key of object `num` generation `gen`. */
function objectKey(enc: Encryption, key: Buffer, num: number, gen: number, aes: boolean): Buffer {
  const ng = Buffer.from([num & 255, (num >> 8) & 255, (num >> 16) & 255, gen & 255, (gen >> 8) & 255]);
  return md5(key, ng, ...(aes ? [SALT] : [])).subarray(0, Math.min(16, key.length + 5));
}

function decryptBytes(cipher: PdfCipher, key: Buffer, data: Uint8Array): Buffer {
  if (cipher === 'identity') return Buffer.from(data);
  if (cipher === 'rc4') return rc4(key, data);
  if (data.length < 32) return Buffer.alloc(0);
  const body = data.subarray(16, 16 + Math.floor((data.length - 16) / 16) * 16);
  const d = createDecipheriv(cipher === 'aesv3' ? 'aes-256-cbc' : 'aes-128-cbc', key, data.subarray(0, 16)).setAutoPadding(false);
  const out = Buffer.concat([d.update(body), d.final()]);
  // PKCS#7 padding, removed when well formed (a writer that left it out keeps its last bytes).
  const pad = out[out.length - 1]!;
  if (pad >= 1 && pad <= 16 && pad <= out.length && out.subarray(out.length - pad).every((b) => b === pad)) return out.subarray(0, out.length - pad);
  return out;
}

const OBJ = /(?<!\d)(\d+)\s+(\d+)\s+obj\b/g;
const OBJ_AT = /(\d+)\s+(\d+)\s+obj\b/y;
/** What may stand before a keyword (`stream`, `endobj`): blank or the end of a value. */
const KEYWORD_BEFORE = /[\0\t\n\f\r >\])]/;

/** The rewritten file: strings and streams decrypted object by object; what stopped it early ('' when nothing did). */
function decryptCopy(buf: Buffer, s: string, enc: Encryption, key: Buffer, limits: PdfDecryptLimits): { bytes: Uint8Array; limitHit: string } {
  const out: Buffer[] = [];
  let size = 0;
  let limitHit = '';
  const push = (b: Buffer): boolean => {
    if (size + b.length > limits.maxOutputBytes) {
      limitHit = `the decrypted copy stopped at ${limits.maxOutputBytes} bytes`;
      return false;
    }
    out.push(b);
    size += b.length;
    return true;
  };
  let cursor = 0;
  let objects = 0;
  const aesKeyed = (c: PdfCipher): boolean => c === 'aesv2';
  const keyFor = (num: number, gen: number, cipher: PdfCipher): Buffer => (cipher === 'aesv3' ? key : objectKey(enc, key, num, gen, aesKeyed(cipher)));
  OBJ.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = OBJ.exec(s))) {
    if (++objects > MAX_OBJECTS) {
      limitHit = `more than ${MAX_OBJECTS} objects: the rest is left out of the decrypted copy`;
      break;
    }
    const num = Number(m[1]);
    const gen = Number(m[2]);
    const start = m.index + m[0].length;
    if (!push(buf.subarray(cursor, start))) break;
    // The object's value up to `stream`, `endobj` or the next object: strings decrypted, the rest as written.
    const dictParts: string[] = [];
    let i = start;
    let depth = 0;
    let stop: 'stream' | 'endobj' | 'next' | 'end' = 'end';
    // The encryption dictionary and a cross-reference stream (its dictionary holds the unencrypted /ID) are not encrypted.
    const head = s.slice(start, Math.min(s.length, start + 4096));
    const headEnd = head.search(/stream[\r\n]|endobj/);
    const skip = num === enc.object || /\/Type\s*\/XRef\b/.test(headEnd >= 0 ? head.slice(0, headEnd) : head);
    let strKey: Buffer | undefined;
    let run = i;
    const flush = (to: number): void => {
      if (to > run) dictParts.push(s.slice(run, to));
    };
    while (i < s.length) {
      const c = s[i]!;
      if (c === '%') {
        while (i < s.length && s[i] !== '\n' && s[i] !== '\r') i++;
        continue;
      }
      if (c === '(' || (c === '<' && s[i + 1] !== '<')) {
        let raw: Buffer;
        let next: number;
        if (c === '(') [raw, next] = literalBytes(s, i);
        else {
          const end = s.indexOf('>', i);
          next = end < 0 ? s.length : end + 1;
          raw = hexBytes(s.slice(i + 1, end < 0 ? s.length : end));
        }
        if (!skip && enc.strF !== 'identity') {
          flush(i);
          strKey ??= keyFor(num, gen, enc.strF);
          dictParts.push(`<${decryptBytes(enc.strF, strKey, raw).toString('hex')}>`);
          run = next;
        }
        i = next;
        continue;
      }
      if (c === '<' || c === '[') depth++;
      else if ((c === '>' && s[i + 1] === '>') || c === ']') depth = Math.max(0, depth - 1);
      if (c === '<' || (c === '>' && s[i + 1] === '>')) {
        i += 2;
        continue;
      }
      const keyword = i === start || KEYWORD_BEFORE.test(s[i - 1]!);
      if (c === 'e' && keyword && s.startsWith('endobj', i)) {
        stop = 'endobj';
        break;
      }
      if (c === 's' && keyword && s.startsWith('stream', i) && (s[i + 6] === '\r' || s[i + 6] === '\n')) {
        stop = 'stream';
        break;
      }
      if (depth === 0 && c >= '0' && c <= '9' && (i === start || !/\d/.test(s[i - 1]!))) {
        OBJ_AT.lastIndex = i;
        if (OBJ_AT.test(s)) {
          stop = 'next';
          break;
        }
      }
      i++;
    }
    flush(i);
    let dict = dictParts.join('');
    cursor = i;
    if (stop === 'stream') {
      let dataStart = i + 6;
      if (s[dataStart] === '\r') dataStart++;
      if (s[dataStart] === '\n') dataStart++;
      const rawDict = s.slice(start, i);
      const length = /\/Length(?![\w#])\s+(\d+)(?!\s+\d+\s+R)/.exec(rawDict);
      let dataEnd: number;
      const declared = length ? dataStart + Number(length[1]) : -1;
      if (declared >= dataStart && declared <= s.length && /^\s*endstream/.test(s.slice(declared, declared + 32))) dataEnd = declared;
      else {
        const e = s.indexOf('endstream', dataStart);
        dataEnd = e < 0 ? s.length : e;
        if (dataEnd > dataStart && s[dataEnd - 1] === '\n') dataEnd--;
        if (dataEnd > dataStart && s[dataEnd - 1] === '\r') dataEnd--;
      }
      const cipher = /\/Type\s*\/EmbeddedFile\b/.test(rawDict) ? enc.eff : enc.stmF;
      const plain =
        skip || cipher === 'identity' || /\/Type\s*\/XRef\b/.test(rawDict) || /\/Crypt\b/.test(rawDict) || (!enc.encryptMetadata && /\/Type\s*\/Metadata\b/.test(rawDict));
      const data = plain ? buf.subarray(dataStart, dataEnd) : decryptBytes(cipher, keyFor(num, gen, cipher), buf.subarray(dataStart, dataEnd));
      if (!plain && length) dict = dict.replace(/\/Length(?![\w#])(\s+)\d+(?!\s+\d+\s+R)/, `/Length$1${data.length}`);
      if (!push(Buffer.from(dict + s.slice(i, dataStart), 'latin1')) || !push(data)) break;
      cursor = dataEnd;
      OBJ.lastIndex = dataEnd;
    } else {
      if (!push(Buffer.from(dict, 'latin1'))) break;
      OBJ.lastIndex = i;
    }
  }
  if (!limitHit) push(buf.subarray(cursor));
  return { bytes: Buffer.concat(out), limitHit };
}
