// Session 55 (det55): micro-benchmark of versionUpdateAsked (src/checks/links/version-update.ts) on the SpamAssassin training
// split only (train-ham + train-spam): how often its literal gate (a "version" word in the first 3,000 shown characters) is true,
// how often it reads an update call, and its time a message asked on every message (in the scan it is asked only for a message
// with a link elsewhere that reached the app reading with no other app call, once).
// Run: node --import tsx bench/version-update-micro.ts
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseMessage } from '../src/mail/parse/index.js';
import { versionUpdateAsked } from '../src/checks/links/version-update.js';
import { ensureCorpus, readSplit } from './lib/corpus.js';

const data = ensureCorpus();
const splits = { ham: readSplit('train-ham'), spam: readSplit('train-spam') };
const texts: { kind: string; rel: string; text: string }[] = [];
for (const [kind, rels] of Object.entries(splits)) {
  for (const rel of rels) {
    const m = parseMessage(new Uint8Array(readFileSync(path.join(data, rel))), { maxMessageBytes: 64 << 20, maxMimeDepth: 30, maxParts: 500, maxHeaderBytes: 1 << 20 });
    texts.push({ kind, rel, text: m.visibleText });
  }
}
const HINT = /(?<![a-z])vers(?:i|ã|ao)/i;
let gate = 0;
const found: string[] = [];
for (const t of texts) {
  if (HINT.test(t.text.slice(0, 3000))) gate++;
  const call = versionUpdateAsked(t.text);
  if (call) found.push(`${t.kind} ${t.rel}: "${call}"`);
}
console.log(`SA training split: ${texts.length} messages (${splits.ham.length} ham); gate true ${gate} (${((100 * gate) / texts.length).toFixed(1)} %); an update call read ${found.length}`);
for (const f of found) console.log(`  ${f}`);
const runs: number[] = [];
for (let round = 0; round < 7; round++) {
  const t0 = process.hrtime.bigint();
  for (const t of texts) versionUpdateAsked(t.text);
  runs.push(Number(process.hrtime.bigint() - t0) / 1e3 / texts.length);
}
runs.sort((a, b) => a - b);
console.log(`versionUpdateAsked: median ${(runs[3] ?? 0).toFixed(2)} µs a message (7 passes; min ${(runs[0] ?? 0).toFixed(2)}, max ${(runs[6] ?? 0).toFixed(2)})`);
