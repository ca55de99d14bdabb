import type { ParsedMessage } from '../../mail/types.js';
import { pasteAndRun } from '../../mail/paste-and-run.js';
import type { Check, CheckOutput } from '../types.js';

/** The letter's check; the reading itself is mail/paste-and-run.ts (an HTML attachment's page is read with it too). */
export { pasteAndRun };

export function pasteAndRunCheck(): Check {
  return {
    name: 'content.paste-and-run',
    description: 'The letter asks the reader to open the Run box, paste and press Enter to "verify" (the paste-and-run lure)',
    emits: ['CONTENT_PASTE_AND_RUN'],
    run(msg: ParsedMessage): CheckOutput {
      const stretch = pasteAndRun(msg.visibleText);
      return { findings: stretch ? [{ id: 'CONTENT_PASTE_AND_RUN', evidence: `"${stretch}"`, data: { stretch } }] : [] };
    },
  };
}
