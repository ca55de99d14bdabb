/**
 * How the shipped model learns from the phishing-pot dev corpus without costing ham (issue 17), chosen
 * without looking at any test split: 5-fold cross-validation on the SpamAssassin TRAINING split (70 %),
 * the honeypot's messages added as spam to every training fold.
 *
 *   npm run bench:classifier-pot
 *
 * For each recipe (which honeypot messages, how much weight on ham) it reports, over the five folds: the
 * share of held-out SpamAssassin ham at p ≥ 0.5 and p ≥ 0.7 (the classifier's SPAM_LOW and SPAM bands;
 * SPAM scores 6 and decides a verdict alone), the share of held-out SpamAssassin spam at p ≥ 0.5, and the
 * share of the design part of the hand-labelled honeypot sample at p ≥ 0.5 (kept out of training here).
 * The held-out part of that sample and the SpamAssassin test split (30 %) are not read.
 * The rule: the recipe with the best honeypot recall whose ham rate at p ≥ 0.7 is no worse than the
 * 2002-only model's.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createModel } from '../src/classifier/index.js';
import { defaultConfig } from '../src/config/load.js';
import { ensureCorpus, readCorpusFile, readSplit } from './lib/corpus.js';
import { potDir, potTrainingFiles, readLabels } from './lib/phishing-pot.js';
import { HAM_RATIO_NOTE, honeypotTokens, weightHam } from './lib/honeypot-tokens.js';
import { tokenizerFor } from './lib/training-recipe.js';

const config = defaultConfig();
// The tokens the shipped model's recipe learns and the scan's classifier reads (parser, view, tokeniser with config's limits).
const tokensOf = tokenizerFor(config);
const log = (s: string) => process.stderr.write(`[cv] ${s}\n`);

ensureCorpus(log);
log('tokenising');
const sa = [...readSplit('train-ham').map((rel) => ({ rel, isSpam: false })), ...readSplit('train-spam').map((rel) => ({ rel, isSpam: true }))].map((s, i) => ({
  ...s,
  fold: i % 5,
  tokens: tokensOf(readCorpusFile(s.rel)),
}));
const design = new Set(readLabels().filter((r) => r.part === 'design' && r.label !== 'ham').map((r) => r.file));
const pot = potTrainingFiles().map((file) => ({ file, tokens: tokensOf(readFileSync(path.join(potDir(), file))) }));
const potTrain = pot.filter((p) => !design.has(p.file));
const potTest = pot.filter((p) => design.has(p.file));
log(`${sa.length} SpamAssassin training messages, ${potTrain.length} honeypot messages to learn from, ${potTest.length} design-part messages to measure`);

interface Recipe {
  name: string;
  pot: 'none' | 'all' | 'unsure';
  hamWeight: number | 'ratio';
}
const only = process.env.SPAMLAB_CV_ONLY;
const allRecipes: Recipe[] = [
  { name: '2002 corpus only (the model shipped before)', pot: 'none', hamWeight: 1 },
  ...[1, 2, 3, 4, 6, 8].map((w) => ({ name: `all honeypot messages, ham ×${w}`, pot: 'all' as const, hamWeight: w })),
  { name: 'all honeypot messages, ham × ratio', pot: 'all', hamWeight: 'ratio' },
  ...[1, 2, 3].map((w) => ({ name: `honeypot messages the 2002 model is unsure of (p < 0.9), ham ×${w}`, pot: 'unsure' as const, hamWeight: w })),
  { name: 'honeypot messages the 2002 model is unsure of (p < 0.9), ham × ratio', pot: 'unsure', hamWeight: 'ratio' },
];
/** SPAMLAB_CV_ONLY=text runs only the recipes whose name contains it (and the 2002-only baseline). */
const recipes = only ? allRecipes.filter((r, i) => i === 0 || r.name.includes(only)) : allRecipes;

const rate = (n: number, d: number) => (d ? ((100 * n) / d).toFixed(2) : '–');
const rows: string[] = [];
for (const recipe of recipes) {
  let ham = 0, ham5 = 0, ham7 = 0, spam = 0, spam5 = 0, potN = 0, pot5 = 0;
  for (let fold = 0; fold < 5; fold++) {
    const train = sa.filter((s) => s.fold !== fold).map((s) => ({ tokens: s.tokens, isSpam: s.isSpam }));
    const saSpam = train.filter((s) => s.isSpam).length;
    let extra = potTrain;
    if (recipe.pot === 'unsure') {
      const base = createModel('logistic');
      base.train(train);
      extra = potTrain.filter((p) => base.classify(p.tokens).probability < 0.9);
    }
    if (recipe.pot !== 'none') train.push(...extra.map((p) => ({ tokens: honeypotTokens(p.tokens), isSpam: true })));
    const spamCount = train.filter((s) => s.isSpam).length;
    weightHam(train, recipe.hamWeight === 'ratio' ? spamCount / saSpam : recipe.hamWeight);
    const model = createModel('logistic');
    model.train(train);
    for (const s of sa.filter((x) => x.fold === fold)) {
      const p = model.classify(s.tokens).probability;
      if (s.isSpam) {
        spam++;
        if (p >= 0.5) spam5++;
      } else {
        ham++;
        if (p >= 0.5) ham5++;
        if (p >= 0.7) ham7++;
      }
    }
    for (const p of potTest) {
      potN++;
      if (model.classify(p.tokens).probability >= 0.5) pot5++;
    }
  }
  rows.push(`| ${recipe.name} | ${rate(ham5, ham)} % | ${rate(ham7, ham)} % | ${rate(spam5, spam)} % | ${rate(pot5, potN)} % |`);
  log(rows.at(-1)!);
}
process.stdout.write(
  [
    '# Classifier recipes, 5-fold cross-validation on the SpamAssassin training split (issue 17)',
    '',
    HAM_RATIO_NOTE,
    '',
    '| recipe | ham p ≥ 0.5 | ham p ≥ 0.7 | spam p ≥ 0.5 | honeypot design part p ≥ 0.5 |',
    '|---|---:|---:|---:|---:|',
    ...rows,
    '',
  ].join('\n'),
);
