/**
 * PDF literal strings, read once for the text reader (text.ts) and the decryptor (decrypt.ts), which needs the same
 * bytes to decrypt them.
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
