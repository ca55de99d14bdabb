import type { ParsedMessage } from '../../mail/types.js';
import type { Check, CheckOutput, Finding } from '../types.js';
import { unlinkedFirstLetter } from './chat-app-offer.js';
import { gramGate, gramsMayMatch } from './head-grams.js';
import { headRead, warnsAboutScheme } from './scam-structure.js';

/**
 * Session 59 (issue 17 item 6, helper scam59): the religious blessing that opens a 419, romance or charity conversation with no
 * ask at all — "You are blessed with divine power … We give thanks to you Lord God Almighty. Yours faithfully, Sister X" from a
 * free-mail address to a stranger; the ask (the widow's fund, the orphanage, the "ministry") comes with the answer. Written the
 * same way in every language ("Usted ha sido bendecido … Hermana Lucía", "Sie sind mit göttlicher Kraft gesegnet … Schwester
 * Maria", "Vous êtes béni … Soeur Marie"). What a reader can see in it is its shape, not a request:
 *
 * - a short first letter (no conversation, no list) with no web link to act on (unlinkedFirstLetter), at most MAX_LETTER
 *   characters folded;
 * - **almost every sentence speaks of God** (DIVINE: God, the Lord, the Almighty, Christ, blessed, praise, amen …, en es pt de
 *   fr it nl): at least two sentences and at most one without;
 * - **signed with a religious title before a name at its very end** (SIGNED: "Sister Grace", "Pastor Daniel", "Hermana Lucía",
 *   "Irmã Helena", "Schwester Maria", "Soeur Marie", "Suor Chiara", "Zuster Anna", optionally followed by an address).
 *
 * A mother's "I prayed for you, God will bless you … call me when you finish. Love, Mom" names no title; a pastor's letter to a
 * member tells of the member's week (its sentences are not all of God); a parish newsletter is a list and links to its site. The
 * finding is weak on purpose (spam, 2) and the stranger's composite adds 3 (CONTENT_BLESSING_HOOK_STRANGER): a church sister's
 * genuine devotional from free mail stays under the spam line (5 of 6); one more trace of the campaign (a HELO forged as the
 * free-mail provider, a display name it makes up) takes it over.
 *
 * Read in the letter unlinkedFirstLetter folds (lower case, no accents, one blank); alternatives of literals: linear.
 */

/** The longest letter read (folded characters): the hook is a few lines. */
const MAX_LETTER = 900;

/** DIVINE's words as trigram lists (head-grams.ts): the gate before any fold. */
const DIVINE_GRAMS = gramGate(['god', 'lord', 'christ', 'jesus', 'dios', 'deus', 'gott', 'dieu', 'dio', 'bless', 'segne', 'zegen', 'bened', 'bendec', 'almighty', 'praise', 'seigneur', 'heer']);

/**
 * A sentence speaks of God (folded text). "Señor", "Senhor", "Signore", "Herr" and "heer" are also Mr and Sir: only the
 * Almighty beside them (todopoderoso, todo-poderoso, onnipotente, allmächtig, almachtig) or "dem Herrn" / "de Heer" ending a
 * clause ("Wir danken dem Herrn.") is read.
 */
const DIVINE =
  /\b(?:god|gods|lord|almighty|christ|jesus|holy spirit|divine|blessed|bless(?:es|ing|ings)?|praise|amen|heaven|dios|todopoderoso|cristo|bendecid[oa]s?|bendig[ao]|bendicion(?:es)?|alabado|deus|todo-poderoso|abencoad[oa]s?|abencoe|bencaos?|louvado|gott(?:es)?|allmachtige?r?|gesegnet|segne|segen|christus|gelobt|dieu|seigneur|tout-puissant|benie?s?|benediction|louange|dio|onnipotente|benedett[oaie]|benedica|lodato|almachtige?|gezegend|zegen(?:e)?|geprezen)\b|\b(?:dem herrn|de heer)(?= ?[.!,;]|$)/;

/** The letter's end: a religious title before a name (and the writer's address, if written), folded text. */
const SIGNED =
  /(?:^|[\s,.!])(?:sister|brother|pastor|rev|reverend|bishop|evangelist|prophet(?:ess)?|apostle|hermana|hermano|pastora|irma|irmao|schwester|bruder|soeur|frere|suor|fratello|zuster|broeder)\.? [a-z][a-z'-]+(?: [a-z][a-z'-]+)?(?: [^\s@]+@[^\s@]+)?\s*$/;

/**
 * A possessive before the title makes it a relation, not a title: "Happy Easter … your brother Tom", "tu hermana Ana", "deine
 * Schwester Eva" (folded text, the characters just before the title).
 */
const POSSESSIVE_BEFORE = /\b(?:your|my|our|tu|su|mi|dein[e]?|ihre?|meine?|ton|ta|votre|ma|mon|teu|tua|seu|sua|meu|minha|tuo|vostr[oa]|mio|mia|je|jouw|uw|mijn)\s*$/;

/** Where a sentence ends (folded text): one mark and a blank, as sentences.ts reads it (a run of marks ends at its last). */
const SENTENCE_END = /[.!?;](?:\s|$)/g;

export interface BlessingHook {
  signed: string;
  sentences: number;
  divine: number;
}

/** The short first letter whose sentences speak of God and whose end is a religious title and a name, or null. */
export function blessingHook(msg: ParsedMessage): BlessingHook | null {
  const read = headRead(msg);
  if (read.wide || !gramsMayMatch(DIVINE_GRAMS, read.grams)) return null;
  // A letter several times MAX_LETTER long is not folded (the fold keeps accents' letters and joins blanks only).
  if (read.head.length > 4 * MAX_LETTER) return null;
  const folded = unlinkedFirstLetter(msg);
  if (folded === null || folded.length > MAX_LETTER) return null;
  const signed = SIGNED.exec(folded);
  if (!signed) return null;
  const titleAt = signed.index + signed[0].search(/[a-z]/);
  if (POSSESSIVE_BEFORE.test(folded.slice(Math.max(0, titleAt - 12), titleAt))) return null;
  // The sentences before the signature (the subject's line is one of them when it ends in "!" or is its own sentence).
  const text = folded.slice(0, signed.index);
  let sentences = 0;
  let divine = 0;
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  for (;;) {
    const end = SENTENCE_END.exec(text);
    const stop = end ? end.index : text.length;
    const sentence = text.slice(start, stop);
    if (/[a-z]{2}/.test(sentence)) {
      sentences++;
      if (DIVINE.test(sentence)) divine++;
    }
    if (!end) break;
    start = end.index + end[0].length;
  }
  if (sentences < 2 || divine < sentences - 1 || divine < 2 || warnsAboutScheme(folded)) return null;
  return { signed: signed[0].trim(), sentences, divine };
}

export function blessingHookCheck(): Check {
  return {
    name: 'content.blessing-hook',
    description: 'A short first letter of blessings signed with a religious title, with no web link (the opener of a 419 or romance)',
    emits: ['CONTENT_BLESSING_HOOK'],
    run(msg: ParsedMessage): CheckOutput {
      const found = blessingHook(msg);
      const findings: Finding[] = found ? [{ id: 'CONTENT_BLESSING_HOOK', evidence: `${found.divine} of ${found.sentences} sentences speak of God; signed "${found.signed}"; no web link to act on`, data: { ...found } }] : [];
      return { findings };
    },
  };
}
