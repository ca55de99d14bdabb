// Session 58 (scam58): cost of the new readings on the SpamAssassin training split (train-ham + train-spam): job-fee.ts's jobFee,
// consignment-fee.ts's consignmentFee, allowance-offer.ts's allowanceOffer and daily-income.ts's dailyIncome (with its order arm),
// each as its check calls it; how many messages each fires on. As bench/fee-to-person-micro.ts: a message's shown text, headRead's
// trigrams and the fold of its first 6,000 characters are warmed for each message (the checks before read them in the scan), then
// each reading is timed ROUNDS times on it (the marginal cost, warm).
// Run: node --import tsx bench/scam58-micro.ts
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseMessage } from '../src/mail/parse/index.js';
import type { ParsedMessage } from '../src/mail/types.js';
import { shownText } from '../src/mail/shown-text.js';
import { foldLetter } from '../src/checks/content/bec-opener.js';
import { jobFee } from '../src/checks/content/job-fee.js';
import { consignmentFee } from '../src/checks/content/consignment-fee.js';
import { allowanceOffer } from '../src/checks/content/allowance-offer.js';
import { dailyIncome } from '../src/checks/content/daily-income.js';
import { headRead } from '../src/checks/content/scam-structure.js';
import { ensureCorpus, readSplit } from './lib/corpus.js';

const ROUNDS = 10;
const data = ensureCorpus();
const hamRels = readSplit('train-ham');
const rels = [...hamRels, ...readSplit('train-spam')];
const msgs = rels.map((r) => parseMessage(new Uint8Array(readFileSync(path.join(data, r))), { maxMessageBytes: 64 << 20, maxMimeDepth: 30, maxParts: 500, maxHeaderBytes: 1 << 20 }));
const readings: [string, (m: ParsedMessage) => unknown][] = [['jobFee', jobFee], ['consignmentFee', consignmentFee], ['allowanceOffer', allowanceOffer], ['dailyIncome', dailyIncome]];
const fired = readings.map(() => ({ all: 0, ham: 0, ns: 0n }));
msgs.forEach((m, i) => {
  const text = shownText(m);
  headRead(m);
  foldLetter(m.subject.slice(0, 512), text.length > 6_000 ? text.slice(0, 6_000) : text);
  readings.forEach(([, read], k) => {
    if (read(m)) { fired[k]!.all++; if (i < hamRels.length) fired[k]!.ham++; }
    const t = process.hrtime.bigint();
    for (let r = 0; r < ROUNDS; r++) read(m);
    fired[k]!.ns += process.hrtime.bigint() - t;
  });
});
console.log(`SA training split: ${msgs.length} messages`);
readings.forEach(([name], k) => console.log(`${name}: fires on ${fired[k]!.all} (${fired[k]!.ham} ham); ${(Number(fired[k]!.ns) / ROUNDS / msgs.length / 1000).toFixed(2)} µs a message (warm, ${ROUNDS} rounds)`));
