import { z } from 'zod';
import type { ApiRouter } from '../api-route.js';
import type { AppDeps } from '../context.js';
import { HttpError } from '../errors.js';
import { sha256Param } from '../schemas.js';
import { envelopeFrom, rawBody } from './scan.js';

const queued = z
  .object({
    id: z.string().describe('the job id: the SHA-256 of the message, also its key in the store'),
    state: z.enum(['queued', 'already-queued', 'stored']).describe('queued now; already in the queue; already in the store (nothing queued)'),
  })
  .meta({ id: 'Queued' });

const queueStatus = z
  .object({
    id: z.string(),
    state: z.enum(['waiting', 'active', 'retrying', 'dead-letter', 'stored', 'unknown']),
    error: z.string().optional().describe('the last failure, while retrying or dead-lettered'),
  })
  .meta({ id: 'QueueStatus' });

function handOff(deps: AppDeps): NonNullable<AppDeps['queue']> {
  if (!deps.queue) throw new HttpError(503, 'no_queue', 'this server has no scan queue: start it with spamlab serve --queue redis://…');
  return deps.queue;
}

/**
 * `serve --queue`: messages handed to the scan queue for `spamlab worker` processes (asynchronous; the
 * result lands in the store), beside the synchronous POST /api/scan, which is unchanged.
 */
export function registerQueueRoutes(api: ApiRouter, deps: AppDeps): void {
  api.add(
    {
      method: 'post',
      path: '/api/queue',
      summary: 'Hand a raw message to the scan queue; a worker scans and stores it (see GET /api/queue/{hash})',
      tag: 'scan',
      access: 'write',
      query: z.object({ source: z.string().max(200).optional().describe('a label saved as the message source (default "http")') }),
      body: { contentType: 'message/rfc822', schema: z.string().describe('the raw message'), description: 'The raw message; envelope headers as for POST /api/scan.' },
      responses: {
        202: { description: 'Queued (or already queued or stored)', schema: queued },
        503: { description: 'No queue configured, or the queue is full (try again after Retry-After seconds)' },
      },
    },
    async (c, { query }) => {
      const queue = handOff(deps);
      const raw = await rawBody(c);
      const envelope = envelopeFrom((name) => c.req.header(name));
      try {
        const result = await queue.enqueue({ raw, source: query.source ?? 'http', ...(envelope ? { envelope } : {}) });
        c.get('logger')?.info({ sha256: result.id, state: result.state }, 'handed to the queue');
        return c.json(result, 202);
      } catch (err) {
        if (!queue.isFull(err)) throw err;
        c.header('Retry-After', '5');
        throw new HttpError(503, 'queue_full', (err as Error).message);
      }
    },
  );
  api.add(
    {
      method: 'get',
      path: '/api/queue/:hash',
      summary: 'Where a handed-off message is: waiting, active, retrying, dead-letter, stored or unknown',
      tag: 'scan',
      access: 'read',
      params: sha256Param,
      responses: { 200: { description: 'Its state', schema: queueStatus }, 503: { description: 'No queue configured' } },
    },
    async (c, { params }) => c.json(await handOff(deps).status(params.hash)),
  );
}
