import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ZodError } from 'zod';

/**
 * The one error type of the HTTP API. A route throws it; the app's error handler turns it into a JSON body
 * `{error: {status, code, message, details?}}` with that status. Anything else thrown is a 500 whose
 * message is logged, never sent (it may name paths or internals).
 * @example throw new HttpError(404, 'not_found', `no message with hash ${hash}`);
 */
export class HttpError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'HttpError';
  }

  toJSON(): { error: { status: number; code: string; message: string; details?: unknown } } {
    return { error: { status: this.status, code: this.code, message: this.message, ...(this.details === undefined ? {} : { details: this.details }) } };
  }
}

/** A 400 naming every invalid field (`where` is `query`, `body` or `path`). */
export function validationError(where: string, err: ZodError): HttpError {
  const details = err.issues.map((issue) => ({ field: issue.path.map(String).join('.') || where, problem: issue.message }));
  const first = details[0];
  return new HttpError(400, 'invalid_request', `invalid ${where}${first ? `: ${first.field}: ${first.problem}` : ''}`, details);
}
