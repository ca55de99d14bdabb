import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ApiRouter } from './api-route.js';
import type { AppDeps, AppEnv } from './context.js';
import { HttpError } from './errors.js';
import { buildOpenApiDocument } from './openapi.js';
import { registerAnalysesRoutes } from './routes/analyses.js';
import { registerHealthRoutes } from './routes/health.js';
import { registerLearnRoutes } from './routes/learn.js';
import { registerMessageRoutes } from './routes/messages.js';
import { registerScanRoutes } from './routes/scan.js';
import { registerQueueRoutes } from './routes/queue.js';
import { registerDashboard } from './dashboard/index.js';
import { opsAnswer, OPS_PATHS } from '../observability/index.js';

export interface SpamlabApp {
  app: Hono<AppEnv>;
  /** The OpenAPI 3.1 document of every API operation (also served at /api/openapi.json). */
  openapi: Record<string, unknown>;
}

/**
 * The HTTP API (and, from ./dashboard, the dashboard's pages) as a Hono app. Tests call `app.request()`
 * without a socket; `spamlab serve` hands `app.fetch` to a Node HTTP server (./http.ts).
 * @example const { app } = createApp(deps); const res = await app.request('/api/health');
 */
export function createApp(deps: AppDeps): SpamlabApp {
  const app = new Hono<AppEnv>();

  app.use('*', async (c, next) => {
    const requestId = randomUUID();
    const logger = deps.logger.child({ req: requestId });
    c.set('requestId', requestId);
    c.set('logger', logger);
    c.set('credential', 'none');
    const started = performance.now();
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    // same-origin, not no-referrer: under no-referrer Chromium sends `Origin: null` even on same-origin POSTs, which
    // the cookie's cross-origin check (auth.ts) would refuse.
    c.header('Referrer-Policy', 'same-origin');
    if (!c.res.headers.has('X-Frame-Options')) c.header('X-Frame-Options', 'DENY');
    // Method, path, status and time only: never headers (the token), the query (addresses) or bodies.
    logger.info({ method: c.req.method, path: c.req.path, status: c.res.status, ms: Math.round((performance.now() - started) * 10) / 10, auth: c.get('credential') }, 'request');
  });

  app.use(
    '/api/*',
    bodyLimit({
      maxSize: deps.limits.maxBodyBytes,
      onError: () => {
        throw new HttpError(413, 'too_large', `the body is larger than ${deps.limits.maxBodyBytes} bytes`);
      },
    }),
  );

  app.use('/api/*', async (c, next) => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new HttpError(503, 'timeout', `the request took longer than ${deps.limits.handlerTimeoutMs} ms`)), deps.limits.handlerTimeoutMs);
    });
    try {
      await Promise.race([next(), timeout]);
    } finally {
      clearTimeout(timer);
    }
  });

  const api = new ApiRouter(app, deps);
  registerHealthRoutes(api, deps);
  registerScanRoutes(api, deps);
  registerQueueRoutes(api, deps);
  registerLearnRoutes(api, deps);
  registerMessageRoutes(api, deps);
  registerAnalysesRoutes(api, deps);

  const openapi = buildOpenApiDocument(
    [
      ...api.operations,
      { method: 'get', path: '/api/openapi.json', summary: 'This document', tag: 'health', access: 'none', responses: { 200: { description: 'OpenAPI 3.1' } } },
    ],
    { version: deps.version },
  );
  app.get('/api/openapi.json', (c) => c.json(openapi));
  // Probes and scrapers carry no token: these answers name dependencies and counts, never secrets or URLs.
  const ops = { ...deps.ops, startedAt: deps.ops?.startedAt ?? Date.now() };
  for (const path of OPS_PATHS) {
    app.get(path, async (c) => {
      const answer = await opsAnswer(path, ops);
      if (!answer) throw new HttpError(404, 'not_found', `no route GET ${path}`);
      return c.body(answer.body, answer.status as 200, { 'Content-Type': answer.contentType, 'Cache-Control': 'no-store' });
    });
  }
  registerDashboard(app, deps);

  app.notFound((c) => {
    const err = new HttpError(404, 'not_found', `no route ${c.req.method} ${c.req.path}`);
    return c.json(err.toJSON(), 404);
  });

  app.onError((err, c) => {
    if (err instanceof HttpError) {
      if (err.status === 401) c.header('WWW-Authenticate', 'Bearer realm="spamlab"');
      return c.json(err.toJSON(), err.status);
    }
    (c.get('logger') ?? deps.logger).error({ err: { message: err.message, stack: err.stack } }, 'request failed');
    return c.json(new HttpError(500, 'internal', 'internal error (logged on the server)').toJSON(), 500);
  });

  return { app, openapi };
}
