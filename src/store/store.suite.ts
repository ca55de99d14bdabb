import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Store } from './types.js';

/**
 * The behaviour every Store implementation must have (SQLite now, PostgreSQL later): each
 * implementation's test file calls this with a factory for a fresh, empty store.
 */
export function storeSuite(name: string, open: () => Store): void {
  test(`${name}: models are versioned per name, newest first`, () => {
    const store = open();
    try {
      assert.equal(store.models.latest('default'), undefined);
      const v1 = store.models.save({ name: 'default', kind: 'logistic', meta: { spam: 1 }, data: new Uint8Array([1, 2, 3]) }, 5);
      const v2 = store.models.save({ name: 'default', kind: 'logistic', meta: { spam: 2 }, data: new Uint8Array([4, 5]) }, 5);
      store.models.save({ name: 'other', kind: 'bayes', meta: {}, data: new Uint8Array([9]) }, 5);
      assert.deepEqual([v1, v2], [1, 2]);
      const latest = store.models.latest('default');
      assert.equal(latest?.version, 2);
      assert.deepEqual([...latest!.data], [4, 5]);
      assert.deepEqual(latest!.meta, { spam: 2 });
      assert.deepEqual([...store.models.get('default', 1)!.data], [1, 2, 3]);
      assert.deepEqual(store.models.list('default').map((m) => [m.version, m.bytes]), [[2, 2], [1, 3]]);
      assert.equal(store.models.latest('other')?.kind, 'bayes');
    } finally {
      store.close();
    }
  });

  test(`${name}: only the newest N versions are kept`, () => {
    const store = open();
    try {
      for (let i = 0; i < 6; i++) store.models.save({ name: 'default', kind: 'logistic', meta: { i }, data: new Uint8Array([i]) }, 3);
      assert.deepEqual(store.models.list('default').map((m) => m.version), [6, 5, 4]);
      assert.equal(store.models.get('default', 3), undefined);
    } finally {
      store.close();
    }
  });
}
