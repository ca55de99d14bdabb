import { z } from 'zod';
import type { ScanReport } from '../../scan/report.js';
import type { ApiRouter } from '../api-route.js';
import type { AppDeps } from '../context.js';
import { HttpError } from '../errors.js';
import { availability, dateQuery, pagingQuery, scanReportSchema, sha256Param, verdictSchema } from '../schemas.js';

export const messagesQuery = z.object({
  verdict: verdictSchema.optional(),
  category: z.string().max(64).optional().describe('a category name (health, dating, finance, phishing, malware-lure, …)'),
  sender: z.string().max(320).optional().describe('the From address (exact, case-insensitive)'),
  domain: z.string().max(253).optional().describe('the sender domain'),
  finding: z
    .string()
    .regex(/^[A-Z][A-Z0-9_]*$/, 'a finding id in UPPER_SNAKE')
    .optional()
    .describe('messages that raised this finding id'),
  from: dateQuery.optional().describe('received at or after (YYYY-MM-DD or ISO 8601)'),
  to: dateQuery.optional().describe('received before (YYYY-MM-DD or ISO 8601)'),
  ...pagingQuery,
});

export const messageSummarySchema = z.object({
  sha256: z.string(),
  receivedAt: z.string(),
  date: z.string().nullable(),
  from: z.string().nullable(),
  fromName: z.string(),
  subject: z.string(),
  verdict: z.string(),
  score: z.number(),
  categories: z.array(z.string()),
  size: z.number().int(),
});

const messageList = z
  .object({ ...availability, items: z.array(messageSummarySchema), total: z.number().int(), limit: z.number().int(), offset: z.number().int() })
  .meta({ id: 'MessageList' });

const messageDetail = z
  .object({ report: scanReportSchema, receivedAt: z.string(), rawKept: z.boolean().describe('whether the store keeps the raw message') })
  .meta({ id: 'MessageDetail' });

export function registerMessageRoutes(api: ApiRouter, deps: AppDeps): void {
  api.add(
    {
      method: 'get',
      path: '/api/messages',
      summary: 'List stored messages, newest first, by verdict, category, sender, domain, date and finding id',
      tag: 'messages',
      access: 'read',
      query: messagesQuery,
      responses: { 200: { description: 'One page of messages', schema: messageList } },
    },
    async (c, { query }) => {
      if (query.from !== undefined && query.to !== undefined && query.from >= query.to) {
        throw new HttpError(400, 'invalid_request', 'invalid query: from must be before to');
      }
      const messages = deps.data.messages;
      if (!messages) return c.json({ available: false, items: [], total: 0, limit: query.limit, offset: query.offset });
      const page = await messages.list(query);
      return c.json({ available: true, ...page, limit: query.limit, offset: query.offset });
    },
  );

  api.add(
    {
      method: 'get',
      path: '/api/messages/:hash',
      summary: 'One stored message: its scan result',
      tag: 'messages',
      access: 'read',
      params: sha256Param,
      query: z.object({ lang: z.enum(['en', 'ja']).optional().describe('language of the findings\' explanations (default: the server\'s)') }),
      responses: { 200: { description: 'The stored result', schema: messageDetail }, 404: { description: 'Not stored' } },
    },
    async (c, { params, query }) => {
      const stored = await deps.data.messages?.get(params.hash);
      if (!stored) throw new HttpError(404, 'not_found', `no stored message ${params.hash}`);
      const report = explained(stored.report, query.lang ?? deps.lang, deps);
      return c.json({ report, receivedAt: stored.receivedAt, rawKept: stored.raw !== undefined });
    },
  );
}

/** The stored report with each finding's explanation rendered in `lang` (kept results carry none). */
export function explained(report: ScanReport, lang: 'en' | 'ja', deps: Pick<AppDeps, 'explain'>): ScanReport {
  return { ...report, findings: report.findings.map((f) => ({ ...f, description: deps.explain?.(f.id, lang) ?? f.description ?? '' })) };
}
