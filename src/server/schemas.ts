import { z } from 'zod';

/** The ScanReport (src/scan/report.ts) as the API documents it: the one result shape of CLI, API, milter and spamd. */
export const scanReportSchema = z
  .looseObject({
    source: z.string(),
    messageId: z.string().nullable(),
    date: z.string().nullable().describe('ISO 8601 Date header'),
    from: z.string().nullable(),
    fromName: z.string(),
    to: z.array(z.string()),
    subject: z.string(),
    verdict: z.enum(['clean', 'spam', 'phishing', 'malware']),
    score: z.number(),
    findings: z.array(
      z.looseObject({
        id: z.string().describe('stable finding id, e.g. LOOKALIKE_FROM_LOCAL_PART'),
        score: z.number(),
        group: z.string(),
        class: z.enum(['spam', 'phishing', 'malware']).optional(),
        description: z.string(),
        evidence: z.string(),
      }),
    ),
    categories: z.array(z.object({ name: z.string(), evidence: z.array(z.string()) })),
    themes: z.array(z.looseObject({ name: z.string(), evidence: z.array(z.string()) })),
    iocs: z.looseObject({ urls: z.array(z.string()), domains: z.array(z.string()), ips: z.array(z.string()), hashes: z.array(z.looseObject({ name: z.string(), sha256: z.string() })) }),
    size: z.number().int(),
    sha256: z.string().describe('SHA-256 of the raw message: its key in the store'),
    elapsedMs: z.number(),
  })
  .meta({ id: 'ScanReport' });

export const verdictSchema = z.enum(['clean', 'spam', 'phishing', 'malware']);

export const sha256Param = z.object({ hash: z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 in lower-case hex (64 characters)') });

/** Paging shared by every list: `limit` (1–500, default 50) and `offset`. */
export const pagingQuery = {
  limit: z.coerce.number().int().min(1).max(500).default(50).describe('items per page (1–500)'),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0).describe('items to skip'),
};

/** A date query value: `YYYY-MM-DD` (UTC midnight) or a full ISO 8601 time, as epoch ms. */
export const dateQuery = z
  .string()
  .refine((v) => /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(v) && !Number.isNaN(Date.parse(v)), 'a date (YYYY-MM-DD) or ISO 8601 time')
  .transform((v) => Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(v) ? `${v}T00:00:00Z` : v));

/** What a capability answers before its data exists (its analysis has not landed or nothing is stored yet). */
export const availability = {
  available: z.boolean().describe('false while this capability has no data source in this server (the dashboard says "no data yet")'),
};
