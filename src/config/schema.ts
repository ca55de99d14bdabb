import { z } from 'zod';
import { actionPolicySchema } from '../rules/actions.js';
import { scanConfigShape } from '../scan/config.js';

export { limitsSchema, thresholdsSchema, type Limits } from '../scan/config.js';

/**
 * The whole configuration: the scan's settings (each check family's schema beside its code, composed in
 * src/checks/config.ts and src/scan/config.ts) plus the outer layers' (DNS, actions, …). The composition
 * root (src/runtime) turns it into services.
 */
export const configSchema = z
  .object({
    ...scanConfigShape,
    /**
     * DNS for SPF/DKIM/DMARC verification (and redirect-target checks). Off by default: spamlab sends no
     * query unless this is enabled. `servers` empty = the system's resolvers.
     */
    dns: z
      .object({
        enabled: z.boolean().default(false),
        servers: z.array(z.string().min(1)).default([]),
        timeoutMs: z.number().int().positive().default(2000),
        tries: z.number().int().min(1).max(5).default(2),
      })
      .strict()
      .prefault({}),
    /** What to do about a verdict (accept … reject; DUNNO … REJECT for the policy server): src/rules/actions.ts. */
    actions: actionPolicySchema,
  })
  .strict();

export type SpamlabConfig = z.infer<typeof configSchema>;
