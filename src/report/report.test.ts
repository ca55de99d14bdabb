import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openStore } from '../store/index.js';
import type { StoredMessage } from '../store/types.js';
import { storedMessage } from '../test-support/stored-message.js';
import { runCli } from '../test-support/capture.js';
import { launchChromium } from '../test-support/chromium.js';
import { sharedData } from '../test-support/shared-data.js';
import { trendsIndexer } from '../trends/rollup.js';
import { campaignsIndexer } from '../campaigns/store-index.js';
import { textFingerprint } from '../neardup/fingerprint.js';
import { reportCsv } from './csv.js';
import { escapeHtml } from './html.js';

interface PageSvg {
  querySelectorAll(s: string): Iterable<{ getAttribute(n: string): string | null }> & { length: number };
  getBoundingClientRect(): { width: number; height: number };
}

const dir = mkdtempSync(path.join(tmpdir(), 'spamlab-report-'));
const storePath = path.join(dir, 'spamlab.db');
const DAY = 86_400_000;

/** Eight months of mail: steady spam, a malware-lure surge from 2013-09-02, a botnet campaign, a hostile subject. */
function corpus(): StoredMessage[] {
  const out: StoredMessage[] = [];
  const start = Date.UTC(2013, 4, 6);
  const lure = 'Dear customer, please find attached the scanned fax document you requested from our office today. Open the attached file to view the fax, it was sent by the copier.';
  for (let d = 0; d < 240; d++) {
    const at = start + d * DAY;
    const lureDay = at >= Date.UTC(2013, 8, 2) && at < Date.UTC(2013, 10, 1);
    for (let i = 0; i < (d % 7 < 5 ? 6 : 2); i++) out.push(storedMessage({ at: at + i * 60_000, verdict: 'spam', categories: ['health'], brands: i === 0 ? ['Amazon'] : [] }));
    for (let i = 0; i < (lureDay ? 5 : d % 10 === 0 ? 1 : 0); i++) {
      out.push(storedMessage({
        at: at + 3_600_000 + i * 1000, verdict: 'malware', categories: ['malware-lure'], attachmentTypes: ['.zip'], subject: `Fax from copier ${d}${i}`,
        sendingIp: `203.0.${d % 250}.${i + 1}`, country: i % 2 ? 'BR' : 'RU', asn: i % 2 ? 64502 : 64501, fromDomain: `bot${d}-${i}.example`, fingerprint: textFingerprint(`${lure} ref ${d * 10 + i}`),
        attachments: [{ name: `fax_${d}.zip`, sha256: 'ab'.repeat(32) }],
      }));
    }
    out.push(storedMessage({ at: at + 7_200_000, verdict: 'clean', country: 'JP', asn: 64500 }));
  }
  out.push(storedMessage({ at: start + 5 * DAY, verdict: 'phishing', categories: ['phishing'], subject: '<script>alert(1)</script>', brands: ['<img src=x onerror=alert(1)>'] }));
  return out;
}

before(async () => {
  const store = await openStore(storePath);
  try {
    await store.messages.ensureSchema();
    const messages = corpus();
    for (let i = 0; i < messages.length; i += 400) await store.messages.insertBatch({ messages: messages.slice(i, i + 400) }, { indexers: [trendsIndexer(), campaignsIndexer()] });
  } finally {
    await store.close();
  }
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('spamlab report', () => {
  it('JSON holds totals, volume, surges and campaigns, matching the input', async () => {
    const { code, stdout, stderr } = await runCli(['report', '--store', storePath, '--format', 'json']);
    assert.equal(code, 0, stderr);
    const data = JSON.parse(stdout);
    const input = corpus();
    assert.equal(data.totals.messages, input.length);
    assert.equal(data.totals.byVerdict.malware, input.filter((m) => m.verdict === 'malware').length);
    assert.equal(data.period, 'month');
    const septemberMalware = data.volume.filter((v: { period: string; verdict: string }) => v.period === '2013-09' && v.verdict === 'malware');
    const expected = input.filter((m) => m.verdict === 'malware' && m.at >= Date.UTC(2013, 8, 1) && m.at < Date.UTC(2013, 9, 1)).length;
    assert.deepEqual(septemberMalware, [{ period: '2013-09', verdict: 'malware', category: 'malware-lure', count: expected }]);
    assert.ok(data.surges.some((s: { series: string; description: string }) => s.series === 'category=malware-lure' && /since 2013-09/.test(s.description)), JSON.stringify(data.surges.map((s: { description: string }) => s.description)));
    const [top] = data.campaigns;
    assert.ok(top.size >= 300, JSON.stringify(top));
    assert.ok(top.ips > 100 && top.botnet);
    for (const key of ['id', 'size', 'firstSeen', 'lastSeen', 'senders', 'ips']) assert.ok(key in top, key);
    assert.deepEqual(data.topAttachmentTypes[0], { type: '.zip', count: input.filter((m) => m.verdict === 'malware').length });
    assert.equal(data.topBrands[0].brand, 'Amazon');
    // Sending countries and networks count unwanted mail only (the clean mail came from JP, AS64500).
    const malware = input.filter((m) => m.verdict === 'malware');
    assert.deepEqual(data.topCountries, [
      { country: 'RU', count: malware.filter((m) => m.country === 'RU').length },
      { country: 'BR', count: malware.filter((m) => m.country === 'BR').length },
    ]);
    assert.deepEqual(data.topNetworks.map((n: { asn: string }) => n.asn), ['AS64501', 'AS64502']);
  });

  it('--from/--to narrow the span; bad dates are usage errors', async () => {
    const { code, stdout } = await runCli(['report', '--store', storePath, '--format', 'json', '--from', '2013-09', '--to', '2013-09']);
    assert.equal(code, 0);
    const data = JSON.parse(stdout);
    assert.equal(data.from, '2013-09-01');
    assert.equal(data.to, '2013-09-30');
    assert.equal(data.period, 'day');
    assert.equal(data.totals.messages, corpus().filter((m) => m.at >= Date.UTC(2013, 8, 1) && m.at < Date.UTC(2013, 9, 1)).length);
    const bad = await runCli(['report', '--store', storePath, '--from', 'last tuesday']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--from must be a date/);
    const missing = await runCli(['report', '--store', path.join(dir, 'nope.db')]);
    assert.equal(missing.code, 3);
    assert.match(missing.stderr, /no store at .*nope\.db/);
    assert.equal(existsSync(path.join(dir, 'nope.db')), false, 'a report never creates a store');
  });

  it('CSV is one long table, formula-safe', async () => {
    const { code, stdout } = await runCli(['report', '--store', storePath, '--format', 'csv']);
    assert.equal(code, 0);
    const lines = stdout.trim().split('\r\n');
    assert.equal(lines[0], 'table,period,verdict,category,id,count,first_seen,last_seen,senders,ips,text');
    assert.ok(lines.some((l) => /^volume,2013-09,malware,malware-lure,,1\d\d,/.test(l)));
    assert.ok(lines.some((l) => l.startsWith('campaigns,,,,C')));
    assert.match(reportCsv({ totals: { messages: 0, byVerdict: {} }, volume: [], surges: [], eventBursts: [], campaigns: [{ id: 'C1', size: 2, firstSeen: '', lastSeen: '', senders: 1, ips: 1, botnet: false, nonClean: 2, subject: '=HYPERLINK("x")' }], topBrands: [], topAttachmentTypes: [], topCountries: [], topNetworks: [], campaignSizes: [], volumeByVerdict: [], from: null, to: null, period: 'day', generatedAt: '' }), /"'=HYPERLINK\(""x""\)"/);
  });

  it('campaigns and campaign ID, in English and Japanese', async () => {
    const list = await runCli(['campaigns', '--store', storePath, '--json']);
    assert.equal(list.code, 0);
    const [top] = JSON.parse(list.stdout);
    const text = await runCli(['campaigns', '--store', storePath]);
    assert.match(text.stdout, new RegExp(`^${top.id} +${top.size} `, 'm'));
    assert.match(text.stdout, /botnet indicator/);
    const one = await runCli(['campaign', top.id.slice(0, 8), '--store', storePath]);
    assert.equal(one.code, 0, one.stderr);
    assert.match(one.stdout, /why grouped:\n {4}(attachment|text) × \d+: /);
    assert.match(one.stdout, /a botnet indicator/);
    const ja = await runCli(['campaign', top.id, '--store', storePath, '--lang', 'ja']);
    assert.match(ja.stdout, /まとめた理由/);
    assert.match(ja.stdout, /ボットネットの兆候/);
    const json = JSON.parse((await runCli(['campaign', top.id, '--store', storePath, '--json'])).stdout);
    assert.equal(json.id, top.id);
    assert.ok(json.joinedBy.length > 0);
    const unknown = await runCli(['campaign', 'Cdeadbeef0000', '--store', storePath]);
    assert.equal(unknown.code, 3);
  });

  it('escapes what attackers wrote', () => {
    assert.equal(escapeHtml('<img src=x onerror="a">&\''), '&lt;img src=x onerror=&quot;a&quot;&gt;&amp;&#39;');
  });

  it('the HTML report renders in headless Chromium with its charts drawn, offline', async (t) => {
    const file = path.join(dir, 'report.html');
    const shot = path.join(dir, 'report.png');
    const { code, stderr } = await runCli(['report', '--store', storePath, '-o', file]);
    assert.equal(code, 0, stderr);
    const html = readFileSync(file, 'utf8');
    assert.ok(!/<script[^>]+src=|<link[^>]+href=|https?:\/\/(?!www\.w3\.org\/2000\/svg)/.test(html), 'no external resource');
    assert.ok(!html.includes('<script>alert(1)'), 'hostile subject escaped');
    const chromium = await launchChromium(t);
    if (!chromium) return;
    try {
      const page = await chromium.context.newPage();
      const requests: string[] = [];
      page.on('request', (r) => void (r.url().startsWith('file:') || requests.push(r.url())));
      const errors: string[] = [];
      page.on('pageerror', (e) => void errors.push(e.message));
      let dialogs = 0;
      page.on('dialog', (d) => void (dialogs++, d.dismiss()));
      await page.goto(`file://${file}`);
      await page.waitForSelector('body[data-charts="drawn"]', { timeout: 10_000 });
      // The callback runs in the page, where the DOM exists (this file is type-checked without DOM types).
      const charts = await page.evaluate(() =>
        ['chart-verdict', 'chart-category'].map((id) => {
          const doc = (globalThis as unknown as { document: { querySelector(s: string): PageSvg | null } }).document;
          const svg = doc.querySelector(`#${id} svg`);
          const paths = [...(svg?.querySelectorAll('path.series') ?? [])].map((p) => (p.getAttribute('d') ?? '').length);
          const box = svg?.getBoundingClientRect();
          return { paths, surges: svg?.querySelectorAll('rect.surge').length ?? 0, width: box?.width ?? 0, height: box?.height ?? 0 };
        }),
      );
      assert.deepEqual(errors, []);
      assert.deepEqual(requests, [], 'the page fetched nothing');
      assert.equal(dialogs, 0, 'no script from the data ran');
      for (const c of charts) {
        assert.ok(c.paths.length >= 1 && c.paths.every((n) => n > 20), JSON.stringify(c));
        assert.ok(c.width > 300 && c.height > 100, JSON.stringify(c));
      }
      assert.ok(charts[0]!.surges > 0, 'surges are marked');
      await page.screenshot({ path: shot, fullPage: true });
      assert.ok(statSync(shot).size > 10_000);
      if (process.env.SPAMLAB_KEEP_SCREENSHOT) rmSync(process.env.SPAMLAB_KEEP_SCREENSHOT, { force: true }), (await import('node:fs')).copyFileSync(shot, process.env.SPAMLAB_KEEP_SCREENSHOT);
    } finally {
      await chromium.close();
    }
  });
});

describe('spamlab ingest feeds trends and campaigns', () => {
  it('every ingested message is counted once by month, also after a second ingest', async (t) => {
    const spam = sharedData(t, 'fixtures/spamassassin/data/spam');
    if (!spam) return;
    const store = path.join(dir, 'ingested.db');
    for (let run = 0; run < 2; run++) {
      const ingest = await runCli(['ingest', spam, '--store', store, '-j', '1', '-q', '--json']);
      assert.equal(ingest.code, 0, ingest.stderr);
    }
    const stats = JSON.parse((await runCli(['store', 'stats', '--store', store, '--json'])).stdout);
    const report = JSON.parse((await runCli(['report', '--store', store, '--format', 'json', '--period', 'month'])).stdout);
    assert.ok(stats.messages > 20);
    assert.equal(report.totals.messages, stats.messages);
    const monthly = new Map<string, number>();
    for (const v of report.volumeByVerdict as { period: string; count: number }[]) monthly.set(v.period, (monthly.get(v.period) ?? 0) + v.count);
    const listed = (await runCli(['messages', '--store', store, '--json', '--limit', '10000'])).stdout.trim().split('\n').map((l) => JSON.parse(l) as { at: string });
    // The month of every stored message, as the store lists them, against the rollups.
    const expected = new Map<string, number>();
    for (const m of listed) expected.set(m.at.slice(0, 7), (expected.get(m.at.slice(0, 7)) ?? 0) + 1);
    assert.deepEqual(new Map([...monthly].sort()), new Map([...expected].sort()));
    assert.equal(listed.length, stats.messages);
    assert.equal([...monthly.values()].reduce((a, b) => a + b, 0), stats.messages);
  });
});
