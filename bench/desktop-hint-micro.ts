// Session 57 (issue 18, helper draw57h): micro-benchmark of lures.ts's mayNameDesktopApp, DESKTOP_APP's literal hint, on the
// SpamAssassin training split only (train-ham + train-spam): each message's opening (the first 1,000 shown characters, what
// subjectOrOpeningNamesApp hands it). The session-52 hint lower-cased the opening and searched the copy natively; the candidates
// answer the same question over the text as written. Every candidate's answers are checked against the copy's on every text.
// Run: node --import tsx bench/desktop-hint-micro.ts
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseMessage } from '../src/mail/parse/index.js';
import { ensureCorpus, readSplit } from './lib/corpus.js';

const data = ensureCorpus();
const texts: string[] = [];
for (const split of ['train-ham', 'train-spam'] as const) {
  for (const rel of readSplit(split)) {
    const m = parseMessage(new Uint8Array(readFileSync(path.join(data, rel))), { maxMessageBytes: 64 << 20, maxMimeDepth: 30, maxParts: 500, maxHeaderBytes: 1 << 20 });
    // A fresh string per text, as the scan's slice is (no two texts share one object).
    texts.push(m.visibleText.slice(0, 1000));
  }
}

/** The session-52 hint: the lower-cased copy searched (toLowerCase, as lowerCased does on a memo miss). */
function copied(text: string): boolean {
  const t = text.toLowerCase();
  return t.includes('desktop') || t.includes('bureau') || t.includes('escritorio') || t.includes('computador') || t.includes('デスクトップ') || t.includes('ſ');
}
const ONE = /des[k\u212a]top|bureau|escritorio|computador|デスクトップ|ſ/i;
function onePattern(text: string): boolean {
  return ONE.test(text);
}
const DESKTOP = /des[k\u212a]top/i;
const BUREAU = /bureau/i;
const ESCRITORIO = /escritorio/i;
const COMPUTADOR = /computador/i;
function fourPatterns(text: string): boolean {
  return DESKTOP.test(text) || BUREAU.test(text) || ESCRITORIO.test(text) || COMPUTADOR.test(text) || text.includes('デスクトップ') || text.includes('ſ');
}

const candidates = { copied, onePattern, fourPatterns };
let chars = 0;
let yes = 0;
for (const t of texts) {
  chars += t.length;
  const want = copied(t);
  if (want) yes++;
  for (const [name, f] of Object.entries(candidates)) if (f(t) !== want) throw new Error(`${name} differs on ${JSON.stringify(t.slice(0, 200))}`);
}
console.log(`SA training split: ${texts.length} openings, ${chars} characters; the hint holds for ${yes}; every candidate agrees on every text`);
// Rounds interleave the candidates (the machine is shared: a slow spell hits each alike); medians and minima of 41 passes.
const runs = new Map<string, number[]>(Object.keys(candidates).map((k) => [k, []]));
for (let round = 0; round < 41; round++) {
  for (const [name, f] of Object.entries(candidates)) {
    const t0 = process.hrtime.bigint();
    let n = 0;
    for (const t of texts) if (f(t)) n++;
    runs.get(name)!.push(Number(process.hrtime.bigint() - t0) / 1e3 / texts.length);
    if (n !== yes) throw new Error('count');
  }
}
for (const [name, r] of runs) {
  r.sort((a, b) => a - b);
  console.log(`${name.padEnd(13)} median ${r[20]!.toFixed(3)} µs a text (41 passes; min ${r[0]!.toFixed(3)}, max ${r[40]!.toFixed(3)})`);
}
