import { subjectAsRead } from '../mail/parse/index.js';
import type { HtmlFacts, ParsedMessage } from '../mail/types.js';
import { tnefShown } from './tnef-shown.js';
import type { Check } from './types.js';

/** Each message's view, made once for all the families' checks (their memos by message then see one object), with the fields it was made from. */
const views = new WeakMap<ParsedMessage, { subject: string; visibleText: string; text: string; view: ParsedMessage }>();

/**
 * Characters with no letter or digit in a row (ASCII punctuation, symbols, white space) from which a run in the shown or plain
 * text is filler and read as one space: 50,000 links of "." before a letter filled every reader's bounded head of the text
 * (issue 17 item 8, session 63: html-links-50000-before). Separator lines, tables of dashes and signatures are far shorter.
 */
export const FILLER_RUN_CHARS = 2_000;

/** Characters kept at each end of a filler run. */
const FILLER_EDGE_CHARS = 32;

/** Whether the code unit is filler: ASCII and not a letter or digit. */
function isFiller(c: number): boolean {
  return c < 0x80 && !((c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a));
}

/**
 * `text` with each run of at least FILLER_RUN_CHARS filler characters read as its first and last FILLER_EDGE_CHARS with a
 * space between; `text` itself when it has none.
 * Only every (FILLER_RUN_CHARS / 2)-th character is looked at first (any such run holds one), and a run is measured only
 * around a sampled filler character: a text of words costs a few hundred look-ups a megabyte.
 */
export function withoutFillerRuns(text: string): string {
  if (text.length < FILLER_RUN_CHARS) return text;
  const step = FILLER_RUN_CHARS >> 1;
  let out: string[] | undefined;
  let copied = 0;
  let scannedTo = 0;
  for (let i = step - 1; i < text.length; i += step) {
    if (i < scannedTo || !isFiller(text.charCodeAt(i))) continue;
    let start = i;
    while (start > scannedTo && isFiller(text.charCodeAt(start - 1))) start--;
    let end = i + 1;
    while (end < text.length && isFiller(text.charCodeAt(end))) end++;
    scannedTo = end;
    if (end - start < FILLER_RUN_CHARS) continue;
    // The run's edges stay (a `-----BEGIN PGP` or `---- Original Message` that the filler runs into is still read).
    (out ??= []).push(text.slice(copied, start + FILLER_EDGE_CHARS), ' ');
    copied = end - FILLER_EDGE_CHARS;
  }
  if (!out) return text;
  out.push(text.slice(copied));
  return out.join('');
}

/**
 * The message as the sender, links, attachments and content families read it: the same message with its subject cut to its
 * first SUBJECT_READ_CHARS characters (mail/parse/subject-read.ts), and runs of filler in its shown and plain text read as one
 * space (withoutFillerRuns), and the body of a winmail.dat added to the text when the MIME text does not say it (tnefShown:
 * Outlook shows that body as the letter, so a lure written only there is what the reader reads). The readers take a bounded
 * prefix of `subject + text`, or search the subject for brands and organisation words; a subject of 200 KB of filler, or
 * 50,000 links of "." before the letter, would fill every one of them and hide the body's lure, or bury the sender's claim
 * (issue 17 item 8; session 62 made this the content family's seam, session 63 every family's but the headers'). The parser
 * keeps the whole subject and text for the header checks and the report, and records the subject's cut (HDR_SUBJECT_LIMIT).
 * Nearly every message: `msg` itself, nothing made.
 */
export function checkInput(msg: ParsedMessage): ParsedMessage {
  const known = views.get(msg);
  if (known && known.subject === msg.subject && known.visibleText === msg.visibleText && known.text === msg.text) return known.view;
  const subject = subjectAsRead(msg.subject);
  // The body a winmail.dat carries is the letter Outlook shows: its words are the letter's when the MIME text lacks them.
  const tnef = tnefShown(msg);
  // An HTML body in winmail.dat is the letter's HTML when the MIME has none, read as a text/html part is: the plain text stays
  // the MIME's own (an empty one leaves an HTML-only letter, as the letter was before it was moved into winmail.dat).
  const htmlLetter = tnef?.htmlFacts !== undefined && !msg.html.trim();
  const visibleText = withoutFillerRuns(tnef?.text ? joinText(msg.visibleText, tnef.text) : msg.visibleText);
  const text = withoutFillerRuns(tnef?.text && !htmlLetter ? joinText(msg.text, tnef.text) : msg.text);
  let view = subject === msg.subject && visibleText === msg.visibleText && text === msg.text ? msg : { ...msg, subject, visibleText, text };
  if (tnef?.html !== undefined && tnef.htmlFacts) {
    // Beside a MIME HTML, its links and its counts of hidden text join the MIME HTML's.
    view = htmlLetter ? { ...view, html: tnef.html, htmlFacts: tnef.htmlFacts } : { ...view, htmlFacts: withTnefFacts(msg.htmlFacts, tnef.htmlFacts) };
  } else if (tnef?.links) {
    // An RTF body's links with the texts they show join the message's anchors (the link checks read them as an HTML body's).
    view = { ...view, htmlFacts: { ...msg.htmlFacts, links: [...msg.htmlFacts.links, ...tnef.links] } };
  }
  views.set(msg, { subject: msg.subject, visibleText: msg.visibleText, text: msg.text, view });
  return view;
}

/**
 * The MIME HTML's facts with a winmail.dat HTML body's links after its own and its counts of hidden and invisible text added:
 * either body is a letter someone is shown (a MIME reader the one, Outlook the other), so a trick in either is the sender's.
 * What places text in the MIME HTML (its ranges, the text without faint text, the end of what is shown) stays the MIME's; the
 * body's zero-width characters are not added: its words are in the view's text, where they are counted (headers/structure.ts).
 */
function withTnefFacts(mime: HtmlFacts, tnef: HtmlFacts): HtmlFacts {
  return {
    ...mime,
    links: [...mime.links, ...tnef.links],
    hiddenTextChars: mime.hiddenTextChars + tnef.hiddenTextChars,
    hiddenInWordRuns: mime.hiddenInWordRuns + tnef.hiddenInWordRuns,
    invisibleColourChars: mime.invisibleColourChars + tnef.invisibleColourChars,
  };
}

function joinText(mime: string, tnef: string): string {
  return mime.trim() ? `${mime}\n\n${tnef}` : tnef;
}

/**
 * `check` reading checkInput(msg): the one seam between the parsed message and a family's readers. Every family but the
 * headers' maps its checks through it (the headers' read the subject as written: that is where its length is a finding).
 */
export function readingInput(check: Check): Check {
  const { name, description, emits } = check;
  return { name, description, emits, run: (msg, ctx) => check.run(checkInput(msg), ctx) };
}
