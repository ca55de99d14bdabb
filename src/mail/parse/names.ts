import { latin1 } from './charset.js';

/**
 * Names met again and again — HTML tag and attribute names, header field names — returned as strings made once. Each
 * table is direct-mapped (a slot per hash, the newest name wins it), so it is bounded whatever a message holds: hostile
 * input with a new name at every tag only costs a hash more than making the string. Only short ASCII names are kept.
 */
const SLOTS = 512;
const MAX_NAME = 32;

const lowerSlots: string[] = new Array<string>(SLOTS).fill('');
const exactSlots: string[] = new Array<string>(SLOTS).fill('');

/** A character of a name as `toLowerCase` gives it, for ASCII (A–Z only change). */
const lowerAscii = (c: number): number => (c >= 0x41 && c <= 0x5a ? c | 0x20 : c);

const slotOf = (h: number): number => (h ^ (h >>> 11)) & (SLOTS - 1);

/**
 * `text.slice(start, end).toLowerCase()`, without a new string when the name was met before.
 * @example lowerNameAt('<TD class=x>', 1, 3) // 'td'
 */
export function lowerNameAt(text: string, start: number, end: number): string {
  const len = end - start;
  if (len > MAX_NAME) return text.slice(start, end).toLowerCase();
  let h = len;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return text.slice(start, end).toLowerCase();
    h = (Math.imul(h, 31) + lowerAscii(c)) | 0;
  }
  const slot = slotOf(h);
  const cached = lowerSlots[slot]!;
  if (cached.length === len) {
    let k = 0;
    while (k < len && cached.charCodeAt(k) === lowerAscii(text.charCodeAt(start + k))) k++;
    if (k === len) return cached;
  }
  const name = text.slice(start, end).toLowerCase();
  lowerSlots[slot] = name;
  return name;
}

/**
 * `latin1(bytes, start, end)` (a header field's name as written), without a new string when the name was met before.
 * Names with a NUL or an 8-bit byte are made afresh (never kept).
 */
export function latin1NameAt(bytes: Uint8Array, start: number, end: number): string {
  const len = end - start;
  if (len > MAX_NAME) return latin1(bytes, start, end);
  let h = len;
  for (let i = start; i < end; i++) {
    const b = bytes[i]!;
    if (b === 0 || b >= 0x80) return latin1(bytes, start, end);
    h = (Math.imul(h, 31) + b) | 0;
  }
  const slot = slotOf(h);
  const cached = exactSlots[slot]!;
  if (cached.length === len) {
    let k = 0;
    while (k < len && cached.charCodeAt(k) === bytes[start + k]) k++;
    if (k === len) return cached;
  }
  const name = latin1(bytes, start, end);
  exactSlots[slot] = name;
  return name;
}
