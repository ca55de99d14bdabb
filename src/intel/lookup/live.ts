/**
 * Live WHOIS (RFC 3912, port 43, following the registry's referral to the registrar's server) and
 * RDAP (RFC 9224 bootstrap → RFC 9083 answer). Off unless enabled; all network access goes through an
 * injected `LookupNetwork`, every target address is checked (no private, loopback or otherwise
 * non-public address unless `allowPrivate`), answers are cached, and each server is rate limited.
 */
import { lookup as dnsLookup } from 'node:dns/promises';
import { connect } from 'node:net';
import { isIP } from 'node:net';
import { nonPublicReason } from '../../links/ip.js';
import { parseResponse } from '../history/import.js';
import type { ResponseInput } from '../history/import.js';

export interface LookupConfig {
  /** Nothing is looked up unless true. */
  enabled: boolean;
  /** Allow servers on private, loopback or other non-public addresses (tests, an internal mirror). */
  allowPrivate: boolean;
  /** WHOIS server per TLD (`jp: whois.jprs.jp`, `host:port` allowed); else `whois.iana.org` is asked for the referral. */
  whoisServers: Record<string, string>;
  /** Where to ask for a TLD's WHOIS server when it is not configured. */
  ianaWhois: string;
  /** The RDAP bootstrap (IANA `dns.json` contents): `{ services: [[[tlds…], [base URLs…]], …] }`. */
  rdapBootstrap?: { services: [string[], string[]][] };
  timeoutMs: number;
  /** Minimum time between two queries to one server. */
  minIntervalMs: number;
  /** How long an answer is reused. */
  cacheTtlMs: number;
  /** Largest answer read (bytes). */
  maxResponseBytes: number;
}

export const DEFAULT_LOOKUP_CONFIG: LookupConfig = {
  enabled: false,
  allowPrivate: false,
  whoisServers: {},
  ianaWhois: 'whois.iana.org',
  timeoutMs: 10_000,
  minIntervalMs: 2_000,
  cacheTtlMs: 24 * 3600_000,
  maxResponseBytes: 1_000_000,
};

/** The network as the lookup sees it: injected, so tests and the CLI decide what is reachable. */
export interface LookupNetwork {
  /** Addresses of a host name (an IP literal resolves to itself). */
  resolve(host: string): Promise<string[]>;
  /** Sends `query` to `address:port` over TCP and reads until the server closes (RFC 3912). */
  whois(address: string, port: number, query: string, options: { timeoutMs: number; maxBytes: number }): Promise<Uint8Array>;
  /** GETs a URL as JSON (RDAP). */
  fetchJson(url: string, options: { timeoutMs: number; maxBytes: number }): Promise<unknown>;
  now(): number;
  sleep(ms: number): Promise<void>;
}

export class LookupError extends Error {
  constructor(
    message: string,
    readonly kind: 'disabled' | 'refused' | 'network' | 'no-server',
  ) {
    super(message);
    this.name = 'LookupError';
  }
}

/** The real network: node:net for port 43, fetch for RDAP, the system resolver. */
export function systemNetwork(): LookupNetwork {
  return {
    async resolve(host) {
      if (isIP(host)) return [host];
      return (await dnsLookup(host, { all: true })).map((a) => a.address);
    },
    whois(address, port, query, { timeoutMs, maxBytes }) {
      return new Promise((resolve, reject) => {
        const chunks: Buffer[] = [];
        let size = 0;
        const socket = connect({ host: address, port });
        socket.setTimeout(timeoutMs, () => socket.destroy(new Error(`no answer from ${address}:${port} within ${timeoutMs} ms`)));
        socket.on('connect', () => socket.write(`${query}\r\n`));
        socket.on('data', (d: Buffer) => {
          size += d.length;
          if (size > maxBytes) return socket.destroy(new Error(`answer larger than ${maxBytes} bytes`));
          chunks.push(d);
        });
        socket.on('error', reject);
        socket.on('close', (hadError) => {
          if (!hadError) resolve(new Uint8Array(Buffer.concat(chunks)));
        });
      });
    },
    async fetchJson(url, { timeoutMs, maxBytes }) {
      const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'error', headers: { accept: 'application/rdap+json' } });
      const text = await res.text();
      if (text.length > maxBytes) throw new Error(`answer larger than ${maxBytes} bytes`);
      return JSON.parse(text);
    },
    now: () => Date.now(),
    sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
  };
}

export interface LookupAnswer extends ResponseInput {
  /** The servers asked, in order (registry, then the registrar it referred to). */
  servers: string[];
  cached: boolean;
}

/**
 * Looks domains up live. Returns responses ready for `importResponses` (one per server that answered
 * with a record: the thin registry's and the registrar's).
 * @example const live = new LiveLookup({ ...DEFAULT_LOOKUP_CONFIG, enabled: true }, systemNetwork()); await live.whois('example.jp')
 */
export class LiveLookup {
  private readonly cache = new Map<string, { at: number; answers: LookupAnswer[] }>();
  private readonly lastQuery = new Map<string, number>();
  constructor(
    private readonly config: LookupConfig,
    private readonly net: LookupNetwork,
  ) {}

  private ensureEnabled() {
    if (!this.config.enabled) throw new LookupError('live lookups are off (enable intel.lookup.enabled in the configuration)', 'disabled');
  }

  /** Resolves a server and refuses non-public addresses unless allowed. */
  private async address(host: string): Promise<string> {
    const addresses = await this.net.resolve(host).catch((err: Error) => {
      throw new LookupError(`cannot resolve ${host}: ${err.message}`, 'network');
    });
    if (!addresses.length) throw new LookupError(`${host} has no address`, 'network');
    for (const a of addresses) {
      const reason = nonPublicReason(a);
      if (reason && !this.config.allowPrivate) throw new LookupError(`refusing ${host} (${a}): ${reason} address; set intel.lookup.allowPrivate to allow it`, 'refused');
    }
    return addresses[0]!;
  }

  private async throttle(server: string) {
    const last = this.lastQuery.get(server);
    const now = this.net.now();
    if (last !== undefined && now - last < this.config.minIntervalMs) await this.net.sleep(this.config.minIntervalMs - (now - last));
    this.lastQuery.set(server, this.net.now());
  }

  private async ask(server: string, query: string): Promise<Uint8Array> {
    const [host, portText] = server.includes(':') && !isIP(server) ? server.split(':') as [string, string] : [server, '43'];
    const port = Number(portText);
    const address = await this.address(host);
    await this.throttle(server);
    try {
      return await this.net.whois(address, port, query, { timeoutMs: this.config.timeoutMs, maxBytes: this.config.maxResponseBytes });
    } catch (err) {
      throw new LookupError(`WHOIS ${server}: ${(err as Error).message}`, 'network');
    }
  }

  /** The WHOIS server for a TLD: configured, else IANA's `refer:`/`whois:` line for it. */
  private async serverFor(tld: string): Promise<string> {
    const configured = this.config.whoisServers[tld];
    if (configured) return configured;
    const iana = new TextDecoder().decode(await this.ask(this.config.ianaWhois, tld));
    const m = /^(?:refer|whois):\s*(\S+)/im.exec(iana);
    if (!m) throw new LookupError(`no WHOIS server for .${tld}`, 'no-server');
    return m[1]!;
  }

  /** Port-43 lookup with one referral hop (thin registry → registrar). */
  async whois(domain: string): Promise<LookupAnswer[]> {
    this.ensureEnabled();
    const name = domain.trim().toLowerCase().replace(/\.$/, '');
    const key = `whois:${name}`;
    const hit = this.cache.get(key);
    if (hit && this.net.now() - hit.at < this.config.cacheTtlMs) return hit.answers.map((a) => ({ ...a, cached: true }));
    const tld = name.slice(name.lastIndexOf('.') + 1);
    const registry = await this.serverFor(tld);
    // JPRS answers in Japanese unless asked otherwise; we want both languages, which is its default.
    const first = await this.ask(registry, name);
    const answers: LookupAnswer[] = [{ content: first, source: `whois://${registry}/${name}`, queried: name, servers: [registry], cached: false }];
    const { record } = parseResponse({ content: first, protocol: 'whois' });
    const referral = record.referral?.whois;
    if (referral && referral.toLowerCase() !== registry.toLowerCase() && /^[a-z0-9.-]+(:\d+)?$/i.test(referral)) {
      try {
        const second = await this.ask(referral, name);
        answers.push({ content: second, source: `whois://${referral}/${name}`, queried: name, servers: [registry, referral], cached: false });
      } catch (err) {
        // The registry's record stands alone when the registrar's server fails; the refusal is kept.
        if (err instanceof LookupError && err.kind === 'refused') throw err;
      }
    }
    this.cache.set(key, { at: this.net.now(), answers });
    return answers;
  }

  /** RDAP via the bootstrap: the first base URL for the TLD, `domain/NAME`. */
  async rdap(domain: string): Promise<LookupAnswer> {
    this.ensureEnabled();
    const name = domain.trim().toLowerCase().replace(/\.$/, '');
    const key = `rdap:${name}`;
    const hit = this.cache.get(key);
    if (hit && this.net.now() - hit.at < this.config.cacheTtlMs) return { ...hit.answers[0]!, cached: true };
    const tld = name.slice(name.lastIndexOf('.') + 1);
    const service = this.config.rdapBootstrap?.services.find(([tlds]) => tlds.map((t) => t.toLowerCase()).includes(tld));
    const base = service?.[1][0];
    if (!base) throw new LookupError(`no RDAP service for .${tld} in the bootstrap file`, 'no-server');
    const url = new URL(`domain/${encodeURIComponent(name)}`, base.endsWith('/') ? base : `${base}/`);
    if (url.protocol !== 'https:' && !this.config.allowPrivate) throw new LookupError(`refusing ${url.origin}: RDAP must use https`, 'refused');
    await this.address(url.hostname.replace(/^\[|\]$/g, ''));
    await this.throttle(url.host);
    let json: unknown;
    try {
      json = await this.net.fetchJson(url.toString(), { timeoutMs: this.config.timeoutMs, maxBytes: this.config.maxResponseBytes });
    } catch (err) {
      throw new LookupError(`RDAP ${url.origin}: ${(err as Error).message}`, 'network');
    }
    const answer: LookupAnswer = { content: JSON.stringify(json), protocol: 'rdap', source: url.toString(), queried: name, servers: [url.host], cached: false };
    this.cache.set(key, { at: this.net.now(), answers: [answer] });
    return answer;
  }
}
