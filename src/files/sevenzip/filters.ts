import { createDecipheriv, createHash } from 'node:crypto';

/**
 * The two 7z coders besides the compressors that a malware lure meets (session 16): the x86 branch filter (BCJ,
 * 03030103) 7-Zip puts before LZMA/LZMA2 for a file named as a program (.exe, .dll …; a program named .pdf is compressed
 * without it — measured with 7zz 26.02), and 7zAES (06F10701: AES-256-CBC, the key SHA-256 of salt, password and a
 * counter repeated 2^cycles times), which a lure uses with the password written in its letter. Written from the
 * formats' descriptions (7zFormat.txt, the 7-Zip documentation of its methods).
 */

const MASK_ALLOWED = [true, true, true, false, true, false, false, false];
const MASK_BIT = [0, 1, 2, 2, 3, 3, 3, 3];
const isMsByte = (b: number): boolean => b === 0 || b === 0xff;

/**
 * Undoes the x86 branch filter in place, for a stream that starts at offset 0: the 32-bit operands of CALL (E8) and
 * JMP (E9) that the encoder turned from relative into absolute addresses are turned back. One pass, linear.
 */
export function bcjX86Decode(data: Uint8Array): void {
  const limit = data.length - 4;
  let pos = 0;
  let prevPos = -1;
  let prevMask = 0;
  for (;;) {
    while (pos < limit && (data[pos]! & 0xfe) !== 0xe8) pos++;
    if (pos >= limit) return;
    const gap = pos - prevPos;
    if (gap > 3) prevMask = 0;
    else {
      prevMask = (prevMask << (gap - 1)) & 7;
      if (prevMask !== 0 && (!MASK_ALLOWED[prevMask] || isMsByte(data[pos + 4 - MASK_BIT[prevMask]!]!))) {
        prevPos = pos;
        prevMask = ((prevMask << 1) & 7) | 1;
        pos++;
        continue;
      }
    }
    prevPos = pos;
    if (!isMsByte(data[pos + 4]!)) {
      prevMask = ((prevMask << 1) & 7) | 1;
      pos++;
      continue;
    }
    let src = ((data[pos + 4]! << 24) | (data[pos + 3]! << 16) | (data[pos + 2]! << 8) | data[pos + 1]!) >>> 0;
    let dest: number;
    for (;;) {
      dest = (src - (pos + 5)) >>> 0;
      if (prevMask === 0) break;
      const shift = MASK_BIT[prevMask]! * 8;
      if (!isMsByte((dest >>> (24 - shift)) & 0xff)) break;
      src = (dest ^ (2 ** (32 - shift) - 1)) >>> 0;
    }
    data[pos + 4] = (dest >>> 24) & 1 ? 0xff : 0;
    data[pos + 3] = (dest >>> 16) & 0xff;
    data[pos + 2] = (dest >>> 8) & 0xff;
    data[pos + 1] = dest & 0xff;
    pos += 5;
  }
}

/** Key stretching accepted: 7-Zip writes 2^19 rounds; 2^20 of a short password hash ~25 MB. More is refused, not computed. */
export const MAX_AES_CYCLES = 20;

export type AesResult = { ok: true; data: Uint8Array } | { ok: false; reason: 'limit' | 'corrupt'; detail: string };

/** Salt, IV and rounds of a 7zAES coder's properties. */
function aesProps(props: Uint8Array): { cycles: number; salt: Uint8Array; iv: Uint8Array } | undefined {
  if (props.length < 1) return undefined;
  const b0 = props[0]!;
  const cycles = b0 & 0x3f;
  if ((b0 & 0xc0) === 0) return { cycles, salt: new Uint8Array(0), iv: new Uint8Array(16) };
  if (props.length < 2) return undefined;
  const b1 = props[1]!;
  const saltSize = ((b0 >> 7) & 1) + (b1 >> 4);
  const ivSize = ((b0 >> 6) & 1) + (b1 & 0x0f);
  if (props.length < 2 + saltSize + ivSize) return undefined;
  const iv = new Uint8Array(16);
  iv.set(props.subarray(2 + saltSize, 2 + saltSize + ivSize));
  return { cycles, salt: props.subarray(2, 2 + saltSize), iv };
}

/** Keys already stretched (7-Zip uses one salt for every block of an archive, often none): the last few, by rounds, salt and password. */
const KEYS = new Map<string, Uint8Array>();
const MAX_KEYS = 8;

/** The AES-256 key of `password` (UTF-16LE, as 7-Zip reads it): SHA-256 over 2^cycles rounds of salt + password + 64-bit counter. */
function aesKey(cycles: number, salt: Uint8Array, password: string): Uint8Array {
  const id = `${cycles}:${Buffer.from(salt).toString('hex')}:${password}`;
  let key = KEYS.get(id);
  if (!key) {
    key = stretchKey(cycles, salt, password);
    if (KEYS.size >= MAX_KEYS) KEYS.delete(KEYS.keys().next().value!);
    KEYS.set(id, key);
  }
  return key;
}

function stretchKey(cycles: number, salt: Uint8Array, password: string): Uint8Array {
  const pw = Buffer.from(password, 'utf16le');
  if (cycles === 0x3f) {
    const key = new Uint8Array(32);
    key.set([...salt, ...pw].slice(0, 32));
    return key;
  }
  const unit = salt.length + pw.length + 8;
  const rounds = 2 ** cycles;
  // Rounds are hashed in chunks of ≤ 64 KB: one buffer, each unit's counter rewritten per chunk.
  const perChunk = Math.max(1, Math.min(rounds, Math.floor(65536 / unit)));
  const chunk = Buffer.alloc(perChunk * unit);
  for (let i = 0; i < perChunk; i++) {
    chunk.set(salt, i * unit);
    chunk.set(pw, i * unit + salt.length);
  }
  const hash = createHash('sha256');
  for (let done = 0; done < rounds; done += perChunk) {
    const n = Math.min(perChunk, rounds - done);
    for (let i = 0; i < n; i++) {
      const at = i * unit + salt.length + pw.length;
      const counter = done + i;
      chunk.writeUInt32LE(counter >>> 0, at);
      chunk.writeUInt32LE(Math.floor(counter / 2 ** 32), at + 4);
    }
    hash.update(n === perChunk ? chunk : chunk.subarray(0, n * unit));
  }
  return hash.digest();
}

/** Decrypts a 7zAES stream with `password` to `size` bytes. A wrong password gives bytes all the same; the next coder tells. */
export function decryptSevenZipAes(props: Uint8Array, data: Uint8Array, size: number, password: string): AesResult {
  const p = aesProps(props);
  if (!p) return { ok: false, reason: 'corrupt', detail: 'AES properties unreadable' };
  if (p.cycles > MAX_AES_CYCLES && p.cycles !== 0x3f) return { ok: false, reason: 'limit', detail: `AES key stretched 2^${p.cycles} times, over 2^${MAX_AES_CYCLES}` };
  const whole = data.length - (data.length % 16);
  if (size > whole) return { ok: false, reason: 'corrupt', detail: 'AES stream shorter than its size' };
  const decipher = createDecipheriv('aes-256-cbc', aesKey(p.cycles, p.salt, password), p.iv).setAutoPadding(false);
  const out = Buffer.concat([decipher.update(data.subarray(0, whole)), decipher.final()]);
  return { ok: true, data: out.subarray(0, size) };
}
