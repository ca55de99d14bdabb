import assert from 'node:assert/strict';
import { test } from 'node:test';
import { storedMessage } from '../../test-support/stored-message.js';
import { openStore } from '../index.js';
import type { MessageIndexer } from '../types.js';
import { GroupWriter } from './group-writer.js';

/** An indexer that records how many messages each insert transaction carried. */
function batchRecorder(): MessageIndexer & { batches: number[] } {
  const batches: number[] = [];
  return { name: 'batch-recorder', batches, onStored: async (_tx, stored) => void batches.push(stored.length) };
}

test('concurrent saves share transactions; each caller learns whether its message was new, after the commit', async () => {
  const store = await openStore(':memory:');
  try {
    const recorder = batchRecorder();
    const writer = new GroupWriter(store, { indexers: [recorder] });
    const messages = Array.from({ length: 40 }, (_, i) => storedMessage({ key: `group-${i}` }));
    const twin = storedMessage({ key: 'group-7' });
    const results = await Promise.all([...messages.map((m) => writer.save(m, Buffer.from(`raw ${m.hash}`))), writer.save(twin)]);

    assert.deepEqual(results.slice(0, 40), Array(40).fill(true));
    assert.equal(results[40], false, 'the same content a second time is not new');
    // The first save commits alone at once; the 39 + 1 that arrived meanwhile share the next transaction.
    assert.deepEqual(recorder.batches, [1, 39]);
    assert.equal((await store.messages.stats()).messages, 40);
    for (const m of messages) assert.ok(await store.messages.get(m.hash), 'committed before the promise resolved');
    assert.equal(Buffer.from((await store.messages.raw(messages[3]!.hash))!).toString(), `raw ${messages[3]!.hash}`);

    // Saving what is already stored answers false; a lone save commits without waiting for company.
    assert.equal(await writer.save(storedMessage({ key: 'group-3' })), false);
    assert.equal(await writer.save(storedMessage({ key: 'group-new' })), true);
    assert.deepEqual(recorder.batches, [1, 39, 1]);
  } finally {
    await store.close();
  }
});

test('a failed transaction rejects every caller in it, stores none of them, and later saves still work', async () => {
  const store = await openStore(':memory:');
  try {
    let fail = true;
    const flaky: MessageIndexer = {
      name: 'flaky',
      onStored: async () => {
        if (fail) throw new Error('indexer down');
      },
    };
    const writer = new GroupWriter(store, { indexers: [flaky], maxBatch: 2 });
    const outcomes = await Promise.allSettled([1, 2, 3].map((i) => writer.save(storedMessage({ key: `fail-${i}` }))));
    assert.deepEqual(outcomes.map((o) => o.status), ['rejected', 'rejected', 'rejected']);
    assert.match(String((outcomes[0] as PromiseRejectedResult).reason), /indexer down/);
    assert.equal((await store.messages.stats()).messages, 0, 'rolled back');
    fail = false;
    assert.equal(await writer.save(storedMessage({ key: 'fail-1' })), true);
    await writer.flush();
    assert.equal((await store.messages.stats()).messages, 1);
  } finally {
    await store.close();
  }
});
