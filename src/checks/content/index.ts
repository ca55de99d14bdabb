import type { CheckFamily } from '../types.js';

/** The content check family. Its checks and score rows are added by its own issue. */
export const contentFamily: CheckFamily = {
  name: 'content',
  scores: [],
  create: () => [],
};
