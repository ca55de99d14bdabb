import { z } from 'zod';
import { senderConfigSchema } from '../checks/sender/config.js';
import { linksConfigSchema } from '../checks/links/config.js';
import { attachmentsConfigSchema } from '../checks/attachments/config.js';
import { contentConfigSchema } from '../checks/content/config.js';
import { actionPolicySchema } from '../rules/actions.js';

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

/** Where scanned messages are kept and for how long (`spamlab ingest`, `spamlab store prune`). */
export const storeConfigSchema = z
  .object({
    /** SQLite file or postgres:// URL. '' = $SPAMLAB_STORE, else ~/.local/share/spamlab/spamlab.db. `--store` wins. */
    location: z.string().default(''),
    /** Messages per transaction while ingesting: a crash loses at most this many scans (re-done on rerun). */
    batchSize: z.number().int().min(1).max(10_000).default(200),
    /** Keep raw messages (needed by `ingest --rescan` without paths); `--keep-raw` switches it on per run. */
    keepRaw: z.boolean().default(false),
    /** Raw bytes kept per message; a longer message is kept cut (and cannot be rescanned from the store). */
    maxRawBytes: z.number().int().positive().default(1024 * 1024),
    retention: z
      .object({
        /** Delete messages older than this many days (by received time); 0 = keep forever. */
        maxAgeDays: z.number().min(0).default(0),
        /** Keep at most this many messages, the newest; 0 = no limit. */
        maxMessages: z.number().int().min(0).default(0),
      })
      .strict()
      .prefault({}),
  })
  .strict()
  .prefault({});

export const configSchema = z
  .object({
    /** Language of explanations: en or ja. */
    lang: z.enum(['en', 'ja']).default('en'),
    limits: limitsSchema,
    thresholds: thresholdsSchema,
    /** Score overrides by finding id (the table's default is used for ids not named). */
    scores: z.record(z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'finding ids are UPPER_SNAKE'), z.number()).default({}),
    /**
     * authserv-ids (RFC 8601) whose Authentication-Results headers are believed. Headers from any other
     * host are ignored, since anyone can write one.
     */
    trustedAuthservIds: z.array(z.string()).default([]),
    /** Hosts (`by` names) of the operator's own MTAs: Received hops they added are trusted. */
    trustedRelays: z.array(z.string()).default([]),
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
    sender: senderConfigSchema,
    links: linksConfigSchema,
    attachments: attachmentsConfigSchema,
    content: contentConfigSchema,
    /** What to do about a verdict (accept … reject; DUNNO … REJECT for the policy server): src/rules/actions.ts. */
    actions: actionPolicySchema,
    /** The message store (`spamlab ingest`, `messages`, `store`): src/store. */
    store: storeConfigSchema,
  })
  .strict();

export type SpamlabConfig = z.infer<typeof configSchema>;
export type Limits = SpamlabConfig['limits'];
