import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SCORE_GROUPS } from '../rules/catalogue.js';
import { buildScoreTable, CATALOGUE, compiledComposites } from './table.js';
import { precompiledComposites, type PrecompiledComposite } from './precompiled.js';

const thresholds = { spam: 6, phishing: 4, malware: 5 };
/** The composites as the bundle carries them: through JSON text (scripts/bundle.mjs). */
const asBundled = (): Map<string, PrecompiledComposite> => new Map(JSON.parse(JSON.stringify(compiledComposites(CATALOGUE, thresholds))));

test('outside the bundle nothing is precompiled: the shipped table is parsed', () => {
  assert.equal(precompiledComposites(), undefined);
});

test("the shipped catalogue's table with the precompiled composites equals the table parsed from the rows", () => {
  const parsed = buildScoreTable(CATALOGUE, thresholds, { URL_IP_HOST: 2 }, SCORE_GROUPS, undefined);
  const precompiled = buildScoreTable(CATALOGUE, thresholds, { URL_IP_HOST: 2 }, SCORE_GROUPS, asBundled());
  assert.ok(parsed.composites.length > 50);
  assert.deepStrictEqual(precompiled, parsed);
});

test('a precompiled composite whose expression is not as long as the row\'s is not used: the row is parsed', () => {
  const data = asBundled();
  const [id, first] = [...data][0]!;
  data.set(id, { ...first, length: first.length + 1, expr: { op: 'id', id: 'NOT_A_FINDING' }, triggers: ['NOT_A_FINDING'] });
  const table = buildScoreTable(CATALOGUE, thresholds, {}, SCORE_GROUPS, data);
  assert.deepStrictEqual(table, buildScoreTable(CATALOGUE, thresholds, {}, SCORE_GROUPS, undefined));
});
