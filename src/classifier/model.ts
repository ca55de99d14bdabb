/** The contract both classifier variants implement; the store and the content family see only this. */
import { featuresOf, type TokenFeatures } from './features.js';

/** One token's pull on a classification: positive towards spam, negative towards ham. */
export interface TokenEvidence {
  token: string;
  weight: number;
}

export interface Classification {
  /** Probability that the message is spam, in [0, 1]. */
  probability: number;
  /** The message's tokens that pulled hardest, strongest first (spam and ham alike). */
  strongest: TokenEvidence[];
  /** How many of the message's distinct tokens the model had seen in training. */
  knownTokens: number;
}

export type ModelKind = 'bayes' | 'logistic';

/** Metadata kept with a serialised model. */
export interface ModelInfo {
  kind: ModelKind;
  /** Messages learned, by class. */
  spamMessages: number;
  hamMessages: number;
  /** Free text: what it was trained on (corpus, split, script). */
  trainedOn: string;
  /** ISO time of the last training or learning. */
  updatedAt: string;
}

/**
 * A trainable, incremental text classifier over tokens (see ./tokenize.ts).
 * @example model.learn(tokenize(input), true); model.classify(tokenize(other)).probability
 */
export interface TextModel {
  readonly kind: ModelKind;
  info(): ModelInfo;
  /** Learns one message incrementally (no retraining from scratch). */
  learn(tokens: readonly string[], isSpam: boolean): void;
  /** Trains on a batch; may make several passes (the logistic model does). */
  train(samples: readonly { tokens: readonly string[]; isSpam: boolean }[]): void;
  /** Token lists are deduplicated and hashed first (featuresOf); a scan passes `tokenFeatures(…)`, which did that as it tokenised. */
  classify(tokens: readonly string[] | TokenFeatures, maxEvidence?: number): Classification;
  /** Sets the provenance text stored with the model (and its time stamp, for reproducible files). */
  describe(trainedOn: string, at?: Date): void;
  /** The model's parameters and info as bytes (see ./serialize.ts for the container). */
  toBytes(): Uint8Array;
}

/** The features of what a model is asked to classify. */
export function asFeatures(tokens: readonly string[] | TokenFeatures): TokenFeatures {
  return Array.isArray(tokens) ? featuresOf(tokens) : (tokens as TokenFeatures);
}

/**
 * Keeps the `n` strongest entries by |weight|, strongest first, ties in their order in `items` (what a
 * stable sort by |weight| and `slice(0, n)` give), by insertion into a list of at most `n`: a message has
 * hundreds of candidates and only the strongest ten are wanted.
 */
export function strongestEvidence(items: readonly TokenEvidence[], n: number): TokenEvidence[] {
  const best: TokenEvidence[] = [];
  if (n <= 0) return best;
  for (const item of items) {
    const strength = Math.abs(item.weight);
    if (best.length >= n && !(strength > Math.abs(best[best.length - 1]!.weight))) continue;
    let at = best.length;
    while (at > 0 && Math.abs(best[at - 1]!.weight) < strength) at--;
    best.splice(at, 0, item);
    if (best.length > n) best.pop();
  }
  return best;
}
