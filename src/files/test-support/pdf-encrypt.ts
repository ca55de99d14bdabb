import { createCipheriv, createHash } from 'node:crypto';

/**
 * A small PDF writer and Standard Security Handler encryptor for tests (ISO 32000-1 §7.6.3, ISO 32000-2 §7.6.4), written
 * from the specification in the encrypting direction, apart from the reader (src/files/pdf/decrypt.ts), with fixed
 * keys, IVs and /ID so that its files are the same at every run. Its R3 (RC4 128) and R6 (AES-256) output was opened by
 * qpdf 11.3 by hand (`qpdf --password=… --decrypt`; session 43's notes). Strings in the objects' text are written as
 * literal strings (escapes of one character, no nested parentheses) or hex strings; each becomes a hex string of its ciphertext.
 */

export interface PlainObject {
  num: number;
  /** The object's value (a dictionary's text); for a stream, its dictionary without /Length. */
  body: string;
  stream?: Uint8Array;
}

export type Scheme = 'R2' | 'R3' | 'R3-40' | 'R4-RC4' | 'R4-AES' | 'R5' | 'R6';

export interface EncryptOptions {
  scheme: Scheme;
  userPassword: string;
  ownerPassword: string;
  /** The root object's number (the catalogue). */
  root: number;
  /** Write /EncryptMetadata false (R4–6). */
  encryptMetadata?: boolean;
  /** Write an unencrypted file instead (the same objects), for comparison. */
  plain?: boolean;
}

const PAD = Buffer.from('28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A', 'hex');
const ID = Buffer.from('5f0c2a9e4b7d11e3a8c5000c29d4e7f1', 'hex');
const P = -3904; // print, copy… as writers set

function md5(...parts: Uint8Array[]): Buffer {
  const h = createHash('md5');
  for (const p of parts) h.update(p);
  return h.digest();
}

function arc4(key: Uint8Array, data: Uint8Array): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  let j = 0;
  for (let i = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) % 256;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const out = Buffer.alloc(data.length);
  let a = 0;
  let b = 0;
  for (let k = 0; k < data.length; k++) {
    a = (a + 1) % 256;
    b = (b + s[a]!) % 256;
    [s[a], s[b]] = [s[b]!, s[a]!];
    out[k] = data[k]! ^ s[(s[a]! + s[b]!) % 256]!;
  }
  return out;
}

const pad32 = (pw: string): Buffer => Buffer.concat([Buffer.from(pw, 'latin1'), PAD]).subarray(0, 32);
const xor = (key: Buffer, i: number): Buffer => Buffer.from(key.map((b) => b ^ i));

/** Deterministic "random" bytes (an IV, a salt): the tests' files do not change from run to run. */
function fixed(n: number, seed: number): Buffer {
  return createHash('sha256').update(`pdf-encrypt ${seed}`).digest().subarray(0, n);
}

/** Algorithm 2.B of ISO 32000-2 (R6), written from the text. */
function hash2B(password: Buffer, salt: Buffer, userKey: Buffer, r: number): Buffer {
  let k = createHash('sha256').update(Buffer.concat([password, salt, userKey])).digest();
  if (r === 5) return k;
  let round = 0;
  let last = 0;
  while (round < 64 || last > round - 32) {
    const k1 = Buffer.concat(Array.from({ length: 64 }, () => Buffer.concat([password, k, userKey])));
    const c = createCipheriv('aes-128-cbc', k.subarray(0, 16), k.subarray(16, 32));
    c.setAutoPadding(false);
    const e = Buffer.concat([c.update(k1), c.final()]);
    const mod = e.subarray(0, 16).reduce((acc, x) => acc + x, 0) % 3;
    k = createHash(mod === 0 ? 'sha256' : mod === 1 ? 'sha384' : 'sha512').update(e).digest();
    last = e[e.length - 1]!;
    round++;
  }
  return k.subarray(0, 32);
}

interface Keys {
  r: number;
  v: number;
  bits: number;
  cipher: 'rc4' | 'aes128' | 'aes256';
  fileKey: Buffer;
  encryptDict: string;
}

const hex = (b: Uint8Array): string => `<${Buffer.from(b).toString('hex')}>`;

function keysFor(o: EncryptOptions): Keys {
  const encryptMetadata = o.encryptMetadata !== false;
  if (o.scheme === 'R5' || o.scheme === 'R6') {
    const r = o.scheme === 'R5' ? 5 : 6;
    const fileKey = fixed(32, 1);
    const up = Buffer.from(o.userPassword, 'utf8');
    const op = Buffer.from(o.ownerPassword, 'utf8');
    const uvs = fixed(8, 2);
    const uks = fixed(8, 3);
    const ovs = fixed(8, 4);
    const oks = fixed(8, 5);
    const u = Buffer.concat([hash2B(up, uvs, Buffer.alloc(0), r), uvs, uks]);
    const aesNoIv = (key: Buffer, data: Buffer): Buffer => {
      const c = createCipheriv('aes-256-cbc', key, Buffer.alloc(16));
      c.setAutoPadding(false);
      return Buffer.concat([c.update(data), c.final()]);
    };
    const ue = aesNoIv(hash2B(up, uks, Buffer.alloc(0), r), fileKey);
    const oValue = Buffer.concat([hash2B(op, ovs, u, r), ovs, oks]);
    const oe = aesNoIv(hash2B(op, oks, u, r), fileKey);
    const perms = Buffer.alloc(16);
    perms.writeInt32LE(P, 0);
    perms.writeUInt32LE(0xffffffff, 4);
    perms.write(`${encryptMetadata ? 'T' : 'F'}adb`, 8, 'latin1');
    fixed(4, 6).copy(perms, 12);
    const ecb = createCipheriv('aes-256-ecb', fileKey, null);
    ecb.setAutoPadding(false);
    const permsEnc = Buffer.concat([ecb.update(perms), ecb.final()]);
    const encryptDict = `<< /Filter /Standard /V 5 /R ${r} /Length 256 /CF << /StdCF << /AuthEvent /DocOpen /CFM /AESV3 /Length 32 >> >> /StmF /StdCF /StrF /StdCF /O ${hex(oValue)} /U ${hex(u)} /OE ${hex(oe)} /UE ${hex(ue)} /P ${P} /Perms ${hex(permsEnc)}${encryptMetadata ? '' : ' /EncryptMetadata false'} >>`;
    return { r, v: 5, bits: 256, cipher: 'aes256', fileKey, encryptDict };
  }
  const r = o.scheme === 'R2' ? 2 : o.scheme.startsWith('R3') ? 3 : 4;
  const bits = r === 2 || o.scheme === 'R3-40' ? 40 : 128;
  const n = bits / 8;
  // Algorithm 3: /O.
  let ok = md5(pad32(o.ownerPassword || o.userPassword));
  if (r >= 3) for (let i = 0; i < 50; i++) ok = md5(ok);
  ok = ok.subarray(0, n);
  let oValue = arc4(ok, pad32(o.userPassword));
  if (r >= 3) for (let i = 1; i <= 19; i++) oValue = arc4(xor(ok, i), oValue);
  // Algorithm 2: the file key.
  const p = Buffer.alloc(4);
  p.writeInt32LE(P);
  let key = md5(pad32(o.userPassword), oValue, p, ID, r >= 4 && !encryptMetadata ? Buffer.from([255, 255, 255, 255]) : Buffer.alloc(0));
  if (r >= 3) for (let i = 0; i < 50; i++) key = md5(key.subarray(0, n));
  const fileKey = key.subarray(0, n);
  // Algorithms 4 and 5: /U.
  let u: Buffer;
  if (r === 2) u = arc4(fileKey, PAD);
  else {
    u = arc4(fileKey, md5(PAD, ID));
    for (let i = 1; i <= 19; i++) u = arc4(xor(fileKey, i), u);
    u = Buffer.concat([u, fixed(16, 7)]);
  }
  const v = r === 2 ? 1 : r === 3 ? 2 : 4;
  const aes = o.scheme === 'R4-AES';
  const cf = r === 4 ? ` /CF << /StdCF << /AuthEvent /DocOpen /CFM /${aes ? 'AESV2' : 'V2'} /Length 16 >> >> /StmF /StdCF /StrF /StdCF${encryptMetadata ? '' : ' /EncryptMetadata false'}` : '';
  const encryptDict = `<< /Filter /Standard /V ${v} /R ${r} /Length ${bits}${cf} /O ${hex(oValue)} /U ${hex(u)} /P ${P} >>`;
  return { r, v, bits, cipher: aes ? 'aes128' : 'rc4', fileKey, encryptDict };
}

function encryptFor(keys: Keys, num: number, data: Uint8Array, ivSeed: number): Buffer {
  if (keys.cipher === 'aes256' || keys.cipher === 'aes128') {
    let key = keys.fileKey;
    if (keys.cipher === 'aes128') key = md5(keys.fileKey, Buffer.from([num & 255, (num >> 8) & 255, (num >> 16) & 255, 0, 0]), Buffer.from('sAlT')).subarray(0, 16);
    const iv = fixed(16, 1000 + ivSeed);
    const c = createCipheriv(keys.cipher === 'aes256' ? 'aes-256-cbc' : 'aes-128-cbc', key, iv);
    return Buffer.concat([iv, c.update(data), c.final()]);
  }
  const key = md5(keys.fileKey, Buffer.from([num & 255, (num >> 8) & 255, (num >> 16) & 255, 0, 0])).subarray(0, Math.min(16, keys.fileKey.length + 5));
  return arc4(key, data);
}

/**
 * A PDF of `objects` (generation 0, a classic xref table), encrypted as `options` say, /Encrypt as the last object.
 * @example encryptedPdf([{ num: 1, body: '<< /Type /Catalog >>' }], { scheme: 'R6', userPassword: '1234', ownerPassword: 'o', root: 1 })
 */
export function encryptedPdf(objects: readonly PlainObject[], options: EncryptOptions): Buffer {
  const keys = options.plain ? undefined : keysFor(options);
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let size = parts[0]!.length;
  const offsets = new Map<number, number>();
  const add = (b: Buffer): void => {
    parts.push(b);
    size += b.length;
  };
  let seed = 0;
  for (const obj of objects) {
    offsets.set(obj.num, size);
    const skipMetadata = keys && options.encryptMetadata === false && /\/Type\s*\/Metadata/.test(obj.body);
    const body = keys
      ? obj.body.replace(/\((?:[^()\\]|\\.)*\)|<(?!<)([0-9A-Fa-f\s]*)>/g, (s, h: string | undefined) => hex(encryptFor(keys, obj.num, h !== undefined ? Buffer.from(h.replace(/\s/g, ''), 'hex') : Buffer.from(s.slice(1, -1).replace(/\\(.)/g, '$1'), 'latin1'), ++seed)))
      : obj.body;
    if (obj.stream) {
      const data = keys && !skipMetadata ? encryptFor(keys, obj.num, obj.stream, ++seed) : Buffer.from(obj.stream);
      const dict = body.replace(/>>\s*$/, ` /Length ${data.length} >>`);
      add(Buffer.from(`${obj.num} 0 obj\n${dict}\nstream\n`, 'latin1'));
      add(data);
      add(Buffer.from('\nendstream\nendobj\n', 'latin1'));
    } else add(Buffer.from(`${obj.num} 0 obj\n${body}\nendobj\n`, 'latin1'));
  }
  const encNum = Math.max(...objects.map((o) => o.num)) + 1;
  if (keys) {
    offsets.set(encNum, size);
    add(Buffer.from(`${encNum} 0 obj\n${keys.encryptDict}\nendobj\n`, 'latin1'));
  }
  const count = (keys ? encNum : encNum - 1) + 1;
  const xrefAt = size;
  let xref = `xref\n0 ${count}\n0000000000 65535 f \n`;
  for (let n = 1; n < count; n++) {
    const at = offsets.get(n);
    xref += at === undefined ? '0000000000 65535 f \n' : `${String(at).padStart(10, '0')} 00000 n \n`;
  }
  add(Buffer.from(`${xref}trailer\n<< /Size ${count} /Root ${options.root} 0 R${keys ? ` /Encrypt ${encNum} 0 R` : ''} /ID [${hex(ID)} ${hex(ID)}] >>\nstartxref\n${xrefAt}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}

/**
 * The objects of a PDF written by buildPdf (or encryptedPdf's plain form), encrypted as `options` say: the same document
 * locked, for comparing what is read from both. Object 1 is the catalogue.
 * @example encryptBuiltPdf(buildPdf({ content: '…', links }), { scheme: 'R4-AES', userPassword: '1234', ownerPassword: 'x' })
 */
export function encryptBuiltPdf(pdf: Uint8Array, options: Omit<EncryptOptions, 'root'> & { root?: number }): Buffer {
  const bytes = Buffer.from(pdf);
  const s = bytes.toString('latin1');
  const objects: PlainObject[] = [];
  const re = /(?<!\d)(\d+) 0 obj\s/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    const start = m.index + m[0].length;
    const endobj = s.indexOf('endobj', start);
    const streamAt = s.indexOf('stream\n', start);
    if (streamAt >= 0 && (endobj < 0 || streamAt < endobj)) {
      const dict = s.slice(start, streamAt).trim();
      const length = Number(/\/Length (\d+)/.exec(dict)?.[1] ?? 0);
      objects.push({ num: Number(m[1]), body: dict.replace(/\s*\/Length \d+/, ''), stream: bytes.subarray(streamAt + 7, streamAt + 7 + length) });
      re.lastIndex = streamAt + 7 + length;
    } else {
      objects.push({ num: Number(m[1]), body: s.slice(start, endobj < 0 ? s.length : endobj).trim() });
      re.lastIndex = endobj < 0 ? s.length : endobj;
    }
  }
  return encryptedPdf(objects, { root: 1, ...options });
}
