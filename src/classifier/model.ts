/** The contract both classifier variants implement; the store and the content family see only this. */

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
  classify(tokens: readonly string[], maxEvidence?: number): Classification;
  /** Sets the provenance text stored with the model (and its time stamp, for reproducible files). */
  describe(trainedOn: string, at?: Date): void;
  /** The model's parameters and info as bytes (see ./serialize.ts for the container). */
  toBytes(): Uint8Array;
}

/** Distinct tokens, in first-seen order. */
export function uniqueTokens(tokens: readonly string[]): string[] {
  return [...new Set(tokens)];
}

/** Keeps the `n` strongest entries by |weight|. */
export function strongestEvidence(items: TokenEvidence[], n: number): TokenEvidence[] {
  return items.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight)).slice(0, n);
}
