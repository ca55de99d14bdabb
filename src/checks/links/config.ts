import { z } from 'zod';

/** Configuration of the links check family (see config/spamlab.sample.yaml). */
export const linksConfigSchema = z
  .object({
    /**
     * Directory of fuller host lists added to the shipped ones: url_shorteners.txt, free_file_hosts.txt,
     * suspicious_tlds.txt, open_redirectors.txt, esp_trackers.txt (one host a line, `#` comments).
     */
    listsDir: z.string().optional(),
    /** Most URL occurrences analysed per message; past it URL_LIMIT_REACHED fires. */
    maxLinks: z.number().int().positive().default(2000),
    /** Longest URL analysed, in characters (longer ones are cut). */
    maxUrlLength: z.number().int().positive().default(8192),
    /** Characters of body text scanned for written-out URLs. */
    maxTextChars: z.number().int().positive().default(5 * 1024 * 1024),
    /** Bytes of each text/HTML/SVG/PDF attachment scanned for URLs, and how many attachments. */
    maxAttachmentBytes: z.number().int().positive().default(1024 * 1024),
    maxAttachments: z.number().int().nonnegative().default(20),
    /**
     * Reading QR codes (images, HTML cells, block characters): their URLs are links of the message. Every
     * limit reached is reported (URL_QR_LIMIT_REACHED); a damaged image too (URL_QR_IMAGE_BROKEN).
     */
    qr: z
      .object({
        /** Largest image file read, in bytes. */
        maxImageBytes: z.number().int().positive().default(5 * 1024 * 1024),
        /** Most pixels one image may declare (refused by its header before decoding). */
        maxImagePixels: z.number().int().positive().default(4_000_000),
        /** Most pixels a larger PNG, GIF or PDF picture may declare to be read shrunk all the same (one a message); the limit is still reported. */
        maxReducedPixels: z.number().int().nonnegative().default(12_600_000),
        /** Most images decoded per message. */
        maxImages: z.number().int().nonnegative().default(10),
        /** Most pixels decoded per message, all images together. */
        maxTotalPixels: z.number().int().nonnegative().default(8_000_000),
        /** Longest side searched: larger images are shrunk first. */
        scanSide: z.number().int().positive().default(1024),
        /** Most pixels searched for a code per message, after shrinking (the finder's cost grows with busy pictures). */
        maxSearchPixels: z.number().int().nonnegative().default(2_000_000),
        /** Characters of HTML and text read for codes drawn with cells or typed in block characters. */
        maxMarkupChars: z.number().int().positive().default(2 * 1024 * 1024),
        /** Pictures whose reading is remembered across messages by a digest of their bytes (a campaign's picture read once); 0 turns it off. */
        rememberPictures: z.number().int().nonnegative().default(512),
      })
      .strict()
      .prefault({}),
    /** Most URLs reported as IOCs per message. */
    maxIocUrls: z.number().int().nonnegative().default(200),
    tracking: z
      .object({
        /** Recipient addresses (To, Delivered-To, envelope) searched for in URLs. */
        maxRecipients: z.number().int().positive().default(20),
        /** Unique URLs examined for recipient identifiers and tokens. */
        maxUrls: z.number().int().positive().default(300),
        /** Shortest value counted as a unique token, and its least entropy in bits per character. */
        minTokenLength: z.number().int().positive().default(20),
        minTokenEntropy: z.number().positive().default(3.5),
      })
      .strict()
      .prefault({}),
    /** Opening links to see where they lead. Off by default: nothing reaches the network unless enabled. */
    followRedirects: z
      .object({
        enabled: z.boolean().default(false),
        /** Links followed per message (shorteners, redirectors and trackers first). */
        maxUrlsPerMessage: z.number().int().nonnegative().default(5),
        maxHops: z.number().int().nonnegative().default(10),
        /** Time-out of one request in milliseconds. */
        timeoutMs: z.number().int().positive().default(5000),
        /** Bytes of a body read when looking for meta refresh and script redirects. */
        maxBytes: z.number().int().positive().default(256 * 1024),
        /** Connect to loopback/private/link-local addresses too. Never in production; tests only. */
        allowPrivate: z.boolean().default(false),
        /** Exact non-public addresses allowed anyway (a scanning proxy on the LAN). */
        allowAddresses: z.array(z.string()).default([]),
        /** Results are cached in memory for this long (ms), at most cacheSize of them. */
        cacheTtlMs: z.number().int().nonnegative().default(60 * 60 * 1000),
        cacheSize: z.number().int().nonnegative().default(10_000),
        userAgent: z.string().default('Mozilla/5.0 (compatible; spamlab link check)'),
      })
      .strict()
      .prefault({}),
    domainAge: z
      .object({
        /** A link domain registered fewer days ago than this is newly registered. */
        newlyRegisteredDays: z.number().int().positive().default(30),
        /** A link domain first seen by spamlab fewer days ago than this is newly seen. */
        newlySeenDays: z.number().int().positive().default(7),
        /** Domains looked up per message. */
        maxDomainsPerMessage: z.number().int().nonnegative().default(10),
        /** Remember domains in memory when no domain-age service is configured (first seen by this process). */
        rememberFirstSeen: z.boolean().default(false),
      })
      .strict()
      .prefault({}),
  })
  .strict()
  .prefault({});

export type LinksConfig = z.infer<typeof linksConfigSchema>;
