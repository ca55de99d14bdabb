import type { CheckFamily } from '../types.js';

/** Header and MIME-structure checks (the first family, issue 3). */
export const headersFamily: CheckFamily = {
  name: 'headers',
  scores: [],
  create: () => [],
};
