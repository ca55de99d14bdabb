import { z } from 'zod';

/**
 * Bounds of attachment analysis, for one message (all its attachments share them). Exceeding one is a
 * finding (ATTACH_ARCHIVE_LIMIT_*, ATTACH_ZIP_BOMB) and the rest of the message is still analysed.
 */
export const attachmentLimitsSchema = z
  .object({
    /** Archive nesting below an attachment (a zip in a zip is depth 2). */
    maxDepth: z.number().int().min(0).default(5),
    /** Entries listed per archive. */
    maxEntriesPerArchive: z.number().int().positive().default(1000),
    /** Files analysed per message, attachments and everything inside them. */
    maxFiles: z.number().int().positive().default(2000),
    /** Decompressed bytes of one archive entry. */
    maxEntryBytes: z.number().int().positive().default(64 * 1024 * 1024),
    /** Decompressed bytes per message. */
    maxTotalBytes: z.number().int().positive().default(256 * 1024 * 1024),
    /** Compression ratio of an entry over 1 MiB above which it is a bomb (real documents stay below ~20). */
    maxRatio: z.number().positive().default(200),
    /** Milliseconds of attachment analysis per message. */
    maxTimeMs: z.number().int().positive().default(5000),
    /** Bytes of one file scanned as text (PDF, HTML, RTF, macro source). */
    maxScanBytes: z.number().int().positive().default(32 * 1024 * 1024),
    /** PDF streams inflated per file. */
    maxPdfStreams: z.number().int().positive().default(500),
  })
  .strict()
  .prefault({});

/** A clamd to ask (INSTREAM): a Unix socket path, or host and port. Off unless configured. */
export const clamdConfigSchema = z
  .object({
    socket: z.string().optional(),
    host: z.string().default('127.0.0.1'),
    port: z.number().int().positive().optional(),
    /** Milliseconds per scan before giving up (the finding ATTACH_CLAMAV_ERROR says so). */
    timeoutMs: z.number().int().positive().default(10_000),
    /** Largest file sent (clamd's StreamMaxLength defaults to 25 MB). */
    maxBytes: z.number().int().positive().default(25 * 1024 * 1024),
  })
  .strict();

/** Configuration of the attachments check family (see config/spamlab.sample.yaml). */
export const attachmentsConfigSchema = z
  .object({
    limits: attachmentLimitsSchema,
    /** Known-bad MD5, SHA-1 or SHA-256 hashes (hex); any attachment or inner file matching is malware. */
    knownBadHashes: z.array(z.string().regex(/^[0-9a-fA-F]{32}$|^[0-9a-fA-F]{40}$|^[0-9a-fA-F]{64}$/, 'an MD5, SHA-1 or SHA-256 in hex')).default([]),
    /** A file of known-bad hashes, one per line (`# comments` and text after the hash are ignored). */
    knownBadHashesFile: z.string().optional(),
    /** Try passwords written in the message body ("password: xyz", "パスワード：xyz") on encrypted zips. */
    passwordsFromBody: z.boolean().default(true),
    /** ClamAV daemon; used when the scanner is given a clamd service built from this (see src/files/clamd). */
    clamd: clamdConfigSchema.optional(),
  })
  .strict()
  .prefault({});

export type AttachmentsConfig = z.infer<typeof attachmentsConfigSchema>;
