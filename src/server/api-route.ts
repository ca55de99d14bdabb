import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { credentialOf, sameOrigin } from './auth.js';
import type { AppDeps, AppEnv } from './context.js';
import { HttpError, validationError } from './errors.js';

/** Who may call an operation: anyone (health), readers (token unless public reads are on), writers (token). */
export type Access = 'none' | 'read' | 'write';

/**
 * One API operation: its method and path, the zod schemas that validate its input, and what it answers.
 * The same object registers the route (validation and access control applied here, once) and becomes its
 * entry in the OpenAPI document (./openapi.ts), so the document cannot drift from what the server checks.
 */
export interface OperationSpec<Q extends z.ZodType = z.ZodType, P extends z.ZodType = z.ZodType> {
  method: 'get' | 'post';
  /** Hono syntax (`/api/messages/:hash`); the document writes `{hash}`. */
  path: string;
  summary: string;
  tag: string;
  access: Access;
  query?: Q;
  params?: P;
  /** A body the handler reads itself (raw message, JSON): its media type and schema for the document. */
  body?: { contentType: string; schema: z.ZodType; description?: string };
  responses: Record<number, { description: string; schema?: z.ZodType; contentType?: string }>;
}

export type Handler<Q extends z.ZodType, P extends z.ZodType> = (
  c: Context<AppEnv>,
  input: { query: z.output<Q>; params: z.output<P> },
) => Response | Promise<Response>;

/** Answers every operation may give besides its own: bad input, no token, a server error. */
export const errorSchema = z
  .object({
    error: z.object({
      status: z.number().int(),
      code: z.string(),
      message: z.string(),
      details: z.unknown().optional(),
    }),
  })
  .meta({ id: 'Error' });

/**
 * Registers operations on an app and remembers them for the OpenAPI document.
 * @example
 * const api = new ApiRouter(app, deps);
 * api.add({ method: 'get', path: '/api/health', summary: 'Liveness', tag: 'health', access: 'none', responses: { 200: { description: 'up' } } }, (c) => c.json({ ok: true }));
 */
export class ApiRouter {
  readonly operations: OperationSpec[] = [];

  constructor(
    private readonly app: Hono<AppEnv>,
    private readonly deps: AppDeps,
  ) {}

  add<Q extends z.ZodType = z.ZodObject<{}>, P extends z.ZodType = z.ZodObject<{}>>(spec: OperationSpec<Q, P>, handler: Handler<Q, P>): void {
    this.operations.push(spec as unknown as OperationSpec);
    const deps = this.deps;
    this.app.on(spec.method.toUpperCase(), spec.path, async (c) => {
      authorize(c, spec.access, deps);
      const query = spec.query ? parseWith(spec.query, c.req.query(), 'query') : {};
      const params = spec.params ? parseWith(spec.params, c.req.param(), 'path') : {};
      return handler(c, { query: query as z.output<Q>, params: params as z.output<P> });
    });
  }
}

function parseWith<S extends z.ZodType>(schema: S, value: unknown, where: string): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw validationError(where, result.error);
  return result.data;
}

/** Throws 401/403 unless the request may perform an operation of this access level. */
export function authorize(c: Context<AppEnv>, access: Access, deps: AppDeps): void {
  if (access === 'none') return;
  const credential = credentialOf(c, deps.access.token);
  c.set('credential', credential);
  if (access === 'read' && deps.access.publicRead) return;
  if (credential === 'none') {
    const configured = deps.access.token !== '';
    throw new HttpError(
      401,
      'unauthorized',
      configured ? 'this endpoint needs the API token: send "Authorization: Bearer TOKEN"' : 'no API token is configured on this server, so this endpoint is closed',
    );
  }
  if (access === 'write' && credential === 'cookie' && !sameOrigin(c)) {
    throw new HttpError(403, 'cross_origin', 'a change made with the dashboard cookie must come from the dashboard itself');
  }
}

/** A boolean query flag: `1`, `true`, `yes` or `0`, `false`, `no`. */
export const queryFlag = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no'])
  .transform((v) => v === '1' || v === 'true' || v === 'yes');
