/**
 * A random text a pattern source could match, for tests that hold a rewritten pattern to the one it was written as (session 66,
 * issue 18: gatedAlternation's parts against the written alternation). A walk of the source: an alternative picked at random,
 * an optional item taken or not, a repetition a few times, a class one of its characters; assertions (`\b`, look-arounds)
 * produce nothing, so a sample can fail them — the tests compare both patterns on the sample, whatever it matches. Reads the
 * syntax the scan's word alternations use: groups, `|`, `? * + {m,n}` (lazy or not), classes with ranges, `\w \d \s \b`
 * and escaped literals. Not a general regular-expression generator.
 */
export function sampleOf(source: string, next: () => number): string {
  let at = 0;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const classChars = (): string[] => {
    // at is just past '['
    let negated = false;
    if (source[at] === '^') (negated = true), at++;
    const chars: string[] = [];
    while (source[at] !== ']') {
      let c = source[at++]!;
      if (c === '\\') {
        const e = source[at++]!;
        c = e === 'n' ? '\n' : e === 'd' ? '7' : e === 'w' ? 'k' : e === 's' ? ' ' : e === 'p' ? (at = source.indexOf('}', at) + 1, 'a') : e;
      }
      if (source[at] === '-' && source[at + 1] !== ']') {
        at++;
        let to = source[at++]!;
        if (to === '\\') to = source[at++]!;
        for (let k = c.charCodeAt(0); k <= to.charCodeAt(0) && k < c.charCodeAt(0) + 40; k++) chars.push(String.fromCharCode(k));
      } else chars.push(c);
    }
    at++;
    return negated ? [' ', ' ', 'x', 'ab', 'é'].filter((c) => !chars.includes(c)) : chars;
  };
  // An atom's producer; called again for each repetition.
  const atom = (): (() => string) => {
    const c = source[at++]!;
    if (c === '(') {
      let silent = false;
      if (source[at] === '?') {
        if (source[at + 1] === ':') at += 2;
        else if (source[at + 1] === '<' && (source[at + 2] === '=' || source[at + 2] === '!')) (at += 3), (silent = true);
        else (at += 2), (silent = true);
      }
      const start = at;
      alternation(); // skip to the closing parenthesis, remembering where the group starts
      const end = at;
      at++;
      return () => {
        if (silent) return '';
        const saved = at;
        at = start;
        const out = alternationText();
        at = saved;
        void end;
        return out;
      };
    }
    if (c === '[') {
      const chars = classChars();
      return () => pick(chars);
    }
    if (c === '\\') {
      const e = source[at++]!;
      if (e === 'b' || e === 'B') return () => '';
      if (e === 'd') return () => pick(['1', '2', '5', '9']);
      if (e === 'w') return () => pick(['a', 'k', 'z', '0']);
      if (e === 's') return () => ' ';
      if (e === 'n') return () => '\n';
      if (e === 'p' || e === 'P') {
        at = source.indexOf('}', at) + 1;
        return () => 'a';
      }
      return () => e;
    }
    if (c === '^' || c === '$') return () => '';
    if (c === '.') return () => pick(['a', ' ', 'z']);
    return () => c;
  };
  const quantified = (): (() => string) => {
    const make = atom();
    let min = 1;
    let max = 1;
    const q = source[at];
    if (q === '?') (min = 0), (max = 1), at++;
    else if (q === '*') (min = 0), (max = 3), at++;
    else if (q === '+') (min = 1), (max = 3), at++;
    else if (q === '{' && /^\{\d+(?:,\d*)?\}/.test(source.slice(at))) {
      const m = /^\{(\d+)(?:,(\d*))?\}/.exec(source.slice(at))!;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[2] === '' ? min + 3 : Math.min(Number(m[2]), min + 6);
      at += m[0].length;
    }
    if (source[at] === '?' && (q === '?' || q === '*' || q === '+' || q === '{')) at++;
    return () => {
      const n = min + Math.floor(next() * (max - min + 1));
      let out = '';
      for (let i = 0; i < n; i++) out += make();
      return out;
    };
  };
  // Parses (and skips) an alternation up to ')' or the end.
  const alternation = (): void => {
    while (at < source.length && source[at] !== ')') {
      if (source[at] === '|') at++;
      else quantified();
    }
  };
  // Produces a text for the alternation starting at `at`, leaving `at` at its ')' or the end.
  const alternationText = (): string => {
    const alternatives: [number, number][] = [];
    let start = at;
    let depth = 0;
    const begin = at;
    for (let i = begin; i <= source.length; i++) {
      const c = source[i];
      if (c === '\\') {
        i++;
        continue;
      }
      if (c === '[') {
        i++;
        while (source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
        continue;
      }
      if (c === '(') depth++;
      else if (c === ')' && depth > 0) depth--;
      else if (i === source.length || (c === ')' && depth === 0) || (c === '|' && depth === 0)) {
        alternatives.push([start, i]);
        start = i + 1;
        if (c !== '|') break;
      }
    }
    const [from, to] = pick(alternatives);
    at = from;
    let out = '';
    while (at < to) out += quantified()();
    at = alternatives[alternatives.length - 1]![1];
    return out;
  };
  return alternationText();
}

/**
 * Holds a split alternation (gatedAlternation) to the one pattern it was written as on `texts` seeded texts: each 1–5 samples of
 * its parts (sampleOf), between noise words and blanks, at times glued to a letter (a word start or end `\b` must refuse);
 * asserts the same match (index and text) and returns, for each part, how often its own pattern gave the written match — a
 * test asserts each part was exercised, so that a gate that turns away a part's own matches cannot pass unseen.
 */
export function compareSplitOnSamples(
  written: RegExp,
  split: (text: string) => RegExpExecArray | null,
  partSources: readonly string[],
  next: () => number,
  texts: number,
  flags = '',
): number[] {
  const parts = partSources.map((s) => new RegExp(s, flags));
  const won = parts.map(() => 0);
  const noise = ['the', 'and', 'you', 'your', 'sie', 'vous', 'u', 'de', '12', '30%', 'x', 'é', '。'];
  const blanks = [' ', ' ', ' ', '', '. ', ', ', '\n', '! '];
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  for (let n = 0; n < texts; n++) {
    let text = '';
    const items = 1 + Math.floor(next() * 5);
    for (let i = 0; i < items; i++) {
      text += next() < 0.3 ? pick(noise) + pick(blanks) : '';
      text += sampleOf(pick(partSources), next) + pick(blanks);
    }
    const a = written.exec(text);
    const b = split(text);
    if (JSON.stringify(b && [b.index, b[0]]) !== JSON.stringify(a && [a.index, a[0]])) {
      throw new Error(`split ${JSON.stringify(b && [b.index, b[0]])} against written ${JSON.stringify(a && [a.index, a[0]])} on ${JSON.stringify(text)}`);
    }
    if (a) {
      const i = parts.findIndex((p) => {
        const m = p.exec(text);
        return m !== null && m.index === a.index && m[0] === a[0];
      });
      won[i]!++;
    }
  }
  return won;
}
