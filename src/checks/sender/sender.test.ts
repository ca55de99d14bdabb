import { test } from 'node:test';
import assert from 'node:assert/strict';
import { configSchema } from '../../config/schema.js';
import { ZoneResolver } from '../../auth/zone.js';
import type { ParsedMessage } from '../../mail/types.js';
import { scoreFindings } from '../../score/score.js';
import { buildScoreTable, CATALOGUE } from '../../score/table.js';
import type { Services } from '../../core/services.js';
import { testServices } from '../../test-support/services.js';
import { buildServices } from '../../runtime/services.js';
import { sharedData } from '../../test-support/shared-data.js';
import type { Finding } from '../types.js';
import { senderFamily } from './index.js';
import { domainsInDisplayName, replaceAddresses, SIGNATURE_FILLER_CHARS, signatureWindow, withoutClientTaglines, withoutQuotedLines, withoutTrademarkNotices } from './identity.js';
import { translateEvidence } from '../../rules/explain.js';
import { testMessage } from './fixtures/message.js';
import { emptyHtmlFacts } from '../../mail/parse/index.js';
import { cpuStopwatch } from '../../test-support/cpu-time.js';

const NOW = new Date('2024-06-01T00:00:00Z');

function setup(config: Record<string, unknown> = {}, services: Partial<Services> = {}) {
  const cfg = configSchema.parse(config);
  // Services as the runtime builds them (it reads the operator's list files), with the test's fakes.
  const checks = buildServices(cfg, { now: () => NOW, classifierModel: { error: 'not used here' }, ...services }).then((built) =>
    senderFamily.create({ config: cfg, services: built }),
  );
  const table = buildScoreTable(CATALOGUE, cfg.thresholds);
  return {
    async run(msg: ParsedMessage) {
      const ctx = { now: NOW, signal: new AbortController().signal };
      const findings: Finding[] = [];
      for (const c of await checks) findings.push(...(await c.run(msg, ctx)).findings);
      return { findings, result: scoreFindings(findings, table) };
    },
  };
}
const ids = (fs: readonly { id: string; replacedBy?: string }[]) => fs.filter((f) => !('replacedBy' in f && f.replacedBy)).map((f) => f.id);

/** The MISSION case: ウイルスバスター <torendmicro.com@jsomething.r2something.net>. */
const torendmicro = () =>
  testMessage({
    from: 'ウイルスバスター <torendmicro.com@jsomething.r2something.net>',
    subject: '【警告】今すぐ無料のウイルスチェックを行ってください',
    messageId: '20240601.abc@jsomething.r2something.net',
    text: '今すぐ無料でスキャン: http://scan.r2something.net/?id=8f3a9c',
  });

test('the torendmicro case is phishing on sender findings alone, naming Trend Micro, torendmicro.com and the technique', async () => {
  const { findings, result } = await setup().run(torendmicro());
  assert.equal(result.verdict, 'phishing');
  assert.ok(result.score >= 6 && result.classScores.phishing >= 4);
  const display = findings.find((f) => f.id === 'FROM_BRAND_DISPLAY_NAME');
  assert.equal(display?.data?.brand, 'Trend Micro');
  const local = findings.find((f) => f.id === 'LOOKALIKE_FROM_LOCAL_PART');
  assert.deepEqual([local?.data?.brand, local?.data?.domain, local?.data?.technique, local?.data?.where], ['Trend Micro', 'torendmicro.com', 'transliteration', 'From local part']);
  assert.match(local!.evidence, /torendmicro\.com.*trendmicro\.com.*Trend Micro.*transliteration/);
});

test('the same brand mail from trendmicro.com with DMARC pass has no impersonation finding', async () => {
  const msg = testMessage({
    from: 'ウイルスバスター <info@trendmicro.com>',
    subject: 'ウイルスバスター クラウド 更新のお知らせ',
    authResults: [
      { authservId: 'mx.example.jp', method: 'spf', result: 'pass', props: { 'smtp.mailfrom': 'bounce@trendmicro.com' } },
      { authservId: 'mx.example.jp', method: 'dmarc', result: 'pass', props: { 'header.from': 'trendmicro.com' } },
    ],
  });
  const { result } = await setup({ trustedAuthservIds: ['mx.example.jp'] }).run(msg);
  const active = ids(result.findings);
  for (const forbidden of ['FROM_BRAND_DISPLAY_NAME', 'FROM_BRAND_SPOOFED']) assert.ok(!active.includes(forbidden), forbidden);
  assert.ok(!active.some((id) => id.startsWith('LOOKALIKE_')));
  assert.ok(active.includes('FROM_BRAND_AUTHENTICATED'));
  assert.ok(active.includes('AUTH_DMARC_PASS_BRAND'));
  assert.equal(result.verdict, 'clean');
});

test('brand mail from the brand domain failing DMARC (p=reject) is a spoof', async () => {
  const msg = testMessage({
    from: 'Trend Micro <support@trendmicro.com>',
    authResults: [{ authservId: 'mx.example.jp', method: 'dmarc', result: 'fail', reason: 'p=REJECT', props: { 'header.from': 'trendmicro.com' } }],
  });
  const { result } = await setup({ trustedAuthservIds: ['mx.example.jp'] }).run(msg);
  const active = ids(result.findings);
  assert.ok(active.includes('FROM_BRAND_SPOOFED') && active.includes('AUTH_DMARC_FAIL_ENFORCED'));
  assert.equal(result.verdict, 'phishing');
});

test('untrusted Authentication-Results are ignored', async () => {
  const msg = testMessage({
    from: 'PayPal <service@paypal-secure.example>',
    authResults: [{ authservId: 'attacker.example', method: 'dmarc', result: 'pass', props: { 'header.from': 'paypal.com' } }],
  });
  const { result } = await setup({ trustedAuthservIds: ['mx.example.jp'] }).run(msg);
  assert.ok(!ids(result.findings).some((id) => id.startsWith('AUTH_')));
  assert.ok(ids(result.findings).includes('FROM_BRAND_DISPLAY_NAME'));
});

test('an IDN homograph of a brand domain behind a link is found', async () => {
  const msg = testMessage({
    from: 'Support <noreply@mailer.example.net>',
    links: ['https://xn--pple-43d.com/verify?id=1', 'https://www.example.org/'],
  });
  const { findings } = await setup().run(msg);
  const link = findings.find((f) => f.id === 'LOOKALIKE_LINK');
  assert.deepEqual([link?.data?.brand, link?.data?.technique, link?.data?.where], ['Apple', 'idn-homograph', 'link']);
  assert.match(link!.evidence, /аpple\.com/);
  // Links written in the text count too.
  const text = await setup().run(testMessage({ from: 'x <a@example.net>', text: 'ログイン: https://paypal.com.account-verify.example/login' }));
  assert.ok(text.findings.some((f) => f.id === 'LOOKALIKE_LINK' && f.data?.technique === 'subdomain'));
});

// Session 43: a link host under no top-level domain (2002 Yahoo! UK's advert links `http://uk.my.yahoo.comm`) leads to no
// page; a lookalike under a real one, or under RFC 2606's stand-in `.example`, is still read, and so is a sender field.
const noTldRows: { link: string; from: string; found: boolean }[] = [
  { link: 'http://uk.my.yahoo.comm', from: 'Anna <anna@example.org>', found: false },
  { link: 'https://www.paypal.corn/signin', from: 'Anna <anna@example.org>', found: false },
  { link: 'https://www.paypal.co/signin', from: 'Anna <anna@example.org>', found: true },
  { link: 'https://uk.my.yahoo.com.account-check.xyz/', from: 'Anna <anna@example.org>', found: true },
  { link: 'https://paypal.com.account-verify.example/login', from: 'Anna <anna@example.org>', found: true },
];
for (const row of noTldRows) {
  test(`a link to ${row.link} ${row.found ? 'is' : 'is no'} LOOKALIKE_LINK`, async () => {
    const { findings } = await setup().run(testMessage({ from: row.from, links: [row.link] }));
    assert.equal(ids(findings).includes('LOOKALIKE_LINK'), row.found, ids(findings).join(', '));
  });
}
test('a sender domain under no top-level domain is still a lookalike', async () => {
  const { findings } = await setup().run(testMessage({ from: 'Service <service@paypal.corn>' }));
  assert.ok(ids(findings).includes('LOOKALIKE_FROM_DOMAIN'), ids(findings).join(', '));
});

test('lookalikes in every place a domain appears', async () => {
  const msg = testMessage({
    from: '"support@paypa1.com" <a@rnicrosoft.com>',
    replyTo: ['x@amaz0n.co.jp'],
    returnPath: 'b@trendmicro-mail.net',
    sender: 'c@dropbox-secure.com',
    messageId: 'id@mercari-jp.com',
  });
  const { findings } = await setup().run(msg);
  const where = Object.fromEntries(findings.filter((f) => f.id.startsWith('LOOKALIKE_')).map((f) => [f.id, f.data?.brand]));
  assert.deepEqual(where, {
    LOOKALIKE_FROM_DOMAIN: 'Microsoft Defender',
    LOOKALIKE_DISPLAY_NAME: 'PayPal',
    LOOKALIKE_REPLY_TO: 'Amazon',
    LOOKALIKE_RETURN_PATH: 'Trend Micro',
    LOOKALIKE_SENDER: 'Dropbox',
    LOOKALIKE_MESSAGE_ID: 'メルカリ (Mercari)',
  });
  assert.ok(findings.some((f) => f.id === 'FROM_DISPLAY_NAME_DOMAIN_MISMATCH' && f.data?.shown === 'paypa1.com'));
});

test('free-mail: brand display name over free-mail, free-mail Reply-To under a company From', async () => {
  const s = setup();
  const a = await s.run(testMessage({ from: 'Apple Support <apple.help.desk@gmail.com>' }));
  assert.ok(ids(a.result.findings).includes('FROM_BRAND_FREEMAIL'));
  assert.ok(ids(a.result.findings).includes('FROM_BRAND_DISPLAY_NAME'));
  const b = await s.run(testMessage({ from: '経理部 <keiri@example-corp.co.jp>', replyTo: ['keiri.example@yahoo.co.jp'] }));
  assert.deepEqual(ids(b.result.findings).sort(), ['FROM_REPLYTO_ELSEWHERE', 'FROM_REPLYTO_FREEMAIL']);
  // A person writing from one free-mail account to another: only the 0-point facts (who would receive an answer).
  const c = await s.run(testMessage({ from: 'Taro <taro@docomo.ne.jp>', replyTo: ['taro@gmail.com'] }));
  assert.deepEqual(ids(c.result.findings).sort(), ['FROM_FREEMAIL', 'FROM_REPLYTO_ELSEWHERE']);
  const c2 = await s.run(testMessage({ from: 'Taro <taro@docomo.ne.jp>', replyTo: ['taro@docomo.ne.jp'] }));
  assert.deepEqual(ids(c2.result.findings), ['FROM_FREEMAIL']);
  // A webmail brand's own service writes from a subdomain; a mailbox at the webmail domain is anyone's.
  // Unauthenticated (no trusted Authentication-Results, no resolver), the brand's own address is only a claim.
  const d = await s.run(testMessage({ from: 'Yahoo!News <refertofriend@reply.yahoo.com>' }));
  assert.deepEqual(ids(d.result.findings).sort(), ['FROM_BRAND_OWN_DOMAIN', 'FROM_BRAND_UNAUTHENTICATED']);
  const e = await s.run(testMessage({ from: 'Yahoo! Support <yahoo.support.team@yahoo.com>' }));
  assert.ok(ids(e.result.findings).includes('FROM_BRAND_FREEMAIL'));
});

test("a brand's own mailbox with no name or only role words claims the brand by its address (session 11)", async () => {
  const s = setup();
  const table = buildScoreTable(CATALOGUE, configSchema.parse({}).thresholds);
  // Nazario's PayPal lures: no display name, or "service", from paypal.com, linking to a raw IP.
  for (const from of ['<exchange-robot@paypal.com>', 'service <service@paypal.com>', 'Account Service <service@paypal.com>', 'support@ebay.com']) {
    const { findings, result } = await s.run(testMessage({ from }));
    assert.deepEqual(ids(result.findings).sort(), ['FROM_BRAND_OWN_DOMAIN', 'FROM_BRAND_UNAUTHENTICATED'], from);
    const own = findings.find((f) => f.id === 'FROM_BRAND_OWN_DOMAIN');
    assert.match(own!.evidence, /^address \S+ is at (PayPal|eBay)'s domain, (and the display name|with no display name)/, from);
    assert.match(translateEvidence('FROM_BRAND_OWN_DOMAIN', own!.evidence, 'ja'), /^アドレス \S+ は (PayPal|eBay) のドメインにあり、表示名/, from);
    const withLink = scoreFindings([...findings, { id: 'URL_IP_HOST', evidence: 'http://169.254.236.44:1639/index.htm in <a>' }], table);
    assert.ok(ids(withLink.findings).includes('PHISH_BRAND_SENDER_DECEPTIVE_LINK'), from);
    assert.ok(withLink.classScores.phishing >= 4, from);
  }
  // DMARC-authenticated as the brand's domain, the same address is the brand's genuine mail.
  const genuine = await setup({ trustedAuthservIds: ['mx.example.jp'] }).run(
    testMessage({
      from: '<service@paypal.com>',
      authResults: [{ authservId: 'mx.example.jp', method: 'dmarc', result: 'pass', props: { 'header.from': 'paypal.com' } }],
    }),
  );
  assert.ok(ids(genuine.result.findings).includes('FROM_BRAND_AUTHENTICATED'));
  assert.ok(!ids(genuine.result.findings).includes('FROM_BRAND_UNAUTHENTICATED'));
  // Must not: a person at the brand's domain (an employee writing to a list), an advert's name over a borrowed brand
  // domain, a mailbox at a webmail brand's free-mail domain with no name.
  for (const from of ['Isaac Oates <ioates@amazon.com>', 'Russian Girls <service@stayfriends.de>', 'KetoPlus <service@stayfriends.de>', '<someone@gmail.com>', 'hai aksel <felton@postbank.de>']) {
    const { result } = await s.run(testMessage({ from }));
    assert.ok(!ids(result.findings).includes('FROM_BRAND_OWN_DOMAIN'), from);
    assert.ok(!ids(result.findings).includes('FROM_BRAND_UNAUTHENTICATED'), from);
  }
});

test('the fuller free-mail list loads from sender.listsDir', async (t) => {
  const dir = sharedData(t, 'lists');
  if (!dir) return;
  const msg = testMessage({ from: 'Bank <x@company.example>', replyTo: ['y@0-180.com'] });
  assert.deepEqual(ids((await setup().run(msg)).result.findings), ['FROM_REPLYTO_ELSEWHERE']);
  assert.deepEqual(ids((await setup({ sender: { listsDir: dir } }).run(msg)).result.findings).sort(), ['FROM_REPLYTO_ELSEWHERE', 'FROM_REPLYTO_FREEMAIL']);
});

test('ordinary mail raises nothing: people, newsletters, co-branded mail, brand domains', async () => {
  const s = setup();
  for (const from of ['山田太郎 <taro@example.co.jp>', 'Apple pie club <news@bakery.example>', 'Norton Smith <n.smith@example.com>', 'Amazon.co.jp <order-update@amazon.co.jp>', '三井住友カード Visa <info@smbc-card.com>']) {
    const { result } = await s.run(testMessage({ from }));
    assert.deepEqual(ids(result.findings).filter((id) => id !== 'FROM_BRAND_OWN_DOMAIN' && id !== 'FROM_BRAND_UNAUTHENTICATED'), [], from);
  }
});

test('newer shipped brands: Japanese toll and crypto-wallet lures are phishing; their own and everyday-word senders are not', async () => {
  const s = setup();
  for (const [from, brand] of [
    ['ETC利用照会サービス <info@etc-meisai-jp.com>', 'etc-meisai'],
    ['MetaMask Support <support@metamask-wallet.io>', 'metamask'],
    ['えきねっと <noreply@eki-net.co>', 'jreast'],
  ] as const) {
    const { findings, result } = await s.run(testMessage({ from }));
    assert.equal(result.verdict, 'phishing', from);
    assert.ok(findings.some((f) => f.id === 'FROM_BRAND_DISPLAY_NAME' && f.data?.brandId === brand), from);
    assert.ok(findings.some((f) => f.id === 'LOOKALIKE_FROM_DOMAIN' && f.data?.brand !== undefined), from);
  }
  for (const from of [
    'Max Mustermann <max@example.de>', 'Sparkasse KölnBonn <info@sparkasse-koelnbonn.de>', 'NHKオンデマンド <info@nhk-ondemand.jp>',
    'Orange County Library <news@ocls.example>', 'LinkedIn <messages-noreply@linkedin.com>', 'Zoom Photography Club <club@example.org>',
    'ALDI SÜD <newsletter@aldi.es>',
  ]) {
    const { result } = await s.run(testMessage({ from }));
    assert.deepEqual(ids(result.findings).filter((id) => id !== 'FROM_BRAND_OWN_DOMAIN' && id !== 'FROM_BRAND_UNAUTHENTICATED'), [], from);
  }
});

test('session 11: North American banks claimed by name from elsewhere are impersonation; their own domains, everyday words and short labels are not', async () => {
  const s = setup();
  for (const [from, brand] of [
    ['TD Direct Investing <en@kenkyu-labo.example>', 'td'],
    ['SunTrust Bank <alerts@secure-mail.example>', 'truist'],
    ['Navy Federal Credit Union <member@nfcu-alerts.example>', 'navyfederal'],
  ] as const) {
    const { findings } = await s.run(testMessage({ from }));
    assert.ok(findings.some((f) => f.id === 'FROM_BRAND_DISPLAY_NAME' && f.data?.brandId === brand), from);
  }
  // Own domains (td.com is a sending domain: its mail is its own) and ordinary words as names.
  for (const from of ['TD Bank <alerts@td.com>', 'Citizens Bank <support@citizensbank.com>', 'Regions of Italy Tours <info@tours.example>', 'Key West Diving <info@dive.example>', 'Huntington Library <news@library.example>']) {
    const { result } = await s.run(testMessage({ from }));
    assert.deepEqual(ids(result.findings).filter((id) => id !== 'FROM_BRAND_OWN_DOMAIN' && id !== 'FROM_BRAND_UNAUTHENTICATED'), [], from);
  }
});

test('operator brands: their own organisation is protected first', async () => {
  const s = setup({ sender: { brands: [{ id: 'example-corp', name: 'Example Corp', aliases: ['イグザンプル銀行'], domains: ['example-bank.co.jp'] }] } });
  const { findings } = await s.run(testMessage({ from: 'イグザンプル銀行 <info@examp1e-bank.co.jp>' }));
  assert.ok(findings.some((f) => f.id === 'FROM_BRAND_DISPLAY_NAME' && f.data?.brandId === 'example-corp'));
  assert.ok(findings.some((f) => f.id === 'LOOKALIKE_FROM_DOMAIN' && f.data?.brandId === 'example-corp'));
});

test('with a resolver configured, SPF and DMARC are verified here (envelope or first untrusted hop)', async () => {
  const zone = new ZoneResolver({
    'trendmicro.com': { TXT: ['v=spf1 ip4:192.0.2.0/24 -all'] },
    '_dmarc.trendmicro.com': { TXT: ['v=DMARC1; p=reject'] },
  });
  const s = setup({ trustedRelays: ['mx.example.jp'] }, { dns: zone.resolve });
  const hop = (ip: string) => ({ raw: '', helo: 'mail.sender.example', ip, by: 'mx.example.jp', date: null, wellFormed: true });
  const genuine = await s.run(testMessage({ from: 'Trend Micro <info@trendmicro.com>', returnPath: 'bounce@trendmicro.com', received: [hop('192.0.2.7')] }));
  assert.ok(ids(genuine.result.findings).includes('FROM_BRAND_AUTHENTICATED'));
  const forged = await s.run(testMessage({ from: 'Trend Micro <info@trendmicro.com>', returnPath: 'bounce@trendmicro.com', envelope: { clientIp: '203.0.113.9' } }));
  assert.ok(ids(forged.result.findings).includes('FROM_BRAND_SPOOFED'));
  assert.equal(forged.result.verdict, 'phishing');
});

test('every emitted id has a score row; hostile input stays bounded (cost)', async () => {
  const cfg = configSchema.parse({});
  const rows = new Set(CATALOGUE.map((r) => r.id));
  for (const c of senderFamily.create({ config: cfg, services: testServices({ now: () => NOW }, cfg) })) for (const id of c.emits) assert.ok(rows.has(id), id);
  const s = setup();
  const cpuMs = cpuStopwatch();
  await s.run(
    testMessage({
      from: `${'ウイルスバスター'.repeat(20_000)} <${'a.'.repeat(2000)}com@${'b'.repeat(300)}.net>`,
      subject: 'PayPal '.repeat(50_000),
      text: 'http://x'.repeat(50_000),
      visibleText: 'Amazon '.repeat(100_000),
      links: Array.from({ length: 10_000 }, (_, i) => `https://h${i}.example.com/`),
      replyTo: Array.from({ length: 1000 }, (_, i) => `r${i}@amaz0n${i}.com`),
    }),
  );
  assert.ok(cpuMs() < 2000);
});

test('a free-mail provider\'s country domain is personal mail, not a TLD swap of the brand; a real swap still is', async () => {
  const s = setup();
  for (const domain of ['yahoo.co.uk', 'yahoo.fr', 'yahoo.com.br', 'hotmail.de']) {
    const { findings } = await s.run(testMessage({ from: `Jane Doe <jane.doe@${domain}>`, subject: 'photos from Saturday', text: 'Here they are. Jane' }));
    assert.ok(!ids(findings).some((id) => id.startsWith('LOOKALIKE_')), `${domain}: ${ids(findings).join(' ')}`);
  }
  const swapped = await s.run(testMessage({ from: 'Yahoo! JAPAN <info@yahoo.tk>', subject: 'アカウント確認', text: 'ログインしてください' }));
  assert.ok(ids(swapped.findings).includes('LOOKALIKE_FROM_DOMAIN'), ids(swapped.findings).join(' '));
  // The operator's free-mail list counts the same way as the shipped one.
  const own = await setup({ sender: { freemailDomains: ['yahoo.tk'] } }).run(testMessage({ from: 'Jane <jane@yahoo.tk>', subject: 'hi', text: 'hi' }));
  assert.ok(!ids(own.findings).some((id) => id.startsWith('LOOKALIKE_')), ids(own.findings).join(' '));
});

test('replaceAddresses equals the whole-text replace of the address pattern', () => {
  const pattern = /[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}.-]{1,253}\.[\p{L}]{2,24}/gu;
  const parts = ['a', 'b', 'Z', '7', '.', '-', '_', '@', ' ', ',', 'é', '𝐀', '\uD835', '\uDC00', 'com', 'x'.repeat(70), 'y'.repeat(130), 'q.'.repeat(150), '@example.com', 'mail.co.jp', '𝐀'.repeat(70), '𝐀'.repeat(250), 'd'.repeat(260), '.𝐀𝐀', '𝐀'.repeat(30)];
  let seed = 11;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const mark = (a: string) => (a.length % 2 ? ' ' : `<${a}>`);
  for (let n = 0; n < 4000; n++) {
    let text = '';
    for (let k = Math.floor(next() * 60); k > 0; k--) text += parts[Math.floor(next() * parts.length)];
    assert.equal(replaceAddresses(text, mark), text.replace(pattern, mark), JSON.stringify(text));
  }
  // Many @ in a row, addresses that fail at the domain (no dot, a dot then digits), addresses back to back, with
  // local parts of 63–65 characters and astral letters straddling the 128-unit start of a search.
  const dense = ['@', '@@', 'a@b', 'x@y.z', 'u@v.12', 'p@q.rs', 'x'.repeat(63), 'x'.repeat(64), 'x'.repeat(65), '𝐀'.repeat(63), '𝐀', 'é', ' ', '.', '-', '\uD835', '\uDC00', 'ab.cd', 'w'.repeat(127)];
  for (let n = 0; n < 4000; n++) {
    let text = '';
    for (let k = Math.floor(next() * 40); k > 0; k--) text += dense[Math.floor(next() * dense.length)];
    assert.equal(replaceAddresses(text, mark), text.replace(pattern, mark), JSON.stringify(text));
  }
  // At the window's edges: 64 astral letters before the @, 253 + 1 + 24 astral ones after it; an @ that starts no
  // address (a handle, a domain without a dot, a space before it) followed by one that does.
  for (const text of ['follow @acme or write to help@acme.com', 'a@b then c@d.ef', 'x @y.com and z@w.org', 'a.@b.cd@e.fg', '@@x@y.zz', `${'z'.repeat(200)}${'𝐀'.repeat(64)}@a.bc`, `${'z'.repeat(200)}${'𝐀'.repeat(65)}@a.bc`, `x@${'𝐀'.repeat(253)}.${'𝐀'.repeat(24)}${'z'.repeat(300)}`]) {
    assert.equal(replaceAddresses(text, mark), text.replace(pattern, mark));
  }
});

// Session 29: an initial and a surname without a space read as a domain under a brand suffix (`.hughes`, `.ford`, `.bond`).
const displayNameDomains: [string, string[]][] = [
  ['Craig R.Hughes', []],
  ['J.Ford', []],
  ['Anna K.Bond (Sales)', []],
  ['r.hughes', ['r.hughes']], // lower case: a handle or a domain, left as it was
  ['PayPal.com Support', ['paypal.com']],
  ['X.com', ['x.com']],
  ['support@R.Hughes.com', ['hughes.com']],
  ['CNET News.com Daily Dispatch', ['news.com']],
];
for (const [name, shown] of displayNameDomains) {
  test(`domains in the display name "${name}": ${shown.join(', ') || 'none'}`, () => {
    assert.deepEqual(domainsInDisplayName(name), shown);
  });
}

test('a person whose display name joins initial and surname is no domain mismatch', async () => {
  const { findings } = await setup().run(testMessage({ from: 'Craig R.Hughes <craig@deersoft.com>' }));
  assert.ok(!ids(findings).includes('FROM_DISPLAY_NAME_DOMAIN_MISMATCH'), ids(findings).join(', '));
  const spoof = await setup().run(testMessage({ from: 'billing.R.Hughes.com <craig@deersoft.com>' }));
  assert.ok(ids(spoof.findings).includes('FROM_DISPLAY_NAME_DOMAIN_MISMATCH'), ids(spoof.findings).join(', '));
});

// Session 29: the line a mail client or provider appends names the writer's tool, not who the writer claims to be.
const taglineRows: { tagline: string; from: string; named: boolean }[] = [
  { tagline: 'Sent from Yahoo Mail on Android', from: 'Anna Berg <anna.berg@northwind-studio.example>', named: false },
  { tagline: 'Enviado desde Yahoo Mail para iPhone', from: 'Anna Berg <anna.berg@northwind-studio.example>', named: false },
  { tagline: 'Gesendet von Yahoo Mail auf Android', from: 'Anna Berg <anna.berg@yahoo.de>', named: false },
  { tagline: 'Yahoo!メールから送信', from: '山田花子 <hanako@example.co.jp>', named: false },
  { tagline: 'Do You Yahoo!?\nYahoo! Health - Feel better, live better\nhttp://health.yahoo.com\n', from: 'Anna Berg <anna.berg@yahoo.co.uk>', named: false },
  { tagline: '------ Yahoo! Groups Sponsor ------~-->\nYour use of Yahoo! Groups is subject to http://docs.yahoo.com/info/terms/', from: 'Anna Berg <anna.berg@example.org>', named: false },
  // Session 43: the sponsor block's advert and link (to its closing `~->` rule), Hotmail's 2002 adverts, a quoted line.
  { tagline: '------------------------ Yahoo! Groups Sponsor ---------------------~-->\n4 DVDs Free +s&p Join Now\nhttp://us.click.yahoo.com/pt6YBB/NXiEAA/mG3HAA/7gSolB/TM\n---------------------------------------------------------------------~->\n\nTo unsubscribe from this group, send an email to:\nforteana-unsubscribe@egroups.com', from: 'Anna Berg <anna.berg@example.org>', named: false },
  { tagline: '---- Yahoo! Groups Sponsor ----~-->\nShare the magic of Harry Potter with Yahoo! Messenger\n\nhttp://us.click.yahoo.com/4Q_cgB/JmBFAA/46VHAA/7gSolB/TM\n--------~->', from: 'Anna Berg <anna.berg@example.org>', named: false },
  { tagline: '_________________________________________________________________\nJoin the world\u2019s largest e-mail service with MSN Hotmail.\nhttp://www.hotmail.com', from: 'Anna Berg <anna.berg@example.org>', named: false },
  { tagline: 'Send and receive Hotmail on your mobile device: http://mobile.msn.com', from: 'Anna Berg <anna.berg@example.org>', named: false },
  { tagline: '> I\'d never buy this, but the Xbox is Eur300 on IOL\'s shop\n> http://xbox-linux.sourceforge.net/\n\nisn\'t it cheaper in Smyths?', from: 'Anna Berg <anna.berg@example.org>', named: false },
  { tagline: '>> Your PayPal account has been limited.\n> Don\'t click it, it\'s a fake.', from: 'Anna Berg <anna.berg@example.org>', named: false },
  // The writer's own words naming the brand still do: a signature that signs as Yahoo, a tagline line that goes on.
  { tagline: 'Yahoo Account Security Team', from: 'Account Team <security@mailer-update.example>', named: true },
  // …after a sponsor banner with no closing rule soon (only the banner goes), after a quote, or in words that only start like an advert.
  { tagline: '---- Yahoo! Groups Sponsor ----~-->\nVerify your Yahoo account now\n\n\n\n\n\n\n\n\n\n\n\nYahoo Account Security Team', from: 'Account Team <security@mailer-update.example>', named: true },
  { tagline: '> old thread\nPayPal Security Department', from: 'Account Team <security@mailer-update.example>', named: true },
  { tagline: 'Join the world of PayPal business accounts today', from: 'Account Team <security@mailer-update.example>', named: true },
  { tagline: 'Sent from Yahoo Mail on Android. Your Yahoo account will be closed today unless you confirm your password here', from: 'Account Team <security@mailer-update.example>', named: true },
];
for (const row of taglineRows) {
  test(`signature tagline: "${row.tagline.split('\n')[0]}" ${row.named ? 'names' : 'does not name'} a brand`, async () => {
    const text = `Hi Tom,\n\nthe minutes are attached below.\n\nAnna\n\n${row.tagline}\n`;
    const { findings } = await setup().run(testMessage({ from: row.from, subject: 'minutes', text, visibleText: text }));
    assert.equal(ids(findings).includes('FROM_BRAND_SUBJECT'), row.named, ids(findings).join(', '));
  });
}

test('withoutClientTaglines keeps the writer\'s lines and drops the client\'s', () => {
  assert.equal(withoutClientTaglines('Thanks,\nAnna\n\nSent from my iPhone\n'), 'Thanks,\nAnna\n\n');
  assert.equal(withoutClientTaglines('Do You Yahoo!?\nYahoo! Health\nhttp://health.yahoo.com\n\n-- \nList footer'), '-- \nList footer');
  assert.equal(withoutClientTaglines('Sent from my Galaxy'), '');
  assert.equal(withoutClientTaglines('Sent with Dropbox'), 'Sent with Dropbox'); // a share notice's claim, no mail client
  assert.equal(withoutClientTaglines('We have sent from our warehouse'), 'We have sent from our warehouse');
  // Session 38: a tagline line of exactly 80 characters is read, one of 81 is the writer's; a blank line ends the advert.
  const at80 = `Sent from my iPhone ${'x'.repeat(60)}`;
  assert.equal(withoutClientTaglines(`a\n${at80}\nb`), 'a\nb');
  assert.equal(withoutClientTaglines(`a\n${at80}x\nb`), `a\n${at80}x\nb`);
  assert.equal(withoutClientTaglines('Hi\nDo You Yahoo!?\nad\n\nkept\nSent from my iPhone'), 'Hi\nkept');
  // Session 43: a Yahoo! Groups sponsor block goes to its closing rule (blank lines inside it too); without one only the banner goes.
  assert.equal(withoutClientTaglines('Hi\n--- Yahoo! Groups Sponsor ---~-->\nad\n\nhttp://us.click.yahoo.com/x\n-----~->\n\nkept'), 'Hi\n\nkept');
  assert.equal(withoutClientTaglines('Hi\n--- Yahoo! Groups Sponsor ---~-->\nkept'), 'Hi\nkept');
  assert.equal(withoutClientTaglines('Hi\nJoin the world\'s largest e-mail service with MSN Hotmail.\nhttp://www.hotmail.com\n\nkept'), 'Hi\nkept');
  assert.equal(withoutClientTaglines('Join the world of sailing'), 'Join the world of sailing');
  // Session 40: the text is asked for the lines' openings in any case before it is split; the Kelvin sign lower-cases to k.
  assert.equal(withoutClientTaglines('Thanks\nSENT FROM MY IPHONE'), 'Thanks');
  assert.equal(withoutClientTaglines('Thanks\nGet Outloo\u212a for iOS'), 'Thanks');
  assert.equal(withoutClientTaglines('Thanks\nEnvoyé de mon iPhone\nENVOYÉ DEPUIS MON MOBILE'), 'Thanks');
  assert.equal(withoutClientTaglines('Thanks\niPhoneから送信'), 'Thanks');
});

test('withoutQuotedLines drops the lines quoted from the message replied to (session 43)', () => {
  assert.equal(withoutQuotedLines('> quoted\n  >> deeper\nmine\n'), 'mine\n');
  assert.equal(withoutQuotedLines('no quote here'), 'no quote here');
  assert.equal(withoutQuotedLines('a -> b\nmine'), 'a -> b\nmine'); // a `>` inside a line is no quote
});

test('withoutTrademarkNotices cuts the sentence that gives a mark to its owner, and nothing around it (session 51)', () => {
  // [text, what is left]
  const rows: [string, string][] = [
    // The sentence from its start (a wrapped line it runs on from) to its stop; the heading above stays.
    [' Trademarks\n Microsoft, Windows, and the Windows logo are trademarks, or registered\n trademarks of Microsoft Corporation in the United States and/or other\n countries.\n-- End --', ' Trademarks\n \n-- End --'],
    ['Get the app. Google Play and the Google Play logo are trademarks of Google LLC. Unsubscribe', 'Get the app.  Unsubscribe'],
    ['App Store is a service mark of Apple Inc.\nUnsubscribe', ' \nUnsubscribe'],
    ['PayPal ist eine eingetragene Marke der PayPal Inc. Impressum', '  Impressum'],
    ['Merci. Orange est une marque déposée d\'Orange SA. Fin', 'Merci.  Fin'],
    ['Ajuda. Mercado Livre é uma marca registrada. Fim', 'Ajuda.  Fim'],
    ['Grazie. Vodafone è un marchio registrato di Vodafone Group. Fine', 'Grazie.  Fine'],
    ['Groet. Bol.com is een gedeponeerd handelsmerk van bol.com b.v. Einde', 'Groet.  Einde'],
    ['よろしく。Netflixは米国Netflix, Inc.の登録商標です。', 'よろしく。 '],
    // Must not: the lines above a notice that sign as the brand stay (the notice ends at its line with no stop in reach) …
    ['Microsoft Account Team\nMicrosoft is a registered trademark of Microsoft Corporation\nSign in now', 'Microsoft Account Team\n \nSign in now'],
    ['Thanks,\nThe Microsoft account security team\nMicrosoft is a registered trademark of Microsoft Corporation', 'Thanks,\nThe Microsoft account security team\n '],
    // A sentence wrapped onto the notice's line (it starts with a small letter) is cut from its start.
    ['Our tool runs on Windows XP and Windows 2000, where\nthe Windows logo are trademarks of Microsoft Corporation.\nBye', ' \nBye'],
    // … and a copyright line, an address line, a mark named without a notice, a text with no notice are left whole.
    ['© 2024 Apple Inc. All rights reserved.', '© 2024 Apple Inc. All rights reserved.'],
    ['Microsoft Corporation, One Microsoft Way, Redmond', 'Microsoft Corporation, One Microsoft Way, Redmond'],
    ['We mark the PayPal payment as received. Thanks', 'We mark the PayPal payment as received. Thanks'],
    ['Thanks, Anna', 'Thanks, Anna'],
  ];
  for (const [text, left] of rows) assert.equal(withoutTrademarkNotices(text), left, text);
});

// FROM_BRAND_SUBJECT's signature with a trademark notice (session 51): a software vendor's newsletter acknowledging Microsoft's
// marks, an app's newsletter under its store badges, is not Microsoft's or Google's mail; a sender that signs as the brand is.
const noticeRows: { why: string; from: string; signature: string; named: boolean }[] = [
  { why: 'a vendor acknowledges Windows', from: 'GlobalScape <news@mail.vendor-example.com>', signature: '(c)2002 Vendor, Inc.\nMicrosoft, Windows, and the Windows logo are trademarks, or registered\ntrademarks of Microsoft Corporation in the United States and/or other\ncountries.', named: false },
  { why: 'an app under its store badges', from: 'Trailfinder <hello@trailfinder-example.com>', signature: 'Download the app.\nApple and the Apple logo are trademarks of Apple Inc. Google Play and the Google Play logo are trademarks of Google LLC.\nUnsubscribe', named: false },
  { why: 'a German shop names PayPal\'s mark', from: 'Shop <info@shop-example.de>', signature: 'Bezahlen Sie bequem. PayPal ist eine eingetragene Marke der PayPal Inc.\nImpressum', named: false },
  { why: 'a sender signing as Microsoft above the notice', from: 'Account Team <security@mailer-update.example>', signature: 'Microsoft Account Team\nMicrosoft is a registered trademark of Microsoft Corporation', named: true },
  { why: 'a copyright line names who wrote it', from: 'Account Team <security@mailer-update.example>', signature: 'Sign in to keep your account.\n© 2024 Microsoft Corporation. All rights reserved.', named: true },
  { why: 'a long team line above the notice', from: 'Account Team <security@mailer-update.example>', signature: 'Thanks,\nThe Microsoft account security team\nMicrosoft is a registered trademark of Microsoft Corporation', named: true },
  { why: 'a notice beside the brand\'s own signature', from: 'Service <service@pay-verify.example>', signature: 'Sincerely,\nThe PayPal Team\nPayPal is a registered trademark of PayPal, Inc.', named: true },
];
for (const row of noticeRows) {
  test(`signature trademark notice: ${row.why} ${row.named ? 'names' : 'does not name'} the brand`, async () => {
    const text = `Hello,\n\nour autumn release is out.\n\n${row.signature}\n`;
    const { findings } = await setup().run(testMessage({ from: row.from, subject: 'News', text, visibleText: text }));
    assert.equal(ids(findings).includes('FROM_BRAND_SUBJECT'), row.named, ids(findings).join(', '));
  });
}

test('lower case is never shorter than the text (withoutClientTaglines reads no line longer than its limit)', () => {
  for (let cp = 0; cp <= 0x10ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const s = String.fromCodePoint(cp);
    if (s.toLowerCase().length < s.length) assert.fail(`U+${cp.toString(16)} lower-cases shorter`);
  }
});

test('a misspelt brand in the display name is the claim when the subject or signature names the brand (issue 17, item 9)', async () => {
  const s = setup();
  const signed = 'We noticed a login attempt to your account from a new device.\n\nLedger Live support team';
  const a = await s.run(testMessage({ from: 'LedgeLive - customerservice <yuusuke@shop-example.co.jp>', subject: 'Login from unfamiliar device', visibleText: signed }));
  assert.ok(ids(a.result.findings).includes('FROM_BRAND_DISPLAY_NAME'), ids(a.result.findings).join());
  assert.ok(!ids(a.result.findings).includes('FROM_BRAND_SUBJECT'), 'the text finding became the display name one');
  const claim = a.result.findings.find((f) => f.id === 'FROM_BRAND_DISPLAY_NAME')!;
  assert.match(claim.evidence, /LedgeLive.*Ledger.*as the signature does/);
  const b = await s.run(testMessage({ from: 'DocSign <docu_sign_@mail.com>', subject: 'DocuSign: a document is waiting for your signature' }));
  assert.ok(ids(b.result.findings).includes('FROM_BRAND_DISPLAY_NAME') && ids(b.result.findings).includes('FROM_BRAND_FREEMAIL'), ids(b.result.findings).join());
  // Must not: the misspelling without the brand in the text; a department whose name holds a weak alias under a
  // signature naming the brand's product (a Teams meeting); a person's name.
  const c = await s.run(testMessage({ from: 'LedgeLive <yuusuke@shop-example.co.jp>', subject: 'Your order', visibleText: 'Thanks for your order.' }));
  assert.ok(!ids(c.result.findings).includes('FROM_BRAND_DISPLAY_NAME'), ids(c.result.findings).join());
  const d = await s.run(testMessage({ from: 'Finance Office <finance@uni-example.edu>', subject: 'Budget meeting', visibleText: 'Agenda attached.\n\nJoin the Microsoft Teams meeting' }));
  assert.ok(!ids(d.result.findings).includes('FROM_BRAND_DISPLAY_NAME'), ids(d.result.findings).join());
  const e = await s.run(testMessage({ from: 'Mary Smith <mary@example.org>', subject: 'Netflix tonight?' }));
  assert.ok(!ids(e.result.findings).includes('FROM_BRAND_DISPLAY_NAME'), ids(e.result.findings).join());
});

test('a signature pushed out of the window by text in a colour that may not be seen is read without that text (table, session 42)', async () => {
  const s = setup();
  const signed = 'We noticed a login attempt to your account from a new device.\n\nLedger Live support team';
  const faint = '\nDear members and neighbours, spring has arrived early this year in the garden club.'.repeat(40);
  const facts = (faintColourChars: number) => ({ ...emptyHtmlFacts(), faintColourChars, textWithoutFaint: faintColourChars > 0 ? signed : '' });
  // [why, faint characters, FROM_BRAND_SUBJECT expected]
  const rows: [string, number, boolean][] = [
    ['the appended text is faint (white on a page whose background is not known)', faint.length, true],
    ['the appended text is seen: the signature is what the reader sees last', 0, false],
    ['a few faint words are not the trick', 120, false],
  ];
  for (const [why, chars, fires] of rows) {
    const r = await s.run(testMessage({ from: 'Support <help@shop-example.co.jp>', subject: 'Login from unfamiliar device', visibleText: signed + faint, htmlFacts: facts(chars) }));
    assert.equal(ids(r.result.findings).includes('FROM_BRAND_SUBJECT'), fires, `${why}: ${ids(r.result.findings).join()}`);
  }
});

test('a signature pushed out of the window by a trailing run of characters with no letter (50,000 links of ".") is read before it (table, session 63)', async () => {
  const s = setup();
  // [why, signed text, tail, FROM_BRAND_SUBJECT expected]
  const rows: [string, string, string, boolean][] = [
    ['en: 50,000 dots (the links\' text) after the signature', 'We noticed a login attempt to your account from a new device.\n\nLedger Live support team', '.'.repeat(50_000), true],
    ['de: dots and spaces after the signature', 'Wir haben eine Anmeldung von einem neuen Gerät bemerkt.\n\nIhr Ledger Live Support-Team', '. '.repeat(20_000), true],
    ['ja: a wall of separators after the signature', '新しいデバイスからのログインを検出しました。\n\nLedger Live サポートチーム', '-=*'.repeat(5_000), true],
    ['a closing line of 60 dashes is read as before (the signature still in the window)', 'We noticed a login attempt.\n\nLedger Live support team', '-'.repeat(60), true],
    ['must not: the brand named only early, then a long letter: the window is the letter\'s end', `Ledger Live support team\n${'We met at the garden club on Sunday and talked about the roses. '.repeat(20)}`, '.'.repeat(50_000), false],
  ];
  for (const [why, signed, tail, fires] of rows) {
    const r = await s.run(testMessage({ from: 'Support <help@shop-example.co.jp>', subject: 'Login from unfamiliar device', visibleText: signed + tail }));
    assert.equal(ids(r.result.findings).includes('FROM_BRAND_SUBJECT'), fires, `${why}: ${ids(r.result.findings).join()}`);
  }
  assert.equal(signatureWindow(`abc${'.'.repeat(99)}`, 600), `abc${'.'.repeat(99)}`, 'a run under SIGNATURE_FILLER_CHARS stays');
  assert.equal(signatureWindow(`abc${'.'.repeat(SIGNATURE_FILLER_CHARS)}`, 2), 'bc', 'a longer run is left out');
});

test('the misspelt display-name claim is explained in Japanese too', () => {
  const ja = translateEvidence('FROM_BRAND_DISPLAY_NAME', 'display name "DocSign" names DocuSign (DocuSign) as the subject does (DocuSign), but the address is at mail.com', 'ja');
  assert.equal(ja, '表示名「DocSign」は件名(DocuSign)と同じく DocuSign(DocuSign)を名乗っていますが、アドレスは mail.com');
});

test('Reply-To: a bulk mailer writing its free-mail customer into its own From is that customer, not a reply diverted', async () => {
  const s = setup();
  // [from, replyTo, expected reply facts (sorted), forbidden]
  const rows: [string, string, string[], string[]][] = [
    // must not: the mailer's From spells the Reply-To (`@` as `=`, a HubSpot-style `+2E` for `.`)
    ['CafeTran and Pastey <cafetran+2Esupport=gmail.com@bf05x.hs-send.com>', 'cafetran.support@gmail.com', ['FROM_FREEMAIL'], ['FROM_REPLYTO_FREEMAIL', 'FROM_REPLYTO_ELSEWHERE']],
    ['Chorale Saint-Jean <chorale.stjean=orange.fr@shared1.ccsend.com>', 'chorale.stjean@orange.fr', ['FROM_FREEMAIL'], ['FROM_REPLYTO_FREEMAIL', 'FROM_REPLYTO_ELSEWHERE']],
    ['Sportverein <SV.Musterstadt=GMX.de@mailer.example>', 'sv.musterstadt@gmx.de', ['FROM_FREEMAIL'], ['FROM_REPLYTO_FREEMAIL', 'FROM_REPLYTO_ELSEWHERE']],
    // must fire: a company From with a free-mail Reply-To it does not spell
    ['Billing <billing=gmail.com@mailer.example>', 'billing.dept@gmail.com', ['FROM_REPLYTO_ELSEWHERE', 'FROM_REPLYTO_FREEMAIL'], ['FROM_FREEMAIL']],
    ['Bank Service <service@secure-bank.example>', 'service.bank@gmail.com', ['FROM_REPLYTO_ELSEWHERE', 'FROM_REPLYTO_FREEMAIL'], ['FROM_FREEMAIL']],
    // must fire: a VERP return address carrying the recipient after a tag is not the sender's own address
    ['News <unsubs-96a0aef8be-list=host.example@b.mailer.example>', 'list@host.example', ['FROM_REPLYTO_ELSEWHERE'], ['FROM_FREEMAIL']],
    // must fire: the local part spells another free-mail address than the Reply-To
    ['Support <helpdesk=gmail.com@mailer.example>', 'refunds.desk@outlook.com', ['FROM_REPLYTO_ELSEWHERE', 'FROM_REPLYTO_FREEMAIL'], ['FROM_FREEMAIL']],
    // a relayed non-free-mail customer: the answer goes where From says; no free-mail fact
    ['Shop <info=smallshop.example@mailer.example>', 'info@smallshop.example', [], ['FROM_FREEMAIL', 'FROM_REPLYTO_ELSEWHERE', 'FROM_REPLYTO_FREEMAIL']],
  ];
  const reply = new Set(['FROM_FREEMAIL', 'FROM_REPLYTO_ELSEWHERE', 'FROM_REPLYTO_FREEMAIL']);
  for (const [from, replyTo, expected, forbidden] of rows) {
    const got = ids((await s.run(testMessage({ from, replyTo: [replyTo] }))).result.findings);
    assert.deepEqual(got.filter((id) => reply.has(id)).sort(), expected, from);
    for (const id of forbidden) assert.ok(!got.includes(id), `${from}: ${id}`);
  }
});

test('a brand that is a public suffix (gov.br) named in the subject or signature: an office under it is the sender, others claim it', async () => {
  const s = setup();
  const rows: [from: string, subject: string, text: string, fires: boolean][] = [
    // must not: a town's invoice service and a ministry write from their own domains under gov.br
    ['NFSE@PEDERNEIRAS.SP.GOV.BR', 'Notificacao Emissao Nota Fiscal Eletronica', 'Prefeitura Municipal\nHTTPS://WWW.PEDERNEIRAS.SP.GOV.BR', false],
    ['Receita Federal <naoresponda@receita.fazenda.gov.br>', 'Sua declaração no gov.br', 'Acesse com sua conta gov.br.', false],
    // must fire: the same words from a domain that is not under gov.br
    ['Receita Federal <naoresponda@receita-fazenda.com.br>', 'Sua declaração no gov.br', 'Acesse com sua conta gov.br.', true],
    ['atendimento@xgov.br', 'Regularize seu CPF no gov.br', 'Equipe gov.br', true],
  ];
  for (const [from, subject, visibleText, fires] of rows) {
    const got = ids((await s.run(testMessage({ from, subject, visibleText }))).result.findings);
    assert.equal(got.includes('FROM_BRAND_SUBJECT') || got.includes('FROM_BRAND_DISPLAY_NAME') || got.includes('FROM_ORGANISATION_UNRELATED'), fires, `${from}: ${got.join(', ')}`);
  }
});

test('airlines and their mileage programmes (session 46): a combosquat of their domains is a lookalike; their sending domain and everyday words are not', async () => {
  const s = setup();
  for (const [from, brand] of [
    ['Zonnepanelen <do_not_reply@info-flyingblue.com>', 'airfrance-klm'],
    ['Miles & More <service@milesandmore-bonus.com>', 'lufthansa'],
    ['Skywards <rewards@emirates-skywards.com>', 'emirates'],
  ] as const) {
    const { findings } = await s.run(testMessage({ from }));
    assert.ok(findings.some((f) => f.id === 'LOOKALIKE_FROM_DOMAIN' && f.data?.brandId === brand), `${from}: ${ids(findings).join(', ')}`);
  }
  for (const from of [
    'Ryanair <webster@ryanairmail.com>', 'Delta Dental <claims@deltadental.example>', 'United Way <give@unitedway.example>',
    'Southwest Florida Water <news@swfwater.example>',
  ]) {
    const { findings } = await s.run(testMessage({ from }));
    assert.ok(!ids(findings).some((id) => id.startsWith('LOOKALIKE_') || id === 'FROM_BRAND_DISPLAY_NAME'), `${from}: ${ids(findings).join(', ')}`);
  }
});
