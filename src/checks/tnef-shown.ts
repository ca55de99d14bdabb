import { listTnef, TNEF_SIGNATURE, tnefBodyText } from '../files/tnef/index.js';
import type { ParsedMessage } from '../mail/types.js';

/** Characters of a winmail.dat body read as the letter's text (the parser's own text parts are bounded alike). */
export const TNEF_SHOWN_CHARS = 200_000;
/** Characters of the body's start looked for in the MIME text: an Outlook letter's winmail.dat repeats its MIME body. */
const SAME_START_CHARS = 120;

/**
 * The words of the body a winmail.dat carries (files/tnef: the compressed RTF, HTML or plain body), when the letter's own
 * MIME text does not already say them: Outlook shows the TNEF body as the letter, so a lure written only there (an empty
 * text/plain beside winmail.dat, or a harmless one) is what the reader sees (issue 17 item 8). The first attachment
 * that is a TNEF stream by its bytes; undefined when there is none, it has no body, or the MIME text holds its start.
 */
export function tnefShownText(msg: ParsedMessage): string | undefined {
  for (const a of msg.attachments) {
    const c = a.content;
    if (c.length < 6 || (c[0]! | (c[1]! << 8) | (c[2]! << 16) | (c[3]! << 24)) >>> 0 !== TNEF_SIGNATURE) continue;
    const listing = listTnef(c, { maxEntries: 0, maxBodyBytes: TNEF_SHOWN_CHARS * 2 });
    if (!listing) continue;
    const text = tnefBodyText(listing.body, TNEF_SHOWN_CHARS);
    if (!text) return undefined;
    const start = squeeze(text).slice(0, SAME_START_CHARS);
    return squeeze(msg.visibleText).includes(start) || squeeze(msg.text).includes(start) ? undefined : text;
  }
  return undefined;
}

/** Words apart by single spaces, lower case: the same words whatever the line breaks and the form. */
function squeeze(s: string): string {
  return s.replace(/\s+/g, ' ').trim().toLowerCase();
}
