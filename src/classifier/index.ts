import { BayesModel } from './bayes.js';
import { LogisticModel } from './logistic.js';
import type { ModelKind, TextModel } from './model.js';
import { unpackModel } from './serialize.js';

export * from './model.js';
export { DistinctTokens, featuresOf, type TokenFeatures } from './features.js';
export { BayesModel, DEFAULT_BAYES_PARAMS } from './bayes.js';
export { LogisticModel, DEFAULT_LOGISTIC_PARAMS } from './logistic.js';
export { classifierInputFromMessage, faintlessClassifierInput, seenClassifierInput } from './from-message.js';
export { tokenize, tokenFeatures, tokenFeaturesWithHead, emptyInput, DEFAULT_TOKENIZE_LIMITS, type ClassifierInput, type HeaderPair, type TokenizeLimits } from './tokenize.js';

/**
 * A fresh, untrained model of the given kind.
 * @example const model = createModel('bayes');
 */
export function createModel(kind: ModelKind): TextModel {
  return kind === 'bayes' ? new BayesModel() : new LogisticModel();
}

/**
 * Reads a model from the bytes `TextModel.toBytes()` wrote (a file, a store row).
 * @example const model = loadModel(readFileSync('models/default.model.gz'));
 */
export function loadModel(bytes: Uint8Array): TextModel {
  const { header, arrays } = unpackModel(bytes);
  const kind = (header.info as { kind?: string } | undefined)?.kind;
  if (kind === 'bayes') return BayesModel.fromPacked(header, arrays);
  if (kind === 'logistic') return LogisticModel.fromPacked(header, arrays);
  throw new Error(`unknown classifier model kind ${String(kind)}`);
}
