import { classifierInputFromMessage, faintlessClassifierInput, seenClassifierInput, DistinctTokens, tokenFeaturesWithHead, type Classification, type ClassifierInput, type TextModel } from '../../classifier/index.js';
import { FAINT_TEXT_MIN_CHARS } from '../../mail/parse/index.js';
import { shownText } from '../../mail/shown-text.js';
import type { ParsedMessage } from '../../mail/types.js';
import { checkInput } from '../input.js';
import type { Check, Finding } from '../types.js';
import type { ContentConfig } from './config.js';
import { guessLanguage, SAMPLE_CHARS } from './language.js';

export const CLASSIFIER_IDS = [
  'CONTENT_CLASSIFIER_SPAM_HIGH',
  'CONTENT_CLASSIFIER_SPAM',
  'CONTENT_CLASSIFIER_SPAM_LOW',
  'CONTENT_CLASSIFIER_HAM',
  'CONTENT_CLASSIFIER_HAM_HIGH',
  'CONTENT_CLASSIFIER_UNAVAILABLE',
  'CONTENT_CLASSIFIER_LANGUAGE_UNSEEN',
] as const;

/**
 * The classifier's input for a parsed message as the scan reads it: from the checks' view of the message (checkInput: the
 * bounded subject, filler runs as their edges, a winmail.dat body as the letter), which the classifier check is handed. What
 * learns (spamlab train, the API's learn, the shipped model's recipe) reads through this, so a model learns the tokens it is
 * later asked about: a letter whose body is only in winmail.dat is not learned as "st:no-body" (issue 17 item 8).
 */
export function scannedClassifierInput(msg: ParsedMessage): ClassifierInput {
  return classifierInputFromMessage(checkInput(msg));
}

/** The graded id for a probability, or undefined in the undecided middle band. */
export function classifierBand(p: number, bands: ContentConfig['classifier']): (typeof CLASSIFIER_IDS)[number] | undefined {
  if (p >= bands.spamHigh) return 'CONTENT_CLASSIFIER_SPAM_HIGH';
  if (p >= bands.spam) return 'CONTENT_CLASSIFIER_SPAM';
  if (p >= bands.spamLow) return 'CONTENT_CLASSIFIER_SPAM_LOW';
  if (p <= bands.hamHigh) return 'CONTENT_CLASSIFIER_HAM_HIGH';
  if (p <= bands.ham) return 'CONTENT_CLASSIFIER_HAM';
  return undefined;
}

/**
 * The statistical classifier's vote: one graded finding with the probability and the tokens that pulled
 * hardest as evidence. `model` is loaded once per process by the family (or injected as a service);
 * `unavailable` says why there is none.
 */
export function classifierCheck(config: ContentConfig['classifier'], loaded: { model: TextModel; source: string } | { error: string }): Check {
  // One set of features per check, refilled for each message: run() is synchronous and done with them
  // (classify builds its evidence strings) before it returns.
  const features = new DistinctTokens(config.maxTokens);
  return {
    name: 'content.classifier',
    description: 'Statistical content classifier (trainable; English and Japanese tokens)',
    emits: CLASSIFIER_IDS,
    run(msg) {
      if ('error' in loaded) return { findings: [{ id: 'CONTENT_CLASSIFIER_UNAVAILABLE', evidence: loaded.error.slice(0, 300) }] };
      const limits = { maxTokens: config.maxTokens, maxTextChars: config.maxTextChars };
      const input = classifierInputFromMessage(msg);
      const read = tokenFeaturesWithHead(input, limits, config.noTextHeadChars, features);
      const whole = loaded.model.classify(read.features, config.evidenceTokens);
      // A page that shows no text: its head votes too, and the higher vote counts (see noTextHeadChars).
      const head = read.head && loaded.model.classify(read.head, config.evidenceTokens);
      let result: Classification = head && head.probability > whole.probability ? head : whole;
      // What the reader sees votes too (seenClassifierInput: without text in a colour the reader may not see — white on a page
      // whose background is a picture or a rule we cannot place, white on a light grey — and without the markup of hidden
      // elements), and the higher vote counts: such text and markup can raise the vote and never lower it (issue 17 item 8:
      // a newsletter appended in white or display:none).
      const seen = seenClassifierInput(msg, input, FAINT_TEXT_MIN_CHARS);
      const faintless = seen && loaded.model.classify(tokenFeaturesWithHead(seen, limits, 0).features, config.evidenceTokens);
      if (faintless && faintless.probability > result.probability) result = faintless;
      // And without faint elements' markup but with hidden markup (faintlessClassifierInput): appended white paragraphs' tags.
      const cut = faintlessClassifierInput(msg, input, FAINT_TEXT_MIN_CHARS);
      const withoutFaintMarkup = cut && loaded.model.classify(tokenFeaturesWithHead(cut, limits, 0).features, config.evidenceTokens);
      if (withoutFaintMarkup && withoutFaintMarkup.probability > result.probability) result = withoutFaintMarkup;
      const id = classifierBand(result.probability, config);
      if (!id) return { findings: [] };
      // The model learned ham only in config.languages (the shipped one: English; its pot spam is also pt/de/nl/fr/es/ja).
      // On a text guessed in another language a ham vote rests on headers and layout, not on what the text says (a German
      // task-job letter read as ham, session 14): withheld. A spam vote there has the opposite bias — every word of the
      // language was seen only in spam, so its function words pull towards spam (a short French family note, session 39):
      // when content.classifier.temperUnseenSpam is on (the default since session 41, see config.ts) the vote stands, marked, and the composite CONTENT_CLASSIFIER_SPAM_LANGUAGE_UNSEEN counts it for less on mail
      // without bulk mail's shape or an unwanted topic (the near-certain band is left whole).
      const asked = config.languages.length > 0 && (id.includes('HAM') || (config.temperUnseenSpam && id !== 'CONTENT_CLASSIFIER_SPAM_HIGH'));
      const unseen = asked ? unseenLanguage(msg, config.languages) : undefined;
      if (unseen && id.includes('HAM')) {
        return { findings: [{ id: 'CONTENT_CLASSIFIER_LANGUAGE_UNSEEN', evidence: `text in ${unseen}, model learned ${config.languages.join('/')}: ${id} (p=${result.probability.toFixed(4)}) withheld`, data: { language: unseen, withheld: id, probability: Math.round(result.probability * 1e6) / 1e6 } }] };
      }
      // The pulling tokens joined in one loop, not filtered then mapped: filter's array is one of small integers when no
      // token pulls and one of objects otherwise, and this optimised run was thrown away ("wrong map") at its reads in the SA
      // split's second and third passes, a recompile of the check each time (NOTES, issue 18, session 42, late42).
      const spamSide = id.includes('SPAM');
      let pulling = '';
      let pullingCount = 0;
      for (let i = 0; i < result.strongest.length; i++) {
        const e = result.strongest[i]!;
        if (spamSide ? e.weight > 0 : e.weight < 0) pulling += (pullingCount++ === 0 ? '' : ', ') + e.token;
      }
      const byHead = result === head;
      const byFaintless = result === faintless || result === withoutFaintMarkup;
      const how = byHead
        ? ` (the first ${config.noTextHeadChars} characters of a page that shows no text; whole p=${whole.probability.toFixed(4)})`
        : byFaintless
          ? ` (what the reader sees: without ${result === withoutFaintMarkup ? `${msg.htmlFacts.faintColourChars} characters in a colour that may not be seen and their elements' markup` : seen?.text !== input.text ? `${msg.htmlFacts.faintColourChars} characters in a colour that may not be seen` : 'the markup of hidden elements'}; whole p=${whole.probability.toFixed(4)})`
          : '';
      const finding: Finding = {
        id,
        evidence: `p=${result.probability.toFixed(4)}${how}${pullingCount ? `: ${pulling}` : ''}`,
        data: {
          probability: Math.round(result.probability * 1e6) / 1e6,
          ...(byHead && { read: 'head', wholeProbability: Math.round(whole.probability * 1e6) / 1e6 }),
          ...(byFaintless && { read: 'seen', wholeProbability: Math.round(whole.probability * 1e6) / 1e6 }),
          model: loaded.source,
          kind: loaded.model.kind,
          knownTokens: result.knownTokens,
          tokens: result.strongest.map((e) => ({ token: e.token, weight: Math.round(e.weight * 1000) / 1000 })),
        },
      };
      if (!unseen) return { findings: [finding] };
      const marker: Finding = { id: 'CONTENT_CLASSIFIER_LANGUAGE_UNSEEN', evidence: `text in ${unseen}, model learned ham only in ${config.languages.join('/')}: ${id} (p=${result.probability.toFixed(4)}) counts for less unless the mail has bulk mail's shape or an unwanted topic`, data: { language: unseen, tempered: id, probability: Math.round(result.probability * 1e6) / 1e6 } };
      return { findings: [finding, marker] };
    },
  };
}

/** The guessed language of a message's subject and shown text when it is not one the model learned, else undefined. */
function unseenLanguage(msg: Parameters<Check['run']>[0], languages: readonly string[]): string | undefined {
  // Only the guess's sample is cut from the shown text (cutting the joined text would copy all of it first).
  const { language } = guessLanguage(`${msg.subject}\n${shownText(msg).slice(0, SAMPLE_CHARS)}`, true);
  return language && !languages.includes(language) ? language : undefined;
}
