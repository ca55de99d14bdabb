import { createRequire } from 'node:module';

/**
 * The UTS-39 confusables table (the `unhomoglyph` package's data.json, one code point → its prototype) as two
 * strings: every key's code point in ascending order, and the prototypes in the same order joined by U+0000.
 * Why not the JSON object: `JSON.parse` of its 6,311 keys took 3.5–4 ms (~6 ms as a `require`) of every scan,
 * and every scan reads it (the brand registry folds its non-ASCII role words when it loads). The bundle
 * (scripts/bundle.mjs) replaces this module by the two strings themselves, computed from it at build time;
 * under tsx and tsc's output it reads data.json as before.
 */
export interface ConfusableText {
  /** The keys (each one code point), ascending by code point. */
  keys: string;
  /** The prototypes, in the order of `keys`, joined by U+0000 (which no prototype holds). */
  values: string;
}

export function confusableText(): ConfusableText {
  const table = createRequire(import.meta.url)('unhomoglyph/data.json') as Record<string, string>;
  const entries = Object.entries(table).sort(([a], [b]) => a.codePointAt(0)! - b.codePointAt(0)!);
  for (const [key, value] of entries) {
    if ([...key].length !== 1 || value.includes('\u0000')) throw new Error(`confusables: entry ${JSON.stringify(key)} cannot be packed`);
  }
  return { keys: entries.map(([key]) => key).join(''), values: entries.map(([, value]) => value).join('\u0000') };
}
