import { shownText } from '../../mail/shown-text.js';
import type { ParsedMessage } from '../../mail/types.js';
import type { Check, CheckOutput, Finding } from '../types.js';
import { gramGate, gramsMayMatch } from './head-grams.js';
import { headRead, headReadCovers } from './scam-structure.js';
import { lazyRegExp } from '../../mail/lazy-regexp.js';

/**
 * An HTML document sent as plain text (session 38): the only body is `text/plain` (declared, or no Content-Type at all) and
 * it begins with `<!DOCTYPE html>` or `<html>`, so the reader sees the markup itself ("AI agent running by tonight?" shown as
 * `<!doctype html> <html> <head> <title>…`). A mail client or a list tool writes HTML as text/html; a script that talks to
 * the receiving server itself and forgets the header does this. 0 of the 4,150 SpamAssassin ham and the modern-ham probe;
 * 38 of the 1,896 SpamAssassin spam; 1 dev-pot message (clean before).
 */
const HTML_DOCUMENT_START = /^\s*<(?:!doctype\s+html|html)[\s>]/i;

/** Whether the message's only body is plain text that is an HTML document. */
export function htmlSentAsPlainText(msg: Pick<ParsedMessage, 'text' | 'html'>): boolean {
  return msg.html === '' && HTML_DOCUMENT_START.test(msg.text.slice(0, 512));
}

/**
 * The opt-out line or list footer a bulk sender puts at the head or the foot of its mail (session 41): how to stop receiving
 * it, or why the reader receives it — "unsubscribe", fr "si vous ne souhaitez plus recevoir ce courrier" / "se désinscrire" /
 * "vous recevez cet e-mail en tant qu'abonné" / the CNIL footer "loi informatique et libertés", es "darse de baja" / "si ya no
 * desea recibir", pt "descadastre-se" / "para deixar de receber" / "cancelar inscrição" / "este e-mail foi enviado para",
 * de "abmelden" / "abbestellen" / "wenn Sie keine E-Mails mehr erhalten möchten", nl "afmelden" / "uitschrijven" / "als u deze
 * e-mails niet langer wilt ontvangen", it "disiscriviti". Phrasings read from the honeypot's dev part (held-out rows and the
 * draw being labelled left out) and the two French adverts of the SpamAssassin training split that the classifier's temper
 * freed (session 40). Every genuine newsletter carries one as much as an advert does: it is bulk mail's shape, no sign of
 * spam, and scores nothing; CONTENT_CLASSIFIER_SPAM_LANGUAGE_UNSEEN reads it as corroborating the classifier's spam vote on a
 * language the model has no ham of (a person's note has no opt-out line). Each alternative is a fixed run of words with
 * one blank run between them, so the search is linear.
 */
const OPT_OUT_LINE = lazyRegExp(() => new RegExp(
  // Stems, any ending: en unsubscribe(d), fr se désabonner / désinscrivez-vous / ne plus être contacté(e), pt descadastre-se,
  // nl afmelden / uitschrijven, it disiscriviti.
  '\\b(?:unsubscrib|d[ée]sabonn|d[ée]sinscri|ne\\s+plus\\s+[êe]tre\\s+(?:contact|sollicit)|descadastr|afmeld|uitschrijv|disiscri' +
    // Whole words and phrases, ended by no letter or digit:
    '|(?:' +
    // en
    'opt[- ]?out|' + 'remove\\s+yourself|' + 'no\\s+longer\\s+(?:wish|want)\\s+to\\s+receive|' +
    '(?:stop|cease)\\s+receiving\\s+(?:these|this|our|future|further)|' + "(?:you\\s+are|you['’]re)\\s+receiving\\s+this\\s+(?:e-?mail|message|newsletter)|" +
    'you\\s+received\\s+this\\s+(?:e-?mail|message|newsletter)\\s+because|' +
    // fr
    'plus\\s+recevoir|' + 'ne\\s+pas\\s+recevoir\\s+de\\s+(?:futurs|nouveaux|prochains)|' + 'arr[êe]ter\\s+de\\s+recevoir|' +
    'vous\\s+recevez\\s+(?:cet?|ce)\\s+(?:e-?mail|message|courriel|courrier)|' + 'loi\\s+informatique\\s+et\\s+libert[ée]s|' +
    // es
    'da(?:r|rse|rte|te)\\s+de\\s+baja|' + '(?:cancelar|anular)\\s+(?:la\\s+|tu\\s+|su\\s+)?suscripci[óo]n|' + 'no\\s+(?:desea|deseas|quiere|quieres)\\s+recibir|' +
    'dejar\\s+de\\s+recibir|' + '(?:recibes|recibe|ha\\s+recibido|has\\s+recibido)\\s+este\\s+(?:correo|mensaje|e-?mail)|' +
    // pt
    'cancel[a-z]*\\s+(?:a\\s+)?(?:sua\\s+)?inscri[çc][ãa]o|' + '(?:deixar|parar)\\s+de\\s+receber|' + '(?:deseja|desejar|deseje|queira|quer)\\s+mais\\s+receber|' +
    'n[ãa]o\\s+receber\\s+mais|' + '(?:este|esse)\\s+e-?mail\\s+foi\\s+enviado\\s+para|' +
    // de
    'abmelden|' + 'abzumelden|' + 'abbestellen|' + 'mehr\\s+erhalten\\s+(?:m[öo]chten|m[öo]chtest|wollen)|' +
    'diese\\s+e-?mail\\s+wurde\\s+(?:an|gesendet|versendet|verschickt)|' +
    // nl
    'af\\s+te\\s+melden|' + 'uit\\s+te\\s+schrijven|' + '(?:meer|langer)\\s+(?:wilt|wil|wenst)\\s+ontvangen|' +
    // it
    'cancella(?:re|ti)?\\s+(?:la\\s+)?(?:tua\\s+|sua\\s+)?iscrizione|' + 'più\\s+ricevere' +
    // a Latin letter (ASCII, Latin-1, Latin Extended-A/B) or a digit after a whole word makes it part of a longer one
    ')(?![0-9a-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f]))',
  // No `u`: every alternative is Latin text, and a case-insensitive Unicode alternation costs several times as much a character.
  // The leading `\b` (ASCII word start: every alternative begins with an ASCII letter) lets the search skip the inside of words:
  // 9 → 5 µs a message of the SpamAssassin test split, 7 → 2.4 µs on the pot's texts, the same hits.
  'gi',
));
/** A letter or digit just before a match (an accented one passes `\b`): the phrase is inside a longer word ("réabmelden" is
 * none). Tested by hand on a match, not by a look-behind in the pattern, which would be tried at every position of the text. */
const ENDS_IN_WORD_CHAR = /[\p{L}\p{N}]$/u;
const WORD_REST = /^\p{L}*/u;
/** A bulk mail's opt-out line stands at its head or its foot: a long text is read there only. */
const HEAD_CHARS = 2_000;
const FOOT_CHARS = 6_000;

/**
 * OPT_OUT_LINE's alternatives as the words every match of each holds (session 53, issue 18): a letter that is a class with an
 * accented choice (`d[ée]sabonn`, `[êe]tre`, `suscripci[óo]n`), or optional (`e-?mail`), is written as a blank, so only the ASCII
 * letters every match has are read; words of one or two letters have no trigram and are left out, and a list another one's holds (abmelden: melden) is not written. The pattern has no `u`, so
 * its ASCII letters match ASCII letters only (no ſ or K under `i` without `u`): a text whose trigrams hold none of these lists
 * holds no match. Kept beside the pattern; bulk-traces.test.ts checks them against it on seeded texts.
 */
export const OPT_OUT_WORDS: readonly string[] = [
  'unsubscrib', 'd sabonn', 'd sinscri', 'plus  tre', 'descadastr', 'afmeld', 'uitschrijv', 'disiscri',
  'opt out', 'remove yourself', 'longer to receive', 'receiving', 'you received this because',
  'plus recevoir', 'pas recevoir', 'arr ter recevoir', 'vous recevez', 'loi informatique libert',
  'baja', 'suscripci n', 'recibir', 'este rec cib', 'cancel inscri', 'receber', 'mail foi enviado para',
  'abbestellen', 'mehr erhalten', 'diese mail wurde',
  // af te melden; and abmelden, abzumelden
  'melden', 'uit schrijven', 'ontvangen', 'cancella iscrizione', 'ricevere',
];
const OPT_OUT_GRAMS = gramGate(OPT_OUT_WORDS);

/**
 * The first opt-out line or list footer phrase at the head or the foot of a text, or undefined. `grams`: the stamp of a head read
 * (headRead) whose trigrams cover all of `text` — then a text that holds none of OPT_OUT_WORDS' lists is not searched (the
 * pattern, tried at every word start of up to 8,000 characters, was ~52 K instructions a message, session 53).
 */
export function optOutLine(text: string, grams?: number): string | undefined {
  if (grams !== undefined && !gramsMayMatch(OPT_OUT_GRAMS, grams)) return undefined;
  const read = text.length <= HEAD_CHARS + FOOT_CHARS ? text : `${text.slice(0, HEAD_CHARS)}\n${text.slice(-FOOT_CHARS)}`;
  OPT_OUT_LINE().lastIndex = 0;
  for (let m = OPT_OUT_LINE().exec(read); m; m = OPT_OUT_LINE().exec(read)) {
    // a stem's match is given with the rest of its word ("unsubscrib" → "unsubscribe")
    if (!ENDS_IN_WORD_CHAR.test(read.slice(Math.max(0, m.index - 2), m.index))) return m[0] + (WORD_REST.exec(read.slice(m.index + m[0].length, m.index + m[0].length + 40))?.[0] ?? '');
  }
  return undefined;
}

export function bulkTracesCheck(): Check {
  return {
    name: 'content.bulk-traces',
    // A merge field left unfilled, the other trace of a list tool in the body, is template-slots.ts' CONTENT_TEMPLATE_UNFILLED.
    description: 'Traces a bulk mailer leaves in the body: an HTML document sent as plain text, an opt-out line or list footer',
    emits: ['MIME_HTML_AS_PLAIN_TEXT', 'CONTENT_OPT_OUT_LINE'],
    run(msg: ParsedMessage): CheckOutput {
      const findings: Finding[] = [];
      if (htmlSentAsPlainText(msg)) findings.push({ id: 'MIME_HTML_AS_PLAIN_TEXT', evidence: `the plain-text body begins "${msg.text.trimStart().slice(0, 40)}"` });
      const shown = shownText(msg);
      const read = headRead(msg);
      const optOut = optOutLine(shown, headReadCovers(read, msg, shown) ? read.grams : undefined);
      if (optOut) findings.push({ id: 'CONTENT_OPT_OUT_LINE', evidence: `"${optOut.replace(/\s+/g, ' ').slice(0, 60)}"` });
      return { findings };
    },
  };
}
