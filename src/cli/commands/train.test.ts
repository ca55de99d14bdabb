import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadModel, tokenize, classifierInputFromMessage } from '../../classifier/index.js';
import { defaultConfig } from '../../config/load.js';
import { parseMessage } from '../../mail/parse/index.js';
import { openStore } from '../../store/index.js';
import { runCliInProcess } from '../../test-support/cli-in-process.js';

function eml(subject: string, body: string, i: number): string {
  return [
    `From: sender${i}@example.com`, 'To: user@example.org', `Subject: ${subject}`, `Date: Mon, 02 Jun 2025 10:0${i % 10}:00 +0000`,
    `Message-ID: <${i}.${subject.length}@example.com>`, 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8', '', body, '',
  ].join('\r\n');
}

const run = runCliInProcess;

test('spamlab train builds a versioned model in the store; learn corrects it without retraining', async (t) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'spamlab-train-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const spamDir = path.join(dir, 'spam');
  const hamDir = path.join(dir, 'ham');
  mkdirSync(spamDir);
  mkdirSync(hamDir);
  for (let i = 0; i < 6; i++) {
    writeFileSync(path.join(spamDir, `${i}.eml`), eml('Cheap pills online', `Order viagra and cialis now, lowest price ${i}, click here`, i));
    writeFileSync(path.join(hamDir, `${i}.eml`), eml('Build meeting', `The build broke again in module ${i}; patch review at 10.`, i));
  }
  const store = path.join(dir, 'spamlab.db');

  const trained = await run(['train', '--spam', spamDir, '--ham', hamDir, '--store', store]);
  assert.equal(trained.code, 0, trained.err);
  assert.match(trained.out, /trained logistic model "default" v1 on 6 spam \+ 6 ham/);

  const correction = path.join(dir, 'newsletter.eml');
  writeFileSync(correction, eml('Weekly deals', 'Garden furniture offers for members this week', 9));
  const tokens = tokenize(classifierInputFromMessage(parseMessage(new TextEncoder().encode(eml('Weekly deals', 'Garden furniture offers for members this week', 9)), defaultConfig().limits)));
  const probability = async () => {
    const s = await openStore(store);
    try {
      return loadModel((await s.models.latest('default'))!.data).classify(tokens).probability;
    } finally {
      await s.close();
    }
  };
  const before = await probability();
  const learned = await run(['learn', '--spam', correction, '--store', store]);
  assert.equal(learned.code, 0, learned.err);
  assert.match(learned.out, /learned 1 spam into "default" v2 \(from default v1\)/);
  const after = await probability();
  assert.ok(after > before, `before ${before}, after ${after}`);

  const s = await openStore(store);
  try {
    assert.deepEqual((await s.models.list('default')).map((m) => m.version), [2, 1]);
    assert.equal((await s.models.latest('default'))?.meta.spamMessages, 7);
  } finally {
    await s.close();
  }
});

test('usage errors: train needs both classes, learn exactly one', async () => {
  assert.equal((await run(['train', '--spam', '/nonexistent'])).code, 2);
  assert.equal((await run(['learn', '/nonexistent'])).code, 2);
  assert.equal((await run(['learn', '--spam', '--ham', '/nonexistent'])).code, 2);
});
