import type { CheckFamily } from '../types.js';

/** The links check family. Its checks and score rows are added by its own issue. */
export const linksFamily: CheckFamily = {
  name: 'links',
  scores: [],
  create: () => [],
};
