/**
 * Sentences of a folded letter, for readers whose two parts must be said together: the pay verb and the fee it pays
 * (job-fee.ts), the pay verb and the customs (consignment-fee.ts). A sentence ends at . ; ! ? before a blank or the
 * text's end, or at 。！？ — the folded letters these readers take have their line breaks joined, so a line is no boundary.
 */
const SENTENCE_END = /[.;!?](?:\s|$)|[。！？]/g;

/**
 * A pattern source for a gap inside one sentence of a folded letter: no full stop, mark or line break, at most `n` characters,
 * lazy — the bounded gap the readers' "word … word" alternatives put between their words (classified-ad, transfer-share,
 * debt-relief-callback).
 */
export const sentenceGap = (n: number): string => `[^.!?\\n]{0,${n}}?`;

/**
 * The first sentence of `folded` in which both `first` and `second` match (neither global), as [first's match, second's
 * match], or null. One pass over the sentence ends; each sentence is asked `first`, then `second` only where `first` matched.
 */
export function firstSentenceHolding(folded: string, first: RegExp, second: RegExp): [string, string] | null {
  let from = 0;
  SENTENCE_END.lastIndex = 0;
  for (;;) {
    const end = SENTENCE_END.exec(folded);
    const to = end ? end.index + 1 : folded.length;
    const sentence = folded.slice(from, to);
    const a = first.exec(sentence);
    if (a) {
      const b = second.exec(sentence);
      if (b) return [a[0], b[0]];
    }
    if (!end) return null;
    from = to;
  }
}
