/**
 * Scam rows that rest on the classifier alone (session 61, issue 17): scans the pot's **design** rows labelled `scam`
 * (never a held-out row), Nazario's two mboxes and SpamAssassin's spam with the content classifier on and off, and lists
 * the messages flagged with it and clean without it.
 *
 *   node --import tsx bench/scam-classifier-off.ts [--corpora pot,nazario,sa-spam] [--json FILE]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { defaultConfig } from '../src/config/load.js';
import { createScanner } from '../src/runtime/index.js';
import { openSources } from '../src/mail/sources/index.js';
import { allCorpusFiles, ensureCorpus, readCorpusFile, SHARED_DATA } from './lib/corpus.js';
import { potDir, readLabels } from './lib/phishing-pot.js';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const corpora = (opt('--corpora') ?? 'pot,nazario').split(',');

const config = defaultConfig();
const on = await createScanner({ config });
const off = await createScanner({ config: { ...config, content: { ...config.content, classifier: { ...config.content.classifier, enabled: false } } } });

interface Row { corpus: string; source: string; on: string; onScore: number; off: string; offScore: number; ids: string[] }
const rows: Row[] = [];

async function scanBoth(corpus: string, source: string, raw: Uint8Array): Promise<void> {
  const a = await on.scan({ raw, source });
  const b = await off.scan({ raw, source });
  const ids = [...new Set(b.findings.filter((f) => !f.replacedBy).map((f) => f.id))];
  rows.push({ corpus, source, on: a.verdict, onScore: Math.round(a.score * 10) / 10, off: b.verdict, offScore: Math.round(b.score * 10) / 10, ids });
}

if (corpora.includes('pot')) {
  const dir = potDir();
  // Design rows only: a held-out row is never scanned here.
  for (const r of readLabels().filter((l) => l.part === 'design' && l.label === 'scam')) await scanBoth('pot', r.file, readFileSync(path.join(dir, r.file)));
}
if (corpora.includes('nazario')) {
  const dir = path.join(SHARED_DATA, 'phishing');
  for await (const item of openSources(['phishing0.mbox', 'phishing1.mbox'].map((f) => path.join(dir, f)), { maxMessageBytes: 32 << 20 })) {
    if ('raw' in item) await scanBoth('nazario', path.relative(dir, item.source), item.raw);
  }
}
if (corpora.includes('sa-spam')) {
  ensureCorpus();
  // The message files only (allCorpusFiles: each .txt's .json twin is metadata, not mail).
  for (const { rel } of allCorpusFiles().filter((f) => f.isSpam)) await scanBoth('sa-spam', rel, readCorpusFile(rel));
}

for (const c of corpora) {
  const mine = rows.filter((r) => r.corpus === c);
  const flaggedOn = mine.filter((r) => r.on !== 'clean');
  const flaggedOff = mine.filter((r) => r.off !== 'clean');
  const fragile = mine.filter((r) => r.on !== 'clean' && r.off === 'clean');
  console.log(`${c}: ${mine.length} scanned; flagged with the classifier ${flaggedOn.length}, without ${flaggedOff.length}; flagged only with it ${fragile.length}`);
  for (const r of fragile) console.log(`  ${r.source}\t${r.on} ${r.onScore}\toff ${r.offScore}\t${r.ids.join(' ')}`);
}
const json = opt('--json');
if (json) writeFileSync(json, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
