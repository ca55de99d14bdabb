import { readingInput } from '../input.js';
import type { CheckFamily } from '../types.js';
import { createAttachmentsCheck } from './analyze.js';

/**
 * The attachments family: malware lures (executables, scripts, shortcuts, disk images, OneNote),
 * archives (bounded, recursive), Office macros, RTF/PDF exploits, HTML smuggling, hashes and ClamAV.
 */
export const attachmentsFamily: CheckFamily = {
  name: 'attachments',
  // The subject as bounded for every family (../input.ts).
  create: (setup) => [createAttachmentsCheck(setup)].map(readingInput),
};
