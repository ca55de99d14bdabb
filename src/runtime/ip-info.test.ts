import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { resolveConfig } from '../config/load.js';
import { runCli } from '../test-support/capture.js';
import { openStore } from '../store/index.js';
import { trendSeries } from '../trends/index.js';
import { createScanner } from './index.js';

/**
 * The operator's IP table, from configuration to trends: each report names the sending IP's network, the
 * store keeps it, and ingest counts messages by sending country and AS (the "sender country/ASN
 * where known").
 */
const TABLE = ['# test table', '81.0.0.0\t81.255.255.255\t64500\tJP\tEXAMPLE-JP', '82.0.0.0/8,64501,DE,Example DE', '82.1.0.0/16,64502,NL,Example NL'].join('\n');

const mail = (ip: string, n: number) =>
  [
    `Received: from relay${n}.example (relay${n}.example [${ip}]) by mx.example.net; Mon, 2 Nov 2026 10:00:0${n % 10} +0000`,
    `From: Sender ${n} <s${n}@example.com>`,
    'To: you@example.net',
    `Subject: offer ${n}`,
    'Date: Mon, 2 Nov 2026 10:00:00 +0000',
    `Message-ID: <${n}@example.com>`,
    '',
    `Hello number ${n}, a plain note.`,
    '',
  ].join('\r\n');

test('a configured IP table names the sending network in the report; without one nothing is guessed', async (t) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'spamlab-ipinfo-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const file = path.join(dir, 'ip2asn.tsv');
  writeFileSync(file, TABLE);
  const scanner = await createScanner({ config: resolveConfig({ ipInfo: { file } }) });
  const report = await scanner.scan({ source: 'a', raw: Buffer.from(mail('82.1.2.3', 1)) });
  assert.equal(report.delivery?.sendingIp, '82.1.2.3');
  assert.deepEqual(report.delivery?.sendingNetwork, { asn: 64502, org: 'Example NL', country: 'NL' });
  const unknown = await scanner.scan({ source: 'b', raw: Buffer.from(mail('83.1.2.3', 2)) });
  assert.equal(unknown.delivery?.sendingNetwork, undefined);
  const plain = await createScanner({ config: resolveConfig({}) });
  assert.equal((await plain.scan({ source: 'a', raw: Buffer.from(mail('82.1.2.3', 1)) })).delivery?.sendingNetwork, undefined);

  writeFileSync(path.join(dir, 'bad.json'), '{"not":"a table"}\n{"x":1}\n');
  await assert.rejects(createScanner({ config: resolveConfig({ ipInfo: { file: path.join(dir, 'bad.json') } }) }), /ipInfo\.file .*bad\.json: IP table: 2 of 2 lines/);
  await assert.rejects(createScanner({ config: resolveConfig({ ipInfo: { file: path.join(dir, 'missing.tsv') } }) }), /ipInfo\.file: cannot read .*missing\.tsv/);
});

test('spamlab ingest with an IP table counts messages by sending country and AS', async (t) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'spamlab-ipinfo-ingest-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(path.join(dir, 'ip2asn.tsv'), TABLE);
  writeFileSync(path.join(dir, 'spamlab.yaml'), `ipInfo:\n  file: ${path.join(dir, 'ip2asn.tsv')}\n`);
  const maildir = path.join(dir, 'mail');
  mkdirSync(maildir);
  const ips = ['81.2.3.4', '81.9.9.9', '82.200.0.1', '82.1.0.9', '82.1.7.7', '82.1.8.8', '83.0.0.1'];
  ips.forEach((ip, n) => writeFileSync(path.join(maildir, `${n}.eml`), mail(ip, n)));
  const db = path.join(dir, 'spamlab.db');
  const run = await runCli(['ingest', '--store', db, '--config', path.join(dir, 'spamlab.yaml'), '--threads', '1', maildir]);
  assert.equal(run.code, 0, run.stderr);

  const store = await openStore(db);
  try {
    const total = (rows: { value: string; count: number }[]) => {
      const out: Record<string, number> = {};
      for (const r of rows) out[r.value] = (out[r.value] ?? 0) + r.count;
      return out;
    };
    assert.deepEqual(total(await trendSeries(store, { period: 'month', by: 'country' })), { JP: 2, DE: 1, NL: 3 });
    assert.deepEqual(total(await trendSeries(store, { period: 'month', by: 'asn' })), { AS64500: 2, AS64501: 1, AS64502: 3 });
    const listed = await store.messages.query({ limit: 10 });
    const stored = await Promise.all(listed.map((m) => store.messages.get(m.hash)));
    assert.deepEqual(stored.map((m) => m?.country ?? '-').sort(), ['-', 'DE', 'JP', 'JP', 'NL', 'NL', 'NL'], 'a stored message carries its network');
  } finally {
    await store.close();
  }
});
