import { withDescriptions } from '../../rules/explain.js';
import { z } from 'zod';
import type { Envelope } from '../../mail/types.js';
import { isScanError } from '../../scan/report.js';
import { queryFlag, type ApiRouter } from '../api-route.js';
import type { AppDeps } from '../context.js';
import { HttpError } from '../errors.js';
import { scanReportSchema } from '../schemas.js';

const scanQuery = z.object({
  store: queryFlag.default(true).describe('keep the result in the store (default 1; 0 scans only)'),
  source: z.string().max(200).optional().describe('a label saved as the message source (default "http")'),
  lang: z.enum(['en', 'ja']).optional().describe("language of the findings' explanations (default: the server's)"),
});

const scanResult = z
  .object({
    ...scanReportSchema.shape,
    stored: z
      .enum(['new', 'duplicate', 'not-requested', 'no-store'])
      .describe('new: kept now; duplicate: this exact message was kept before; not-requested: store=0; no-store: the server keeps nothing'),
  })
  .meta({ id: 'ScanResult' });

/** Reads the raw request body; an empty body is a 400, not a scan of nothing. */
export async function rawBody(c: { req: { arrayBuffer(): Promise<ArrayBuffer> } }): Promise<Uint8Array> {
  const raw = new Uint8Array(await c.req.arrayBuffer());
  if (raw.byteLength === 0) throw new HttpError(400, 'empty_body', 'send the raw message (RFC 5322) as the request body');
  return raw;
}

/**
 * The SMTP envelope, when the caller knows it, from request headers named as rspamd's /checkv2 names them
 * (`IP`, `Helo`, `Hostname`, `From`, `Rcpt` — one per recipient or comma-separated —, `User`).
 */
export function envelopeFrom(header: (name: string) => string | undefined): Envelope | undefined {
  const envelope: Envelope = {};
  const ip = header('ip');
  if (ip) envelope.clientIp = ip.trim();
  const helo = header('helo');
  if (helo) envelope.clientHelo = helo.trim();
  const hostname = header('hostname');
  if (hostname) envelope.clientHostname = hostname.trim();
  const from = header('from');
  if (from !== undefined) envelope.mailFrom = from.trim().replace(/^<|>$/g, '');
  const rcpt = header('rcpt');
  if (rcpt) envelope.rcptTo = rcpt.split(',').map((r) => r.trim().replace(/^<|>$/g, '')).filter(Boolean);
  const user = header('user');
  if (user) envelope.authUser = user.trim();
  return Object.keys(envelope).length ? envelope : undefined;
}

export function registerScanRoutes(api: ApiRouter, deps: AppDeps): void {
  api.add(
    {
      method: 'post',
      path: '/api/scan',
      summary: 'Scan a raw message; the result is stored unless store=0',
      tag: 'scan',
      access: 'write',
      query: scanQuery,
      body: {
        contentType: 'message/rfc822',
        schema: z.string().describe('the raw message; any content type is read as raw bytes'),
        description: 'The raw message. Optional envelope headers as rspamd reads them: IP, Helo, Hostname, From, Rcpt, User.',
      },
      responses: {
        200: { description: 'The scan result (ScanReport) and whether it was stored', schema: scanResult },
        422: { description: 'The body could not be scanned as a message' },
      },
    },
    async (c, { query }) => {
      const raw = await rawBody(c);
      const envelope = envelopeFrom((name) => c.req.header(name));
      const outcome = await deps.scanner.scan({ source: query.source ?? 'http', raw: Uint8Array.from(raw), ...(envelope ? { envelope } : {}) });
      if (isScanError(outcome)) throw new HttpError(422, 'unscannable', outcome.error);
      let stored: z.infer<typeof scanResult>['stored'] = 'not-requested';
      if (query.store) {
        const messages = deps.data.messages;
        if (!messages) stored = 'no-store';
        else stored = (await messages.save(outcome, raw, (deps.now ?? (() => new Date()))())) ? 'new' : 'duplicate';
      }
      c.get('logger')?.info({ sha256: outcome.sha256, verdict: outcome.verdict, score: outcome.score, stored }, 'scanned');
      return c.json({ ...outcome, findings: withDescriptions(outcome.findings, query.lang ?? deps.lang), stored });
    },
  );
}
