import { lookup as dnsLookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { parse as parseDomain } from 'tldts';
import { nonPublicReason } from './ip.js';
import { decodeHtmlEntities } from './normalise.js';

/**
 * Follows a link's redirects the way a browser would, safely: HEAD then GET, a hop limit, a time-out
 * per request, a byte cap on bodies, no cookies, and never a connection to a non-public address
 * (loopback, private, link-local, unique-local, CGNAT, multicast, IPv4-mapped forms of these…). Host
 * names are resolved here and the connection goes to the vetted address (node's `lookup` hook), so a
 * second DNS answer cannot point the request elsewhere (DNS rebinding). Redirects are vetted the same
 * way at every hop. Off unless configured; tests use a loopback server with `allowPrivate`.
 */

/** One step of a redirect chain. */
export interface RedirectHop {
  url: string;
  /** How this URL was reached: the start, an HTTP 3xx, a meta refresh or a script assignment. */
  via: 'start' | 'http' | 'meta-refresh' | 'script';
  /** HTTP status of the final request to this URL, when one was made. */
  status?: number;
  /** The address connected to. */
  address?: string;
}

export interface RedirectResult {
  start: string;
  /** Every URL visited, in order; the first is the start. */
  chain: RedirectHop[];
  /** The URL the chain ended on (absent when it was refused, failed or hit the hop limit). */
  landing?: string;
  /** Registrable domain of the landing URL. */
  landingDomain?: string;
  /** The destination that was not connected to, and why. */
  refused?: { url: string; reason: string };
  /** A network or protocol failure (time-out, connection refused, TLS). */
  error?: string;
  /** The chain was longer than the hop limit. */
  hopLimit: boolean;
  /** A body was longer than the byte cap and was cut. */
  truncated: boolean;
  /** Served from the cache. */
  cached: boolean;
}

/** The redirect-following service checks receive (see src/core/services.ts). */
export interface RedirectFollower {
  follow(url: string, signal?: AbortSignal): Promise<RedirectResult>;
}

/** Resolves a host name to its addresses (A and AAAA). */
export type AddressResolver = (host: string) => Promise<string[]>;

export interface RedirectFollowerOptions {
  /** Most redirects followed from one start URL. */
  maxHops: number;
  /** Time-out of one request (connect, headers and body), in milliseconds. */
  timeoutMs: number;
  /** Bytes of a body read (for meta refresh and script redirects); the rest is dropped. */
  maxBytes: number;
  /** Allow non-public destinations (loopback, private…). Only tests set it. */
  allowPrivate: boolean;
  /** Exact addresses allowed although non-public (e.g. a scanning proxy on the LAN). */
  allowAddresses: readonly string[];
  /** How long a result is reused, in milliseconds, and how many are kept (least recently used dropped). */
  cacheTtlMs: number;
  cacheSize: number;
  userAgent: string;
}

export const DEFAULT_REDIRECT_OPTIONS: RedirectFollowerOptions = {
  maxHops: 10,
  timeoutMs: 5000,
  maxBytes: 256 * 1024,
  allowPrivate: false,
  allowAddresses: [],
  cacheTtlMs: 60 * 60 * 1000,
  cacheSize: 10_000,
  userAgent: 'Mozilla/5.0 (compatible; spamlab link check)',
};

/** The system resolver (getaddrinfo), all addresses. */
export const systemResolver: AddressResolver = async (host) => (await dnsLookup(host, { all: true, verbatim: true })).map((a) => a.address);

/**
 * @example
 * const follower = createRedirectFollower({ maxHops: 5 });
 * const result = await follower.follow('https://bit.ly/xyz');
 * result.chain.map((h) => h.url); result.landingDomain;
 */
export function createRedirectFollower(
  options: Partial<RedirectFollowerOptions> = {},
  deps: { resolve?: AddressResolver; now?: () => number } = {},
): RedirectFollower {
  const opts = { ...DEFAULT_REDIRECT_OPTIONS, ...options };
  const resolve = deps.resolve ?? systemResolver;
  const now = deps.now ?? Date.now;
  const cache = new LruCache<RedirectResult>(opts.cacheSize, opts.cacheTtlMs, now);

  async function follow(start: string, signal?: AbortSignal): Promise<RedirectResult> {
    const hit = cache.get(start);
    if (hit) return { ...hit, cached: true };
    const result: RedirectResult = { start, chain: [], hopLimit: false, truncated: false, cached: false };
    let current: URL;
    try {
      current = new URL(start);
    } catch {
      result.error = 'not a URL';
      return result;
    }
    let via: RedirectHop['via'] = 'start';
    for (let hop = 0; ; hop++) {
      if (signal?.aborted) {
        result.error = 'aborted';
        break;
      }
      if (hop > opts.maxHops) {
        result.hopLimit = true;
        break;
      }
      if (current.protocol !== 'http:' && current.protocol !== 'https:') {
        // A redirect to data:, javascript:, mailto:… ends the chain there.
        result.chain.push({ url: current.href, via });
        result.landing = current.href;
        break;
      }
      const vetted = await vet(current, resolve, opts).catch((err: unknown) => ({ error: message(err) }));
      if ('refused' in vetted) {
        result.refused = { url: current.href, reason: vetted.refused };
        break;
      }
      if ('error' in vetted) {
        result.chain.push({ url: current.href, via });
        result.error = vetted.error;
        break;
      }
      const step: RedirectHop = { url: current.href, via, address: vetted.address };
      result.chain.push(step);
      let next: { url: string; via: RedirectHop['via'] } | undefined;
      try {
        const head = await request(current, 'HEAD', vetted.address, opts, signal);
        step.status = head.status;
        if (head.location && head.status >= 300 && head.status < 400) next = { url: head.location, via: 'http' };
        else {
          const get = await request(current, 'GET', vetted.address, opts, signal);
          step.status = get.status;
          if (get.truncated) result.truncated = true;
          if (get.location && get.status >= 300 && get.status < 400) next = { url: get.location, via: 'http' };
          else if (get.status < 300 && /html|^$/.test(get.contentType)) next = findClientRedirect(get.body);
        }
      } catch (err) {
        result.error = message(err);
        break;
      }
      if (!next) {
        result.landing = current.href;
        break;
      }
      try {
        current = new URL(next.url, current);
      } catch {
        result.error = `bad redirect target ${next.url.slice(0, 200)}`;
        break;
      }
      via = next.via;
    }
    if (result.landing) {
      try {
        const host = new URL(result.landing).hostname.replace(/^\[|\]$/g, '');
        result.landingDomain = isIP(host) ? host : (parseDomain(host, { allowPrivateDomains: true }).domain ?? host);
      } catch {
        /* landing without a host (data:, mailto:) */
      }
    }
    // Aborted runs are not cached: the next scan may have the time to finish.
    if (result.error !== 'aborted') cache.set(start, result);
    return result;
  }
  return { follow };
}

/** Resolves and vets a URL's host: the address to connect to, or why not. */
async function vet(url: URL, resolve: AddressResolver, opts: RedirectFollowerOptions): Promise<{ address: string } | { refused: string } | { error: string }> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(host) ? [host] : await resolve(host);
  if (!addresses.length) return { error: `${host} has no address` };
  // Every address must be public: a name answering with one public and one private address is refused,
  // since which one a later lookup gives is up to the attacker's DNS server.
  for (const address of addresses) {
    const reason = nonPublicReason(address);
    if (reason && !opts.allowPrivate && !opts.allowAddresses.includes(address)) {
      return { refused: host === address ? `${address} is ${reason}` : `${host} resolves to ${address} (${reason})` };
    }
  }
  return { address: addresses[0]! };
}

interface Response {
  status: number;
  location?: string;
  contentType: string;
  body: string;
  truncated: boolean;
}

/** One request to a vetted address; no cookies are sent or kept, bodies are capped. */
function request(url: URL, method: 'HEAD' | 'GET', address: string, opts: RedirectFollowerOptions, signal?: AbortSignal): Promise<Response> {
  const family = isIP(address);
  // The connection goes to the vetted address whatever the name resolves to now.
  const lookup: LookupFunction = (_host, options, callback) => {
    if (options.all) (callback as (err: null, addresses: { address: string; family: number }[]) => void)(null, [{ address, family }]);
    else callback(null, address, family);
  };
  const client = url.protocol === 'https:' ? https : http;
  return new Promise<Response>((resolvePromise, reject) => {
    const req = client.request(
      {
        protocol: url.protocol,
        hostname: url.hostname.replace(/^\[|\]$/g, ''),
        port: url.port || (url.protocol === 'https:' ? 443 : 80),
        path: `${url.pathname}${url.search}`,
        method,
        agent: false,
        lookup,
        headers: { 'user-agent': opts.userAgent, accept: 'text/html,application/xhtml+xml,*/*;q=0.8', 'accept-encoding': 'identity', connection: 'close' },
        ...(signal ? { signal } : {}),
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        let truncated = false;
        const done = () => {
          clearTimeout(timer);
          const location = res.headers.location;
          resolvePromise({
            status: res.statusCode ?? 0,
            ...(location ? { location } : {}),
            contentType: String(res.headers['content-type'] ?? '').toLowerCase(),
            body: Buffer.concat(chunks).toString('utf8'),
            truncated,
          });
        };
        res.on('data', (chunk: Buffer) => {
          if (truncated) return;
          const room = opts.maxBytes - size;
          if (chunk.length > room) {
            chunks.push(chunk.subarray(0, Math.max(0, room)));
            size = opts.maxBytes;
            truncated = true;
            res.destroy();
            done();
            return;
          }
          chunks.push(chunk);
          size += chunk.length;
        });
        res.on('end', () => {
          if (!truncated) done();
        });
        res.on('error', (err) => {
          if (!truncated) fail(err);
        });
      },
    );
    const fail = (err: unknown) => {
      clearTimeout(timer);
      reject(err instanceof Error ? err : new Error(String(err)));
    };
    const timer = setTimeout(() => req.destroy(new Error(`timed out after ${opts.timeoutMs} ms`)), opts.timeoutMs);
    req.on('error', fail);
    req.end();
  });
}

/**
 * A client-side redirect in an HTML body: `<meta http-equiv="refresh" content="0;url=…">` or a simple
 * script assignment (`location.href = '…'`, `window.location = "…"`, `location.replace('…')`).
 * Bounded: only the first 64 `<meta` tags are looked at; the script patterns are linear.
 * @example findClientRedirect('<meta http-equiv="refresh" content="0; URL=\'/next\'">') // { url: '/next', via: 'meta-refresh' }
 */
export function findClientRedirect(body: string): { url: string; via: 'meta-refresh' | 'script' } | undefined {
  const lower = body.toLowerCase();
  let from = 0;
  for (let n = 0; n < 64; n++) {
    const at = lower.indexOf('<meta', from);
    if (at < 0) break;
    const end = lower.indexOf('>', at);
    const tag = body.slice(at, end < 0 ? Math.min(body.length, at + 2048) : Math.min(end, at + 2048));
    from = at + 5;
    if (!/http-equiv\s*=\s*(?:["']\s*)?refresh/i.test(tag)) continue;
    const content = /content\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag);
    const value = decodeHtmlEntities(content?.[1] ?? content?.[2] ?? content?.[3] ?? '');
    const target = /url\s*=\s*(?:['"]\s*)?([^'"\s]+)/i.exec(value)?.[1];
    if (target) return { url: target, via: 'meta-refresh' };
  }
  const script =
    /(?:window\.|document\.|top\.|self\.)?location(?:\.href)?\s*=\s*["'`]([^"'`\s]{1,2048})["'`]/.exec(body) ??
    /location\.(?:replace|assign)\(\s*["'`]([^"'`\s]{1,2048})["'`]\s*\)/.exec(body);
  if (script?.[1]) return { url: script[1], via: 'script' };
  return undefined;
}

function message(err: unknown): string {
  const text = err instanceof Error ? ((err as NodeJS.ErrnoException).code ?? err.message) : String(err);
  return text.slice(0, 200);
}

/** A small least-recently-used cache with a time to live (Map keeps insertion order). */
export class LruCache<T> {
  private readonly entries = new Map<string, { value: T; expires: number }>();

  constructor(
    private readonly capacity: number,
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  get(key: string): T | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (entry.expires <= this.now()) return undefined;
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: string, value: T): void {
    if (this.capacity <= 0 || this.ttlMs <= 0) return;
    this.entries.delete(key);
    this.entries.set(key, { value, expires: this.now() + this.ttlMs });
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }

  get size(): number {
    return this.entries.size;
  }
}
