import { createHash, timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';

/** Who may do what. Writes (scan, learn, release) always need the token. */
export interface AccessPolicy {
  /** The bearer token; empty disables every endpoint that needs it (the server refuses all such requests). */
  token: string;
  /** Reads (GET of messages, trends, campaigns, pivot, incidents, and the dashboard's pages) without a token. */
  publicRead: boolean;
}

/** The dashboard keeps the token in this cookie (HttpOnly, SameSite=Strict) after the login form. */
export const TOKEN_COOKIE = 'spamlab_token';

/**
 * Compares a presented secret with the token in constant time. Both sides are hashed first, so neither the
 * length nor a common prefix of the token leaks through timing.
 */
export function tokenMatches(presented: string, token: string): boolean {
  if (!token) return false;
  const a = createHash('sha256').update(presented).digest();
  const b = createHash('sha256').update(token).digest();
  return timingSafeEqual(a, b);
}

export type Credential = 'bearer' | 'cookie' | 'none';

/** Which credential of the request carries the right token: a bearer header, the dashboard's cookie, or none. */
export function credentialOf(c: Context, token: string): Credential {
  const header = c.req.header('authorization');
  if (header) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    return match && tokenMatches(match[1]!, token) ? 'bearer' : 'none';
  }
  const cookie = getCookie(c, TOKEN_COOKIE);
  return cookie && tokenMatches(cookie, token) ? 'cookie' : 'none';
}

/**
 * A cookie rides along on cross-site requests, so a state-changing request authenticated by the cookie must
 * come from our own pages: its Origin (or, without one, Referer) must be this server. Bearer tokens are
 * never sent by a browser on its own and need no such check.
 */
export function sameOrigin(c: Context): boolean {
  const origin = c.req.header('origin') ?? c.req.header('referer');
  if (!origin) return false;
  try {
    return new URL(origin).host === new URL(c.req.url).host;
  } catch {
    return false;
  }
}
