import { z } from 'zod';
import type { ApiRouter } from '../api-route.js';
import type { AppDeps } from '../context.js';
import { HttpError } from '../errors.js';
import { rawBody } from './scan.js';

const learnQuery = z.object({
  as: z.enum(['spam', 'ham']).describe('what the message is'),
  hash: z
    .string()
    .regex(/^[0-9a-f]{64}$/, 'a SHA-256 in lower-case hex')
    .optional()
    .describe('learn a stored message (its raw copy must be kept) instead of the request body'),
});

const learnResult = z
  .object({
    learned: z.enum(['spam', 'ham']),
    sha256: z.string().optional(),
    model: z.string(),
    version: z.number().int().describe('the model version saved by this correction'),
    base: z.string().describe('the model it was corrected from'),
  })
  .meta({ id: 'LearnResult' });

export function registerLearnRoutes(api: ApiRouter, deps: AppDeps): void {
  api.add(
    {
      method: 'post',
      path: '/api/learn',
      summary: 'Correct the content classifier with a message of a known class (body, or a stored message by hash)',
      tag: 'scan',
      access: 'write',
      query: learnQuery,
      body: { contentType: 'message/rfc822', schema: z.string(), description: 'The raw message (omit when hash is given)' },
      responses: {
        200: { description: 'The new model version', schema: learnResult },
        404: { description: 'No stored message with that hash, or its raw copy is not kept' },
        503: { description: 'Learning is not available on this server (no model store)' },
      },
    },
    async (c, { query }) => {
      if (!deps.learn) throw new HttpError(503, 'learn_unavailable', 'this server has no model store to learn into');
      let raw: Uint8Array;
      if (query.hash) {
        const stored = await deps.data.messages?.get(query.hash);
        if (!stored) throw new HttpError(404, 'not_found', `no stored message ${query.hash}`);
        if (!stored.raw) throw new HttpError(404, 'raw_not_kept', `the store does not keep the raw copy of ${query.hash}; send the message as the body`);
        raw = stored.raw;
      } else {
        raw = await rawBody(c);
      }
      const result = await deps.learn(raw, query.as === 'spam');
      c.get('logger')?.info({ learned: query.as, version: result.version }, 'learned');
      return c.json({ learned: query.as, ...(query.hash ? { sha256: query.hash } : {}), ...result });
    },
  );
}
