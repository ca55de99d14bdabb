import { featuresOf, type TokenFeatures } from './features.js';
import { asFeatures, strongestEvidence, type Classification, type ModelInfo, type TextModel, type TokenEvidence } from './model.js';
import { packModel, type PackedArray } from './serialize.js';

/** Parameters of the Graham–Robinson estimate and Fisher combining (defaults as in SpamBayes). */
export interface BayesParams {
  /** Robinson's s: how strongly the prior `unknownWordProb` holds for rarely seen tokens. */
  unknownWordStrength: number;
  /** Robinson's x: the probability assumed for a token never seen. */
  unknownWordProb: number;
  /** Tokens with |p − 0.5| below this are ignored as noise. */
  minimumProbStrength: number;
  /** At most this many of the most extreme tokens are combined. */
  maxDiscriminators: number;
}

export const DEFAULT_BAYES_PARAMS: BayesParams = {
  unknownWordStrength: 0.45,
  unknownWordProb: 0.5,
  minimumProbStrength: 0.1,
  maxDiscriminators: 150,
};

/**
 * Naive Bayes in the Graham–Robinson form with Fisher's chi-square combining (Robinson, "A statistical
 * approach to the spam problem", Linux Journal 2003; SpamBayes' `chi2_spamprob`). Each token counts once
 * per message; tokens are kept by a 32-bit hash (collisions are negligible at corpus sizes), so the model
 * holds no text. Learning is incremental by nature: counts just grow.
 * @example const m = new BayesModel(); m.learn(['viagra'], true); m.learn(['meeting'], false); m.classify(['viagra']).probability > 0.5
 */
export class BayesModel implements TextModel {
  readonly kind = 'bayes' as const;
  private spamCounts = new Map<number, number>();
  private hamCounts = new Map<number, number>();
  private spamMessages = 0;
  private hamMessages = 0;
  private trainedOn = '';
  private updatedAt = new Date(0).toISOString();

  constructor(readonly params: BayesParams = DEFAULT_BAYES_PARAMS) {}

  info(): ModelInfo {
    return { kind: this.kind, spamMessages: this.spamMessages, hamMessages: this.hamMessages, trainedOn: this.trainedOn, updatedAt: this.updatedAt };
  }

  describe(trainedOn: string, at?: Date): void {
    this.trainedOn = trainedOn;
    if (at) this.updatedAt = at.toISOString();
  }

  learn(tokens: readonly string[], isSpam: boolean): void {
    const counts = isSpam ? this.spamCounts : this.hamCounts;
    const features = featuresOf(tokens);
    for (let i = 0; i < features.count; i++) {
      const h = features.hashes[i]!;
      counts.set(h, (counts.get(h) ?? 0) + 1);
    }
    if (isSpam) this.spamMessages++;
    else this.hamMessages++;
    this.updatedAt = new Date().toISOString();
  }

  train(samples: readonly { tokens: readonly string[]; isSpam: boolean }[]): void {
    for (const s of samples) this.learn(s.tokens, s.isSpam);
  }

  /** Robinson's f(w): the token's spam probability, pulled towards `unknownWordProb` when it is rare. */
  tokenProbability(hash: number): number | undefined {
    const spam = this.spamCounts.get(hash) ?? 0;
    const ham = this.hamCounts.get(hash) ?? 0;
    if (spam === 0 && ham === 0) return undefined;
    const spamRatio = spam / Math.max(1, this.spamMessages);
    const hamRatio = ham / Math.max(1, this.hamMessages);
    const p = spamRatio / (spamRatio + hamRatio);
    const n = spam + ham;
    const { unknownWordStrength: s, unknownWordProb: x } = this.params;
    return (s * x + n * p) / (s + n);
  }

  classify(tokens: readonly string[] | TokenFeatures, maxEvidence = 10): Classification {
    const features = asFeatures(tokens);
    const clues: { at: number; p: number; strength: number }[] = [];
    let known = 0;
    for (let i = 0; i < features.count; i++) {
      const p = this.tokenProbability(features.hashes[i]!);
      if (p === undefined) continue;
      known++;
      const strength = Math.abs(p - 0.5);
      if (strength >= this.params.minimumProbStrength) clues.push({ at: i, p, strength });
    }
    clues.sort((a, b) => b.strength - a.strength);
    const used = clues.slice(0, this.params.maxDiscriminators);
    if (used.length === 0) return { probability: 0.5, strongest: [], knownTokens: known };
    let lnHam = 0;
    let lnSpam = 0;
    for (const c of used) {
      lnHam += Math.log(c.p);
      lnSpam += Math.log(1 - c.p);
    }
    const n = used.length;
    const spamness = 1 - chi2Q(-2 * lnSpam, 2 * n);
    const hamness = 1 - chi2Q(-2 * lnHam, 2 * n);
    const probability = (spamness - hamness + 1) / 2;
    const evidence: TokenEvidence[] = used.slice(0, maxEvidence * 2).map((c) => ({ token: features.token(c.at), weight: Math.log(c.p / (1 - c.p)) }));
    return { probability, strongest: strongestEvidence(evidence, maxEvidence), knownTokens: known };
  }

  toBytes(): Uint8Array {
    const keys = new Set([...this.spamCounts.keys(), ...this.hamCounts.keys()]);
    const hashes = new Uint32Array([...keys].sort((a, b) => a - b));
    const spam = new Uint32Array(hashes.length);
    const ham = new Uint32Array(hashes.length);
    hashes.forEach((h, i) => {
      spam[i] = this.spamCounts.get(h) ?? 0;
      ham[i] = this.hamCounts.get(h) ?? 0;
    });
    return packModel({ info: this.info(), params: this.params }, { hashes, spam, ham });
  }

  /** Rebuilds a model from `unpackModel` output. */
  static fromPacked(header: Record<string, unknown>, arrays: Record<string, PackedArray>): BayesModel {
    const info = header.info as ModelInfo;
    const model = new BayesModel({ ...DEFAULT_BAYES_PARAMS, ...(header.params as Partial<BayesParams>) });
    const { hashes, spam, ham } = arrays;
    if (!hashes || !spam || !ham || spam.length !== hashes.length || ham.length !== hashes.length) {
      throw new Error('bayes model: missing or inconsistent count arrays');
    }
    for (let i = 0; i < hashes.length; i++) {
      if (spam[i]) model.spamCounts.set(hashes[i]!, spam[i]!);
      if (ham[i]) model.hamCounts.set(hashes[i]!, ham[i]!);
    }
    model.spamMessages = info.spamMessages;
    model.hamMessages = info.hamMessages;
    model.trainedOn = info.trainedOn;
    model.updatedAt = info.updatedAt;
    return model;
  }
}

/**
 * Upper tail of the chi-square distribution with `v` (even) degrees of freedom: the probability that a
 * chi-square variable exceeds `x2` (the series of Fisher's method, as SpamBayes computes it).
 */
export function chi2Q(x2: number, v: number): number {
  const m = x2 / 2;
  let term = Math.exp(-m);
  let sum = term;
  for (let i = 1; i < v / 2; i++) {
    term *= m / i;
    sum += term;
  }
  return Math.min(sum, 1);
}
