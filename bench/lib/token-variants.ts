/**
 * Token variants of the classifier, for experiments (bench:scanner-cv `--drop-prefix`, `--augment-ham`; NOTES.md,
 * session 23, clf27). Dropping: tokens that start with one of the given prefixes are removed after tokenising, in
 * training and in classification alike, so the tokeniser itself need not change to try one. Body words carry no prefix (a
 * word never holds `:`), so a prefix selects only the header, MIME, structure, URL or HTML families.
 *
 * A spec is a comma-separated list of prefixes (`tag:,attr:`) and of the named groups below (`markup,mime`).
 */
import { featuresOf, type TextModel, type TokenFeatures } from '../../src/classifier/index.js';

/**
 * Families that say how a message was written and sent rather than what it says (src/classifier/tokenize.ts). In the
 * 2002 training corpus they may mark the era (plain-text list mail) more than spam.
 */
export const TOKEN_GROUPS: Readonly<Record<string, readonly string[]>> = {
  /** HTML tag names and colour/size attributes. */
  markup: ['tag:', 'attr:'],
  /** MIME types, charsets and transfer encoding / MIME-Version values. */
  mime: ['ct0:', 'ct:', 'cs:', 'content-transfer-encoding:', 'mime-version:'],
  /** Structure facts: html-only, link/host/length/recipient buckets, no-subject, hidden text… */
  structure: ['st:'],
  /** Header names and the header values tokenised (Received hosts, Message-ID, Date shapes, priorities, mailer). */
  headers: ['h:', 'rcvd:', 'mid:', 'midshape:', 'date:', 'dateshape:', 'xm:', 'x-priority:', 'x-msmail-priority:', 'importance:', 'precedence:', 'return-path:', 'reply-to:', 'to:', 'cc:'],
  /** URL hosts and TLDs. */
  urls: ['u:', 'utld:'],
  /** The From domain and its TLD. */
  sender: ['fd:', 'fdtld:'],
  /** Attachment extensions and types. */
  attachments: ['att:'],
};

/** The prefixes of a spec (`markup,st:links:` → tag:, attr:, st:links:); throws on a name that is neither. */
export function parseDropPrefixes(spec: string): string[] {
  const out: string[] = [];
  for (const item of spec.split(',').map((s) => s.trim()).filter(Boolean)) {
    const group = TOKEN_GROUPS[item];
    if (group) out.push(...group);
    else if (item.includes(':')) out.push(item);
    else throw new Error(`token prefix ${item}: neither a prefix ending in ':' nor a group (${Object.keys(TOKEN_GROUPS).join(', ')})`);
  }
  return [...new Set(out)];
}

/** `tokens` without those that start with one of `prefixes`. */
export function dropTokens(tokens: readonly string[], prefixes: readonly string[]): string[] {
  if (!prefixes.length) return [...tokens];
  return tokens.filter((t) => !prefixes.some((p) => t.startsWith(p)));
}

/**
 * The model as a scanner sees it with a variant: `variant` is applied to the tokens before every classification
 * (whether it is handed a token list or the scanner's TokenFeatures). The logistic model scales a message by its number
 * of distinct tokens, so removing tokens in training only would not be the same variant.
 */
export function withTokenVariant(model: TextModel, variant: (tokens: readonly string[]) => string[]): TextModel {
  const list = (tokens: readonly string[] | TokenFeatures): readonly string[] =>
    Array.isArray(tokens) ? (tokens as readonly string[]) : Array.from({ length: (tokens as TokenFeatures).count }, (_, i) => (tokens as TokenFeatures).token(i));
  return withClassify(model, (tokens, n) => model.classify(featuresOf(variant(list(tokens))), n));
}

/**
 * `tokens` (tokenize's list: the text's order, repeats kept) and a `bi:a_b` token for each two body words next to each
 * other (unprefixed tokens; a prefixed one between them breaks the pair): session 31's word-bigram experiment.
 */
export function withWordBigrams(tokens: readonly string[]): string[] {
  const out = [...tokens];
  const isWord = (t: string): boolean => !t.includes(':');
  for (let i = 1; i < tokens.length; i++) if (isWord(tokens[i - 1]!) && isWord(tokens[i]!)) out.push(`bi:${tokens[i - 1]}_${tokens[i]}`);
  return out;
}

/** `model` with its `classify` replaced (everything else is the model's own): how a bench variant wraps a trained model. */
export function withClassify(model: TextModel, classify: TextModel['classify']): TextModel {
  return new Proxy(model, {
    get(target, prop, receiver) {
      if (prop === 'classify') return classify;
      const v = Reflect.get(target, prop, receiver) as unknown;
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
}

/**
 * The tokens a modern mail client's HTML alternative gives a message (multipart/alternative, a UTF-8 quoted-printable
 * text part, an HTML part with html/head/meta/body/p/a/br): for an experiment in which some 2002 training ham is
 * taught as if it had been sent that way (`augmentHam`), so that these tokens stop meaning "not 2002 ham".
 */
export const MODERN_HTML_SKELETON: readonly string[] = ['tag:html', 'tag:head', 'tag:meta', 'tag:body', 'tag:p', 'tag:a', 'tag:br', 'ct0:multipart/alternative', 'ct:text/plain', 'ct:text/html', 'cs:utf-8', 'content-transfer-encoding:quoted-printable', 'st:html-and-text'];

/**
 * Training samples with every ham whose position in `samples` is a multiple of `every` given MODERN_HTML_SKELETON in place of its root type
 * (`ct0:`); spam and the other ham unchanged. Training only: the messages classified are never changed.
 */
export function augmentHam<S extends { tokens: readonly string[]; isSpam: boolean }>(samples: readonly S[], every: number): S[] {
  if (!(every >= 1)) return [...samples];
  return samples.map((s, i) => (s.isSpam || i % every !== 0 ? s : { ...s, tokens: [...new Set([...s.tokens.filter((t) => !t.startsWith('ct0:')), ...MODERN_HTML_SKELETON])] }));
}
