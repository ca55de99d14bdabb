import type { MimePart } from '../../mail/types.js';
import type { Check, CheckOutput } from '../types.js';

/**
 * GTUBE, the Generic Test for Unsolicited Bulk Email: the string an operator puts in a message to see
 * that the spam filter is wired in (SpamAssassin scores it 1000, rspamd rejects it). Harmless by design,
 * so it may decide the verdict on its own.
 */
export const GTUBE = 'XJS*C4JDBQADN1.NSBN3*2IDNEN*GTUBE-STANDARD-ANTI-UBE-TEST-EMAIL*C.34X';

/** Text leaves of the MIME tree in order (any text/* part, attachments included), bounded by the tree's own limits. */
function* textParts(part: MimePart): Generator<MimePart> {
  if (part.text !== undefined) yield part;
  for (const child of part.children) yield* textParts(child);
}

/** Finds GTUBE in any text part after transfer and charset decoding, or in the HTML as rendered. */
export function gtubeCheck(): Check {
  return {
    name: 'content.gtube',
    description: 'The GTUBE anti-spam test string, used to check that a spam filter is in the mail path',
    emits: ['CONTENT_GTUBE'],
    run(msg): CheckOutput {
      for (const part of textParts(msg.root)) {
        if (part.text!.includes(GTUBE)) {
          return { findings: [{ id: 'CONTENT_GTUBE', evidence: `the GTUBE test string in ${part.path ? `part ${part.path}` : 'the body'} (${part.contentType})`, data: { part: part.path, contentType: part.contentType } }] };
        }
      }
      // HTML entities (&#42; for *) only resolve when rendered.
      if (msg.visibleText.includes(GTUBE)) return { findings: [{ id: 'CONTENT_GTUBE', evidence: 'the GTUBE test string in the rendered HTML', data: { part: 'html' } }] };
      return { findings: [] };
    },
  };
}
