import type { LinkSource } from '../../links/extract.js';
import { shownText } from '../../mail/shown-text.js';
import type { ParsedMessage } from '../../mail/types.js';
import type { Check, CheckOutput, Finding } from '../types.js';
import type { LinkFactsSource } from './facts.js';

/**
 * A message that says next to nothing and whose every link goes through a URL shortener (issue 17, session 38): "Printable
 * Savings Challenges / SALE - 25% / https://bit.ly/3w6uTZ4", a title, a price cut and a hidden destination, sent by a script
 * (no Message-ID). The shortener hides where the link leads from the reader and from filters that judge the landing domain,
 * and the few words leave nothing else to judge. A person sharing a link writes who they are and why; a newsletter links to
 * its own site. URL_SHORTENER (0.5) counts any shortened link; this is the message made of nothing else.
 * Counted on the parsed text (≤ 25 words besides the links, every clicked web link a shortener's): 0 of the 4,150
 * SpamAssassin ham and the modern-ham probe; 97 dev-pot messages, 2 of them clean before (391 — a labelled spam of the
 * design part — and its twin 396, "SALE - 50% https://is.gd/…").
 */
export const MAX_WORDS = 25;
/** Where a reader clicks: loaded resources (images, style sheets) are not links to follow. */
const CLICKED: ReadonlySet<LinkSource> = new Set(['a', 'area', 'form', 'iframe', 'meta-refresh', 'other', 'text', 'qr']);
const WEB = new Set(['http', 'https']);
/** A URL as written in the text, to leave it out of the word count. */
const URL_IN_TEXT = /\b(?:https?:\/\/|www\.)\S+/gi;
/** A word: a run of letters or digits. */
const WORD = /[\p{L}\p{N}]+/gu;

/** Words of the shown text and subject-less body, URLs left out, counted up to `limit + 1`. */
export function wordsBesideLinks(text: string, limit: number): number {
  let count = 0;
  const bare = text.replace(URL_IN_TEXT, ' ');
  WORD.lastIndex = 0;
  while (WORD.exec(bare) && count <= limit) count++;
  return count;
}

export function shortenedLinksOnlyCheck(source: LinkFactsSource): Check {
  return {
    name: 'links.shortened-only',
    description: 'A message of a few words whose every link goes through a URL shortener',
    emits: ['URL_SHORTENED_LINKS_ONLY'],
    run(msg: ParsedMessage): CheckOutput {
      const findings: Finding[] = [];
      // A document or other file says more than the text does; pictures do not.
      if (msg.attachments.some((a) => !a.declaredType.startsWith('image/'))) return { findings };
      const facts = source.factsOf(msg);
      const clicked = facts.extraction.urls.filter((u) => WEB.has(u.url.scheme) && u.occurrences.some((o) => CLICKED.has(o.source)));
      if (clicked.length === 0) return { findings };
      const entries: string[] = [];
      for (const u of clicked) {
        const entry = source.lists.shorteners.match(u.url.host, u.url.path);
        if (!entry) return { findings };
        entries.push(entry);
      }
      const words = wordsBesideLinks(shownText(msg), MAX_WORDS);
      if (words > MAX_WORDS) return { findings };
      findings.push({
        id: 'URL_SHORTENED_LINKS_ONLY',
        evidence: `${words} word${words === 1 ? '' : 's'} and ${clicked.length} link${clicked.length === 1 ? '' : 's'}, all through ${[...new Set(entries)].join(', ')}`,
        data: { words, links: clicked.length, shorteners: [...new Set(entries)] },
      });
      return { findings };
    },
  };
}
