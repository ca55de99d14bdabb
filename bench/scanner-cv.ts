/**
 * Five-fold cross-validation of the whole scanner on the SpamAssassin TRAINING split (70 %) only: the
 * classifier is retrained on four folds and the full scanner (every family, the score table, the composites)
 * scans the fifth with it. This is how a change to rules, terms or tokens is judged before the test split
 * (30 %) is looked at; the test split is never read here.
 *
 *   npm run bench:scanner-cv                       # the tokens as the shipped tokeniser makes them
 *   npm run bench:scanner-cv -- --drop-names all   # variant: no header-name (`h:`) tokens at all
 *   npm run bench:scanner-cv -- --drop-names x-keywords,delivered-to   # variant: without these names
 *   npm run bench:scanner-cv -- --list             # also list each fold's ham false positives
 *   npm run bench:scanner-cv -- --score CONTENT_CLASSIFIER_SPAM=5.5 --band spam=0.8   # variant: a score / band changed
 *   npm run bench:scanner-cv -- --dump cv.ndjson   # also write each message's p, score, verdict and findings
 *   npm run bench:scanner-cv -- --logistic l2=3e-5 --logistic average=5   # variant: the model trained with other parameters
 *   npm run bench:scanner-cv -- --drop-prefix markup,mime,st:links:   # variant: without these token families (bench/lib/token-variants.ts)
 *   npm run bench:scanner-cv -- --augment-ham 2   # variant: every 2nd training ham learnt as if sent as modern HTML mail (augmentHam)
 *   npm run bench:scanner-cv -- --render-ham 2    # variant: every 2nd training ham re-rendered as modern client mail (lib/modern-render.ts)
 *   npm run bench:scanner-cv -- --train-pot words --ham-weight 2   # variant: the phishing pot's training part learnt as spam too
 *   npm run bench:scanner-cv -- --hard-ham-weight 3   # variant: the training split's hard ham (SpamAssassin's hard_ham) learnt 3 times
 *   npm run bench:scanner-cv -- --agree-bayes 0.5     # variant: the SPAM band only when a Bayes model of the fold agrees (p ≥ 0.5)
 *   npm run bench:scanner-cv -- --bigrams             # variant: word pairs (`bi:a_b`) as tokens too, in training and classification
 *   npm run bench:scanner-cv -- --dedupe 0.8 --dedupe-class spam   # variant: near-duplicate training messages (token-set Jaccard ≥ 0.8) learnt once
 *   npm run bench:scanner-cv -- --recipe plain    # the 2002 split alone, without the shipped recipe's ham renderings (the default is
 *                                                 # the shipped model's recipe, scripts/train-default-model.ts; options go on top)
 *
 * A variant removes tokens after tokenising, in training and in classification alike (the model is wrapped),
 * so the tokeniser itself need not change to try one. Training recipes (bench/lib/training-recipe.ts: rendered ham, the
 * pot, ham weight) train each fold's model as the shipped-model script would; the messages scanned are the fold's own
 * bytes, never a rendering. Reported: spam recall, ham false-positive rate,
 * precision and F1 of "verdict ≠ clean", summed over the folds; and for the classifier alone, ham at
 * p ≥ 0.5 and p ≥ 0.7 (the SPAM_LOW and SPAM bands) and spam at p ≥ 0.5.
 */
import { writeFileSync } from 'node:fs';
import { createScanner } from '../src/runtime/index.js';
import { BayesModel, DEFAULT_LOGISTIC_PARAMS, LogisticModel, tokenize, type TextModel } from '../src/classifier/index.js';
import { scannedClassifierInput } from '../src/checks/content/classifier.js';
import { defaultConfig } from '../src/config/load.js';
import { ensureCorpus, readCorpusFile, readSplit } from './lib/corpus.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { potDir, potTrainingFiles } from './lib/phishing-pot.js';
import { dropTokens, parseDropPrefixes, withClassify, withTokenVariant, withWordBigrams } from './lib/token-variants.js';
import { describeRecipe, hamTrainingTokens, PLAIN_RECIPE, SHIPPED_RECIPE, tokenizerFor, trainWithRecipe, type Recipe } from './lib/training-recipe.js';

const args = process.argv.slice(2);
const dropArg = args.includes('--drop-names') ? args[args.indexOf('--drop-names') + 1] ?? '' : '';
const listFps = args.includes('--list');
const FOLDS = 5;

const config = defaultConfig();
/** `--score ID=N` and `--band NAME=P` (repeatable): the variant's score overrides and classifier bands. */
const variantNotes: string[] = [];
args.forEach((a, i) => {
  const [key, value] = (args[i + 1] ?? '').split('=');
  if ((a !== '--score' && a !== '--band') || !key || value === undefined || !Number.isFinite(Number(value))) return;
  if (a === '--score') config.scores[key] = Number(value);
  else if (key in config.content.classifier) (config.content.classifier as unknown as Record<string, number>)[key] = Number(value);
  else throw new Error(`--band ${key}: not a classifier band (${Object.keys(config.content.classifier).join(', ')})`);
  variantNotes.push(`${a.slice(2)} ${key}=${value}`);
});
/** `--logistic KEY=N` (repeatable): the variant's training parameters (src/classifier/logistic.ts). */
const logistic = { ...DEFAULT_LOGISTIC_PARAMS, average: DEFAULT_LOGISTIC_PARAMS.average ?? 1 };
args.forEach((a, i) => {
  if (a !== '--logistic') return;
  const [key, value] = (args[i + 1] ?? '').split('=');
  if (!key || !(key in logistic) || !Number.isFinite(Number(value))) throw new Error(`--logistic ${args[i + 1]}: not KEY=N with KEY one of ${Object.keys(logistic).join(', ')}`);
  (logistic as unknown as Record<string, number>)[key] = Number(value);
  variantNotes.push(`logistic ${key}=${value}`);
});
const dumpFile = args.includes('--dump') ? args[args.indexOf('--dump') + 1] : undefined;
const dump: string[] = [];
const limits = { maxTokens: config.content.classifier.maxTokens, maxTextChars: config.content.classifier.maxTextChars };
const dropNames = new Set(dropArg.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean));
const keep = (t: string): boolean => !t.startsWith('h:') || (!dropNames.has('all') && !dropNames.has(t.slice(2)));
/** `--drop-prefix SPEC`: token families removed (prefixes or groups of bench/lib/token-variants.ts). */
const dropPrefixes = args.includes('--drop-prefix') ? parseDropPrefixes(args[args.indexOf('--drop-prefix') + 1] ?? '') : [];
if (dropPrefixes.length) variantNotes.push(`without ${dropPrefixes.join(' ')}`);
/**
 * The training recipe: `--recipe shipped|plain` (default shipped: what `npm run train:default-model`
 * trains, so the CV measures the model users get; plain: the 2002 split alone), then `--augment-ham K` (every K-th
 * training ham of each fold taught with token-variants' fixed modern set), `--render-ham K`, `--train-pot none|words|format`,
 * `--pot-below P`, `--ham-weight W` (bench/lib/training-recipe.ts).
 */
const option = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const numberOption = (name: string, fallback: number | undefined): number | undefined => {
  const v = option(name);
  if (v === undefined) return fallback;
  if (!Number.isFinite(Number(v))) throw new Error(`${name} ${v}: not a number`);
  return Number(v);
};
const recipeName = option('--recipe') ?? 'shipped';
if (recipeName !== 'shipped' && recipeName !== 'plain') throw new Error(`--recipe ${recipeName}: shipped or plain`);
const base: Recipe = recipeName === 'shipped' ? SHIPPED_RECIPE : PLAIN_RECIPE;
const potOption = option('--train-pot') ?? base.pot;
if (potOption !== 'none' && potOption !== 'words' && potOption !== 'format') throw new Error(`--train-pot ${potOption}: none, words or format`);
const recipe: Recipe = {
  renderHam: numberOption('--render-ham', base.renderHam)!,
  augmentHam: numberOption('--augment-ham', base.augmentHam)!,
  pot: potOption,
  potBelow: numberOption('--pot-below', base.potBelow)!,
  hamWeight: numberOption('--ham-weight', base.hamWeight),
  hardHamWeight: numberOption('--hard-ham-weight', base.hardHamWeight),
};
if (describeRecipe(recipe)) variantNotes.push(describeRecipe(recipe));
/**
 * `--agree-bayes T`: a SPAM-band vote of the logistic model (spam ≤ p < spamHigh) stands only when a Bayes model trained
 * on the same fold with the same recipe gives p ≥ T too; else it counts as the low band's (p just below `spam`).
 */
const agreeBayes = numberOption('--agree-bayes', undefined);
if (agreeBayes !== undefined) variantNotes.push(`SPAM band only when Bayes p ≥ ${agreeBayes}`);
const bands = config.content.classifier;
const withAgreement = (model: TextModel, bayes: TextModel, threshold: number): TextModel =>
  withClassify(model, (tokens, n) => {
    const r = model.classify(tokens, n);
    if (r.probability < bands.spam || r.probability >= bands.spamHigh || bayes.classify(tokens, 0).probability >= threshold) return r;
    return { ...r, probability: Math.min(r.probability, bands.spam - 1e-6) };
  });
/**
 * `--bigrams`: word pairs (`bi:a_b`) added for each two body words next to each other in the token list (which keeps the
 * text's order and repeats). The scanner hands the model distinct tokens only, so with bigrams the scanned message's own
 * variant tokens (`current`) are classified instead of what the scanner passes.
 */
const bigrams = args.includes('--bigrams');
if (bigrams) variantNotes.push('word bigrams');
let current: readonly string[] | undefined;
const variant = (tokens: readonly string[]): string[] => {
  const kept = dropTokens(dropNames.size ? tokens.filter(keep) : tokens, dropPrefixes);
  return bigrams ? withWordBigrams(kept) : kept;
};

/** The model as the scanner sees it: the variant's tokens are removed before every classification. */
const withVariant = (model: TextModel): TextModel =>
  bigrams ? withClassify(model, (tokens, n) => model.classify(current ?? tokens, n)) : dropNames.size || dropPrefixes.length ? withTokenVariant(model, variant) : model;

const log = (s: string) => process.stderr.write(`[scanner-cv] ${s}\n`);
ensureCorpus(log);
const parser = await createScanner({ config, families: [] });
const tokensOf = tokenizerFor(config);
const samples = [...readSplit('train-ham').map((rel) => ({ rel, isSpam: false })), ...readSplit('train-spam').map((rel) => ({ rel, isSpam: true }))].map((s, i) => {
  const raw = readCorpusFile(s.rel);
  // The view the scan's classifier reads (scannedClassifierInput), as the shipped model's recipe learns it.
  const tokens = variant(tokenize(scannedClassifierInput(parser.parse({ raw, source: s.rel })), limits));
  // The ham's training tokens: of its modern rendering when the recipe renders it (i: its place in the ham list, as in the script).
  const trainTokens = !s.isSpam && recipe.renderHam ? variant(hamTrainingTokens(raw, i, recipe.renderHam, tokensOf).tokens) : tokens;
  return { ...s, raw, fold: i % FOLDS, tokens, trainTokens };
});
/**
 * `--dedupe J` (`--dedupe-class spam|ham|both`, default both): near-duplicates learnt once. Within a class, messages whose
 * token sets overlap by Jaccard ≥ J with an earlier one form one group (greedy, in split order); a fold learns only the
 * first member of each group among its training samples, so a campaign of 40 copies counts as one message.
 */
const dedupe = numberOption('--dedupe', undefined);
const dedupeClass = option('--dedupe-class') ?? 'both';
if (dedupeClass !== 'both' && dedupeClass !== 'spam' && dedupeClass !== 'ham') throw new Error(`--dedupe-class ${dedupeClass}: spam, ham or both`);
const group = new Int32Array(samples.length).fill(-1);
if (dedupe !== undefined) {
  variantNotes.push(`near-duplicates (Jaccard ≥ ${dedupe}, ${dedupeClass}) learnt once`);
  const sets = samples.map((s) => new Set(s.trainTokens));
  const leaders: number[] = [];
  samples.forEach((s, i) => {
    if (dedupeClass !== 'both' && (dedupeClass === 'spam') !== s.isSpam) return;
    const a = sets[i]!;
    for (const l of leaders) {
      if (samples[l]!.isSpam !== s.isSpam) continue;
      const b = sets[l]!;
      if (Math.min(a.size, b.size) < dedupe * Math.max(a.size, b.size)) continue;
      let inter = 0;
      for (const t of a) if (b.has(t)) inter++;
      if (inter / (a.size + b.size - inter) >= dedupe) { group[i] = l; return; }
    }
    leaders.push(i);
    group[i] = i;
  });
  const grouped = samples.filter((_, i) => group[i]! >= 0).length;
  log(`dedupe: ${grouped - leaders.length} of ${grouped} messages are near-duplicates of an earlier one`);
}
const potTokens = recipe.pot === 'none' ? [] : potTrainingFiles().map((file) => variant(tokensOf(readFileSync(path.join(potDir(), file)))));
log(`${samples.length} training-split messages, ${FOLDS} folds, variant: ${[dropNames.size ? `without h: tokens of ${[...dropNames].join(', ')}` : '', ...variantNotes].filter(Boolean).join('; ') || 'as shipped'}`);

let tp = 0, fn = 0, fp = 0, tn = 0, ham5 = 0, ham7 = 0, spam5 = 0;
const fps: string[] = [];
for (let fold = 0; fold < FOLDS; fold++) {
  const model = new LogisticModel(logistic);
  // The fold's training samples; `hard`: the corpus's own hard_ham folder (the recipe's hardHamWeight).
  const seenGroup = new Set<number>();
  const firstOfGroup = (i: number): boolean => group[i]! < 0 || (!seenGroup.has(group[i]!) && seenGroup.add(group[i]!) !== undefined);
  const training = samples.filter((s, i) => s.fold !== fold && firstOfGroup(i)).map((s) => ({ tokens: s.trainTokens, isSpam: s.isSpam, hard: s.rel.startsWith('hard-ham') }));
  const learnt = trainWithRecipe(model, training, potTokens, recipe, () => new LogisticModel(logistic));
  if (learnt.potUsed) log(`fold ${fold + 1}: ${learnt.potUsed} of ${potTokens.length} pot messages learnt, ham ×${learnt.hamWeight.toFixed(2)}`);
  let bayes: TextModel | undefined;
  if (agreeBayes !== undefined) {
    bayes = new BayesModel();
    trainWithRecipe(bayes, training, potTokens, recipe, () => new BayesModel());
  }
  const scanned = bayes && agreeBayes !== undefined ? withAgreement(withVariant(model), withVariant(bayes), agreeBayes) : withVariant(model);
  const scanner = await createScanner({ config, services: { classifierModel: { model: scanned, source: `cv fold ${fold}` } } });
  for (const s of samples.filter((x) => x.fold === fold)) {
    const p = model.classify(s.tokens).probability;
    current = bigrams ? s.tokens : undefined;
    const report = await scanner.scan({ raw: s.raw, source: s.rel });
    current = undefined;
    const flagged = report.verdict !== 'clean';
    const pb = bayes?.classify(s.tokens, 0).probability;
    if (dumpFile) dump.push(JSON.stringify({ rel: s.rel, isSpam: s.isSpam, p, ...(pb === undefined ? {} : { pb }), score: report.score, verdict: report.verdict, findings: report.findings.map((f) => [f.id, f.score]) }));
    if (s.isSpam) {
      if (flagged) tp++;
      else fn++;
      if (p >= 0.5) spam5++;
    } else {
      if (flagged) {
        fp++;
        fps.push(`${s.rel} ${report.verdict} ${report.score.toFixed(1)} p=${p.toFixed(3)} ${report.findings.filter((f) => f.score !== 0).map((f) => `${f.id}(${f.score})`).join(' ')}`);
      } else tn++;
      if (p >= 0.5) ham5++;
      if (p >= 0.7) ham7++;
    }
  }
  log(`fold ${fold + 1}/${FOLDS}: ${fp} ham FP, ${fn} spam missed so far`);
}
const recall = tp / (tp + fn);
const precision = tp / (tp + fp);
const f1 = (2 * precision * recall) / (precision + recall);
const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(2)} %`;
console.log(`| variant | ham FP | spam missed | spam recall | ham FP rate | precision | F1 | classifier: ham p ≥ 0.5 / ≥ 0.7, spam p ≥ 0.5 |`);
console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
const variantName = [dropNames.size ? `without h: ${[...dropNames].join(', ')}` : '', ...variantNotes].filter(Boolean).join('; ') || 'as shipped';
console.log(`| ${variantName} | ${fp} of ${fp + tn} | ${fn} of ${tp + fn} | ${recall.toFixed(4)} | ${pct(fp, fp + tn)} | ${precision.toFixed(4)} | **${f1.toFixed(4)}** | ${ham5} / ${ham7}, ${spam5} |`);
if (listFps) for (const l of fps) console.log(l);
if (dumpFile) writeFileSync(dumpFile, dump.join('\n') + '\n');
