import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CheckFamily } from '../checks/types.js';
import type { FindingId } from '../core/finding-ids.js';
import { CATALOGUE } from '../score/table.js';
import { defaultConfig, resolveConfig } from '../config/load.js';
import { createScanner } from '../runtime/index.js';
import { textFingerprint } from '../neardup/fingerprint.js';
import { isoTime, mergeNamed } from './engine.js';
import type { CheckOutput } from '../checks/types.js';
import { prng } from '../test-support/campaign-corpus.js';

const MESSAGE = new TextEncoder().encode(
  ['From: a@example.org', 'To: b@example.org', 'Subject: hi', 'Message-ID: <x@example.org>', 'Date: Mon, 23 Nov 2026 10:00:00 +0000', '', 'hello', ''].join('\r\n'),
);

const row = (id: string, score: number) => ({ id, score, group: 'sender', description: { en: `${id} fired`, ja: `${id} 発火` } });

/** Stand-in checks emit ids of their own, with rows added to the catalogue for these tests only. */
const T_GOOD = 'T_GOOD' as FindingId;
const T_SLOW = 'T_SLOW' as FindingId;
const catalogue = [...CATALOGUE, row('T_GOOD', 7), row('T_SLOW', 1)];

function family(checks: CheckFamily['create']): CheckFamily {
  return { name: 'test', create: checks };
}

test('a check that throws is recorded as CHECK_ERROR and the other checks still count', async () => {
  const scanner = await createScanner({
    config: defaultConfig(),
    catalogue,
    families: [
      family(() => [
        { name: 'test.broken', description: '', emits: [], run: () => { throw new Error('boom'); } },
        { name: 'test.good', description: '', emits: [T_GOOD], run: () => ({ findings: [{ id: T_GOOD, evidence: 'ok' }] }) },
        { name: 'test.async-broken', description: '', emits: [], run: async () => { throw new Error('later'); } },
      ]),
    ],
  });
  const report = await scanner.scan({ source: 'm', raw: MESSAGE });
  assert.equal(report.verdict, 'spam');
  assert.equal(report.score, 7);
  const error = report.findings.find((f) => f.id === 'CHECK_ERROR')!;
  assert.match(error.evidence, /test\.broken: boom/);
  assert.match(error.evidence, /test\.async-broken: later/);
});

test('a check that overruns the time budget is reported as CHECK_TIMEOUT; finished checks count', async () => {
  const config = resolveConfig({ limits: { maxScanMs: 50 } });
  let aborted = false;
  const scanner = await createScanner({
    config,
    catalogue,
    families: [
      family(() => [
        {
          name: 'test.slow',
          description: '',
          emits: [T_SLOW],
          run: (_msg, ctx) =>
            new Promise((resolve) => {
              ctx.signal.addEventListener('abort', () => (aborted = true));
              setTimeout(() => resolve({ findings: [{ id: T_SLOW, evidence: 'late' }] }), 2000).unref();
            }),
        },
        { name: 'test.fast', description: '', emits: [T_GOOD], run: async () => ({ findings: [{ id: T_GOOD, evidence: 'ok' }] }) },
      ]),
    ],
  });
  const started = Date.now();
  const report = await scanner.scan({ source: 'm', raw: MESSAGE });
  assert.ok(Date.now() - started < 1000);
  assert.ok(aborted, 'the slow check was told to stop');
  assert.deepEqual(report.findings.map((f) => f.id).sort(), ['CHECK_TIMEOUT', 'T_GOOD']);
  assert.match(report.findings.find((f) => f.id === 'CHECK_TIMEOUT')!.evidence, /test\.slow/);
});

test('the report names the message and carries its hash, categories, themes and IOCs merged across checks', async () => {
  const scanner = await createScanner({
    config: defaultConfig(),
    catalogue,
    families: [
      family(() => [
        {
          name: 'test.a',
          description: '',
          emits: [],
          run: () => ({ findings: [], categories: [{ name: 'dating', evidence: ['出会い'] }], iocs: { domains: ['x.test'] } }),
        },
        {
          name: 'test.b',
          description: '',
          emits: [],
          run: () => ({ findings: [], categories: [{ name: 'dating', evidence: ['date'] }], iocs: { domains: ['x.test', 'y.test'] } }),
        },
      ]),
    ],
  });
  const report = await scanner.scan({ source: 'box.mbox#3', raw: MESSAGE });
  assert.equal(report.source, 'box.mbox#3');
  assert.equal(report.messageId, 'x@example.org');
  assert.equal(report.subject, 'hi');
  assert.equal(report.date, '2026-11-23T10:00:00.000Z');
  assert.match(report.sha256, /^[0-9a-f]{64}$/);
  assert.deepEqual(report.categories, [{ name: 'dating', evidence: ['出会い', 'date'] }]);
  assert.deepEqual(report.iocs.domains, ['x.test', 'y.test']);
});

test('the text fingerprint is computed only when asked for (stored results), and is the neardup MinHash of the text', async () => {
  const text = 'Your parcel could not be delivered. Confirm your address and pay the small customs fee at the link below today.';
  const raw = new TextEncoder().encode(['From: a@example.org', 'To: b@example.org', 'Subject: parcel', '', text, ''].join('\r\n'));
  const plain = await createScanner({ config: defaultConfig(), families: [] });
  const storing = await createScanner({ config: defaultConfig(), families: [], fingerprint: true });
  const without = await plain.scan({ source: 'm', raw });
  const withIt = await storing.scan({ source: 'm', raw });
  assert.equal('fingerprint' in without, false);
  assert.equal(withIt.fingerprint, textFingerprint(`${text}\r\n`));
  assert.notEqual(withIt.fingerprint, '');
  const { fingerprint: _f, elapsedMs: _a, ...restWith } = withIt;
  const { elapsedMs: _b, ...restWithout } = without;
  assert.deepEqual(restWith, restWithout);
});

test('the fingerprint is of the text a reader is shown: not a text/plain copy behind an HTML body of pictures', async () => {
  const newsletter = 'This week in the garden club: pruning roses, the spring plant sale, and a talk on native bees by our guest speaker.';
  const storing = await createScanner({ config: defaultConfig(), families: [], fingerprint: true });
  const alternative = (html: string) =>
    new TextEncoder().encode(
      [
        'From: a@example.org',
        'To: b@example.org',
        'Subject: notice',
        'MIME-Version: 1.0',
        'Content-Type: multipart/alternative; boundary="b"',
        '',
        '--b',
        'Content-Type: text/plain; charset=utf-8',
        '',
        newsletter,
        '--b',
        'Content-Type: text/html; charset=utf-8',
        '',
        html,
        '--b--',
        '',
      ].join('\r\n'),
    );
  const pictures = await storing.scan({ source: 'p', raw: alternative('<a href="https://lure.example/x"><img src="https://img.example/a.png" width="600" height="400"></a>') });
  // Nothing to read, so no text fingerprint: the lure is joined by its links and subject, not by the copied newsletter.
  assert.equal(pictures.fingerprint, '');
  const shown = 'Your mailbox is full. Sign in within 24 hours to keep receiving mail, or your account will be closed today.';
  const lure = await storing.scan({ source: 'l', raw: alternative(`<p>${shown}</p>`) });
  assert.equal(lure.fingerprint, textFingerprint(shown));
  assert.notEqual(lure.fingerprint, textFingerprint(newsletter));
});

test('mergeNamed merges as its old definition (flatMap of every output, then by name) on generated outputs', () => {
  const old = <T extends { name: string; evidence: string[] }>(items: T[]): T[] => {
    const byName = new Map<string, T>();
    for (const item of items) {
      const seen = byName.get(item.name);
      if (!seen) byName.set(item.name, { ...item, evidence: [...item.evidence] });
      else seen.evidence = [...new Set([...seen.evidence, ...item.evidence])];
    }
    return [...byName.values()];
  };
  const next = prng(7);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const list = <T>(max: number, make: () => T): T[] => Array.from({ length: Math.floor(next() * (max + 1)) }, make);
  const names = ['health', 'finance', 'christmas', 'dating'];
  const words = ['a', 'b', 'c', 'd', 'a'];
  for (let i = 0; i < 500; i++) {
    const outputs: CheckOutput[] = list(5, () => {
      const out: CheckOutput = { findings: [] };
      if (next() < 0.5) out.categories = list(3, () => ({ name: pick(names), evidence: list(3, () => pick(words)) }));
      if (next() < 0.5) out.themes = list(3, () => ({ name: pick(names), evidence: list(3, () => pick(words)), ...(next() < 0.3 ? { nearDate: next() < 0.5 } : {}) }));
      return out;
    });
    assert.deepEqual(mergeNamed(outputs, 'categories'), old(outputs.flatMap((o) => o.categories ?? [])));
    assert.deepEqual(mergeNamed(outputs, 'themes'), old(outputs.flatMap((o) => o.themes ?? [])));
    // Key order too (the report is JSON).
    assert.equal(JSON.stringify(mergeNamed(outputs, 'themes')), JSON.stringify(old(outputs.flatMap((o) => o.themes ?? []))));
  }
});

test('isoTime writes what toISOString writes: generated instants of 1970–9999, the edges, and the builtin past them', () => {
  const random = prng(18);
  const instants = [0, 1, 999, 1000, 86_399_999, 86_400_000, 951_782_400_000, 951_868_799_999, 4_107_542_400_000, 253_402_300_799_999, 253_402_300_800_000, -1, -62_198_755_200_000, 8.64e15];
  for (let k = 0; k < 20_000; k++) instants.push(Math.floor(random() * 253_402_300_800_000));
  // Around the turn of each year, and the leap days of 1972–2400 (century rules included).
  for (let year = 1970; year <= 2400; year++) for (const edge of [Date.UTC(year, 0, 1), Date.UTC(year, 1, 29), Date.UTC(year, 2, 1)]) instants.push(edge - 1, edge);
  for (const t of instants) assert.equal(isoTime(new Date(t)), new Date(t).toISOString(), String(t));
  assert.throws(() => isoTime(new Date(NaN)), RangeError);
});

test('words spelt with lookalike letters of other scripts are read as the reader reads them, and the disguise is a finding', async () => {
  const scanner = await createScanner({ config: defaultConfig() });
  const html = (body: string) =>
    new TextEncoder().encode(
      ['From: Wallet Support <support@example.net>', 'To: b@example.org', 'Subject: Action required', 'Message-ID: <d@example.net>', 'Date: Mon, 23 Nov 2026 10:00:00 +0000', 'MIME-Version: 1.0', 'Content-Type: text/html; charset=utf-8', '', `<p>${body}</p><p><a href="https://wallet-verify.example.com/claim">Verify your wallet</a></p>`, ''].join('\r\n'),
    );
  const plain = 'Your wallet has been temporarily suspended. Verify your account and confirm your password today to claim your airdrop tokens.';
  // Cyrillic а, е, о and Greek ο in place of their Latin twins, as the honeypot's wallet lures write them.
  const disguised = plain.replace(/a/g, 'а').replace(/e/g, 'е').replace(/o/g, 'ο');
  const [a, b] = [await scanner.scan({ source: 'plain', raw: html(plain) }), await scanner.scan({ source: 'disguised', raw: html(disguised) })];
  const ids = (r: typeof a) => new Set(r.findings.map((f) => f.id));
  const mixed = b.findings.find((f) => f.id === 'MIME_MIXED_SCRIPT_WORDS');
  assert.ok(mixed, [...ids(b)].join(' '));
  assert.match(mixed.evidence ?? '', /words spelt with letters of another script: Yοur, wаllеt/);
  assert.ok(!ids(a).has('MIME_MIXED_SCRIPT_WORDS'));
  // Every finding of the plain message is found in the disguised one, so the disguise lowers nothing.
  const missing = [...ids(a)].filter((id) => !ids(b).has(id));
  assert.deepEqual(missing, []);
  assert.ok(a.findings.some((f) => f.group === 'content' && f.score > 0), `the plain message has content findings to lose: ${[...ids(a)].join(' ')}`);
  assert.ok(b.score >= a.score);
});

test('a subject spelt with lookalike letters is read mended by the checks, stays the sender\'s disguise, and is reported as written', async () => {
  const scanner = await createScanner({ config: defaultConfig() });
  const message = (subject: string) =>
    new TextEncoder().encode(
      ['From: Rewards <rewards@example.net>', 'To: b@example.org', `Subject: =?UTF-8?B?${Buffer.from(subject).toString('base64')}?=`, 'Message-ID: <s@example.net>', 'Date: Mon, 23 Nov 2026 10:00:00 +0000', 'MIME-Version: 1.0', 'Content-Type: text/html; charset=utf-8', '', '<p><a href="https://claim.example.com/">Open</a></p>', ''].join('\r\n'),
    );
  const plain = 'Congratulations! Claim your airdrop tokens before the event ends';
  const disguised = plain.replace(/(\w{3})(\w+)/g, (_, a: string, b: string) => (a + b).replace(/a/g, 'а').replace(/e/g, 'е').replace(/o/g, 'ο'));
  const [a, b] = [await scanner.scan({ source: 'plain', raw: message(plain) }), await scanner.scan({ source: 'disguised', raw: message(disguised) })];
  assert.equal(b.subject, disguised);
  const ids = (r: typeof a) => new Set(r.findings.map((f) => f.id));
  assert.ok(ids(b).has('FROM_MIXED_SCRIPT_DISGUISE'), [...ids(b)].join(' '));
  assert.ok(!ids(b).has('MIME_MIXED_SCRIPT_WORDS'), 'the subject is not the shown text');
  assert.deepEqual([...ids(a)].filter((id) => !ids(b).has(id)), []);
  assert.ok(a.findings.some((f) => f.group === 'content' && f.score > 0), `the plain subject has content findings to lose: ${[...ids(a)].join(' ')}`);
});
