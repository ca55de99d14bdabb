import { readingInput } from '../input.js';
import type { CheckFamily } from '../types.js';
import { authCheck } from './auth.js';
import { bulkTraitsCheck } from './bulk-traits.js';
import { buildSenderContext } from './context.js';
import { identityCheck } from './identity.js';
import { lookalikeCheck } from './lookalikes.js';
import { claimedNameLinksCheck } from './claimed-name-links.js';
import { ownNameLinksCheck } from './own-name-links.js';
import { recipientLookalikeCheck } from './recipient-lookalike.js';
import { subscriptionCheck } from './subscription.js';

/**
 * The sender family: who the message claims to be (brand display names, lookalike domains anywhere a
 * domain appears) and whether that claim authenticates (SPF, DKIM, DMARC with our own alignment).
 */
export const senderFamily: CheckFamily = {
  name: 'sender',
  create: (setup) => {
    const ctx = buildSenderContext(setup);
    // Each check reads the subject as bounded for every family (../input.ts): 200 KB of filler must not bury a claim.
    return [identityCheck(ctx), lookalikeCheck(ctx), recipientLookalikeCheck(ctx), ownNameLinksCheck(ctx), claimedNameLinksCheck(ctx), subscriptionCheck(ctx, setup.config.trustedRelays), bulkTraitsCheck(), authCheck(ctx, setup.services, setup.config.trustedAuthservIds, setup.config.trustedRelays)].map(readingInput);
  },
};
