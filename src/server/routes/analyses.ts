import { z } from 'zod';
import type { ApiRouter } from '../api-route.js';
import type { AppDeps } from '../context.js';
import { HttpError } from '../errors.js';
import { availability, dateQuery, pagingQuery } from '../schemas.js';

/**
 * Trends, campaigns, pivots and outbound incidents: each reads its capability's data through
 * deps.data (./data.ts). While a capability has no data source the route answers its empty shape with
 * `available: false`, never a 404, so clients and the dashboard need no special case.
 */

const trendsQuery = z.object({
  granularity: z.enum(['day', 'week', 'month']).default('day'),
  lang: z.enum(['en', 'ja']).optional().describe('language of the surge explanations'),
  from: dateQuery.optional().describe('periods at or after (YYYY-MM-DD or ISO 8601)'),
  to: dateQuery.optional().describe('periods before'),
});

const trendsView = z
  .object({
    ...availability,
    granularity: z.enum(['day', 'week', 'month']),
    volume: z.array(z.object({ period: z.string(), verdict: z.string(), count: z.number().int() })).describe('messages per period and verdict'),
    categories: z.array(z.object({ period: z.string(), category: z.string(), verdict: z.string(), count: z.number().int() })).describe('messages per period, category and verdict'),
    surges: z.array(z.object({ series: z.string(), start: z.string(), end: z.string(), ratio: z.number(), explanation: z.string() })),
  })
  .meta({ id: 'Trends' });

const campaignSummary = z.looseObject({
  id: z.string(),
  size: z.number().int(),
  firstSeen: z.string(),
  lastSeen: z.string(),
  senders: z.number().int(),
  ips: z.number().int(),
  label: z.string().optional(),
});

const campaignList = z
  .object({ ...availability, items: z.array(campaignSummary), hasMore: z.boolean(), limit: z.number().int(), offset: z.number().int() })
  .meta({ id: 'CampaignList' });

const campaignDetail = z.looseObject({ id: z.string(), size: z.number().int(), firstSeen: z.string(), lastSeen: z.string() }).meta({ id: 'Campaign' });

const pivotQuery = z.object({
  q: z.string().min(1).max(320).describe('a domain, phone number or e-mail address'),
  depth: z.coerce.number().int().min(1).max(4).default(2),
});

const pivotGraph = z
  .object({
    ...availability,
    query: z.string(),
    domains: z.array(z.string()),
    nodes: z.array(z.object({ id: z.string(), kind: z.string(), label: z.string() })),
    edges: z.array(z.object({ source: z.string(), target: z.string(), kind: z.string(), explanation: z.string() })),
    explanations: z.array(z.string()),
  })
  .meta({ id: 'PivotGraph' });

const subjectSchema = z.object({ kind: z.enum(['sasl', 'sender', 'client']), id: z.string().min(1).max(320) });

const incidentList = z
  .object({
    ...availability,
    items: z.array(
      z.looseObject({
        id: z.string(),
        subject: subjectSchema,
        start: z.string(),
        detectedAt: z.string(),
        messagesBeforeDetection: z.number().int(),
        evidence: z.array(z.string()),
        action: z.string().optional(),
        released: z.boolean().optional(),
      }),
    ),
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
  })
  .meta({ id: 'IncidentList' });

const incidentsQuery = z.object({ open: z.enum(['1', '0']).optional().describe('1: only incidents not released'), ...pagingQuery });

const releaseBody = subjectSchema.meta({ id: 'ReleaseRequest' });

export function registerAnalysesRoutes(api: ApiRouter, deps: AppDeps): void {
  const data = deps.data;

  api.add(
    { method: 'get', path: '/api/trends', summary: 'Volume by period × verdict × category, and surges found', tag: 'trends', access: 'read', query: trendsQuery, responses: { 200: { description: 'The series', schema: trendsView } } },
    async (c, { query }) => {
      if (!data.trends) return c.json({ available: false, granularity: query.granularity, volume: [], categories: [], surges: [] });
      const view = await data.trends({ granularity: query.granularity, lang: query.lang ?? deps.lang, ...(query.from !== undefined ? { from: query.from } : {}), ...(query.to !== undefined ? { to: query.to } : {}) });
      return c.json({ available: true, granularity: query.granularity, ...view });
    },
  );

  api.add(
    { method: 'get', path: '/api/campaigns', summary: 'Campaigns, largest and newest first', tag: 'campaigns', access: 'read', query: z.object(pagingQuery), responses: { 200: { description: 'One page of campaigns', schema: campaignList } } },
    async (c, { query }) => {
      if (!data.campaigns) return c.json({ available: false, items: [], hasMore: false, ...query });
      return c.json({ available: true, ...(await data.campaigns.list(query)), ...query });
    },
  );

  api.add(
    {
      method: 'get',
      path: '/api/campaigns/:id',
      summary: 'One campaign with why its members were joined',
      tag: 'campaigns',
      access: 'read',
      params: z.object({ id: z.string().min(1).max(128).regex(/^[A-Za-z0-9._:-]+$/, 'a campaign id') }),
      responses: { 200: { description: 'The campaign', schema: campaignDetail }, 404: { description: 'No such campaign' } },
    },
    async (c, { params }) => {
      const campaign = await data.campaigns?.get(params.id);
      if (!campaign) throw new HttpError(404, 'not_found', `no campaign ${params.id}`);
      return c.json(campaign);
    },
  );

  api.add(
    { method: 'get', path: '/api/pivot', summary: "An actor's pivot graph from a domain, phone or e-mail, each link explained", tag: 'intel', access: 'read', query: pivotQuery, responses: { 200: { description: 'The cluster', schema: pivotGraph } } },
    async (c, { query }) => {
      if (!data.pivot) return c.json({ available: false, query: query.q, domains: [], nodes: [], edges: [], explanations: [] });
      return c.json({ available: true, ...(await data.pivot({ value: query.q, depth: query.depth })) });
    },
  );

  api.add(
    { method: 'get', path: '/api/outbound/incidents', summary: 'Outbound abuse incidents, newest first', tag: 'outbound', access: 'read', query: incidentsQuery, responses: { 200: { description: 'One page of incidents', schema: incidentList } } },
    async (c, { query }) => {
      const paging = { limit: query.limit, offset: query.offset };
      if (!data.outbound) return c.json({ available: false, items: [], total: 0, ...paging });
      return c.json({ available: true, ...(await data.outbound.incidents({ ...paging, ...(query.open ? { open: query.open === '1' } : {}) })), ...paging });
    },
  );

  api.add(
    {
      method: 'post',
      path: '/api/outbound/release',
      summary: "Lift the policy server's action on a sender (SASL user, envelope sender or client IP)",
      tag: 'outbound',
      access: 'write',
      body: { contentType: 'application/json', schema: releaseBody },
      responses: {
        200: { description: 'Whether something was held for that subject', schema: z.object({ released: z.boolean(), subject: subjectSchema }) },
        503: { description: 'Outbound detection does not run in this server' },
      },
    },
    async (c) => {
      if (!data.outbound) throw new HttpError(503, 'outbound_unavailable', 'outbound detection does not run in this server');
      let body: unknown;
      try {
        body = await c.req.json();
      } catch {
        throw new HttpError(400, 'invalid_json', 'send a JSON body: {"kind": "sasl"|"sender"|"client", "id": "…"}');
      }
      const parsed = releaseBody.safeParse(body);
      if (!parsed.success) throw new HttpError(400, 'invalid_request', `invalid body: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ')}`);
      const released = await data.outbound.release(parsed.data);
      c.get('logger')?.info({ subjectKind: parsed.data.kind, released }, 'outbound release');
      return c.json({ released, subject: parsed.data });
    },
  );
}
