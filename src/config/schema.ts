import { z } from 'zod';
import { actionPolicySchema } from '../rules/action-schema.js';
import { scanConfigShape } from '../scan/config.js';

export { limitsSchema, thresholdsSchema, type Limits } from '../scan/config.js';

/**
 * The whole configuration: the scan's settings (each check family's schema beside its code, composed in
 * src/checks/config.ts and src/scan/config.ts) plus the outer layers' (DNS, actions, …). The composition
 * root (src/runtime) turns it into services.
 */
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

/**
 * The scan queue of scale-out (`ingest --queue`, `spamlab worker`, `serve --queue`): BullMQ on Redis
 * (src/queue). Delivery is at least once; the store's content-hash key makes every write idempotent.
 */
export const queueConfigSchema = z
  .object({
    /** redis://host:port[/db][?prefix=name]. '' = $SPAMLAB_QUEUE; `--queue` wins. */
    url: z.string().default(''),
    /** Tries per message before it goes to the dead-letter list (a scan that crashes, a file that cannot be read). */
    attempts: z.number().int().min(1).max(100).default(5),
    /** First retry delay; each further retry waits twice as long. */
    backoffMs: z.number().int().min(0).default(2_000),
    /** The producer waits while this many jobs wait in Redis (back-pressure: Redis memory ≈ this × message size × 4/3). */
    maxWaiting: z.number().int().min(1).default(2_000),
    /** A worker holds a job this long between renewals; a worker that died loses it after this and another takes it. */
    lockMs: z.number().int().min(500).default(30_000),
    /** How often workers look for jobs whose worker died. */
    stalledCheckMs: z.number().int().min(100).default(15_000),
    /** A job whose worker died more often than this goes to the dead-letter list (a message that kills workers). */
    maxStalled: z.number().int().min(0).default(3),
  })
  .strict()
  .prefault({});

/** Live WHOIS (port 43, with the registry's referral) and RDAP lookups of `spamlab whois lookup` (src/intel/lookup). */
export const intelConfigSchema = z
  .object({
    lookup: z
      .object({
        /** Nothing is looked up on the network unless true. */
        enabled: z.boolean().default(false),
        /** Allow WHOIS/RDAP servers on private or loopback addresses (an internal mirror, tests). */
        allowPrivate: z.boolean().default(false),
        /** WHOIS server per TLD (`jp: whois.jprs.jp`; `host:port` allowed); others are asked of ianaWhois. */
        whoisServers: z.record(z.string(), z.string().min(1)).default({}),
        ianaWhois: z.string().min(1).default('whois.iana.org'),
        /** A copy of IANA's RDAP bootstrap file for domains (dns.json); '' = RDAP lookups unavailable. */
        rdapBootstrapFile: z.string().default(''),
        timeoutMs: z.number().int().positive().default(10_000),
        /** Minimum time between two queries to one server (registries rate-limit and block). */
        minIntervalMs: z.number().int().min(0).default(2_000),
        cacheTtlMs: z.number().int().min(0).default(86_400_000),
      })
      .strict()
      .prefault({}),
  })
  .strict()
  .prefault({});

/**
 * Where outbound behaviour (src/outbound) is kept. '' = the spamlab store, one listener's own; redis://… =
 * Redis, shared by the policy listeners of several MTAs so that they judge one sender's total traffic.
 * `spamlab serve --outbound-state` and `spamlab outbound --state` win.
 */
export const outboundConfigSchema = z
  .object({
    state: z
      .object({
        url: z.string().default('').refine((u) => u === '' || /^rediss?:\/\//i.test(u), 'outbound.state.url must be empty (the store) or a redis:// or rediss:// URL'),
        /** Prefix of every key (several sites on one Redis). */
        keyPrefix: z.string().min(1).max(200).default('spamlab:outbound:'),
        /** A Redis command without an answer after this fails; the policy listener then answers its fail mode. */
        commandTimeoutMs: z.number().int().positive().max(60_000).default(500),
        /** Most events kept in the shared 24-hour log; past it the oldest go (counted, and logged). */
        maxEvents: z.number().int().positive().default(1_000_000),
        /** How often an idle listener reads the events the others logged. */
        catchUpMs: z.number().int().positive().default(1_000),
      })
      .strict()
      .prefault({}),
  })
  .strict()
  .prefault({});

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
    /** The message store (`spamlab ingest`, `messages`, `store`): src/store. */
    store: storeConfigSchema,
    /** WHOIS/RDAP intel (src/intel): live lookups are off unless enabled here. */
    intel: intelConfigSchema,
    /** The scan queue of scale-out (src/queue). */
    queue: queueConfigSchema,
    /** Outbound behaviour: its state in the store, or shared in Redis. */
    outbound: outboundConfigSchema,
  })
  .strict();

export type SpamlabConfig = z.infer<typeof configSchema>;
