import type { CheckFamily } from '../types.js';

/** The sender check family. Its checks and score rows are added by its own issue. */
export const senderFamily: CheckFamily = {
  name: 'sender',
  scores: [],
  create: () => [],
};
