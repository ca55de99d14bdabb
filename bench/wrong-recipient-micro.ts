// Session 55 (scam55): cost of the wrong-number opener's tables (first-contact.ts WRONG_RECIPIENT, FRIEND_ASK) on the
// SpamAssassin training split only (train-ham + train-spam). romanceOpener reads them only past its gates (no list, only
// pictures attached, at most 3,000 characters, at most two web links, to no organisation or from free mail or with a
// Reply-To) and only when ROMANCE_SELF + ROMANCE_ASK did not match; this bench reads them on the folded text of *every*
// message of at most 3,000 characters (an upper bound), and times romanceOpener itself a message as the check calls it.
// Run: node --import tsx bench/wrong-recipient-micro.ts
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseMessage } from '../src/mail/parse/index.js';
import { shownText } from '../src/mail/shown-text.js';
import { foldLetter } from '../src/checks/content/bec-opener.js';
import { FRIEND_ASK, MAX_FIRST_CONTACT_TEXT, WRONG_RECIPIENT, romanceOpener } from '../src/checks/content/first-contact.js';
import { ensureCorpus, readSplit } from './lib/corpus.js';

const data = ensureCorpus();
const rels = [...readSplit('train-ham'), ...readSplit('train-spam')];
const msgs = rels.map((r) => parseMessage(new Uint8Array(readFileSync(path.join(data, r))), { maxMessageBytes: 64 << 20, maxMimeDepth: 30, maxParts: 500, maxHeaderBytes: 1 << 20 }));
const texts: string[] = [];
for (const m of msgs) {
  const body = shownText(m).trim();
  if (body.length <= MAX_FIRST_CONTACT_TEXT) texts.push(foldLetter(m.subject, body));
}
const firstOf = (table: readonly [string, RegExp][], text: string) => {
  for (const [, re] of table) if (re.test(text)) return true;
  return false;
};
let wrong = 0, both = 0;
for (const t of texts) {
  const w = firstOf(WRONG_RECIPIENT, t);
  if (w) wrong++;
  if (w && firstOf(FRIEND_ASK, t)) both++;
}
const freemail = new Set(['gmail.com', 'yahoo.com', 'hotmail.com', 'outlook.com']);
let opener = 0;
for (const m of msgs) if (romanceOpener(m, freemail)) opener++;
console.log(`SA training split: ${msgs.length} messages; ${texts.length} of at most ${MAX_FIRST_CONTACT_TEXT} characters`);
console.log(`WRONG_RECIPIENT matches ${wrong}, with FRIEND_ASK ${both}; romanceOpener fires on ${opener}`);
const rounds = 5;
let t0 = process.hrtime.bigint();
for (let r = 0; r < rounds; r++) for (const t of texts) if (firstOf(WRONG_RECIPIENT, t)) firstOf(FRIEND_ASK, t);
console.log(`WRONG_RECIPIENT (+ FRIEND_ASK where it matched) on every short text: ${(Number(process.hrtime.bigint() - t0) / rounds / msgs.length / 1000).toFixed(2)} µs a message of the split (upper bound; mean of ${rounds} rounds)`);
t0 = process.hrtime.bigint();
for (let r = 0; r < rounds; r++) for (const m of msgs) romanceOpener(m, freemail);
console.log(`romanceOpener as the check calls it: ${(Number(process.hrtime.bigint() - t0) / rounds / msgs.length / 1000).toFixed(2)} µs a message (mean of ${rounds} rounds)`);
// The same with the two tables emptied (as before session 55): the difference is what the check pays for them.
const saved = [[...WRONG_RECIPIENT], [...FRIEND_ASK]] as const;
(WRONG_RECIPIENT as [string, RegExp][]).length = 0;
(FRIEND_ASK as [string, RegExp][]).length = 0;
for (const m of msgs) romanceOpener(m, freemail);
t0 = process.hrtime.bigint();
for (let r = 0; r < rounds; r++) for (const m of msgs) romanceOpener(m, freemail);
console.log(`romanceOpener without the two tables: ${(Number(process.hrtime.bigint() - t0) / rounds / msgs.length / 1000).toFixed(2)} µs a message (mean of ${rounds} rounds)`);
(WRONG_RECIPIENT as [string, RegExp][]).push(...saved[0]);
(FRIEND_ASK as [string, RegExp][]).push(...saved[1]);
t0 = process.hrtime.bigint();
for (let r = 0; r < rounds; r++) for (const m of msgs) romanceOpener(m, freemail);
console.log(`romanceOpener with them again: ${(Number(process.hrtime.bigint() - t0) / rounds / msgs.length / 1000).toFixed(2)} µs a message (mean of ${rounds} rounds)`);
