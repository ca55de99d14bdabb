import type { CheckFamily } from './types.js';
import { headersFamily } from './headers/index.js';
import { senderFamily } from './sender/index.js';
import { linksFamily } from './links/index.js';
import { attachmentsFamily } from './attachments/index.js';
import { contentFamily } from './content/index.js';

/** Every check family, in the order their findings are listed. */
export const CHECK_FAMILIES: readonly CheckFamily[] = [
  headersFamily,
  senderFamily,
  linksFamily,
  attachmentsFamily,
  contentFamily,
];
