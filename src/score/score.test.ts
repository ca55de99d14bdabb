import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scoreFindings } from './score.js';
import { evaluate, type Expr } from './expression.js';
import { ALL_FINDING_IDS, compareFindingIds } from '../core/finding-ids.js';
import { buildScoreTable, CATALOGUE, ScoreTableError, triggersOf } from './table.js';
import { parseExpression } from './expression.js';
import { prng } from '../test-support/campaign-corpus.js';
import type { ScoreEntry } from './types.js';

const row = (id: string, score: number, extra: Partial<ScoreEntry> = {}): ScoreEntry => ({
  id,
  score,
  group: 'sender',
  description: { en: `${id} en`, ja: `${id} ja` },
  ...extra,
});

/** A test table's rows (the shipped rows are the catalogue of src/rules). */
const family = (scores: ScoreEntry[]): ScoreEntry[] => scores;
const build = (families: ScoreEntry[][], ...rest: Parameters<typeof buildScoreTable> extends [unknown, ...infer R] ? R : never) => buildScoreTable(families.flat(), ...rest);
const thresholds = { spam: 6, phishing: 4, malware: 5 };

test('an id counts once however often it fires, with every occurrence as evidence', () => {
  const table = build([family([row('A', 2)])], thresholds);
  const result = scoreFindings(
    [
      { id: 'A', evidence: 'x.com' },
      { id: 'A', evidence: 'y.com' },
    ],
    table,
  );
  assert.equal(result.score, 2);
  assert.equal(result.findings[0]!.evidence, 'x.com; y.com');
  assert.equal(result.verdict, 'clean');
});

test('the most severe class whose points reach its threshold wins', () => {
  const table = build(
    [family([row('P', 4, { class: 'phishing' }), row('M', 5, { class: 'malware' }), row('S', 3, { class: 'spam' })])],
    thresholds,
  );
  assert.equal(scoreFindings([{ id: 'P', evidence: 'e' }, { id: 'S', evidence: 'e' }], table).verdict, 'phishing');
  assert.equal(scoreFindings([{ id: 'P', evidence: 'e' }, { id: 'M', evidence: 'e' }], table).verdict, 'malware');
  assert.equal(scoreFindings([{ id: 'S', evidence: 'e' }, { id: 'S', evidence: 'f' }], table).verdict, 'clean');
  // Phishing and spam points make a verdict only once the total reaches the spam threshold…
  assert.equal(scoreFindings([{ id: 'P', evidence: 'e' }], table).verdict, 'clean');
  // …malware points are the verdict by themselves (issue 17, session 14): they describe the payload, and what other families
  // subtract (a ham vote of the classifier) does not make a program safe.
  assert.equal(scoreFindings([{ id: 'M', evidence: 'e' }], table).verdict, 'malware');
  const withHam = build([family([row('M', 5, { class: 'malware' }), row('HAM', -3)])], thresholds);
  assert.equal(scoreFindings([{ id: 'M', evidence: 'e' }, { id: 'HAM', evidence: 'e' }], withHam).verdict, 'malware');
  const under = build([family([row('M', 4.5, { class: 'malware' })])], thresholds);
  assert.equal(scoreFindings([{ id: 'M', evidence: 'e' }], under).verdict, 'clean');
});

test('a composite replaces its parts, so exceptions are table rows and not code', () => {
  const table = build(
    [
      family([
        row('BRAND_NAME', 5, { class: 'phishing' }),
        row('DMARC_PASS', -1, { group: 'auth' }),
        row('BRAND_AUTHENTICATED', 0, {
          group: 'composite',
          composite: { expression: 'BRAND_NAME & DMARC_PASS', replaces: ['BRAND_NAME'] },
        }),
      ]),
    ],
    thresholds,
  );
  const result = scoreFindings([{ id: 'BRAND_NAME', evidence: 'Trend Micro' }, { id: 'DMARC_PASS', evidence: 'trendmicro.com' }], table);
  assert.equal(result.score, -1);
  assert.equal(result.findings.find((f) => f.id === 'BRAND_NAME')!.replacedBy, 'BRAND_AUTHENTICATED');
  assert.ok(result.findings.some((f) => f.id === 'BRAND_AUTHENTICATED'));
  assert.equal(scoreFindings([{ id: 'BRAND_NAME', evidence: 'x' }], table).score, 5);
});

test('group caps bound what many weak signals of one kind add', () => {
  const table = build([family([row('H1', 3, { group: 'headers' }), row('H2', 3, { group: 'headers' })])], thresholds);
  assert.equal(scoreFindings([{ id: 'H1', evidence: 'a' }, { id: 'H2', evidence: 'b' }], table).score, 4);
});

test('scoring carries ids, scores and evidence, no rendered text: the language is chosen at the edge (src/rules/explain.ts)', () => {
  const table = build([family([row('A', 1)])], thresholds);
  const [finding] = scoreFindings([{ id: 'A', evidence: 'e' }], table).findings;
  assert.deepEqual(finding, { id: 'A', score: 1, group: 'sender', evidence: 'e' });
});

test('the table refuses duplicate ids, unknown groups, bad composites and unknown overrides', () => {
  assert.throws(() => build([family([row('A', 1), row('A', 2)])], thresholds), ScoreTableError);
  assert.throws(() => build([family([row('A', 1, { group: 'nope' })])], thresholds), /unknown group/);
  assert.throws(
    () => build([family([row('C', 1, { group: 'composite', composite: { expression: 'A & (B' } })])], thresholds),
    /missing \)/,
  );
  assert.throws(
    () => build([family([row('C', 1, { group: 'composite', composite: { expression: 'A & B' } }), row('A', 1)])], thresholds),
    /unknown id B/,
  );
  assert.throws(() => build([family([row('A', 1)])], thresholds, { TYPO: 3 }), /not a known finding id/);
});

test('config overrides change a score', () => {
  const table = build([family([row('A', 1)])], thresholds, { A: 7 });
  assert.equal(scoreFindings([{ id: 'A', evidence: 'e' }], table).verdict, 'spam');
});

test('findings of equal score are ordered by id as localeCompare orders them, on every pair of catalogue ids', () => {
  const ids = [...ALL_FINDING_IDS, 'A', 'A_B', 'AB', 'A1', 'A_1', 'Z9_', 'Z_9'];
  let pairs = 0;
  for (const a of ids) {
    for (const b of ids) {
      assert.equal(Math.sign(compareFindingIds(a, b)), Math.sign(a.localeCompare(b)), `${a} vs ${b}`);
      pairs++;
    }
  }
  assert.ok(pairs > 10_000);
});

test('evaluate gives what every/some gave, on generated expressions (session 10: loops instead of arrows)', () => {
  let seed = 9;
  const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const ids = ['A', 'B', 'C', 'D', 'E'];
  const generate = (depth: number): Expr => {
    const r = random();
    if (depth === 0 || r < 0.35) return { op: 'id', id: ids[Math.floor(random() * ids.length)]! };
    if (r < 0.5) return { op: 'not', arg: generate(depth - 1) };
    return { op: r < 0.75 ? 'and' : 'or', args: Array.from({ length: Math.floor(random() * 4) }, () => generate(depth - 1)) };
  };
  const before = (expr: Expr, present: ReadonlySet<string>): boolean => {
    switch (expr.op) {
      case 'id':
        return present.has(expr.id);
      case 'not':
        return !before(expr.arg, present);
      case 'and':
        return expr.args.every((arg) => before(arg, present));
      case 'or':
        return expr.args.some((arg) => before(arg, present));
    }
  };
  let truths = 0;
  for (let round = 0; round < 3000; round++) {
    const expr = generate(4);
    const present = new Set(ids.filter(() => random() < 0.5));
    const expected = before(expr, present);
    truths += expected ? 1 : 0;
    assert.equal(evaluate(expr, present), expected);
  }
  assert.ok(truths > 300 && truths < 2700, `both outcomes exercised: ${truths}`);
});

test('triggersOf: the ids one of which an expression needs, or null when it holds with none present', () => {
  const cases: [string, string[] | null][] = [
    ['A', ['A']],
    ['!A', null],
    ['A & B', ['A']],
    ['(A | B) & C', ['C']],
    ['(A | B) & !C', ['A', 'B']],
    ['A | B | A', ['A', 'B']],
    ['A | !B', null],
    ['!A & !B', null],
    ['(A & !B) | (C & D)', ['A', 'C']],
  ];
  for (const [expression, triggers] of cases) assert.deepEqual(triggersOf(parseExpression(expression)), triggers, expression);
});

test('composites skipped for want of a trigger: the same result as evaluating every composite, on the shipped table', () => {
  const table = buildScoreTable(CATALOGUE, thresholds);
  const everyComposite = { ...table, composites: table.composites.map((c) => ({ ...c, triggers: null })) };
  // Ids the composites name (and some others), drawn in random sets, composites' own ids among them.
  const named = [...new Set(table.composites.flatMap((c) => [c.entry.id, ...c.replaces, ...(c.triggers ?? [])]))];
  const pool = [...named, ...named, ...ALL_FINDING_IDS.slice(0, 40)];
  const random = prng(17);
  let fired = 0;
  for (let round = 0; round < 4000; round++) {
    const findings = Array.from({ length: Math.floor(random() * 12) }, (_, k) => ({ id: pool[Math.floor(random() * pool.length)]!, evidence: `e${k}` }));
    const result = scoreFindings(findings, table);
    assert.deepEqual(result, scoreFindings(findings, everyComposite), findings.map((f) => f.id).join(' '));
    if (result.findings.some((f) => table.entries.get(f.id)?.composite)) fired++;
  }
  assert.ok(fired > 400, `composites fired in ${fired} rounds`);
});

test('a composite that holds triggers the composites after it that need it', () => {
  const table = build(
    [
      family([
        row('A', 1),
        row('B', 1),
        row('C', 1),
        row('X', 2, { group: 'composite', composite: { expression: 'A & B' } }),
        row('Y', 3, { group: 'composite', composite: { expression: 'X & C' } }),
        row('Z', 4, { group: 'composite', composite: { expression: 'Y | !A' } }),
      ]),
    ],
    thresholds,
  );
  const ids = (found: string[]) => scoreFindings(found.map((id) => ({ id, evidence: id })), table).findings.map((f) => f.id).sort();
  assert.deepEqual(ids(['A', 'B', 'C']), ['A', 'B', 'C', 'X', 'Y', 'Z']);
  assert.deepEqual(ids(['A', 'B']), ['A', 'B', 'X']);
  assert.deepEqual(ids(['C']), ['C', 'Z']);
});

test('the composites marks reused between messages: tables of other sizes in turn give what each gives alone (session 50)', () => {
  const shipped = buildScoreTable(CATALOGUE, thresholds);
  const small = build([family([row('A', 1), row('B', 1), row('X', 2, { group: 'composite', composite: { expression: 'A & B' } })])], thresholds);
  const named = [...new Set(shipped.composites.flatMap((c) => [c.entry.id, ...c.replaces, ...(c.triggers ?? [])]))];
  const random = prng(53);
  for (let round = 0; round < 500; round++) {
    const findings = Array.from({ length: Math.floor(random() * 10) }, (_, k) => ({ id: named[Math.floor(random() * named.length)]!, evidence: `e${k}` }));
    const alone = scoreFindings(findings, shipped);
    assert.deepEqual(scoreFindings([{ id: 'A', evidence: 'a' }, { id: 'B', evidence: 'b' }], small).findings.map((f) => f.id).sort(), ['A', 'B', 'X']);
    assert.deepEqual(scoreFindings(findings, shipped), alone);
    assert.deepEqual(scoreFindings([{ id: 'A', evidence: 'a' }], small).findings.map((f) => f.id), ['A']);
  }
});
