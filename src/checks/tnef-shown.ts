import { rtfHtml } from '../files/rtf/html.js';
import { isTnef, listTnef, tnefBodyRead } from '../files/tnef/index.js';
import { emptyHtmlFacts, htmlToText } from '../mail/parse/html.js';
import type { HtmlFacts, HtmlLink, ParsedMessage } from '../mail/types.js';

/** Characters of a winmail.dat body read as the letter's text (the parser's own text parts are bounded alike). */
export const TNEF_SHOWN_CHARS = 200_000;
/** Words of the body's start looked for in the MIME text, and the share of them it must hold to say the same. */
const SAME_WORDS = 60;
const SAME_SHARE = 0.8;

/** The body a winmail.dat shows, as the checks read it: its words, and for an HTML body the HTML and its facts (links with their texts). */
export interface TnefShown {
  /** '' when the MIME text says the same (then only `links` are new). */
  text: string;
  html?: string;
  htmlFacts?: HtmlFacts;
  /** An RTF body's HYPERLINK fields as anchors (href, the text shown), the letter's links in Outlook. */
  links?: HtmlLink[];
}

/**
 * The body a winmail.dat carries (files/tnef: the compressed RTF, HTML or plain body), when the letter's own MIME text does
 * not already say it: Outlook shows the TNEF body as the letter, so a lure written only there (an empty text/plain beside
 * winmail.dat, or a harmless one) is what the reader sees (issue 17 item 8). An HTML body is rendered as the parser renders
 * a text/html part (mail/parse/html.ts), so its links keep their texts and its hidden text is known. The first attachment
 * that is a TNEF stream by its bytes; undefined when there is none, it has no body, or the MIME text says the same (saysTheSame)
 * and it has no link of its own (an HTML body: none the MIME HTML lacks).
 */
export function tnefShown(msg: ParsedMessage): TnefShown | undefined {
  for (const a of msg.attachments) {
    if (!isTnef(a.content)) continue;
    const listing = listTnef(a.content, { maxEntries: 0, maxBodyBytes: TNEF_SHOWN_CHARS * 2 });
    if (!listing) continue;
    const mime = `${msg.visibleText}\n${msg.text}`;
    // An HTML letter Outlook saved as RTF (\fromhtml1) is its HTML, as a PR_BODY_HTML is (session 65).
    const page = listing.body.html ?? (listing.body.rtf ? rtfHtml(listing.body.rtf, TNEF_SHOWN_CHARS) : undefined);
    if (page !== undefined) {
      // An HTML body: its words as the parser renders a text/html part (its hidden text left out, its links' texts kept).
      const htmlFacts = emptyHtmlFacts();
      const html = page.slice(0, TNEF_SHOWN_CHARS);
      const shown = htmlToText(html, a.partPath, htmlFacts);
      if (shown.trim()) {
        if (!saysTheSame(mime, shown)) return { text: shown, html, htmlFacts };
        // The words repeat the MIME text, its links may not: Outlook's HTML can link a text the MIME body shows elsewhere
        // (session 65). Its anchors the MIME HTML lacks (by target and text shown) join the letter's; an Outlook letter
        // whose winmail.dat repeats its MIME HTML adds none.
        const links = newLinks(msg.htmlFacts.links, htmlFacts.links);
        return links.length > 0 ? { text: '', links } : undefined;
      }
    }
    // An RTF body's links are the letter's even when its words repeat the MIME text: the text/plain shows a link's text, the
    // RTF field links it where it likes (the link checks compare the two).
    const read = tnefBodyRead(listing.body, TNEF_SHOWN_CHARS);
    const links = read.links.map((l): HtmlLink => ({ kind: 'a', href: l.href, text: l.text, partPath: a.partPath }));
    const words = read.text && !saysTheSame(mime, read.text) ? read.text : '';
    if (links.length > 0) return { text: words, links };
    return words ? { text: words } : undefined;
  }
  return undefined;
}

/** The links of `tnef` whose kind, target and shown text no link of `mime` has (the order kept). */
function newLinks(mime: readonly HtmlLink[], tnef: readonly HtmlLink[]): HtmlLink[] {
  const key = (l: HtmlLink): string => `${l.kind}\u0000${l.href}\u0000${l.text}`;
  const known = new Set(mime.map(key));
  return tnef.filter((l) => !known.has(key(l)));
}

/**
 * Whether `mime` already holds the words `tnef` starts with: SAME_SHARE of its first SAME_WORDS words (letters and digits, any
 * case). An Outlook letter's winmail.dat repeats its MIME body, but not to the character: the RTF drops a link's written form
 * (`www.rpm.org <http://www.rpm.org>` reads `www.rpm.org`), joins lines and keeps its own quotes.
 */
function saysTheSame(mime: string, tnef: string): boolean {
  const start = wordsOf(tnef, SAME_WORDS);
  if (start.length === 0) return true;
  const known = new Set(wordsOf(mime, Infinity));
  let held = 0;
  for (const w of start) if (known.has(w)) held++;
  return held >= start.length * SAME_SHARE;
}

function wordsOf(text: string, max: number): string[] {
  const words: string[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    words.push(m[0].toLowerCase());
    if (words.length >= max) break;
  }
  return words;
}
