import { z } from 'zod';
import { brandSchema } from '../../brands/schema.js';

export { brandSchema } from '../../brands/schema.js';

/** Configuration of the sender check family (see config/spamlab.sample.yaml). */
export const senderConfigSchema = z
  .object({
    /** Brands to protect in addition to (before) the shipped list; an id of the shipped list replaces it. */
    brands: z.array(brandSchema).default([]),
    /**
     * Brand data files (the shipped format: `{ "brands": [...] }`, see src/brands/data/brands.json), read at
     * start after `brands` and before the shipped list: the operator's own, regional or sector lists.
     */
    brandFiles: z.array(z.string()).default([]),
    /** Whether the shipped brand list is used at all. */
    defaultBrands: z.boolean().default(true),
    /**
     * Directory with fuller lists (`free_email_providers.txt`, one domain a line); the shipped compact
     * free-mail list is used when absent.
     */
    listsDir: z.string().optional(),
    /** Extra free-mail provider domains. */
    freemailDomains: z.array(z.string()).default([]),
    lookalike: z
      .object({
        minLengthEdit1: z.number().int().min(3).default(5),
        minLengthLooseEdit: z.number().int().min(3).default(6),
        minLengthEdit2: z.number().int().min(5).default(10),
        minLengthEmbedded: z.number().int().min(4).default(6),
        minTransliterationKey: z.number().int().min(3).default(4),
        /** Registrable domains never reported as lookalikes (partners, known false positives). */
        ignore: z.array(z.string()).default([]),
      })
      .strict()
      .prefault({}),
    /** Most link hosts examined per message for lookalikes. */
    maxLinkHosts: z.number().int().min(0).default(100),
    /** Most characters of the body's end read as the signature for weak brand mentions. */
    signatureChars: z.number().int().min(0).default(600),
    auth: z
      .object({
        /** Verify SPF/DKIM/DMARC ourselves when a resolver is configured (services.dns). */
        verify: z.boolean().default(true),
        /** Our MTA's host name, written into SPF results. */
        mta: z.string().default('spamlab.invalid'),
      })
      .strict()
      .prefault({}),
  })
  .strict()
  .prefault({});

export type SenderConfig = z.infer<typeof senderConfigSchema>;
