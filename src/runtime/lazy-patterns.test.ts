import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import vm from 'node:vm';
import ts from 'typescript';
import { applyEdits, lazyPatterns, literalParts, mayShareLiteral } from './lazy-patterns.js';

// A module with the shapes the rewrite meets: global patterns run in loops (lastIndex kept across calls), a
// pattern passed to replace/split, one put in an object by shorthand, one never used, one used at load, names that
// are also members (`x.WORD`, `{ WORD: … }`), and the names it must leave alone (exported, shadowed, used in a type,
// under the size the test's `wanted` asks for).
const SOURCE = `
const WORD = /[\\p{L}\\p{N}]+/gu;
const SPACE_RUN = /\\s{2,}/g;
const UNUSED = /never(?:used)+/u;
const TABLE = /\\|/;
const AT_LOAD = /^load\\/ed$/i;
const SHADOWED = /shadow/g;
export const EXPORTED = /exported/g;
const TYPED = /typed/y;
const tiny = /t/;
const loaded = AT_LOAD.test('LOAD/ED');
type Typed = typeof TYPED;
const typed: Typed = TYPED;
export function words(text: string): string[] {
  const out: string[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) out.push(m[0]);
  return out;
}
export function firstWordThenNext(text: string): string[] {
  // Without resetting: the second call goes on from where the first left, as a global pattern does.
  const a = WORD.exec(text);
  const b = WORD.exec(text);
  return [a?.[0] ?? '', b?.[0] ?? '', String(WORD.lastIndex)];
}
export function squeeze(text: string): string {
  return text.replace(SPACE_RUN, ' ').split(TABLE).join('/');
}
export function patterns(): Record<string, unknown> {
  const holder = { WORD: 'a member, not the pattern', SPACE_RUN };
  return { source: holder.SPACE_RUN.source, member: holder.WORD, flags: WORD.flags, loaded, tiny: tiny.test('t') };
}
export function shadow(text: string): boolean {
  const SHADOWED = /inner/;
  return SHADOWED.test(text);
}
export function outer(text: string): number {
  return (text.match(SHADOWED) ?? []).length + (text.match(EXPORTED) ?? []).length + Number(typed.sticky);
}
`;

const wanted = (literal: ts.RegularExpressionLiteral): boolean => literal.text.length >= 4;

/** The module's source rewritten the way scripts/bundle.mjs does (the literal replaced by its wrap). */
function rewrite(source: string): string {
  const file = ts.createSourceFile('m.ts', source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const plan = lazyPatterns(ts, file, wanted);
  const edits = [...plan.edits];
  for (const [node, wrap] of plan.wrap) {
    const { source: pattern, flags } = literalParts(node.getText(file));
    edits.push({ start: node.getStart(file), end: node.end, text: wrap(pattern, flags) });
  }
  return applyEdits(source, edits);
}

/** The module run in a context of its own whose `RegExp` constructor counts what it makes. */
function load(source: string): { exports: Record<string, (...args: string[]) => unknown>; made: string[] } {
  const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;
  const made: string[] = [];
  const context = vm.createContext({ exports: {}, made });
  vm.runInContext(`const Original = RegExp; RegExp = function RegExp(s, f) { made.push(String(s)); return new Original(s, f); };`, context);
  vm.runInContext(js, context);
  return { exports: context.exports as Record<string, (...args: string[]) => unknown>, made };
}

describe('lazyPatterns', () => {
  const rewritten = rewrite(SOURCE);

  it('makes each wanted module-level pattern on first use, once', () => {
    const { exports, made } = load(rewritten);
    // Only the pattern evaluated while the module loads was made.
    assert.deepEqual([...made], ['^load\\/ed$']);
    exports.words!('one two');
    exports.words!('three');
    assert.deepEqual([...made], ['^load\\/ed$', '[\\p{L}\\p{N}]+']);
    exports.squeeze!('a  b|c');
    assert.deepEqual(made.slice(2).sort(), ['\\s{2,}', '\\|']);
    assert.ok(!made.some((s) => s.includes('never')), 'the unused pattern is never made');
  });

  it('gives the same results as the module as written, state of global patterns included', () => {
    const before = load(SOURCE).exports;
    const after = load(rewritten).exports;
    const calls: [string, string][] = [
      ['words', 'Grüße, 世界 and 42 more'],
      ['firstWordThenNext', 'alpha beta gamma'],
      ['firstWordThenNext', 'alpha beta gamma'],
      ['firstWordThenNext', 'delta'],
      ['squeeze', 'a   b|c  d|e'],
      ['patterns', ''],
      ['shadow', 'inner shadow'],
      ['shadow', 'shadow'],
      ['outer', 'shadow exported shadow'],
    ];
    // As JSON: each module has its own context, so its arrays and objects are of another realm.
    for (const [name, input] of calls) assert.equal(JSON.stringify(after[name]!(input)), JSON.stringify(before[name]!(input)), `${name}(${JSON.stringify(input)})`);
  });

  it('leaves exported, shadowed, typed and unwanted names as written', () => {
    assert.match(rewritten, /^export const EXPORTED = \/exported\/g;$/m);
    assert.match(rewritten, /^const SHADOWED = \/shadow\/g;$/m);
    assert.match(rewritten, /^  const SHADOWED = \/inner\/;$/m);
    assert.match(rewritten, /^const TYPED = \/typed\/y;$/m);
    assert.match(rewritten, /^const tiny = \/t\/;$/m);
    // Members named like a constant are not references to it.
    assert.match(rewritten, /\{ WORD: 'a member, not the pattern', SPACE_RUN: SPACE_RUN\$get\(\) \}/);
    assert.match(rewritten, /holder\.SPACE_RUN\.source/);
    assert.match(rewritten, /^let WORD\$made; const WORD\$get = \(\(source\) => \(\) => \(WORD\$made \?\?= new RegExp\(source, "gu"\)\)\)\("\[\\\\p\{L\}\\\\p\{N\}\]\+"\);$/m);
  });

  it('takes the source as an expression when given one (shared classes of the bundle), with the same results', () => {
    const file = ts.createSourceFile('m.ts', SOURCE, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    const plan = lazyPatterns(ts, file, wanted);
    const edits = [...plan.edits];
    for (const [node, wrap] of plan.wrap) {
      const { source: pattern, flags } = literalParts(node.getText(file));
      // The source cut in two around its middle and joined where the literal was, as `"…" + CLASS + "…"` would be.
      const cut = pattern.length >> 1;
      edits.push({ start: node.getStart(file), end: node.end, text: wrap(pattern, flags, `${JSON.stringify(pattern.slice(0, cut))} + ${JSON.stringify(pattern.slice(cut))}`) });
    }
    const joined = applyEdits(SOURCE, edits);
    assert.match(joined, /WORD\$made \?\?= new RegExp\(source, "gu"\)\)\)\("\[\\\\p\{L\}" \+ "\\\\p\{N\}\]\+"\)/);
    const before = load(SOURCE).exports;
    const after = load(joined);
    for (const [name, input] of [['words', 'Grüße, 世界 and 42 more'], ['squeeze', 'a   b|c  d|e'], ['patterns', '']] as const) {
      assert.equal(JSON.stringify(after.exports[name]!(input)), JSON.stringify(before[name]!(input)), name);
    }
    assert.ok(after.made.includes('[\\p{L}\\p{N}]+'), 'the pattern is made from the joined source');
  });

  it('rewrites nothing in a module without a wanted pattern', () => {
    const file = ts.createSourceFile('m.ts', 'const A = /a/;\nexport const B = /bbbbbb/;\nlet C = /cccccc/;\n', ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    const plan = lazyPatterns(ts, file, wanted);
    assert.equal(plan.wrap.size, 0);
    assert.deepEqual(plan.edits, []);
  });
});

describe('mayShareLiteral', () => {
  // Each case: a function body with one pattern literal, whether one object may serve every evaluation, and calls that
  // must give the same results with one shared object as with one made per evaluation.
  const cases: { body: string; share: boolean; inputs: string[]; sharingWouldDiffer?: boolean }[] = [
    { body: 'return /[\\s\\p{P}]/u.test(x);', share: true, inputs: ['a b', 'ab', 'a.b'] },
    { body: "return x.normalize('NFKD').replace(/\\p{M}/gu, '');", share: true, inputs: ['Itaú', 'Grüße', 'plain'] },
    { body: "return x.replace((/o/g), '0') + x.replaceAll(/a/g, '4');", share: true, inputs: ['foo bar', 'oa'] },
    { body: 'return JSON.stringify([x.match(/o/g), x.search(/o/g), x.split(/o/g), [...x.matchAll(/o/g)].length]);', share: true, inputs: ['foo', 'bar'] },
    { body: 'const r = /o/i; return String(r.exec(x)?.index) + r.lastIndex;', share: true, inputs: ['foO', 'bar'] },
    // A global or sticky pattern whose lastIndex carries from call to call: one object per evaluation.
    { body: 'const r = /o/g; return String(r.exec(x)?.index) + r.lastIndex;', share: false, inputs: ['foo', 'foo'], sharingWouldDiffer: true },
    { body: 'return /o/g.test(x);', share: false, inputs: ['foo', 'foo', 'foo'], sharingWouldDiffer: true },
    { body: "return x.replace(/o/y, '0');", share: false, inputs: ['oo', 'oo'], sharingWouldDiffer: true },
    { body: 'return [/o/g].length;', share: false, inputs: [''] },
  ];
  const literalOf = (file: ts.SourceFile): ts.RegularExpressionLiteral => {
    let found: ts.RegularExpressionLiteral | undefined;
    const visit = (node: ts.Node): void => {
      if (ts.isRegularExpressionLiteral(node)) found ??= node;
      ts.forEachChild(node, visit);
    };
    visit(file);
    return found!;
  };

  for (const { body, share, inputs, sharingWouldDiffer } of cases) {
    it(`${share ? 'shares' : 'does not share'} ${body}`, () => {
      const source = `export function f(x: string): unknown { ${body} }`;
      const file = ts.createSourceFile('m.ts', source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
      const literal = literalOf(file);
      assert.equal(mayShareLiteral(ts, literal), share);
      // The build's rewrite of a shared literal (scripts/bundle.mjs propertyClassLiteral): same results, call after call.
      const { source: pattern, flags } = literalParts(literal.text);
      const shared = applyEdits(source, [
        { start: literal.getStart(file), end: literal.end, text: `(shared ??= new RegExp(${JSON.stringify(pattern)}, ${JSON.stringify(flags)}))` },
        { start: source.length, end: source.length, text: '\nvar shared;\n' },
      ]);
      const before = load(source);
      const after = load(shared);
      const results = (m: ReturnType<typeof load>): string => JSON.stringify(inputs.map((input) => m.exports.f!(input)));
      if (share) {
        assert.equal(results(after), results(before));
        assert.equal(after.made.length, 1, 'made once');
      } else if (sharingWouldDiffer) {
        // Why it is refused: one object would carry lastIndex from call to call.
        assert.notEqual(results(after), results(before));
      }
    });
  }
});

describe('literalParts', () => {
  it('splits a literal at its last slash', () => {
    assert.deepEqual(literalParts('/a\\/b/giu'), { source: 'a\\/b', flags: 'giu' });
    assert.deepEqual(literalParts('/[/]/'), { source: '[/]', flags: '' });
    assert.equal(new RegExp(literalParts('/a\\/b/').source).test('a/b'), true);
  });
});

describe('applyEdits', () => {
  it('applies disjoint edits and refuses overlapping ones', () => {
    assert.equal(applyEdits('abcdef', [{ start: 0, end: 0, text: '<' }, { start: 1, end: 3, text: 'X' }, { start: 6, end: 6, text: '>' }]), '<aXdef>');
    assert.throws(() => applyEdits('abcdef', [{ start: 1, end: 4, text: 'X' }, { start: 2, end: 5, text: 'Y' }]), /overlapping/);
  });
});
