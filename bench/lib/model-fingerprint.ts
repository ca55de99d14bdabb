/**
 * A fingerprint of what the shipped model (models/default.model.gz) learns from, checkable without its training corpus.
 *
 * The model is trained by scripts/train-default-model.ts from the SpamAssassin corpus, fetched from the npm registry: a
 * unit test cannot retrain it (tests stay offline). But the model goes stale whenever the parser, the view the classifier
 * reads (scannedClassifierInput), the tokeniser or the ham renderer changes what a message's training tokens are — and
 * that went unnoticed from session 46 to session 65 (ham66: `train:default-model -- --check` said DIFFERENT; the benches
 * had been measuring a model the scanner did not ship). So the training script also records the SHA-256 of the same
 * training tokens made from a fixed sample of ../shared/data (every FINGERPRINT_STEP-th design row of the phishing pot:
 * never a held-out row), and src/classifier/model-fingerprint.test.ts recomputes it: a change of tokens fails there, and
 * the remedy is `npm run train:default-model` (which rewrites both files; commit both).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SpamlabConfig } from '../../src/config/schema.js';
import { potDir, readLabels } from './phishing-pot.js';
import { hamTrainingTokens, SHIPPED_RECIPE, tokenizerFor } from './training-recipe.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Where the training script records the fingerprint, beside the model. */
export const FINGERPRINT_FILE = path.join(REPO, 'models', 'default.model.tokens.json');
/** Every n-th design row of the pot (sorted by file name): ~300 messages of 2022–2026 in seven languages, ~2 s to tokenize. */
export const FINGERPRINT_STEP = 6;

export interface TokenFingerprint {
  /** How many messages the fingerprint covers. */
  messages: number;
  /** SHA-256 of their training tokens, as the shipped recipe makes them (as spam, and as a rendered ham). */
  sha256: string;
}

/** The sample's paths: every FINGERPRINT_STEP-th design row of bench/phishing-labels.tsv, sorted by name. */
export function fingerprintSample(): string[] {
  const dir = potDir();
  const design = readLabels()
    .filter((r) => r.part === 'design')
    .map((r) => r.file)
    .sort();
  return design.filter((_, i) => i % FINGERPRINT_STEP === 0).map((f) => path.join(dir, f));
}

/**
 * The fingerprint of `files`: for each, in order, the tokens the shipped recipe learns from it as spam (tokenizerFor) and
 * as the i-th ham (hamTrainingTokens: its modern rendering when the recipe renders that one), each list hashed in order.
 */
export function tokenFingerprint(files: readonly string[], config: SpamlabConfig): TokenFingerprint {
  const tokensOf = tokenizerFor(config);
  const hash = createHash('sha256');
  files.forEach((file, i) => {
    const raw = new Uint8Array(readFileSync(file));
    hash.update(tokensOf(raw).join('\n')).update('\0');
    hash.update(hamTrainingTokens(raw, i, SHIPPED_RECIPE.renderHam, tokensOf).tokens.join('\n')).update('\0\0');
  });
  return { messages: files.length, sha256: hash.digest('hex') };
}

/** The recorded fingerprint, or undefined when the file is missing or unreadable. */
export function recordedFingerprint(): TokenFingerprint | undefined {
  try {
    const value = JSON.parse(readFileSync(FINGERPRINT_FILE, 'utf8')) as Partial<TokenFingerprint>;
    return typeof value.messages === 'number' && typeof value.sha256 === 'string' ? { messages: value.messages, sha256: value.sha256 } : undefined;
  } catch {
    return undefined;
  }
}
