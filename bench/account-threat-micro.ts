// Session 58 (draw15h, issue 18): micro-benchmark of notice-lure's account threat (accountThreat) on every SpamAssassin message
// (ham and spam): how often its gates before the fold (threatMayHold: CALL_WORDS and THREAT_WORDS asked of headRead's trigrams
// in an ASCII head) let a message with a link and shown text through, that the gated reading is the ungated one on each, and
// the reading's time a message with and without the gates, headRead warm (the family reads it once a message for its other
// checks); and the same for legal-notice's summons in the letter (summonsInText, gated by summonsMayHold: SUMMONS_HINT's words).
// Run: node --import tsx bench/account-threat-micro.ts
import { parseMessage } from '../src/mail/parse/index.js';
import { summonsInText, summonsMayHold } from '../src/checks/content/legal-notice.js';
import { accountThreat, threatMayHold } from '../src/checks/content/notice-lure.js';
import { headRead } from '../src/checks/content/scam-structure.js';
import { isDeepStrictEqual } from 'node:util';
import { allCorpusFiles, ensureCorpus, readCorpusFile } from './lib/corpus.js';

ensureCorpus();
const limits = { maxMessageBytes: 64 << 20, maxMimeDepth: 30, maxParts: 500, maxHeaderBytes: 1 << 20 };
const msgs = allCorpusFiles().map((f) => parseMessage(readCorpusFile(f.rel), limits));
const WEB = /https?:\/\//i;
let linked = 0, passed = 0, fired = 0, ascii = 0;
for (const m of msgs) {
  const head = m.visibleText.slice(0, 1_500);
  if (!head || !(WEB.test(m.html ?? '') || WEB.test(m.text ?? '') || WEB.test(head))) continue;
  linked++;
  if (!/[^\x00-\x7f]/.test(head)) ascii++;
  if (threatMayHold(m)) passed++;
  const ungated = accountThreat(m);
  if (ungated) fired++;
  if (!isDeepStrictEqual(accountThreat(m, m), ungated)) throw new Error('the gated reading differs');
}
console.log(`SpamAssassin: ${msgs.length} messages, ${linked} with a web link and shown text (${ascii} of them an ASCII head); the gates let ${passed} through (${((100 * passed) / linked).toFixed(1)} %); the finding on ${fired}, the same gated`);
const rounds = 10;
const time = (fn: (m: (typeof msgs)[number]) => unknown) => {
  for (const m of msgs) fn(m);
  let ns = 0n;
  for (let r = 0; r < rounds; r++) {
    for (const m of msgs) {
      headRead(m);
      const t = process.hrtime.bigint();
      fn(m);
      ns += process.hrtime.bigint() - t;
    }
  }
  return Number(ns) / rounds / msgs.length / 1000;
};
for (let pass = 0; pass < 2; pass++) {
  const gated = time((m) => accountThreat(m, m));
  const ungated = time((m) => accountThreat(m));
  if (pass) console.log(`accountThreat with headRead warm: ${gated.toFixed(2)} µs a message gated, ${ungated.toFixed(2)} µs ungated (mean of ${rounds} rounds)`);
}
let summonsPassed = 0, summonses = 0;
for (const m of msgs) {
  const mayHold = summonsMayHold(m);
  if (mayHold) summonsPassed++;
  const ungated = summonsInText(m.visibleText);
  if (ungated) summonses++;
  if (summonsInText(m.visibleText, mayHold) !== ungated) throw new Error('the gated summons reading differs');
}
console.log(`summons: the gate lets ${summonsPassed} of ${msgs.length} through (${((100 * summonsPassed) / msgs.length).toFixed(1)} %); a summons read in ${summonses}, the same gated`);
for (let pass = 0; pass < 2; pass++) {
  const gated = time((m) => summonsInText(m.visibleText, summonsMayHold(m)));
  const ungated = time((m) => summonsInText(m.visibleText));
  if (pass) console.log(`summonsInText with headRead warm: ${gated.toFixed(2)} µs a message gated, ${ungated.toFixed(2)} µs ungated (mean of ${rounds} rounds)`);
}
