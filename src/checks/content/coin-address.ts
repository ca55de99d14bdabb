import { keccak256 } from './keccak.js';

/**
 * Address checks of the coins beyond Bitcoin's Base58Check and bech32 (issue 17, session 21; scam-structure.ts reads the
 * candidates): Ethereum's mixed-case checksum (EIP-55), Monero's own Base58 with its Keccak checksum, and Solana's public key
 * (Base58 of 32 bytes, no checksum at all — so only in a text that names the coin); and the Base58 decoding Bitcoin's,
 * Litecoin's, Dogecoin's and TRON's Base58Check (scam-structure.ts) share with Solana's key. Each is a pure function of one
 * candidate string of bounded length (at most 106 characters); no pattern here is run over the message.
 */

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
/** Ripple's Base58: the same 58 characters in another order ('r' is zero, so a classic address of version 0 starts with it). */
export const RIPPLE_BASE58 = 'rpshnaf39wBUDNEGHJKLM4PQRST7VWXYZ2bcdeCg65jkm8oFqi1tuvAxyz';
const HEX = '0123456789abcdef';

/**
 * EIP-55: an address written in mixed case carries its checksum in the case of its letters — a letter is a capital exactly
 * when the matching nibble of Keccak-256 over the lower-case hex (as ASCII) is 8 or more. An address all in lower or all in
 * upper case carries none (wallets accept it, EIP-55 says so) and is taken by form: 'none'.
 */
export function eip55(address: string): 'valid' | 'invalid' | 'none' {
  const hex = address.slice(2);
  if (hex === hex.toLowerCase() || hex === hex.toUpperCase()) return 'none';
  const lower = hex.toLowerCase();
  const digest = eip55Digest(lower);
  for (let i = 0; i < 40; i++) {
    const c = hex[i]!;
    if (c >= '0' && c <= '9') continue;
    if (capitalAt(digest, i) !== (c !== lower[i])) return 'invalid';
  }
  return 'valid';
}

/** The checksummed form of a 40-hex-digit address (for tests and evidence). */
export function toEip55(address: string): string {
  const lower = address.slice(2).toLowerCase();
  const digest = eip55Digest(lower);
  let out = '0x';
  for (let i = 0; i < 40; i++) out += HEX.includes(lower[i]!) && lower[i]! >= 'a' && capitalAt(digest, i) ? lower[i]!.toUpperCase() : lower[i]!;
  return out;
}

/** Keccak-256 of the lower-case hex digits as ASCII: what EIP-55's capitals are read from. */
function eip55Digest(lowerHex: string): Uint8Array {
  return keccak256(new TextEncoder().encode(lowerHex));
}

/** Whether EIP-55 writes hex letter `i` as a capital: the digest's nibble `i` is 8 or more. */
function capitalAt(digest: Uint8Array, i: number): boolean {
  return ((digest[i >> 1]! >> (i % 2 === 0 ? 4 : 0)) & 0xf) >= 8;
}

/** Monero's Base58: 8-byte blocks written as 11 characters each, a last short block as the sizes below say. */
const MONERO_BLOCK_CHARS = [0, 2, 3, 5, 6, 7, 9, 10, 11];

function moneroDecode(s: string): Uint8Array | null {
  const full = Math.floor(s.length / 11);
  const rest = s.length % 11;
  const restBytes = MONERO_BLOCK_CHARS.indexOf(rest);
  if (restBytes < 0) return null;
  const out = new Uint8Array(full * 8 + restBytes);
  for (let block = 0; block * 11 < s.length; block++) {
    const chars = s.slice(block * 11, block * 11 + 11);
    const size = block < full ? 8 : restBytes;
    let n = 0n;
    for (const c of chars) {
      const v = BASE58.indexOf(c);
      if (v < 0) return null;
      n = n * 58n + BigInt(v);
    }
    if (n >> BigInt(size * 8) !== 0n) return null;
    for (let k = size - 1; k >= 0; k--) {
      out[block * 8 + k] = Number(n & 0xffn);
      n >>= 8n;
    }
  }
  return out;
}

/**
 * A Monero address: 95 characters (standard, network byte 18 → "4…"; subaddress, 42 → "8…") or 106 (integrated, 19 → "4…"),
 * whose last four bytes are the first four of Keccak-256 over the rest (the network byte and the two public keys).
 */
export function moneroValid(address: string): boolean {
  if (address.length !== 95 && address.length !== 106) return false;
  const bytes = moneroDecode(address);
  if (!bytes) return false;
  const net = bytes[0];
  if (address.length === 95 ? net !== 18 && net !== 42 : net !== 19) return false;
  const body = bytes.subarray(0, bytes.length - 4);
  const sum = keccak256(body);
  for (let i = 0; i < 4; i++) if (sum[i] !== bytes[body.length + i]) return false;
  return true;
}

/**
 * A Solana public key: Base58 (Bitcoin's alphabet, no checksum) of exactly 32 bytes — 32 to 44 characters. Any random
 * Base58 word of that length that decodes to 32 bytes passes, so the caller reads it only where the text names the coin.
 */
export function solanaKey(address: string): boolean {
  return address.length >= 32 && address.length <= 44 && base58Decode(address)?.length === 32;
}

/**
 * Base58 (no checksum read): leading zero characters (`1` in Bitcoin's alphabet, `r` in Ripple's) are zero bytes, the rest a
 * big-endian number; null on a letter outside the alphabet.
 */
export function base58Decode(s: string, alphabet: string = BASE58): Uint8Array | null {
  let n = 0n;
  for (const c of s) {
    const v = alphabet.indexOf(c);
    if (v < 0) return null;
    n = n * 58n + BigInt(v);
  }
  const bytes: number[] = [];
  while (n > 0n) {
    bytes.unshift(Number(n & 0xffn));
    n >>= 8n;
  }
  for (let i = 0; i < s.length && s[i] === alphabet[0]; i++) bytes.unshift(0);
  return Uint8Array.from(bytes);
}

/**
 * Bitcoin Cash's CashAddr (session 23): 42 characters of the bech32 alphabet, `q…` (key hash) or `p…` (script hash), with
 * or without its `bitcoincash:` prefix, one case throughout — a 40-bit BCH-code checksum over the prefix's low five bits,
 * a zero and the payload (the spec's polymod; the prefix is always folded in, also where the text leaves it out).
 */
const CASHADDR_GEN = [0x98f2bc8e61n, 0x79b76d99e2n, 0xf33e5fb3c4n, 0xae2eabe2a8n, 0x1e4f43e470n];
/** Bech32's 32 characters (BIP 173), which CashAddr shares; scam-structure.ts' bech32 and bech32m checksums read them too. */
export const BECH32_CHARS = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
export function cashAddrValid(address: string): boolean {
  const s = address.toLowerCase();
  if (s !== address && s.toUpperCase() !== address) return false;
  const payload = s.startsWith('bitcoincash:') ? s.slice(12) : s;
  if (payload.length !== 42 || (payload[0] !== 'q' && payload[0] !== 'p')) return false;
  const values: number[] = [];
  for (const c of 'bitcoincash') values.push(c.charCodeAt(0) & 31);
  values.push(0);
  for (const c of payload) {
    const v = BECH32_CHARS.indexOf(c);
    if (v < 0) return false;
    values.push(v);
  }
  let chk = 1n;
  for (const v of values) {
    const top = chk >> 35n;
    chk = ((chk & 0x07ffffffffn) << 5n) ^ BigInt(v);
    for (let i = 0; i < 5; i++) if ((top >> BigInt(i)) & 1n) chk ^= CASHADDR_GEN[i]!;
  }
  return (chk ^ 1n) === 0n;
}

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
/**
 * Stellar's account (session 23, SEP-23 strkey): base32 of a version byte (6 << 3: `G…`, 56 characters; a muxed account,
 * 12 << 3: `M…`, 69), the key (and for muxed, an 8-byte id), and a CRC16-XModem over those, little-endian.
 */
export function stellarValid(address: string): boolean {
  const version = address.length === 56 ? 6 << 3 : address.length === 69 ? 12 << 3 : -1;
  if (version < 0) return false;
  const bytes: number[] = [];
  let acc = 0;
  let bits = 0;
  for (const c of address) {
    const v = BASE32.indexOf(c);
    if (v < 0) return false;
    acc = ((acc << 5) | v) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((acc >> bits) & 0xff);
    }
  }
  // The bits left over past the last whole byte are zero in an address as encoded.
  if ((acc & ((1 << bits) - 1)) !== 0 || bytes[0] !== version) return false;
  const body = bytes.slice(0, -2);
  let crc = 0;
  for (const b of body) {
    crc ^= b << 8;
    for (let i = 0; i < 8; i++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return bytes[bytes.length - 2] === (crc & 0xff) && bytes[bytes.length - 1] === crc >> 8;
}
