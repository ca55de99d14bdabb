import { z } from 'zod';
import { attachmentsConfigSchema } from './attachments/config.js';
import { contentConfigSchema } from './content/config.js';
import { linksConfigSchema } from './links/config.js';
import { senderConfigSchema } from './sender/config.js';

/**
 * The settings the check families read, each family's schema beside its code. The whole configuration
 * (src/config/schema.ts) is composed of this and the outer layers' settings, so a check never depends on
 * settings it does not use.
 */
export const checksConfigShape = {
  /**
   * authserv-ids (RFC 8601) whose Authentication-Results headers are believed. Headers from any other
   * host are ignored, since anyone can write one.
   */
  trustedAuthservIds: z.array(z.string()).default([]),
  /** Hosts (`by` names) of the operator's own MTAs: Received hops they added are trusted. */
  trustedRelays: z.array(z.string()).default([]),
  sender: senderConfigSchema,
  links: linksConfigSchema,
  attachments: attachmentsConfigSchema,
  content: contentConfigSchema,
};

export type ChecksConfig = z.infer<z.ZodObject<typeof checksConfigShape>>;
