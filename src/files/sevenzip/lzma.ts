/**
 * A bounded LZMA and LZMA2 decoder (the range coder and the literal/match/rep model of the LZMA SDK's format
 * description, lzma-specification.txt), for 7-Zip's compressed headers and, within limits, small solid blocks.
 *
 * Bounds: the output is one buffer of the size the container declares, never more than `maxOutput` bytes (a larger
 * declared size is refused before anything is allocated: `limit`); the window the stream may use (its dictionary, or
 * the whole output when that is smaller: the output is the window) over `maxDictionary` is refused the same way; reading past the input's end, a distance before the start of the output or beyond the dictionary, or
 * LZMA2 chunks that overrun the declared size are `corrupt`. Work is linear in input plus output: each step of the loop
 * consumes input bits or writes output bytes.
 */

export interface LzmaLimits {
  /** Largest output accepted (bytes). */
  maxOutput: number;
  /** Largest dictionary accepted (bytes). */
  maxDictionary: number;
}

export type LzmaResult = { ok: true; data: Uint8Array } | { ok: false; reason: 'limit' | 'corrupt' | 'unsupported'; detail: string };

class Corrupt extends Error {}

const PROB_INIT = 1024;
const NUM_STATES = 12;
const POS_STATES_MAX = 16;
const END_POS_MODEL_INDEX = 14;
const NUM_FULL_DISTANCES = 128;
const MATCH_MIN_LEN = 2;

// Offsets of each model inside one Uint16Array of probabilities.
const IS_MATCH = 0;
const IS_REP = IS_MATCH + NUM_STATES * POS_STATES_MAX;
const IS_REP_G0 = IS_REP + NUM_STATES;
const IS_REP_G1 = IS_REP_G0 + NUM_STATES;
const IS_REP_G2 = IS_REP_G1 + NUM_STATES;
const IS_REP0_LONG = IS_REP_G2 + NUM_STATES;
const POS_SLOT = IS_REP0_LONG + NUM_STATES * POS_STATES_MAX; // 4 length states × 64
const POS_SPECIAL = POS_SLOT + 4 * 64; // 1 + 128 − 14
const ALIGN = POS_SPECIAL + 1 + NUM_FULL_DISTANCES - END_POS_MODEL_INDEX; // 16
const LEN_CODER = ALIGN + 16;
/** A length coder: choice, choice2, low[16][8], mid[16][8], high[256]. */
const LEN_SIZE = 2 + POS_STATES_MAX * 8 * 2 + 256;
const REP_LEN_CODER = LEN_CODER + LEN_SIZE;
const LITERAL = REP_LEN_CODER + LEN_SIZE;

interface Props {
  lc: number;
  lp: number;
  pb: number;
}

/** lc/lp/pb from the properties byte; undefined when out of range. */
function readPropsByte(d: number): Props | undefined {
  if (d >= 9 * 5 * 5) return undefined;
  const lc = d % 9;
  const rest = (d / 9) | 0;
  return { lc, lp: rest % 5, pb: (rest / 5) | 0 };
}

class Decoder {
  private probs: Uint16Array = new Uint16Array(0);
  private props: Props = { lc: 3, lp: 0, pb: 2 };
  private state = 0;
  private rep0 = 0;
  private rep1 = 0;
  private rep2 = 0;
  private rep3 = 0;
  // Range coder.
  private range = 0;
  private code = 0;
  private input: Uint8Array = new Uint8Array(0);
  private inPos = 0;
  private inEnd = 0;
  /** Bytes written; the dictionary is the output itself. */
  pos = 0;

  constructor(
    readonly out: Uint8Array,
    readonly dictSize: number,
  ) {}

  setProps(p: Props): void {
    this.props = p;
    this.probs = new Uint16Array(LITERAL + 0x300 * (1 << (p.lc + p.lp)));
  }

  resetState(): void {
    this.probs.fill(PROB_INIT);
    this.state = 0;
    this.rep0 = this.rep1 = this.rep2 = this.rep3 = 0;
  }

  /** Starts the range coder on `input[start, end)`. */
  initRange(input: Uint8Array, start: number, end: number): void {
    this.input = input;
    this.inPos = start;
    this.inEnd = end;
    if (this.nextByte() !== 0) throw new Corrupt('range coder: first byte not 0');
    this.range = 0xffffffff;
    this.code = 0;
    for (let i = 0; i < 4; i++) this.code = ((this.code << 8) | this.nextByte()) >>> 0;
    if (this.code === this.range) throw new Corrupt('range coder: bad initial code');
  }

  /** Input bytes consumed so far (the position after the last byte read). */
  get inputAt(): number {
    return this.inPos;
  }

  private nextByte(): number {
    if (this.inPos >= this.inEnd) throw new Corrupt('compressed data truncated');
    return this.input[this.inPos++]!;
  }

  private bit(i: number): number {
    const p = this.probs[i]!;
    const bound = (this.range >>> 11) * p;
    let b: number;
    if (this.code < bound) {
      this.range = bound;
      this.probs[i] = p + ((2048 - p) >>> 5);
      b = 0;
    } else {
      this.range = (this.range - bound) >>> 0;
      this.code = (this.code - bound) >>> 0;
      this.probs[i] = p - (p >>> 5);
      b = 1;
    }
    if (this.range < 0x1000000) {
      this.range = (this.range * 256) >>> 0;
      this.code = ((this.code << 8) | this.nextByte()) >>> 0;
    }
    return b;
  }

  private direct(count: number): number {
    let v = 0;
    for (let i = 0; i < count; i++) {
      this.range >>>= 1;
      let b = 0;
      if (this.code >= this.range) {
        this.code = (this.code - this.range) >>> 0;
        b = 1;
      }
      v = v * 2 + b;
      if (this.range < 0x1000000) {
        this.range = (this.range * 256) >>> 0;
        this.code = ((this.code << 8) | this.nextByte()) >>> 0;
      }
    }
    return v;
  }

  private tree(base: number, bits: number): number {
    let m = 1;
    for (let i = 0; i < bits; i++) m = (m << 1) | this.bit(base + m);
    return m - (1 << bits);
  }

  private reverseTree(base: number, bits: number): number {
    let m = 1;
    let v = 0;
    for (let i = 0; i < bits; i++) {
      const b = this.bit(base + m);
      m = (m << 1) | b;
      v |= b << i;
    }
    return v;
  }

  private length(base: number, posState: number): number {
    if (this.bit(base) === 0) return this.tree(base + 2 + posState * 8, 3);
    if (this.bit(base + 1) === 0) return 8 + this.tree(base + 2 + POS_STATES_MAX * 8 + posState * 8, 3);
    return 16 + this.tree(base + 2 + POS_STATES_MAX * 8 * 2, 8);
  }

  private distance(len: number): number {
    const lenState = len < 3 ? len : 3;
    const slot = this.tree(POS_SLOT + lenState * 64, 6);
    if (slot < 4) return slot;
    const numDirect = (slot >>> 1) - 1;
    let dist = (2 | (slot & 1)) * 2 ** numDirect;
    if (slot < END_POS_MODEL_INDEX) return dist + this.reverseTree(POS_SPECIAL + dist - slot, numDirect);
    dist += this.direct(numDirect - 4) * 16;
    return dist + this.reverseTree(ALIGN, 4);
  }

  /**
   * Decodes until `outEnd` bytes are in the output (or the end marker when `endMarkerAllowed`). Returns whether the
   * end marker was read.
   */
  decode(outEnd: number, endMarkerAllowed: boolean): boolean {
    const out = this.out;
    const { lc, lp, pb } = this.props;
    const pbMask = (1 << pb) - 1;
    const lpMask = (1 << lp) - 1;
    while (this.pos < outEnd) {
      const posState = this.pos & pbMask;
      const state = this.state;
      if (this.bit(IS_MATCH + state * POS_STATES_MAX + posState) === 0) {
        const prev = this.pos > 0 ? out[this.pos - 1]! : 0;
        const base = LITERAL + 0x300 * (((this.pos & lpMask) << lc) + (prev >>> (8 - lc)));
        let symbol = 1;
        if (state >= 7) {
          if (this.rep0 >= this.pos) throw new Corrupt('match byte before the start');
          let matchByte = out[this.pos - this.rep0 - 1]!;
          while (symbol < 0x100) {
            const matchBit = (matchByte >>> 7) & 1;
            matchByte <<= 1;
            const b = this.bit(base + ((1 + matchBit) << 8) + symbol);
            symbol = (symbol << 1) | b;
            if (matchBit !== b) break;
          }
        }
        while (symbol < 0x100) symbol = (symbol << 1) | this.bit(base + symbol);
        out[this.pos++] = symbol & 0xff;
        this.state = state < 4 ? 0 : state < 10 ? state - 3 : state - 6;
        continue;
      }
      let len: number;
      if (this.bit(IS_REP + state) !== 0) {
        if (this.pos === 0) throw new Corrupt('repeat before any output');
        if (this.bit(IS_REP_G0 + state) === 0) {
          if (this.bit(IS_REP0_LONG + state * POS_STATES_MAX + posState) === 0) {
            this.state = state < 7 ? 9 : 11;
            if (this.rep0 >= this.pos) throw new Corrupt('distance before the start');
            out[this.pos] = out[this.pos - this.rep0 - 1]!;
            this.pos++;
            continue;
          }
        } else {
          let dist: number;
          if (this.bit(IS_REP_G1 + state) === 0) dist = this.rep1;
          else {
            if (this.bit(IS_REP_G2 + state) === 0) dist = this.rep2;
            else {
              dist = this.rep3;
              this.rep3 = this.rep2;
            }
            this.rep2 = this.rep1;
          }
          this.rep1 = this.rep0;
          this.rep0 = dist;
        }
        len = this.length(REP_LEN_CODER, posState);
        this.state = state < 7 ? 8 : 11;
      } else {
        this.rep3 = this.rep2;
        this.rep2 = this.rep1;
        this.rep1 = this.rep0;
        len = this.length(LEN_CODER, posState);
        this.state = state < 7 ? 7 : 10;
        this.rep0 = this.distance(len);
        if (this.rep0 === 0xffffffff) {
          if (!endMarkerAllowed) throw new Corrupt('unexpected end marker');
          return true;
        }
      }
      len += MATCH_MIN_LEN;
      if (this.rep0 >= this.pos || this.rep0 >= this.dictSize) throw new Corrupt('distance before the start or beyond the dictionary');
      if (this.pos + len > outEnd) throw new Corrupt('match past the declared size');
      let from = this.pos - this.rep0 - 1;
      for (let i = 0; i < len; i++) out[this.pos++] = out[from++]!;
    }
    return false;
  }
}

function checkOutput(size: number, limits: LzmaLimits): LzmaResult | undefined {
  if (!Number.isSafeInteger(size) || size < 0) return { ok: false, reason: 'corrupt', detail: 'bad declared size' };
  if (size > limits.maxOutput) return { ok: false, reason: 'limit', detail: `declares ${size} bytes, over the limit of ${limits.maxOutput}` };
  return undefined;
}

/**
 * LZMA as 7-Zip stores it: 5 property bytes (lc/lp/pb, then the dictionary size little-endian) kept in the coder's
 * properties, the stream apart, and the unpacked size from the container.
 */
export function decodeLzma(props: Uint8Array, input: Uint8Array, unpackSize: number, limits: LzmaLimits): LzmaResult {
  if (props.length < 5) return { ok: false, reason: 'unsupported', detail: 'LZMA properties shorter than 5 bytes' };
  const p = readPropsByte(props[0]!);
  if (!p) return { ok: false, reason: 'corrupt', detail: 'bad LZMA properties byte' };
  const dictSize = Math.max(4096, (props[1]! | (props[2]! << 8) | (props[3]! << 16) | (props[4]! << 24)) >>> 0);
  if (Math.min(dictSize, unpackSize) > limits.maxDictionary) return { ok: false, reason: 'limit', detail: `dictionary of ${dictSize} bytes, over the limit of ${limits.maxDictionary}` };
  const refused = checkOutput(unpackSize, limits);
  if (refused) return refused;
  const d = new Decoder(new Uint8Array(unpackSize), dictSize);
  try {
    d.setProps(p);
    d.resetState();
    d.initRange(input, 0, input.length);
    d.decode(unpackSize, true);
    if (d.pos !== unpackSize) return { ok: false, reason: 'corrupt', detail: `LZMA stream ended after ${d.pos} of ${unpackSize} bytes` };
    return { ok: true, data: d.out };
  } catch (err) {
    if (err instanceof Corrupt) return { ok: false, reason: 'corrupt', detail: err.message };
    throw err;
  }
}

/** The LZMA2 dictionary size from its one property byte; undefined above 40. */
export function lzma2DictionarySize(b: number): number | undefined {
  if (b > 40) return undefined;
  if (b === 40) return 0xffffffff;
  return (2 | (b & 1)) * 2 ** ((b >>> 1) + 11);
}

/** LZMA2 (a sequence of LZMA and stored chunks) to exactly `unpackSize` bytes. */
export function decodeLzma2(props: Uint8Array, input: Uint8Array, unpackSize: number, limits: LzmaLimits): LzmaResult {
  const dictSize = props.length >= 1 ? lzma2DictionarySize(props[0]!) : undefined;
  if (dictSize === undefined) return { ok: false, reason: 'corrupt', detail: 'bad LZMA2 dictionary byte' };
  if (Math.min(dictSize, unpackSize) > limits.maxDictionary) return { ok: false, reason: 'limit', detail: `dictionary of ${dictSize} bytes, over the limit of ${limits.maxDictionary}` };
  const refused = checkOutput(unpackSize, limits);
  if (refused) return refused;
  const d = new Decoder(new Uint8Array(unpackSize), dictSize);
  let at = 0;
  let havePropsOnce = false;
  try {
    for (;;) {
      if (at >= input.length) throw new Corrupt('LZMA2 stream truncated');
      const control = input[at++]!;
      if (control === 0) break;
      if (control === 1 || control === 2) {
        if (at + 2 > input.length) throw new Corrupt('LZMA2 stream truncated');
        const size = ((input[at]! << 8) | input[at + 1]!) + 1;
        at += 2;
        if (at + size > input.length) throw new Corrupt('LZMA2 stored chunk truncated');
        if (d.pos + size > unpackSize) throw new Corrupt('LZMA2 output past the declared size');
        d.out.set(input.subarray(at, at + size), d.pos);
        d.pos += size;
        at += size;
        continue;
      }
      if (control < 0x80) throw new Corrupt('bad LZMA2 control byte');
      if (at + 4 > input.length) throw new Corrupt('LZMA2 stream truncated');
      const size = (control & 0x1f) * 65536 + ((input[at]! << 8) | input[at + 1]!) + 1;
      const packed = ((input[at + 2]! << 8) | input[at + 3]!) + 1;
      at += 4;
      const reset = (control >>> 5) & 3;
      if (reset >= 2) {
        if (at >= input.length) throw new Corrupt('LZMA2 stream truncated');
        const p = readPropsByte(input[at++]!);
        if (!p || p.lc + p.lp > 4) throw new Corrupt('bad LZMA2 properties');
        d.setProps(p);
        havePropsOnce = true;
      } else if (!havePropsOnce) throw new Corrupt('LZMA2 chunk without properties');
      if (reset >= 1) d.resetState();
      if (at + packed > input.length) throw new Corrupt('LZMA2 chunk truncated');
      if (d.pos + size > unpackSize) throw new Corrupt('LZMA2 output past the declared size');
      d.initRange(input, at, at + packed);
      d.decode(d.pos + size, false);
      at += packed;
    }
    if (d.pos !== unpackSize) return { ok: false, reason: 'corrupt', detail: `LZMA2 stream ended after ${d.pos} of ${unpackSize} bytes` };
    return { ok: true, data: d.out };
  } catch (err) {
    if (err instanceof Corrupt) return { ok: false, reason: 'corrupt', detail: err.message };
    throw err;
  }
}
