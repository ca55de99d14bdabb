import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultConfig } from '../../config/load.js';
import { createScanner } from '../../runtime/index.js';
import { launchChromium } from '../../test-support/chromium.js';
import { startPostfix, swaks } from '../../test-support/postfix.js';
import { startServeProcess } from '../../test-support/serve-process.js';
import { requireSpamc, spamc } from '../../test-support/spamc.js';

/**
 * The "done when", end to end: the README's main command (`spamlab serve`, embedded SQLite store)
 * with its milter and spamd listeners; one phishing message sent through the HTTP API, the real `spamc`, and
 * a real Postfix (swaks → smtpd → milter), plus a ham through Postfix; then the dashboard, in headless
 * Chromium, lists each of them with the verdict `spamlab scan` gives the same file.
 */
const examples = new URL('../../../examples/', import.meta.url);
const file = (name: string) => fileURLToPath(new URL(name, examples));
const TOKEN = 'e2e-test-token-0123456789abcdef';

test('a message through the API, spamc and Postfix + milter shows in the dashboard with the same verdict', async (t) => {
  if (!requireSpamc(t)) return;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'spamlab-e2e-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));

  // What the command-line scan says about the same files: the reference every path must agree with.
  const scanner = await createScanner({ config: defaultConfig() });
  const phishRaw = readFileSync(file('torendmicro.eml'));
  const expected = {
    phish: (await scanner.scan({ raw: phishRaw, source: 'torendmicro.eml' })).verdict,
    ham: (await scanner.scan({ raw: readFileSync(file('business-ja.eml')), source: 'business-ja.eml' })).verdict,
  };
  assert.equal(expected.phish, 'phishing');
  assert.equal(expected.ham, 'clean');

  const serve = await startServeProcess(t, ['--milter', '127.0.0.1:0', '--spamd', '127.0.0.1:0', '-j', '1'], {
    SPAMLAB_STORE: path.join(dir, 'spamlab.db'),
    SPAMLAB_API_TOKEN: TOKEN,
  });
  const pf = await startPostfix(t, {
    mainCf: { smtpd_milters: `inet:${serve.milter}`, milter_protocol: '6', milter_default_action: 'tempfail', milter_content_timeout: '30s' },
  });
  if (!pf) return void (await serve.stop());
  try {
    // 1. HTTP API.
    const viaApi = await fetch(`${serve.url}/api/scan`, { method: 'POST', body: phishRaw, headers: { Authorization: `Bearer ${TOKEN}` } });
    assert.equal(viaApi.status, 200);
    assert.equal(((await viaApi.json()) as { verdict: string }).verdict, expected.phish);
    // 2. The real spamc (exit 1: spam).
    const viaSpamc = await spamc(serve.spamdPort!, ['-c'], phishRaw);
    assert.equal(viaSpamc.code, 1, viaSpamc.stderr);
    // 3. Postfix + milter: the phishing is accepted into the hold queue, the ham delivered with spamlab's headers.
    const phishSent = await swaks(['--server', pf.smtpAddress, '--from', 'scan@r2something.net', '--to', 'victim@example.jp', '--data', file('torendmicro.eml')]);
    assert.equal(phishSent.code, 0, phishSent.output);
    const hamSent = await swaks(['--server', pf.smtpAddress, '--from', 't.yamada@example.co.jp', '--to', 'sato@example.jp', '--data', file('business-ja.eml')]);
    assert.equal(hamSent.code, 0, hamSent.output);
    const [delivered] = await pf.sink!.waitForMessages(1);
    assert.match(delivered!.headerText, /^X-Spamlab-Verdict: clean, score=/m);
    assert.match(await pf.log(), /milter triggers HOLD action/);

    // The dashboard, signed in with the token.
    const browser = await launchChromium(t);
    if (!browser) return;
    try {
      const page = await browser.context.newPage();
      await page.goto(`${serve.url}/messages`);
      await page.fill('#token', TOKEN);
      await page.click('#login button[type=submit]');
      await page.waitForURL(/\/messages$/);
      const rows = await page.locator('#message-table tbody tr').evaluateAll((trs) =>
        trs.map((tr) => ({ hash: tr.getAttribute('data-hash'), verdict: tr.getAttribute('data-verdict'), subject: tr.querySelector('a')?.textContent ?? '' })),
      );
      // The API and spamc sent the same bytes (one stored message); the milter rebuilds the message from
      // the headers and body Postfix passes it, so its copy has other bytes and is stored as another message.
      const phishRows = rows.filter((r) => r.subject.includes('ウイルスチェック'));
      const hamRows = rows.filter((r) => r.subject === '来週の打ち合わせの件');
      assert.equal(phishRows.length, 2, JSON.stringify(rows));
      assert.ok(phishRows.every((r) => r.verdict === expected.phish), JSON.stringify(phishRows));
      assert.equal(hamRows.length, 1, JSON.stringify(rows));
      assert.equal(hamRows[0]!.verdict, expected.ham);

      // Which path stored which copy: the milter labels its messages with Postfix's queue id.
      const sources = await Promise.all(
        phishRows.map(async (row) => {
          const res = await fetch(`${serve.url}/api/messages/${row.hash}`, { headers: { Authorization: `Bearer ${TOKEN}` } });
          return ((await res.json()) as { report: { source: string } }).report.source;
        }),
      );
      assert.equal(sources.filter((s) => /^milter:\w+$/.test(s)).length, 1, sources.join(', '));
      await page.goto(`${serve.url}/messages/${phishRows[0]!.hash}`);
      assert.ok(await page.locator('#findings tr[data-finding]').count() > 0, 'the detail page explains the verdict');
    } finally {
      await browser.close();
    }
  } finally {
    await pf.stop();
    assert.equal(await serve.stop(), 0);
  }
});
