import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { serialize } from 'node:v8';
import { defaultConfig } from '../../config/load.js';
import { createScanPool } from '../../runtime/index.js';
import { isScanError, type ScanReport } from '../../scan/report.js';
import { formatHuman, joinHuman } from './human.js';
import { createRender, type HumanLine } from './human-lines.js';

const SPAMMY = 'From: "Deals" <deals@promo.example>\r\nTo: undisclosed-recipients:;\r\nSubject: FREE MONEY NOW!!! CLICK HERE\r\nX-Mailer: Advanced Mass Sender v4.3\r\nContent-Type: text/plain\r\n\r\nBuy now.\r\n';
const examples = ['fax-lure.eml', 'business-ja.eml', 'torendmicro.eml'].map((name) => [name, readFileSync(new URL(`../../../examples/${name}`, import.meta.url), 'utf8')] as const);
const MESSAGES = [['spammy', SPAMMY], ...examples, ['spammy again', SPAMMY.replace('NOW', 'TODAY')]] as const;

async function reports(): Promise<ScanReport[]> {
  const pool = createScanPool({ config: defaultConfig(), threads: 0 });
  try {
    const outcomes = await Promise.all(MESSAGES.map(([name, text]) => pool.scan({ source: name, raw: new Uint8Array(Buffer.from(text)) })));
    return outcomes.map((o) => (isScanError(o) ? assert.fail(o.error) : o));
  } finally {
    await pool.close();
  }
}

/** A finding the explanation tables do not know, carrying its own description (a site's own rule). */
function withOwnFinding(report: ScanReport): ScanReport {
  const own = { id: 'SITE_OWN_RULE', score: 2, evidence: 'matched the site pattern', description: 'The site\'s own rule matched. It says so.' };
  return { ...report, findings: [...report.findings, own as ScanReport['findings'][number], { ...own, evidence: 'matched again' } as ScanReport['findings'][number]] };
}

for (const lang of ['en', 'ja'] as const) {
  for (const [verbose, color] of [[false, false], [true, true]] as const) {
    test(`createRender (${lang}${verbose ? ', -v' : ''}${color ? ', colour' : ''}): laid out in the worker, cloned and joined in run order, the text formatHuman writes, each id described once a run`, async () => {
      const batch = (await reports()).map((r, i) => (i === 1 ? withOwnFinding(r) : r));
      const render = createRender({ lang, verbose, color, quiet: false });
      const before = new Set<string>();
      const after = new Set<string>();
      for (const report of batch) {
        const expected = formatHuman(structuredClone(report), { lang, verbose, color, described: before });
        // What crosses from a worker: a structured clone of the render's outcome.
        const line = structuredClone(render(structuredClone(report))) as HumanLine;
        assert.deepEqual([line.verdict, line.score], [report.verdict, report.score]);
        assert.equal(joinHuman(line.layout!, { lang, verbose, color, described: after }), expected, report.source);
      }
      assert.deepEqual([...after], [...before], 'the same ids described, in the same order');
      assert.ok(after.has('SITE_OWN_RULE'));
    });
  }
}

test('createRender: a finding unknown to the tables crosses with its own description, once; -q hands back only what the summary counts', async () => {
  const [report] = await reports();
  const own = withOwnFinding(report!);
  const line = createRender({ lang: 'en', verbose: false, color: false, quiet: false })(own);
  const ownAt = line.layout!.ids.indexOf('SITE_OWN_RULE');
  assert.equal(line.layout!.descriptions?.[ownAt], "The site's own rule matched. It says so.");
  assert.equal(line.layout!.descriptions?.filter((d) => d !== undefined).length, 2, 'only the unknown id carries a description (each occurrence)');
  const text = joinHuman(line.layout!, { lang: 'en', verbose: false, color: false, described: new Set() });
  assert.equal(text.split('\n').filter((l) => l.trim() === "The site's own rule matched.").length, 1, 'described once, first sentence only');
  assert.deepEqual(createRender({ lang: 'en', verbose: false, color: false, quiet: true })(own), { verdict: own.verdict, score: own.score });
});

test('createRender: what crosses is smaller than the report it was laid out from', async () => {
  const render = createRender({ lang: 'en', verbose: false, color: false, quiet: false });
  let whole = 0;
  let laidOut = 0;
  for (const report of await reports()) {
    whole += serialize(report).byteLength;
    laidOut += serialize(render(structuredClone(report))).byteLength;
  }
  // 300 SpamAssassin training messages: 2,277 bytes a report, 1,217 laid out (session 53).
  assert.ok(laidOut < whole * 0.8, `${laidOut} bytes laid out against the reports' ${whole}`);
});
