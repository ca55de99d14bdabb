import { z } from 'zod';
import { checksConfigShape } from '../checks/config.js';

/**
 * Explicit bounds on hostile input. Exceeding one is a finding (MIME_LIMIT_*), never a crash: the part of
 * the message past the limit is not analysed, the rest is.
 */
export const limitsSchema = z
  .object({
    /** Bytes of a message that are parsed; the rest is ignored and MIME_LIMIT_MESSAGE_SIZE fires. */
    maxMessageBytes: z.number().int().positive().default(32 * 1024 * 1024),
    /** Nesting depth of multiparts and message/rfc822 parts. */
    maxMimeDepth: z.number().int().positive().default(20),
    /** Number of MIME parts in one message. */
    maxParts: z.number().int().positive().default(500),
    /** Bytes of one header block (top level or part). */
    maxHeaderBytes: z.number().int().positive().default(256 * 1024),
    /**
     * Bytes of one text part that are decoded and read: its first three quarters and last quarter (and of the
     * middle, the lines holding a link, up to an eighth more); a longer part is MIME_LIMIT_TEXT. Every check reads the text and several copy it, so a 30 MB text part cost ~190 MB.
     */
    maxTextPartBytes: z.number().int().positive().default(2 * 1024 * 1024),
    /** Wall-clock budget for all checks on one message, in milliseconds. */
    maxScanMs: z.number().int().positive().default(10_000),
  })
  .strict()
  .prefault({});

export const thresholdsSchema = z
  .object({
    spam: z.number().default(6),
    phishing: z.number().default(4),
    malware: z.number().default(5),
  })
  .strict()
  .prefault({});

/**
 * What the scan engine reads: bounds, thresholds, score overrides, the language, and every family's
 * settings. The whole configuration (src/config/schema.ts) adds the outer layers' settings to this.
 */
export const scanConfigShape = {
  /** Language of explanations: en or ja. */
  lang: z.enum(['en', 'ja']).default('en'),
  limits: limitsSchema,
  thresholds: thresholdsSchema,
  /** Score overrides by finding id (the table's default is used for ids not named). */
  scores: z.record(z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'finding ids are UPPER_SNAKE'), z.number()).default({}),
  /**
   * The operator's IP → network table (src/ipinfo: ip2asn-style ranges or `prefix,AS,country,name` lines),
   * read once at start-up; each report then names the sending IP's AS and country, and trends count by them.
   * '' = none (spamlab ships no such data).
   */
  ipInfo: z.object({ file: z.string().default('') }).strict().prefault({}),
  ...checksConfigShape,
};

export type ScanConfig = z.infer<z.ZodObject<typeof scanConfigShape>>;
export type Limits = ScanConfig['limits'];
