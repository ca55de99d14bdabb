/**
 * Edit distances and the classification of a single edit into the technique a typosquatter used
 * (the names follow dnstwist's fuzzers so results compare directly).
 */

/**
 * Optimal-string-alignment Damerau–Levenshtein distance (adjacent transpositions count 1), with an
 * early exit once every cell of a row exceeds `max`. Returns `max + 1` when the distance is larger.
 * @example damerauLevenshtein('trendmicro', 'tredmnicro', 2) // 2
 */
export function damerauLevenshtein(a: string, b: string, max: number): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return max + 1;
  if (n === 0 || m === 0) return Math.max(n, m) <= max ? Math.max(n, m) : max + 1;
  // Three rolling rows: previous-previous (for transpositions), previous, current.
  let pp = new Array<number>(m + 1).fill(0);
  let prev = new Array<number>(m + 1);
  let cur = new Array<number>(m + 1);
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const bj = b.charCodeAt(j - 1);
      const cost = ai === bj ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) v = Math.min(v, pp[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [pp, prev, cur] = [prev, cur, pp];
  }
  return prev[m]! <= max ? prev[m]! : max + 1;
}

const VOWELS = new Set('aeiouy');

/** QWERTY neighbours (the keyboard dnstwist and most typo studies model). */
const KEYBOARD_ROWS = ['1234567890-', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const KEY_POS = new Map<string, [number, number]>();
KEYBOARD_ROWS.forEach((row, r) => [...row].forEach((ch, c) => KEY_POS.set(ch, [r, c])));
function keyboardAdjacent(a: string, b: string): boolean {
  const pa = KEY_POS.get(a);
  const pb = KEY_POS.get(b);
  if (!pa || !pb) return false;
  const dr = pb[0] - pa[0];
  const dc = pb[1] - pa[1];
  // Offsets of neighbouring keys on a staggered keyboard, for rows r and r±1.
  return (dr === 0 && Math.abs(dc) === 1) || (dr === 1 && (dc === 0 || dc === -1)) || (dr === -1 && (dc === 0 || dc === 1));
}

function popcount(x: number): number {
  let c = 0;
  while (x) {
    x &= x - 1;
    c++;
  }
  return c;
}

/**
 * Names the single edit that turns `protectedLabel` into `label` (they must be at distance 1):
 * addition, insertion, repetition, hyphenation, omission, transposition, vowel-swap, bitsquatting,
 * replacement (a neighbouring key). Returns 'edit' for any other substitution, or when no single edit
 * explains it.
 * @example classifyEdit('trendmicro', 'trendmicr') // 'omission'
 */
export function classifyEdit(protectedLabel: string, label: string): string {
  const p = protectedLabel;
  const l = label;
  if (l.length === p.length + 1) {
    let i = 0;
    while (i < p.length && p[i] === l[i]) i++;
    const added = l[i]!;
    if (added === '-') return 'hyphenation';
    if (added === l[i - 1] || added === l[i + 1]) return 'repetition';
    if (i === p.length) return 'addition';
    return 'insertion';
  }
  if (l.length === p.length - 1) return 'omission';
  if (l.length !== p.length) return 'edit';
  const diffs: number[] = [];
  for (let i = 0; i < p.length && diffs.length <= 2; i++) if (p[i] !== l[i]) diffs.push(i);
  if (diffs.length === 2 && diffs[1] === diffs[0]! + 1 && p[diffs[0]!] === l[diffs[1]!] && p[diffs[1]!] === l[diffs[0]!]) {
    return 'transposition';
  }
  if (diffs.length !== 1) return 'edit';
  const a = p[diffs[0]!]!;
  const b = l[diffs[0]!]!;
  if (VOWELS.has(a) && VOWELS.has(b)) return 'vowel-swap';
  if (popcount(a.charCodeAt(0) ^ b.charCodeAt(0)) === 1) return 'bitsquatting';
  if (keyboardAdjacent(a, b)) return 'replacement';
  return 'edit';
}
