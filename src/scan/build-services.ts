import { Resolver } from 'node:dns/promises';
import type { SpamlabConfig } from '../config/schema.js';
import { createClamdClient } from '../files/clamd/index.js';
import type { DnsResolver, Services } from './services.js';

/**
 * The services a configuration asks for, built once per process (per worker thread). Nothing here
 * touches the network unless the operator switched it on: with the defaults only the clock is set.
 * Explicitly passed services win (tests inject fakes).
 */
export function buildServices(config: SpamlabConfig, injected: Partial<Services> = {}): Services {
  const services: Services = { now: () => new Date() };
  if (config.dns.enabled) services.dns = createDnsResolver(config.dns);
  if (config.attachments.clamd) services.clamd = createClamdClient(config.attachments.clamd);
  return { ...services, ...injected };
}

/**
 * A DNS resolver over node:dns with the configured servers and time-out, in the `(name, rrtype)` shape
 * mailauth and the checks use. Answers come back as node:dns returns them (TXT as string chunks).
 * @example await createDnsResolver({ servers: ['127.0.0.1:5353'], timeoutMs: 2000, tries: 2 })('example.org', 'TXT')
 */
export function createDnsResolver(options: SpamlabConfig['dns']): DnsResolver {
  const resolver = new Resolver({ timeout: options.timeoutMs, tries: options.tries });
  if (options.servers.length) resolver.setServers(options.servers);
  return (name, rrtype) => resolver.resolve(name, rrtype) as Promise<unknown[]>;
}
