import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openStore } from '../../store/index.js';
import { storeIndexers } from '../../runtime/indexers.js';
import { storedMessage } from '../../test-support/stored-message.js';
import { runCliInProcess } from '../../test-support/cli-in-process.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'spamlab-store-prune-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const run = runCliInProcess;

test('store prune --analyses also prunes trend counts and campaign members by age; without it they are kept', async () => {
  const location = path.join(dir, 'store.db');
  const store = await openStore(location);
  try {
    const att = [{ name: 'a.zip', sha256: 'a'.repeat(64) }];
    const messages = [1, 2, 3].map((d) => storedMessage({ key: `m${d}`, at: Date.UTC(2013, 8, d), attachments: att }));
    await store.messages.insertBatch({ messages }, { indexers: storeIndexers() });
  } finally {
    await store.close();
  }
  const refused = await run(['store', 'prune', '--store', location, '--max-messages', '5', '--analyses']);
  assert.equal(refused.code, 2);
  assert.match(refused.err, /--analyses prunes by age/);

  const plain = await run(['store', 'prune', '--store', location, '--max-age-days', '30', '--json']);
  assert.equal(plain.code, 0, plain.err);
  assert.deepEqual(JSON.parse(plain.out).pruned, { messages: 3, errors: 0 });
  const full = await run(['store', 'prune', '--store', location, '--max-age-days', '30', '--analyses', '--json']);
  assert.equal(full.code, 0, full.err);
  const { analyses } = JSON.parse(full.out).pruned;
  assert.equal(analyses.campaignMembers, 3);
  assert.equal(analyses.campaigns, 1);
  assert.ok(analyses.trendRows >= 3, JSON.stringify(analyses));
  const after = await openStore(location);
  try {
    assert.equal(Number((await after.get<{ n: number }>('SELECT COUNT(*) AS n FROM trend_counts'))!.n), 0);
    assert.equal(Number((await after.get<{ n: number }>('SELECT COUNT(*) AS n FROM campaigns'))!.n), 0);
  } finally {
    await after.close();
  }
  const human = await run(['store', 'prune', '--store', location, '--max-age-days', '30', '--analyses']);
  assert.match(human.out, /0 trend counters and 0 campaign members/);
});
