/**
 * PDF's string and name syntax (ISO 32000-1 §7.3.4, §7.3.5), one reading for the triage (index.ts), the text reader
 * (text.ts) and the decryptor (decrypt.ts), which needs the same bytes to decrypt them. Each char is one byte (latin1).
 */

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', '(': '(', ')': ')', '\\': '\\' };

/** A literal string `(…)` at `at` (§7.3.4.2): balanced parentheses, escapes, octal codes, line continuations. */
export function literalString(src: string, at: number): [string, number] {
  let depth = 0;
  let s = '';
  let i = at;
  for (; i < src.length; i++) {
    const c = src[i]!;
    if (c === '\\') {
      const e = src[++i] ?? '';
      if (e >= '0' && e <= '7') {
        let oct = e;
        while (oct.length < 3 && src[i + 1]! >= '0' && src[i + 1]! <= '7') oct += src[++i];
        s += String.fromCharCode(parseInt(oct, 8) & 0xff);
      } else if (e === '\r') {
        if (src[i + 1] === '\n') i++;
      } else if (e !== '\n') {
        s += ESCAPES[e] ?? e;
      }
      continue;
    }
    if (c === '(') {
      if (depth++ === 0) continue;
    } else if (c === ')') {
      if (--depth === 0) return [s, i + 1];
    }
    s += c;
  }
  return [s, i];
}

/** A hex string `<…>`'s content as its bytes (§7.3.4.3): white space ignored, an odd last digit followed by 0. */
export function hexBytes(hex: string): Buffer {
  const h = hex.replace(/[^0-9a-fA-F]/g, '');
  return Buffer.from(h.length % 2 ? `${h}0` : h, 'hex');
}

/** hexBytes as a string of one char a byte. */
export function hexString(hex: string): string {
  return hexBytes(hex).toString('latin1');
}

/** A name's `#xx` escapes decoded (§7.3.5). */
export function decodeName(raw: string): string {
  return raw.replace(/#([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}
