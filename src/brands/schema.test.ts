import { test } from 'node:test';
import assert from 'node:assert/strict';
import data from './data/brands.json' with { type: 'json' };
import { defaultBrands } from './defaults.js';
import { BrandDataError, parseBrandData } from './schema.js';

test('the shipped brand data validates, and its notes stay out of the brands the registry sees', () => {
  assert.equal(defaultBrands().length, data.brands.length);
  assert.ok(defaultBrands().length >= 100);
  assert.ok(defaultBrands().every((b) => !('notes' in b)));
  assert.ok(data.brands.some((b) => 'notes' in b), 'the data keeps its explanations');
  assert.deepEqual(defaultBrands().find((b) => b.id === 'trendmicro')?.aliases.includes('ウイルスバスター'), true);
});

test('bad brand data is refused at load, naming each problem and where it is', () => {
  const bad = { brands: [{ id: 'Acme', name: 'Acme', domains: [] }, { id: 'x', name: '', domains: ['x.example'], colour: 'red' }] };
  assert.throws(() => parseBrandData(bad, 'brands.json'), (err: unknown) => {
    assert.ok(err instanceof BrandDataError);
    assert.match(err.message, /invalid brand data in brands\.json/);
    assert.match(err.message, /brands\.0\.id: brand ids are lower-case/);
    assert.match(err.message, /brands\.0\.domains/);
    assert.match(err.message, /brands\.1\.name/);
    assert.match(err.message, /colour/);
    return true;
  });
  assert.throws(() => parseBrandData({ brands: [{ id: 'a', name: 'A', domains: ['a.example'] }, { id: 'a', name: 'A2', domains: ['b.example'] }] }, 'x'), /defined twice: a/);
  assert.throws(() => parseBrandData([], 'x'), BrandDataError);
});
