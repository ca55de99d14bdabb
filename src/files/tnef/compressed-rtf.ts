/**
 * Compressed RTF (MS-OXRTFCP), the form in which Outlook keeps a message's rich-text body (PR_RTF_COMPRESSED) inside
 * winmail.dat: a 16-byte header (the size of what follows it, the raw size, `LZFu` or `MELA`, a CRC), then for `LZFu` an
 * LZ77 stream over a 4,096-byte ring whose first 207 bytes are a fixed RTF preamble. Each control byte's bits, lowest
 * first, say whether the next item is a literal byte (0) or a two-byte reference (1: 12 bits of ring offset, 4 bits of
 * length − 2); a reference to the ring's current write position ends the stream. `MELA` is the RTF stored as it is.
 * Bounded: at most `maxOut` bytes come out (a reference can at most repeat 17 bytes per 2 read, so a small stream cannot
 * claim more); a cut or broken stream gives what it held up to the break, with a problem.
 */
export interface DecompressedRtf {
  rtf: Uint8Array;
  problem?: string;
}

const LZFU = 0x75465a4c;
const MELA = 0x414c454d;
const RING = 4096;
/** The ring's preset bytes (MS-OXRTFCP §2.1.2.1): references into it let short bodies start with a common RTF head. */
export const RTF_RING_PRESET = Buffer.from(
  '{\\rtf1\\ansi\\mac\\deff0\\deftab720{\\fonttbl;}{\\f0\\fnil \\froman \\fswiss \\fmodern \\fscript \\fdecor MS Sans SerifSymbolArialTimes New RomanCourier{\\colortbl\\red0\\green0\\blue0\r\n\\par \\pard\\plain\\f0\\fs20\\b\\i\\u\\tab\\tx',
  'latin1',
);

export function decompressRtf(b: Uint8Array, maxOut: number): DecompressedRtf | null {
  if (b.length < 16) return null;
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const compSize = v.getUint32(0, true);
  const rawSize = v.getUint32(4, true);
  const type = v.getUint32(8, true);
  if (type !== LZFU && type !== MELA) return null;
  // compSize counts the bytes after its own field: the header's other 12 and the data.
  const end = Math.min(b.length, compSize + 4);
  const problems: string[] = [];
  if (compSize + 4 > b.length) problems.push(`the stream says ${compSize + 4} bytes, ${b.length} are there`);
  if (type === MELA) {
    const rtf = b.subarray(16, Math.min(end, 16 + rawSize, 16 + maxOut));
    return problems.length ? { rtf, problem: problems[0]! } : { rtf };
  }
  const ring = new Uint8Array(RING);
  ring.set(RTF_RING_PRESET);
  let write = RTF_RING_PRESET.length;
  const out = new Uint8Array(Math.min(maxOut, rawSize || maxOut));
  let n = 0;
  let at = 16;
  let ended = false;
  outer: while (at < end && n < out.length) {
    const control = b[at++]!;
    for (let bit = 0; bit < 8; bit++) {
      if (at >= end || n >= out.length) break outer;
      if ((control & (1 << bit)) === 0) {
        const c = b[at++]!;
        out[n++] = c;
        ring[write] = c;
        write = (write + 1) % RING;
        continue;
      }
      if (at + 1 >= end) {
        problems.push('cut inside a reference');
        break outer;
      }
      const word = (b[at]! << 8) | b[at + 1]!;
      at += 2;
      let offset = word >> 4;
      if (offset === write) {
        ended = true;
        break outer;
      }
      const length = (word & 0xf) + 2;
      for (let k = 0; k < length && n < out.length; k++) {
        const c = ring[offset]!;
        out[n++] = c;
        ring[write] = c;
        write = (write + 1) % RING;
        offset = (offset + 1) % RING;
      }
    }
  }
  if (!ended && n < out.length && problems.length === 0) problems.push('no end mark');
  const rtf = out.subarray(0, n);
  return problems.length ? { rtf, problem: problems[0]! } : { rtf };
}

/**
 * What decompressRtf(b, maxOut) gives, from `wide` = decompressRtf(b, M) with M ≥ maxOut (TNEF reads a body once for all its
 * callers' bounds, files/tnef listTnef). The two runs take the same steps until the smaller one's output is full: when the
 * wide one wrote at least that much, the smaller one stopped there, with no problem but the stream's size (a cut reference
 * or a missing end mark lies past where it stopped); when it wrote less, it stopped for the stream's own reasons, which the
 * bound does not change.
 */
export function decompressedWithin(wide: DecompressedRtf, b: Uint8Array, maxOut: number): DecompressedRtf {
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const compSize = v.getUint32(0, true);
  const rawSize = v.getUint32(4, true);
  const sizeProblem = compSize + 4 > b.length ? `the stream says ${compSize + 4} bytes, ${b.length} are there` : undefined;
  if (v.getUint32(8, true) === MELA) {
    const rtf = wide.rtf.subarray(0, Math.min(wide.rtf.length, maxOut));
    return sizeProblem ? { rtf, problem: sizeProblem } : { rtf };
  }
  const cap = Math.min(maxOut, rawSize || maxOut);
  if (wide.rtf.length < cap) return wide;
  const rtf = wide.rtf.subarray(0, cap);
  return sizeProblem ? { rtf, problem: sizeProblem } : { rtf };
}
