import { z } from 'zod';
import type { OperationSpec } from './api-route.js';
import { errorSchema } from './api-route.js';

/** `/api/messages/:hash` → `/api/messages/{hash}` (OpenAPI path templating). */
export function openApiPath(honoPath: string): string {
  return honoPath.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
  const doc = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any', reused: 'inline' }) as Record<string, unknown>;
  delete doc.$schema;
  return doc;
}

/** The parameters of an object schema, one per property. */
function parameters(schema: z.ZodType | undefined, where: 'query' | 'path'): Record<string, unknown>[] {
  if (!schema) return [];
  const doc = jsonSchema(schema, 'input') as { properties?: Record<string, Record<string, unknown>>; required?: string[] };
  return Object.entries(doc.properties ?? {}).map(([name, property]) => {
    const { description, ...rest } = property;
    return {
      name,
      in: where,
      required: where === 'path' || (doc.required ?? []).includes(name),
      ...(description ? { description } : {}),
      schema: rest,
    };
  });
}

/**
 * The OpenAPI 3.1 document of the operations registered through ApiRouter: paths, parameters, bodies and
 * responses come from the same zod schemas that validate requests (JSON Schema 2020-12, which OpenAPI 3.1
 * uses as is).
 */
export function buildOpenApiDocument(operations: readonly OperationSpec[], info: { version: string }): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of operations) {
    const responses: Record<string, unknown> = {};
    for (const [status, response] of Object.entries(op.responses)) {
      responses[status] = {
        description: response.description,
        ...(response.schema ? { content: { [response.contentType ?? 'application/json']: { schema: jsonSchema(response.schema, 'output') } } } : {}),
      };
    }
    const errors: Record<string, string> = { '400': 'Invalid input (every invalid field named)', '500': 'Internal error' };
    if (op.access !== 'none') errors['401'] = 'The API token is missing or wrong';
    if (op.access === 'write') errors['403'] = 'A cookie-authenticated change from another origin';
    if (op.body) errors['413'] = 'The body is larger than the limit';
    for (const [status, description] of Object.entries(errors)) {
      responses[status] ??= { description, content: { 'application/json': { schema: jsonSchema(errorSchema, 'output') } } };
    }
    const path = (paths[openApiPath(op.path)] ??= {});
    path[op.method] = {
      summary: op.summary,
      tags: [op.tag],
      operationId: `${op.method}${openApiPath(op.path).replace(/[^A-Za-z0-9]+(.)?/g, (_m, ch: string | undefined) => (ch ? ch.toUpperCase() : ''))}`,
      security: op.access === 'none' ? [] : [{ bearer: [] }],
      parameters: [...parameters(op.params, 'path'), ...parameters(op.query, 'query')],
      ...(op.body
        ? { requestBody: { required: true, ...(op.body.description ? { description: op.body.description } : {}), content: { [op.body.contentType]: { schema: jsonSchema(op.body.schema, 'input') } } } }
        : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'spamlab API',
      version: info.version,
      description:
        'Scan, store and browse mail; trends, campaigns, pivots and outbound incidents. Write operations need the bearer token; reads need it too unless the server allows public reads.',
    },
    servers: [{ url: '/' }],
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    paths,
  };
}
