import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultConfig } from '../config/load.js';
import { isScanError } from '../scan/report.js';
import { ReloadableScanner } from './scanning.js';

test("a server's scans run in a worker even with one thread, so a stuck message cannot block the event loop", async () => {
  const scanner = new ReloadableScanner({ config: defaultConfig(), threads: 1 });
  try {
    assert.notEqual(scanner.workerKind, 'in-process');
    const raw = Buffer.from('From: a@example.com\r\nTo: b@example.org\r\nSubject: hello\r\n\r\nA short note.\r\n');
    const outcome = await scanner.scan({ raw, source: 'note' });
    assert.ok(!isScanError(outcome), JSON.stringify(outcome).slice(0, 200));
    assert.equal(outcome.source, 'note');
    scanner.reload();
    assert.notEqual(scanner.workerKind, 'in-process', 'the pool made after a learn is isolated too');
  } finally {
    await scanner.close();
  }
});
