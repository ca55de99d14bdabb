/**
 * How the shipped model's training set is made from its sources (scripts/train-default-model.ts), shared with
 * bench:scanner-cv so a recipe is judged by cross-validation exactly as the script would train it (NOTES.md,
 * session 24, clf28):
 *   - the SpamAssassin training split (2002), with every `renderHam`-th ham (by its place in the split's list)
 *     re-rendered as modern client mail (./modern-render.ts) and tokenised from those bytes;
 *   - optionally the phishing-pot dev corpus's training part as spam (`pot`): its words only (`words`:
 *     ./honeypot-tokens.ts) or also how it was written (`format`: MIME, markup and structure tokens kept; the
 *     honeypot mailbox's own fields and the recipient still removed), only the messages a model of the other
 *     samples puts below `potBelow`;
 *   - ham repeated `hamWeight` times (default with the pot: the 2002 split's ham-to-spam ratio restored);
 *   - every `augmentHam`-th ham given the fixed modern token set of ./token-variants.ts (session 23's experiment);
 *   - the corpus's hard ham (samples marked `hard`) repeated `hardHamWeight` times (session 31's experiment: no gain).
 */
import { tokenize, type TextModel } from '../../src/classifier/index.js';
import { scannedClassifierInput } from '../../src/checks/content/classifier.js';
import { parseMessage } from '../../src/mail/parse/index.js';
import type { SpamlabConfig } from '../../src/config/schema.js';
import { honeypotFormatTokens, honeypotTokens, weightHam } from './honeypot-tokens.js';
import { renderModern, seeded, styleFor } from './modern-render.js';
import { augmentHam } from './token-variants.js';

export interface Recipe {
  /** Every K-th training ham re-rendered as modern mail (0: none). */
  renderHam: number;
  /** The phishing pot as spam: not at all, its words, or its words and format tokens. */
  pot: 'none' | 'words' | 'format';
  /** Only pot messages below this probability of a model of the other samples are learnt. */
  potBelow: number;
  /** Ham repetitions; undefined: 1 without the pot, the 2002 ham-to-spam ratio restored with it. */
  hamWeight?: number;
  /** Every K-th ham given token-variants' fixed modern set (0: none). */
  augmentHam: number;
  /** Repetitions of the samples marked `hard` (the corpus's hard ham), on top of `hamWeight` (undefined: 1). */
  hardHamWeight?: number;
}

/** The 2002 training split alone, as it is. */
export const PLAIN_RECIPE: Recipe = { renderHam: 0, pot: 'none', potBelow: 0.9, augmentHam: 0 };
/**
 * The recipe of the shipped model (models/default.model.gz; `npm run train:default-model -- --check`): every 2nd training ham
 * learnt from its modern rendering (clf28's candidate A; modern-ham probe 18 → 4 flagged). Shipped in session 24 and taken
 * back (eight tests of phish whose rule evidence needed the old model's spam vote), shipped again in session 29 with the
 * phishing composites resting on sender and link evidence instead of that vote (NOTES.md, session 29, clf29).
 */
export const SHIPPED_RECIPE: Recipe = { ...PLAIN_RECIPE, renderHam: 2 };

/** The recipe of the environment's SPAMLAB_RENDER_HAM, SPAMLAB_TRAIN_POT (1 = words, words, format), SPAMLAB_POT_BELOW, SPAMLAB_HAM_WEIGHT, SPAMLAB_AUGMENT_HAM, SPAMLAB_HARD_HAM_WEIGHT over `defaults`. */
export function recipeFromEnv(env: NodeJS.ProcessEnv, defaults: Recipe): Recipe {
  const num = (name: string, fallback: number | undefined): number | undefined => {
    const v = env[name];
    if (v === undefined || v === '') return fallback;
    if (!Number.isFinite(Number(v))) throw new Error(`${name}=${v} is not a number`);
    return Number(v);
  };
  const potEnv = env.SPAMLAB_TRAIN_POT;
  const pot = potEnv === undefined || potEnv === '' ? defaults.pot : potEnv === '1' ? 'words' : potEnv === '0' ? 'none' : potEnv;
  if (pot !== 'none' && pot !== 'words' && pot !== 'format') throw new Error(`SPAMLAB_TRAIN_POT=${potEnv}: 0, 1 (= words), words or format`);
  const hamWeight = num('SPAMLAB_HAM_WEIGHT', defaults.hamWeight);
  const hardHamWeight = num('SPAMLAB_HARD_HAM_WEIGHT', defaults.hardHamWeight);
  return {
    renderHam: num('SPAMLAB_RENDER_HAM', defaults.renderHam)!,
    pot,
    potBelow: num('SPAMLAB_POT_BELOW', defaults.potBelow)!,
    ...(hamWeight === undefined ? {} : { hamWeight }),
    augmentHam: num('SPAMLAB_AUGMENT_HAM', defaults.augmentHam)!,
    ...(hardHamWeight === undefined ? {} : { hardHamWeight }),
  };
}

/** The recipe in a few words (for a model's description and the benches' tables). */
export function describeRecipe(r: Recipe): string {
  return [
    r.renderHam ? `${r.renderHam === 1 ? 'every' : `1 in ${r.renderHam}`} plain-text ham re-rendered as modern client mail` : '',
    r.augmentHam ? `1 in ${r.augmentHam} ham with modern HTML tokens added` : '',
    r.pot !== 'none' ? `phishing-pot dev training part as spam (${r.pot === 'words' ? 'words only' : 'words and format'}, p < ${r.potBelow} before)` : '',
    r.hamWeight !== undefined ? `ham ×${r.hamWeight}` : '',
    r.hardHamWeight !== undefined && r.hardHamWeight !== 1 ? `hard ham ×${r.hardHamWeight}` : '',
  ]
    .filter(Boolean)
    .join(', ');
}

export type Tokenizer = (raw: Uint8Array) => string[];

/** Tokens of raw bytes as the scanner makes them (spamlab's parser with `config`'s limits, then tokenize). */
export function tokenizerFor(config: SpamlabConfig): Tokenizer {
  const { maxMessageBytes, maxMimeDepth, maxParts, maxHeaderBytes } = config.limits;
  const limits = { maxTokens: config.content.classifier.maxTokens, maxTextChars: config.content.classifier.maxTextChars };
  return (raw) => tokenize(scannedClassifierInput(parseMessage(raw, { maxMessageBytes, maxMimeDepth, maxParts, maxHeaderBytes })), limits);
}

/** The seed of the renderings: a message's style and boundary depend only on its place in the ham list. */
const RENDER_SEED = 20_260_101;

/**
 * The training tokens of the `hamIndex`-th ham of the split: of its modern rendering when `renderHam` selects it and
 * the message can be rendered (one plain-text part), else of its own bytes.
 */
export function hamTrainingTokens(raw: Uint8Array, hamIndex: number, renderHam: number, tokens: Tokenizer): { tokens: string[]; rendered: boolean } {
  if (renderHam >= 1 && hamIndex % renderHam === 0) {
    const random = seeded(RENDER_SEED + hamIndex);
    const bytes = renderModern(raw, styleFor(random), random);
    if (bytes) return { tokens: tokens(bytes), rendered: true };
  }
  return { tokens: tokens(raw), rendered: false };
}

export interface Sample {
  tokens: readonly string[];
  isSpam: boolean;
  /** A ham the corpus itself files as hard (SpamAssassin's hard_ham: newsletters and adverts that were wanted). */
  hard?: boolean;
}

/**
 * Trains `model` with the recipe: `corpus` (the 2002 samples, ham already rendered as the recipe says), then the pot's
 * messages (`potTokens`: their full tokens) the recipe admits, ham weighted. Returns what was learnt.
 */
export function trainWithRecipe(
  model: TextModel,
  corpus: readonly Sample[],
  potTokens: readonly (readonly string[])[],
  recipe: Recipe,
  newModel: () => TextModel,
): { potUsed: number; hamWeight: number; spam: number; ham: number } {
  const samples: Sample[] = [...corpus];
  let potUsed = 0;
  let hamWeight = recipe.hamWeight ?? 1;
  if (recipe.pot !== 'none') {
    const base = newModel();
    base.train(augmentHam(samples, recipe.augmentHam));
    const learnt = recipe.pot === 'words' ? honeypotTokens : honeypotFormatTokens;
    for (const tokens of potTokens) {
      if (base.classify(tokens).probability >= recipe.potBelow) continue;
      potUsed++;
      samples.push({ tokens: learnt(tokens), isSpam: true });
    }
    const corpusSpam = corpus.filter((s) => s.isSpam).length;
    hamWeight = recipe.hamWeight ?? samples.filter((s) => s.isSpam).length / corpusSpam;
  }
  const ham = samples.filter((s) => !s.isSpam).length;
  const spam = samples.length - ham;
  const hardWeight = recipe.hardHamWeight ?? 1;
  if (hardWeight !== 1) {
    // The copies go after the samples, as weightHam's do, so the first of each stays where it was.
    const hard = samples.filter((s) => s.hard && !s.isSpam);
    const copies = [...hard];
    weightHam(copies, hardWeight);
    samples.push(...copies.slice(hard.length));
  }
  weightHam(samples, hamWeight);
  model.train(augmentHam(samples, recipe.augmentHam));
  return { potUsed, hamWeight, spam, ham };
}
