import { test } from 'node:test';
import { testServices } from '../../test-support/services.js';
import assert from 'node:assert/strict';
import { createModel, tokenize, classifierInputFromMessage, type TextModel } from '../../classifier/index.js';
import { defaultConfig, resolveConfig } from '../../config/load.js';
import { scoreFindings } from '../../score/score.js';
import { buildScoreTable, CATALOGUE } from '../../score/table.js';
import { CHECK_FAMILIES } from '../registry.js';
import type { CheckOutput } from '../types.js';
import { buildMessage, type TestMessage } from './fixtures/message.js';
import {
  JAPANESE_BUSINESS_MAIL,
  JAPANESE_DATING_SPAM,
  JAPANESE_FINANCE_SPAM,
  JAPANESE_HEALTH_SPAM,
  VALENTINE_DATING_LURE,
} from './fixtures/japanese.js';
import { contentFamily } from './index.js';
import { isNearEvent } from './themes.js';
import { cpuStopwatch } from '../../test-support/cpu-time.js';

const NOW = new Date('2026-02-20T00:00:00Z');

/** A small English model, as the shipped one would be: it has never seen Japanese. */
function englishModel(): TextModel {
  const model = createModel('logistic');
  const spam = ['Cheap viagra online pharmacy, order now', 'Lose weight fast with our diet pills, click here', 'You have won the lottery, claim your prize'];
  const ham = ['Minutes of the build meeting and the patch review', 'Re: the kernel bug in the network driver', 'Lunch on Tuesday with the team?'];
  model.train([
    ...spam.map((text) => ({ tokens: tokenize(classifierInputFromMessage(buildMessage({ text, subject: text }))), isSpam: true })),
    ...ham.map((text) => ({ tokens: tokenize(classifierInputFromMessage(buildMessage({ text, subject: text }))), isSpam: false })),
  ]);
  return model;
}

const config = defaultConfig();
const table = buildScoreTable(CATALOGUE, config.thresholds);

async function scan(m: TestMessage, model: TextModel | null = englishModel(), cfg = config) {
  const checks = contentFamily.create({
    config: cfg,
    services: testServices({ now: () => NOW, ...(model ? { classifierModel: { model, source: 'test' } } : {}) }, cfg),
  });
  const msg = buildMessage(m);
  const ctx = { now: NOW, signal: new AbortController().signal };
  const outputs: CheckOutput[] = [];
  for (const c of checks) outputs.push(await c.run(msg, ctx));
  const findings = outputs.flatMap((o) => o.findings);
  const result = scoreFindings(findings, table);
  return {
    ...result,
    ids: result.findings.filter((f) => !f.replacedBy).map((f) => f.id),
    categories: outputs.flatMap((o) => o.categories ?? []),
    themes: outputs.flatMap((o) => o.themes ?? []),
  };
}

const cases: { name: string; message: TestMessage; verdict: string; categories: string[]; forbidden: string[] }[] = [
  { name: 'Japanese health spam', message: JAPANESE_HEALTH_SPAM, verdict: 'spam', categories: ['health', 'marketing'], forbidden: ['dating', 'finance'] },
  { name: 'Japanese dating spam', message: JAPANESE_DATING_SPAM, verdict: 'spam', categories: ['dating'], forbidden: ['health', 'finance'] },
  { name: 'Japanese finance spam', message: JAPANESE_FINANCE_SPAM, verdict: 'spam', categories: ['finance'], forbidden: ['health', 'dating'] },
  { name: 'Japanese business mail', message: JAPANESE_BUSINESS_MAIL, verdict: 'clean', categories: [], forbidden: ['health', 'dating', 'finance', 'phishing', 'malware-lure', 'advance-fee', 'jobs', 'marketing'] },
];

for (const c of cases) {
  test(`${c.name}: categories ${c.categories.join(', ') || 'none'}, verdict ${c.verdict}, with a model that never saw Japanese`, async () => {
    const result = await scan(c.message);
    const names = result.categories.map((x) => x.name);
    for (const name of c.categories) assert.ok(names.includes(name), `${name} expected in ${names.join(', ')}`);
    for (const name of c.forbidden) assert.ok(!names.includes(name), `${name} not expected (evidence ${JSON.stringify(result.categories)})`);
    for (const cat of result.categories) assert.ok(cat.evidence.length > 0);
    assert.equal(result.verdict, c.verdict, `score ${result.score}: ${result.ids.join(' ')}`);
  });
}

test('a Valentine dating lure dated 14 February gets the theme with nearDate; in July, without it', async () => {
  const near = await scan(VALENTINE_DATING_LURE);
  const valentine = near.themes.find((t) => t.name === 'valentine');
  assert.ok(valentine, JSON.stringify(near.themes));
  assert.equal(valentine.nearDate, true);
  assert.ok(valentine.evidence.includes('バレンタイン'));
  assert.ok(near.ids.includes('CONTENT_THEME_EVENT_NEAR_DATE'));
  assert.ok(near.categories.some((c) => c.name === 'dating'));
  assert.equal(near.verdict, 'spam');
  const july = await scan({ ...VALENTINE_DATING_LURE, date: 'Tue, 01 Jul 2025 08:00:00 +0900' });
  assert.equal(july.themes.find((t) => t.name === 'valentine')?.nearDate, false);
  assert.ok(july.ids.includes('CONTENT_THEME_EVENT') && !july.ids.includes('CONTENT_THEME_EVENT_NEAR_DATE'));
});

test('event seasons', () => {
  const rows: [Parameters<typeof isNearEvent>[0], string, boolean][] = [
    ['valentine', '2026-02-14T12:00:00Z', true],
    ['valentine', '2026-02-01T00:00:00Z', true],
    ['valentine', '2026-03-01T00:00:00Z', false],
    ['christmas', '2025-12-01T00:00:00Z', true],
    ['new-year', '2025-12-25T00:00:00Z', true],
    ['new-year', '2026-01-12T00:00:00Z', true],
    ['black-friday', '2025-11-28T00:00:00Z', true],
    ['black-friday', '2025-10-01T00:00:00Z', false],
    ['tax-season', '2026-03-01T00:00:00Z', true],
    ['golden-week', '2026-05-03T00:00:00Z', true],
    ['obon', '2026-08-14T00:00:00Z', true],
    ['obon', '2026-10-14T00:00:00Z', false],
    ['disaster', '2026-08-14T00:00:00Z', false],
  ];
  for (const [theme, date, expected] of rows) assert.equal(isNearEvent(theme, new Date(date)), expected, `${theme} ${date}`);
});

test('several categories at once, English terms as whole words only', async () => {
  const result = await scan({
    subject: 'Verify your account',
    text: 'Your account has been suspended. Verify your account and confirm your identity. See the invoice attached; the fax and scanned document follow.',
  });
  const names = result.categories.map((c) => c.name);
  assert.ok(names.includes('phishing') && names.includes('malware-lure'), names.join(', '));
  const words = await scan({ text: 'The sextant and the pharmacist discussed the diet of the attachment theory in Essex.' });
  assert.deepEqual(words.categories, []);
});

test('the classifier finding carries its probability and the strongest tokens', async () => {
  const spam = await scan({ subject: 'Cheap viagra pills', text: 'Order viagra online now from our pharmacy, click here' });
  const finding = spam.findings.find((f) => f.id.startsWith('CONTENT_CLASSIFIER_SPAM'));
  assert.ok(finding, spam.ids.join(' '));
  assert.match(finding.evidence, /^p=0\.\d{4}: .*viagra/);
  assert.equal(finding.data?.[0]?.model, 'test');
  const ham = await scan({ subject: 'Re: patch review', text: 'The kernel network driver patch is in the build; minutes of the meeting attached.' });
  assert.ok(ham.ids.some((id) => id.startsWith('CONTENT_CLASSIFIER_HAM')), ham.ids.join(' '));
  assert.ok((ham.findings.find((f) => f.id.startsWith('CONTENT_CLASSIFIER_HAM'))?.score ?? 0) < 0);
});

test('spam vocabulary in a message the classifier knows as ham does not count (composite)', async () => {
  const model = englishModel();
  const text = 'Discussion: spam filters catch viagra, cialis, lottery winner, online pharmacy, work from home, penny stock and hot singles mails.';
  const tokens = tokenize(classifierInputFromMessage(buildMessage({ text, subject: 'filter discussion' })));
  for (let i = 0; i < 5; i++) model.learn(tokens, false);
  const result = await scan({ text, subject: 'filter discussion' }, model);
  assert.ok(result.ids.includes('CONTENT_SPAM_TERMS_IN_HAM'), result.ids.join(' '));
  assert.equal(result.verdict, 'clean');
});

test('a model corrected with Japanese spam recognises similar Japanese spam through character n-grams', async () => {
  const model = englishModel();
  const learnt = tokenize(classifierInputFromMessage(buildMessage(JAPANESE_DATING_SPAM)));
  model.learn(learnt, true);
  model.learn(tokenize(classifierInputFromMessage(buildMessage(JAPANESE_BUSINESS_MAIL))), false);
  const variant = tokenize(classifierInputFromMessage(buildMessage({
    subject: '熟女のまゆみさんからメッセージが届いています',
    text: '近くに住む人妻のまゆみさんがあなたに会いたいと言っています。今すぐ登録で完全無料。',
  })));
  assert.ok(model.classify(variant).probability > 0.7, `p=${model.classify(variant).probability}`);
});

test('no model: the classifier reports why and the other content checks still run', async () => {
  const cfg = resolveConfig({ content: { classifier: { useStore: false, modelFile: '/nonexistent/model.gz' } } });
  const result = await scan(JAPANESE_DATING_SPAM, null, cfg);
  assert.ok(result.ids.includes('CONTENT_CLASSIFIER_UNAVAILABLE'));
  assert.ok(result.categories.some((c) => c.name === 'dating'));
});

test('cost: a huge hostile text is bounded', async () => {
  const model = englishModel();
  const cpuMs = cpuStopwatch();
  const result = await scan({ subject: 'x', text: 'viagra cialis '.repeat(100_000) + '無料'.repeat(500_000) }, model);
  const html = await scan({ subject: 'x', html: '<b>'.repeat(200_000) + '<a href="http://x.example/">'.repeat(50_000) }, model);
  assert.ok(result.categories.some((c) => c.name === 'health'), JSON.stringify(result.categories));
  assert.equal(html.verdict, 'clean');
  assert.ok(cpuMs() < 3_000, `took ${cpuMs()} CPU ms`);
});
