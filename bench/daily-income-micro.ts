// Session 54 (draw54d): micro-benchmark of content/daily-income.ts on the SpamAssassin training split only (train-ham + train-spam):
// how often its gate (a sum and a day/week word in the head) is true, how often the finding fires, and its time a message.
// Run: node --import tsx bench/daily-income-micro.ts
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseMessage } from '../src/mail/parse/index.js';
import { dailyIncome, MONEY_NEAR, PERIOD_NEAR } from '../src/checks/content/daily-income.js';
import { headRead } from '../src/checks/content/scam-structure.js';
import { ensureCorpus, readSplit } from './lib/corpus.js';

const data = ensureCorpus();
const rels = [...readSplit('train-ham'), ...readSplit('train-spam')];
const msgs = rels.map((r) => parseMessage(new Uint8Array(readFileSync(path.join(data, r))), { maxMessageBytes: 64 << 20, maxMimeDepth: 30, maxParts: 500, maxHeaderBytes: 1 << 20 }));
let gate = 0, fired = 0, firedHam = 0;
msgs.forEach((m, i) => {
  const h = headRead(m).head;
  if (MONEY_NEAR.test(h) && PERIOD_NEAR.test(h)) gate++;
  if (dailyIncome(m)) { fired++; if (rels[i]!.includes('ham')) firedHam++; }
});
// headRead is shared with the other content readings (memoised per message): time it apart, then the check with its head read warm.
const rounds = 5;
let checkNs = 0n;
for (let r = 0; r < rounds; r++) {
  for (const m of msgs) {
    headRead(m);
    const t = process.hrtime.bigint();
    dailyIncome(m);
    checkNs += process.hrtime.bigint() - t;
  }
}
console.log(`SA training split: ${msgs.length} messages (${readSplit('train-ham').length} ham); gate true on ${gate} (${((100 * gate) / msgs.length).toFixed(1)} %); finding on ${fired} (${firedHam} ham)`);
console.log(`dailyIncome with the head read warm: ${(Number(checkNs) / rounds / msgs.length / 1000).toFixed(2)} µs a message (mean of ${rounds} rounds)`);
// The parts: the first gate (a sum) alone, both gates, over the same warm heads.
const heads = msgs.map((m) => headRead(m).head);
for (const [name, fn] of [['sum gate', (h: string) => MONEY_NEAR.test(h)], ['both gates', (h: string) => MONEY_NEAR.test(h) && PERIOD_NEAR.test(h)]] as const) {
  const t = process.hrtime.bigint();
  for (let r = 0; r < rounds; r++) for (const h of heads) fn(h);
  console.log(`${name}: ${(Number(process.hrtime.bigint() - t) / rounds / heads.length / 1000).toFixed(2)} µs a message`);
}
