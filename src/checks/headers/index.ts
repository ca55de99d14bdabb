import type { CheckFamily } from '../types.js';
import { addressesCheck } from './addresses.js';
import { dateCheck } from './dates.js';
import { identityCheck } from './identity.js';
import { receivedCheck } from './received.js';
import { structureCheck } from './structure.js';
import { subjectAndMailerCheck } from './subject-and-mailer.js';

/** Header and MIME-structure checks: the first family, weak signals each, capped per group. */
export const headersFamily: CheckFamily = {
  name: 'headers',
  create: () => [identityCheck, addressesCheck, dateCheck, receivedCheck, subjectAndMailerCheck, structureCheck],
};
