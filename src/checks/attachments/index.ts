import type { CheckFamily } from '../types.js';

/** The attachments check family. Its checks and score rows are added by its own issue. */
export const attachmentsFamily: CheckFamily = {
  name: 'attachments',
  scores: [],
  create: () => [],
};
