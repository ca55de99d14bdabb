import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { defaultConfig, resolveConfig } from '../../config/load.js';
import type { RedirectFollower, RedirectResult } from '../../links/redirects.js';
import { message, type MessageSpec } from '../../links/fixtures/message.js';
import type { Services } from '../../core/services.js';
import { buildServices } from '../../runtime/services.js';
import { testServices } from '../../test-support/services.js';
import { scoreFindings } from '../../score/score.js';
import { buildScoreTable, CATALOGUE } from '../../score/table.js';
import { REPO_ROOT, sharedData } from '../../test-support/shared-data.js';
import type { CheckOutput, Finding } from '../types.js';
import { linksFamily } from './index.js';

const VICTIM = 'victim@example.jp';
const NOW = new Date('2026-11-20T00:00:00Z');
const baseServices: Services = testServices({ now: () => NOW });

async function run(spec: MessageSpec, options: { config?: unknown; services?: Partial<Services> } = {}): Promise<{ findings: Finding[]; outputs: CheckOutput[] }> {
  const config = options.config ? resolveConfig(options.config) : defaultConfig();
  // Built as the runtime builds them (the operator's list files are read there), with the test's fakes.
  const services = await buildServices(config, { now: () => NOW, ...options.services });
  const checks = linksFamily.create({ config, services });
  const msg = message(spec);
  const ctx = { now: NOW, signal: new AbortController().signal };
  const outputs = await Promise.all(checks.map((c) => c.run(msg, ctx)));
  return { findings: outputs.flatMap((o) => o.findings), outputs };
}
const ids = (findings: Finding[]): string[] => [...new Set<string>(findings.map((f) => f.id))].sort();
const table = buildScoreTable(CATALOGUE, defaultConfig().thresholds);

// The seed case (002): "ウイルスバスター" mail; the link "今すぐ無料スキャンをする" shows a harmless page
// but its URL carries the recipient's address (base64url), so a click confirms the address is live.
const torendmicro: MessageSpec = {
  from: 'torendmicro.com@js8a.r2kq.net',
  to: [VICTIM],
  links: [
    { kind: 'a', href: `https://r2kq.net/scan/?uid=${Buffer.from(VICTIM).toString('base64url')}&s=1`, text: '今すぐ無料スキャンをする' },
    { kind: 'img', href: 'https://r2kq.net/img/logo.png', width: 120, height: 40 },
  ],
};

test('torendmicro case: the recipient address in base64url is a tracking finding with decoded evidence', async () => {
  const { findings } = await run(torendmicro);
  const tracking = findings.find((f) => f.id === 'URL_RECIPIENT_ENCODED');
  assert.ok(tracking, ids(findings).join());
  assert.match(tracking.evidence, /query parameter `uid` = base64url of victim@example\.jp \("dmljdGltQGV4YW1wbGUuanA"\) in <a>/);
  assert.equal(tracking.data?.risk, 'a click or image load confirms to the sender that this address is live');
  // It adds evidence (spam-class points) without deciding the verdict on its own.
  const result = scoreFindings(findings, table);
  assert.ok(result.classScores.spam >= 2.5 && result.score < 6, `${result.score}`);
});

test("the recipient's SHA-256 in the path is a tracking finding with decoded evidence", async () => {
  const sha = createHash('sha256').update(VICTIM).digest('hex');
  const { findings } = await run({ to: ['Victim@Example.jp'], links: [{ kind: 'img', href: `https://t.mailer.example/o/${sha}/open.gif`, width: 1, height: 1 }] });
  const tracking = findings.find((f) => f.id === 'URL_RECIPIENT_ENCODED');
  assert.ok(tracking);
  assert.match(tracking.evidence, /path segment 2 = SHA-256 of victim@example\.jp/);
  assert.ok(ids(findings).includes('URL_WEB_BUG'));
});

test('an ordinary newsletter with a campaign id and a web bug has no recipient or token finding and stays clean', async () => {
  const { findings } = await run({
    from: 'news@shop.example.com',
    to: [VICTIM],
    links: [
      { kind: 'a', href: 'https://shop.example.com/spring?utm_source=newsletter&utm_medium=email&utm_campaign=spring2024', text: 'Spring sale' },
      { kind: 'a', href: 'https://www.shop.example.com/', text: 'shop.example.com' },
      { kind: 'img', href: 'https://shop.example.com/img/spring-banner.jpg', width: 600, height: 300 },
      { kind: 'img', href: 'https://stats.shop.example.com/open.gif?c=spring2024', width: 1, height: 1 },
    ],
  });
  for (const forbidden of ['URL_RECIPIENT_ADDRESS', 'URL_RECIPIENT_ENCODED', 'URL_UNIQUE_TOKEN', 'URL_TEXT_DOMAIN_MISMATCH']) {
    assert.ok(!ids(findings).includes(forbidden), `${forbidden} fired: ${JSON.stringify(findings)}`);
  }
  assert.deepEqual(ids(findings), ['URL_WEB_BUG']);
  assert.equal(scoreFindings(findings, table).verdict, 'clean');
});

test('a link text showing a host spelt with lookalike letters: URL_IDN_MIXED_SCRIPT and the mismatch with the host its reader sees (issue 17)', async () => {
  // `pаypal.com` with a Cyrillic а (U+0430) shown on a link to another host; the same text as ASCII has the mismatch only.
  const disguised = ids((await run({ from: 'service@notice.example', to: [VICTIM], links: [{ kind: 'a', href: 'https://evil.example.net/login', text: 'p\u0430ypal.com' }] })).findings);
  assert.ok(disguised.includes('URL_IDN_MIXED_SCRIPT') && disguised.includes('URL_TEXT_DOMAIN_MISMATCH'), disguised.join(', '));
  const plain = ids((await run({ from: 'service@notice.example', to: [VICTIM], links: [{ kind: 'a', href: 'https://evil.example.net/login', text: 'paypal.com' }] })).findings);
  assert.ok(!plain.includes('URL_IDN_MIXED_SCRIPT') && plain.includes('URL_TEXT_DOMAIN_MISMATCH'), plain.join(', '));
});

test('a deceptive phishing link set reaches a phishing verdict on link evidence', async () => {
  const { findings } = await run({
    from: 'security@paypal-support.example',
    to: [VICTIM],
    links: [
      { kind: 'a', href: 'http://www.paypal.com@198.51.100.7/signin', text: 'https://www.paypal.com/signin' },
      { kind: 'form', href: 'https://collect.evil.top/p.php', method: 'post', hasPassword: true },
    ],
  });
  for (const id of ['URL_TEXT_DOMAIN_MISMATCH', 'URL_HTTPS_TEXT_HTTP_HREF', 'URL_USERINFO', 'URL_IP_HOST', 'URL_FORM_PASSWORD', 'URL_FORM_EXTERNAL', 'URL_SUSPICIOUS_TLD']) {
    assert.ok(ids(findings).includes(id), `${id} missing: ${ids(findings).join()}`);
  }
  assert.equal(scoreFindings(findings, table).verdict, 'phishing');
});

test("a landing page behind Google's AMP viewer is an open redirect to it, on any country domain of Google", async () => {
  const { findings } = await run({
    from: 'service@stayfriends.example',
    to: [VICTIM],
    links: [{ kind: 'a', href: 'https://www.google.co.uk/amp/tosuchapel.info/TUp4Uks1cDVEYlZ6Q0RaczY3', text: 'Jetzt ansehen' }],
  });
  const redirect = findings.find((f) => f.id === 'URL_OPEN_REDIRECT');
  assert.ok(redirect, ids(findings).join());
  assert.match(redirect.evidence, /^www\.google\.co\.uk\/amp → http:\/\/tosuchapel\.info\/TUp4.* \(in the path\)$/);
});

test('URLs, hosts and IPs are reported as IOCs', async () => {
  const { outputs } = await run({ links: [{ href: 'http://3232235777/x' }, { href: 'https://www.google.com/url?q=https://evil.example.top/' }] });
  const iocs = outputs[0]?.iocs;
  assert.deepEqual(iocs?.urls, ['http://192.168.1.1/x', 'https://www.google.com/url?q=https://evil.example.top/', 'https://evil.example.top/']);
  assert.deepEqual(iocs?.domains, ['www.google.com', 'evil.example.top']);
  assert.deepEqual(iocs?.ips, ['192.168.1.1']);
});

test('fuller lists load from links.listsDir (the public lists in ../shared/data/lists)', async (t) => {
  const dir = sharedData(t, 'lists');
  if (!dir) return;
  const spec = { links: [{ href: 'https://1url.com/abc' }, { href: 'https://adrive.com/f/1' }, { href: 'https://shop.example.accountants/' }] };
  assert.deepEqual(ids((await run(spec)).findings), []);
  assert.deepEqual(ids((await run(spec, { config: { links: { listsDir: dir } } })).findings), ['URL_FREE_FILE_HOST', 'URL_SHORTENER', 'URL_SUSPICIOUS_TLD']);
});

test('redirects: a follower is used only when present, and its chain becomes findings', async () => {
  // Off by default: no follower, no findings, no promise.
  const plain = linksFamily.create({ config: defaultConfig(), services: baseServices });
  const msg = message({ links: [{ href: 'https://bit.ly/x', text: 'Open' }] });
  assert.deepEqual(plain[1]!.run(msg, { now: NOW, signal: new AbortController().signal }), { findings: [] });

  const results: Record<string, Partial<RedirectResult>> = {
    'https://bit.ly/x': { chain: [{ url: 'https://bit.ly/x', via: 'start', status: 301 }, { url: 'https://login.evil.top/a', via: 'http', status: 200 }], landing: 'https://login.evil.top/a', landingDomain: 'evil.top' },
    'https://click.mailer.example/c/1': { chain: [{ url: 'https://click.mailer.example/c/1', via: 'start', status: 302 }], refused: { url: 'http://127.0.0.1/', reason: '127.0.0.1 is loopback' } },
    'https://news.us1.list-manage.com/track/click?u=1': { chain: [{ url: 'https://news.us1.list-manage.com/track/click?u=1', via: 'start' }, { url: 'https://phish.example.net/', via: 'http' }], landing: 'https://phish.example.net/', landingDomain: 'example.net' },
  };
  const asked: string[] = [];
  const fake: RedirectFollower = {
    async follow(url) {
      asked.push(url);
      return { start: url, chain: [], hopLimit: false, truncated: false, cached: false, ...results[url] };
    },
  };
  const { findings, outputs } = await run(
    {
      links: [
        { href: 'https://bit.ly/x', text: 'Open' },
        { href: 'https://click.mailer.example/c/1', text: 'Go' },
        { href: 'https://news.us1.list-manage.com/track/click?u=1', text: 'www.shop.example' },
      ],
    },
    { services: { redirects: fake } },
  );
  assert.deepEqual(asked.sort(), Object.keys(results).sort());
  const redirectIds = ids(findings.filter((f) => /REDIRECT|landing|lands/.test(f.id + f.evidence)));
  assert.deepEqual(redirectIds, ['URL_REDIRECT_CROSS_DOMAIN', 'URL_REDIRECT_TO_PRIVATE', 'URL_SUSPICIOUS_TLD', 'URL_TEXT_DOMAIN_MISMATCH']);
  assert.ok(findings.some((f) => f.id === 'URL_TEXT_DOMAIN_MISMATCH' && /lands on example\.net/.test(f.evidence)));
  assert.deepEqual(outputs[1]?.iocs?.urls, ['https://login.evil.top/a', 'https://phish.example.net/']);
});

test('redirects: built from config when enabled, refusing loopback (no request is made)', async () => {
  const { findings } = await run(
    { links: [{ href: 'http://127.0.0.1:9/x', text: 'Open' }, { href: 'http://evil.test/', text: 'Open' }] },
    { config: { links: { followRedirects: { enabled: true, timeoutMs: 500 } } }, services: { dns: async (name, type) => (name === 'evil.test' && type === 'A' ? ['127.0.0.1'] : []) } },
  );
  const refused = findings.filter((f) => f.id === 'URL_REDIRECT_TO_PRIVATE').map((f) => f.evidence);
  assert.equal(refused.length, 2);
  assert.match(refused[0]!, /127\.0\.0\.1 is loopback/);
  assert.match(refused[1]!, /evil\.test resolves to 127\.0\.0\.1/);
});

test('domain age: newly registered and newly seen domains through the injected lookup', async () => {
  const day = 24 * 3600 * 1000;
  const ages: Record<string, { registered?: Date; firstSeen?: Date; historySince?: Date }> = {
    'fresh.example': { registered: new Date(NOW.getTime() - 5 * day) },
    'old.example': { registered: new Date('2013-01-05T00:00:00Z') },
    'unseen.example': { firstSeen: NOW, historySince: new Date(NOW.getTime() - 90 * day) },
    'young-memory.example': { firstSeen: NOW, historySince: new Date(NOW.getTime() - day) },
  };
  const { findings } = await run(
    { links: Object.keys(ages).map((d) => ({ href: `https://www.${d}/` })) },
    { services: { domainAge: async (d) => ages[d] } },
  );
  assert.deepEqual(
    findings.filter((f) => f.id.startsWith('URL_DOMAIN')).map((f) => [f.id, f.evidence]),
    [
      ['URL_DOMAIN_NEWLY_REGISTERED', 'fresh.example registered 2026-11-15 (5 days before this scan)'],
      ['URL_DOMAIN_NEWLY_SEEN', 'unseen.example first seen 2026-11-20'],
    ],
  );
});

test('config: defaults are explicit and unknown keys are refused', () => {
  const links = defaultConfig().links;
  assert.equal(links.followRedirects.enabled, false);
  assert.equal(links.followRedirects.allowPrivate, false);
  assert.equal(links.domainAge.newlyRegisteredDays, 30);
  assert.throws(() => resolveConfig({ links: { followRedirects: { enabled: true, bogus: 1 } } }));
});

test('config: the links section of the sample documents the defaults in code', () => {
  const text = readFileSync(path.join(REPO_ROOT, 'config/spamlab.sample.yaml'), 'utf8');
  const start = text.indexOf('# links:');
  const end = text.indexOf('\n\n', start);
  const section = text.slice(start, end < 0 ? undefined : end);
  const active = parseYaml(section.replace(/^# ?/gm, '')) as { links: Record<string, unknown> };
  delete active.links.listsDir;
  assert.deepEqual(resolveConfig(active).links, defaultConfig().links);
});

test('link text naming a brand is checked against the shipped brand registry when no lookup is injected', async () => {
  const spoof = await run({ to: [VICTIM], links: [{ kind: 'a', href: 'https://secure-login.example.net/signin', text: 'PayPal アカウントにログイン' }] });
  assert.ok(ids(spoof.findings).includes('URL_TEXT_BRAND_MISMATCH'), ids(spoof.findings).join(', '));
  const genuine = await run({ to: [VICTIM], links: [{ kind: 'a', href: 'https://www.paypal.com/signin', text: 'PayPal アカウントにログイン' }] });
  assert.ok(!ids(genuine.findings).includes('URL_TEXT_BRAND_MISMATCH'));
});

test('link text naming a brand that is a public suffix (gov.br): a domain under the suffix is its own, any other is not', async () => {
  const rows: [text: string, href: string, fires: boolean][] = [
    // must not: a town's or a ministry's own address shown as the link's text (upper case as NF-e notices write it)
    ['HTTPS://WWW.PEDERNEIRAS.SP.GOV.BR', 'https://www.pederneiras.sp.gov.br/', false],
    ['Portal gov.br', 'https://servicos.receita.fazenda.gov.br/consulta', false],
    ['Acesse sua conta gov.br', 'https://sso.acesso.gov.br/login', false],
    // must fire: gov.br named, the link elsewhere — a lookalike label, gov.br inside another registrable domain, another suffix
    ['Acesse sua conta gov.br', 'https://acesso-govbr.example.com/login', true],
    ['Portal gov.br', 'https://xgov.br/portal', true],
    ['Regularize seu CPF no gov.br', 'https://gov.br.regulariza-cpf.net/', true],
  ];
  for (const [text, href, fires] of rows) {
    const out = await run({ to: [VICTIM], links: [{ kind: 'a', href, text }] });
    assert.equal(ids(out.findings).includes('URL_TEXT_BRAND_MISMATCH'), fires, `${text} → ${href}: ${ids(out.findings).join(', ')}`);
  }
});
