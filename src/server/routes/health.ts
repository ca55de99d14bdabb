import { z } from 'zod';
import type { ApiRouter } from '../api-route.js';
import type { AppDeps } from '../context.js';

const health = z
  .object({
    status: z.literal('ok'),
    version: z.string(),
    uptimeSeconds: z.number(),
    store: z.boolean().describe('whether scan results are kept'),
    listeners: z.array(z.object({ name: z.string(), address: z.string() })),
  })
  .meta({ id: 'Health' });

export function registerHealthRoutes(api: ApiRouter, deps: AppDeps): void {
  const started = Date.now();
  api.add(
    { method: 'get', path: '/api/health', summary: 'Liveness and what this server runs (no token needed)', tag: 'health', access: 'none', responses: { 200: { description: 'Up', schema: health } } },
    (c) =>
      c.json({
        status: 'ok' as const,
        version: deps.version,
        uptimeSeconds: Math.round((Date.now() - started) / 1000),
        store: deps.data.messages !== undefined,
        listeners: deps.listeners?.() ?? [],
      }),
  );
}
