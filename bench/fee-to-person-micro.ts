// Session 57 (scam57): cost of the two new readings on the SpamAssassin training split (train-ham + train-spam):
// fee-to-person.ts's feeToPerson (a fee paid by transfer to a person) and mule-job.ts's goodsOrChequeMule (the goods and cheque
// mule), each as its check calls it; how many messages each fires on. In the scan a message's shown text, headRead's trigrams
// and the fold of its first 6,000 characters are read by the checks before (each remembered for the last message): they are
// warmed here for each message, then the reading is timed ROUNDS times on it (the marginal cost, warm).
// Run: node --import tsx bench/fee-to-person-micro.ts
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseMessage } from '../src/mail/parse/index.js';
import { shownText } from '../src/mail/shown-text.js';
import { foldLetter } from '../src/checks/content/bec-opener.js';
import { feeToPerson } from '../src/checks/content/fee-to-person.js';
import { goodsOrChequeMule } from '../src/checks/content/mule-job.js';
import { headRead } from '../src/checks/content/scam-structure.js';
import { ensureCorpus, readSplit } from './lib/corpus.js';

const ROUNDS = 10;
const data = ensureCorpus();
const hamRels = readSplit('train-ham');
const rels = [...hamRels, ...readSplit('train-spam')];
const msgs = rels.map((r) => parseMessage(new Uint8Array(readFileSync(path.join(data, r))), { maxMessageBytes: 64 << 20, maxMimeDepth: 30, maxParts: 500, maxHeaderBytes: 1 << 20 }));
let fee = 0, feeHam = 0, mule = 0, muleHam = 0;
let feeNs = 0n, muleNs = 0n;
msgs.forEach((m, i) => {
  const text = shownText(m);
  const read = headRead(m);
  const subject = m.subject.slice(0, 512);
  foldLetter(subject, text.length > 6_000 ? text.slice(0, 6_000) : text);
  const grams = read.wide ? undefined : read.grams;
  if (goodsOrChequeMule(subject, text, grams)) { mule++; if (i < hamRels.length) muleHam++; }
  if (feeToPerson(m)) { fee++; if (i < hamRels.length) feeHam++; }
  let t = process.hrtime.bigint();
  for (let r = 0; r < ROUNDS; r++) goodsOrChequeMule(subject, text, grams);
  muleNs += process.hrtime.bigint() - t;
  t = process.hrtime.bigint();
  for (let r = 0; r < ROUNDS; r++) feeToPerson(m);
  feeNs += process.hrtime.bigint() - t;
});
const per = (ns: bigint) => (Number(ns) / ROUNDS / msgs.length / 1000).toFixed(2);
console.log(`SA training split: ${msgs.length} messages; feeToPerson fires on ${fee} (${feeHam} ham), goodsOrChequeMule on ${mule} (${muleHam} ham)`);
console.log(`feeToPerson ${per(feeNs)} µs, goodsOrChequeMule ${per(muleNs)} µs a message (warm, ${ROUNDS} rounds on each message)`);
