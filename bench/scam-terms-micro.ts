// Session 55 (scam55): the cost of the advance-fee terms added in session 55 (terms.ts, "Session 55 (scam55 …)": the
// compensation and lottery letters' wording in es/pt/fr/it/nl/de) on the SpamAssassin training split only (train-ham +
// train-spam). The category and theme matcher is built once a process, so each run measures one table: run it without and
// with `--without` (the session's rows taken out of CATEGORY_TERMS before the matcher is built) and compare. Prints the time
// of categoriesCheck a message (mean of the rounds) and how many messages have an advance-fee finding.
// Run: node --import tsx bench/scam-terms-micro.ts [--without]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseMessage } from '../src/mail/parse/index.js';
import { configSchema } from '../src/config/schema.js';
import { categoriesCheck } from '../src/checks/content/categories.js';
import { CATEGORY_TERMS } from '../src/checks/content/terms.js';
import { ensureCorpus, readSplit } from './lib/corpus.js';

const source = readFileSync(new URL('../src/checks/content/terms.ts', import.meta.url), 'utf8');
const block = source.slice(source.indexOf('// Session 55 (scam55'), source.indexOf('// The found wallet (with CONTENT_CRYPTO_LOGIN_GIVEN)'));
const added = new Set([...block.matchAll(/\['advance-fee', \d, (['"])(.*?)\1\]/g)].map((m) => m[2]!));
const without = process.argv.includes('--without');
if (without) {
  const rows = CATEGORY_TERMS as unknown as { name: string; term: string }[];
  for (let i = rows.length - 1; i >= 0; i--) if (rows[i]!.name === 'advance-fee' && added.has(rows[i]!.term)) rows.splice(i, 1);
}
const data = ensureCorpus();
const rels = [...readSplit('train-ham'), ...readSplit('train-spam')];
const msgs = rels.map((r) => parseMessage(new Uint8Array(readFileSync(path.join(data, r))), { maxMessageBytes: 64 << 20, maxMimeDepth: 30, maxParts: 500, maxHeaderBytes: 1 << 20 }));
const check = categoriesCheck(configSchema.parse({}).content.categories);
const ctx = { now: new Date('2025-01-01T00:00:00Z'), signal: new AbortController().signal };
let advanceFee = 0, many = 0;
for (const m of msgs) {
  const ids = (check.run(m, ctx) as { findings: { id: string }[] }).findings.map((f) => f.id);
  if (ids.includes('CONTENT_CATEGORY_ADVANCE_FEE')) advanceFee++;
  if (ids.includes('CONTENT_ADVANCE_FEE_MANY')) many++;
}
const rounds = 5;
const t0 = process.hrtime.bigint();
for (let r = 0; r < rounds; r++) for (const m of msgs) check.run(m, ctx);
console.log(`${without ? 'without' : 'with'} the ${added.size} session-55 terms: ${msgs.length} messages; CONTENT_CATEGORY_ADVANCE_FEE ${advanceFee}, CONTENT_ADVANCE_FEE_MANY ${many}; categoriesCheck ${(Number(process.hrtime.bigint() - t0) / rounds / msgs.length / 1000).toFixed(2)} µs a message (mean of ${rounds} rounds)`);
