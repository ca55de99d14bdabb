// Session 58 (draw15h, issue 18): micro-benchmark of notice-lure's account threat (accountThreat) on every SpamAssassin message
// (ham and spam): how often its gates before the fold (threatMayHold: CALL_WORDS and THREAT_WORDS asked of headRead's trigrams
// in an ASCII head) let a message with a link and shown text through, that the gated reading is the ungated one on each, and
// the reading's time a message with and without the gates, headRead warm (the family reads it once a message for its other
// checks); and the same for legal-notice's summons in the letter (summonsInText, gated by summonsMayHold: SUMMONS_HINT's words).
// Session 59 (draw16h): heads beyond ASCII are gated too (head-grams.ts's foldedGrams); the figures are given for them apart,
// with session 58's gates (such a head always read) beside, and `--pot` reads the phishing pot's design rows as well (never a
// held-out one: the pot's German, French and Portuguese mail).
// Also password-by-reply's gate (passwordMayHold), whose texts beyond ASCII (up to 20,000 characters) were read whole too.
// Run: node --import tsx bench/account-threat-micro.ts [--pot]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseMessage } from '../src/mail/parse/index.js';
import type { ParsedMessage } from '../src/mail/types.js';
import { summonsInText, summonsMayHold } from '../src/checks/content/legal-notice.js';
import { accountThreat, threatMayHold } from '../src/checks/content/notice-lure.js';
import { passwordByReply, passwordMayHold } from '../src/checks/content/password-by-reply.js';
import { headRead } from '../src/checks/content/scam-structure.js';
import { isDeepStrictEqual } from 'node:util';
import { allCorpusFiles, ensureCorpus, readCorpusFile } from './lib/corpus.js';
import { potDir, readLabels } from './lib/phishing-pot.js';

ensureCorpus();
const limits = { maxMessageBytes: 64 << 20, maxMimeDepth: 30, maxParts: 500, maxHeaderBytes: 1 << 20 };
const corpora: [string, ParsedMessage[]][] = [['SpamAssassin', allCorpusFiles().map((f) => parseMessage(readCorpusFile(f.rel), limits))]];
if (process.argv.includes('--pot')) {
  const dir = potDir();
  const design = readLabels().filter((r) => r.part === 'design');
  corpora.push(['pot (design rows)', design.map((r) => parseMessage(readFileSync(path.join(dir, r.file)), limits))]);
}
const WEB = /https?:\/\//i;
const beyondAscii = (m: ParsedMessage, chars: number) => /[^\x00-\x7f]/.test(m.visibleText.slice(0, chars));
const rounds = 10;
const time = (msgs: ParsedMessage[], fn: (m: ParsedMessage) => unknown) => {
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
const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)} %`;
for (const [name, msgs] of corpora) {
  let linked = 0, passed = 0, fired = 0, other = 0, otherPassed = 0;
  for (const m of msgs) {
    const head = m.visibleText.slice(0, 1_500);
    if (!head || !(WEB.test(m.html ?? '') || WEB.test(m.text ?? '') || WEB.test(head))) continue;
    linked++;
    const mayHold = threatMayHold(m);
    if (mayHold) passed++;
    if (beyondAscii(m, 1_500)) {
      other++;
      if (mayHold) otherPassed++;
    }
    const ungated = accountThreat(m);
    if (ungated) fired++;
    if (!isDeepStrictEqual(accountThreat(m, m), ungated)) throw new Error('the gated reading differs');
  }
  console.log(`${name}: ${msgs.length} messages, ${linked} with a web link and shown text, ${other} of them a head beyond ASCII; the gates let ${passed} through (${pct(passed, linked)}; of the heads beyond ASCII ${otherPassed}, ${pct(otherPassed, other)}, all of them until session 58); the finding on ${fired}, the same gated`);
  const others = msgs.filter((m) => beyondAscii(m, 1_500));
  for (let pass = 0; pass < 2; pass++) {
    const gated = time(msgs, (m) => accountThreat(m, m));
    const s58 = time(msgs, (m) => (beyondAscii(m, 1_500) ? accountThreat(m) : accountThreat(m, m)));
    const ungated = time(msgs, (m) => accountThreat(m));
    const otherGated = time(others, (m) => accountThreat(m, m));
    const otherUngated = time(others, (m) => accountThreat(m));
    if (pass) console.log(`  accountThreat, headRead warm: ${gated.toFixed(2)} µs a message gated, ${s58.toFixed(2)} with session 58's gates (the test for a head beyond ASCII included), ${ungated.toFixed(2)} ungated; the ${others.length} heads beyond ASCII: ${otherGated.toFixed(2)} gated, ${otherUngated.toFixed(2)} ungated (mean of ${rounds} rounds)`);
  }
  let summonsPassed = 0, summonses = 0, otherSummonsPassed = 0;
  for (const m of msgs) {
    const mayHold = summonsMayHold(m);
    if (mayHold) summonsPassed++;
    if (mayHold && beyondAscii(m, 1_500)) otherSummonsPassed++;
    const ungated = summonsInText(m.visibleText);
    if (ungated) summonses++;
    if (summonsInText(m.visibleText, mayHold) !== ungated) throw new Error('the gated summons reading differs');
  }
  console.log(`  summons: the gate lets ${summonsPassed} of ${msgs.length} through (${pct(summonsPassed, msgs.length)}; ${otherSummonsPassed} of the ${others.length} texts beyond ASCII); a summons read in ${summonses}, the same gated`);
  for (let pass = 0; pass < 2; pass++) {
    const gated = time(msgs, (m) => summonsInText(m.visibleText, summonsMayHold(m)));
    const ungated = time(msgs, (m) => summonsInText(m.visibleText));
    const otherGated = time(others, (m) => summonsInText(m.visibleText, summonsMayHold(m)));
    const otherUngated = time(others, (m) => summonsInText(m.visibleText));
    if (pass) console.log(`  summonsInText, headRead warm: ${gated.toFixed(2)} µs a message gated, ${ungated.toFixed(2)} ungated; the texts beyond ASCII: ${otherGated.toFixed(2)} gated, ${otherUngated.toFixed(2)} ungated (mean of ${rounds} rounds)`);
  }
}
for (const [name, msgs] of corpora) {
  const others = msgs.filter((m) => beyondAscii(m, 20_000));
  let passed = 0, asked = 0;
  for (const m of others) {
    const mayHold = passwordMayHold(m);
    if (mayHold) passed++;
    const ungated = passwordByReply(m.visibleText);
    if (ungated) asked++;
    if (passwordByReply(m.visibleText, mayHold) !== ungated) throw new Error('the gated password reading differs');
  }
  console.log(`${name}: password by reply, the ${others.length} visible texts beyond ASCII: the gate lets ${passed} through (${pct(passed, others.length)}; all of them until session 58); asked in ${asked}, the same gated`);
  for (let pass = 0; pass < 2; pass++) {
    const gated = time(others, (m) => passwordByReply(m.visibleText, passwordMayHold(m)));
    const ungated = time(others, (m) => passwordByReply(m.visibleText));
    if (pass) console.log(`  passwordByReply on them, headRead warm: ${gated.toFixed(2)} µs a message gated, ${ungated.toFixed(2)} ungated (mean of ${rounds} rounds)`);
  }
}
