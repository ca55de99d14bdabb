/**
 * A module-level pattern made on first use instead of when its module loads: `const X = lazyRegExp(() => new RegExp(…))`,
 * read as `X()`. Why (session 59, issue 18): a one-message scan made 136 `new RegExp` patterns, 299 K characters, and ran 50
 * of them; the other 86 (167 K characters, the term tables' alternations joined at load, `new RegExp(OTHER.source, 'giu')`
 * copies) cost V8's parse at creation, ~160 instructions a character, for nothing. The build's lazy rewrite
 * (src/runtime/lazy-patterns.ts) reaches only literals, and only in the one-message CLI; this is the same for a `new RegExp`
 * of a computed source, in every build, the worker's too.
 *
 * Exact by construction: `make` is the expression that initialised the constant, called once, at the first use; every use
 * gets that one object, so a global or sticky pattern's `lastIndex` is carried from use to use as before. What `make` reads
 * (the module's tables, other patterns' sources) is fixed once the module has loaded, so it makes the same pattern later.
 */
export function lazyRegExp(make: () => RegExp): () => RegExp {
  let made: RegExp | undefined;
  return () => (made ??= make());
}
