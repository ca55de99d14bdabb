import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { defaultConfig, resolveConfig } from '../../config/load.js';
import { decideAction, actionPolicyFrom } from '../../rules/actions.js';
import { withDescriptions, type Lang } from '../../rules/explain.js';
import { createScanPool } from '../../runtime/index.js';
import type { ScanItem } from '../../scan/pool.js';
import { isScanError, type ScanReport } from '../../scan/report.js';
import { createRender, jsonLines, type JsonLine } from './json-lines.js';

const SPAMMY = 'From: "Deals" <deals@promo.example>\r\nTo: undisclosed-recipients:;\r\nSubject: FREE MONEY NOW!!! CLICK HERE\r\nX-Mailer: Advanced Mass Sender v4.3\r\nContent-Type: text/plain\r\n\r\nBuy now.\r\n';
const PLAIN = 'From: Alice <alice@example.org>\r\nTo: Bob <bob@example.org>\r\nSubject: lunch\r\nDate: Mon, 23 Nov 2026 10:00:00 +0000\r\nMessage-ID: <1@example.org>\r\n\r\nLunch at noon?\r\n';
const examples = ['fax-lure.eml', 'business-ja.eml', 'torendmicro.eml'].map((name) => [name, readFileSync(new URL(`../../../examples/${name}`, import.meta.url), 'utf8')] as const);
const MESSAGES = [['spammy', SPAMMY], ['plain', PLAIN], ...examples] as const;

// Rules that give each verdict an action of its own, so a wrong policy or verdict shows in `action`.
const WITH_ACTIONS = resolveConfig({ thresholds: { spam: 1 }, actions: { rules: [{ verdict: 'spam', minScore: 3, action: 'quarantine', policy: 'HOLD' }, { verdict: 'spam', action: 'tag_subject', policy: 'DUNNO' }, { action: 'accept', policy: 'DUNNO' }] } });

/** The line as the CLI's main thread wrote it before the render (session 13): a spread copy with descriptions and action. */
function oldLine(report: ScanReport, lang: Lang, config = defaultConfig()): string {
  const findings = withDescriptions(report.findings, lang);
  return `${JSON.stringify({ ...report, findings, action: decideAction(actionPolicyFrom(config.actions), report).action })}\n`;
}

const item = (source: string, text: string): ScanItem => ({ source, raw: new Uint8Array(Buffer.from(text)) });

/** The reports of the real engine in this thread. */
async function reports(config = defaultConfig()): Promise<ScanReport[]> {
  const pool = createScanPool({ config, threads: 0 });
  try {
    const outcomes = await Promise.all(MESSAGES.map(([name, text]) => pool.scan(item(name, text))));
    return outcomes.map((o) => (isScanError(o) ? assert.fail(o.error) : o));
  } finally {
    await pool.close();
  }
}

for (const [label, config] of [['default actions', defaultConfig()], ['configured actions', WITH_ACTIONS]] as const) {
  test(`createRender (${label}): the same line as the main thread wrote before, byte for byte, in both languages`, async () => {
    const scanned = await reports(config);
    assert.ok(scanned.some((r) => r.findings.length > 0) && new Set(scanned.map((r) => r.verdict)).size > 1, 'messages with findings and different verdicts');
    for (const lang of ['en', 'ja'] as const) {
      const render = createRender({ lang, actions: config.actions });
      for (const report of scanned) {
        const expected = oldLine(structuredClone(report), lang, config);
        const got = render(structuredClone(report)) as Required<JsonLine>;
        assert.equal(Buffer.from(got.line).toString('utf8'), expected, `${report.source} (${lang})`);
        assert.equal(got.line.byteLength, got.line.buffer.byteLength, 'the bytes own their buffer (a view on a pool would be cloned whole)');
        assert.deepEqual({ verdict: got.verdict, score: got.score }, { verdict: report.verdict, score: report.score });
        assert.ok(expected.endsWith('}\n') && !expected.slice(0, -1).includes('\n'), 'one line');
      }
    }
  });
}

test('jsonLines: a pool of worker threads hands back the lines the old path wrote from its reports (elapsedMs aside)', async () => {
  const config = WITH_ACTIONS;
  const expected = (await reports(config)).map((report) => oldLine(report, 'ja', config).replace(/"elapsedMs":[\d.]+/, '"elapsedMs":0'));
  const pool = createScanPool({ config, threads: 2 }, jsonLines({ lang: 'ja', actions: config.actions }));
  try {
    const lines = await Promise.all(MESSAGES.map(([name, text]) => pool.scan(item(name, text))));
    assert.deepEqual(
      lines.map((l) => (isScanError(l) ? l.error : Buffer.from(l.line!).toString('utf8').replace(/"elapsedMs":[\d.]+/, '"elapsedMs":0'))),
      expected,
    );
  } finally {
    await pool.close();
  }
});
