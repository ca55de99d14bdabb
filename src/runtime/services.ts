import { Resolver } from 'node:dns/promises';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildBrandRegistry } from '../brands/registry.js';
import type { Brand } from '../brands/types.js';
import { senderLookalikeDetector } from '../checks/sender/context.js';
import { freemailDomains } from '../checks/sender/freemail.js';
import type { SpamlabConfig } from '../config/schema.js';
import type { DnsResolver, Services } from '../core/services.js';
import { createClamdClient } from '../files/clamd/index.js';
import { firstSeenDomainAge } from '../links/domain-age.js';
import { buildLinkLists, LIST_FILES, parseListText, type ExtraLinkLists, type LinkLists } from '../links/lists/index.js';
import { createRedirectFollower, type AddressResolver } from '../links/redirects.js';
import { parseIpInfoTable, type IpInfoLookup } from '../ipinfo/index.js';
import { loadContentModel } from './model.js';
import { precomputedSenderTables, type SenderTables } from './sender-tables.js';
import { precomputedTermIndex } from './term-index.js';

/**
 * Brand data files the operator keeps (`sender.brandFiles`: the shipped format, `{ brands: [...] }`), in
 * order, after the brands written in the configuration itself: brand knowledge that grows as data. A bad
 * file stops the start with every problem named (BrandDataError), never half-protects a brand.
 */
async function brandFiles(files: readonly string[]): Promise<Brand[]> {
  if (files.length === 0) return [];
  // The brand schema (zod) is loaded only when there are files to validate: the shipped brands are
  // validated by src/brands/defaults.ts (at build time for the built CLI), and start-up is per message
  // for a mail filter.
  const { parseBrandData } = await import('../brands/schema.js');
  return files.flatMap((file) => parseBrandData(JSON.parse(readFileSync(file, 'utf8')), file));
}

/**
 * Every service a configuration asks for, built once per process (per worker thread): the only place
 * that reads list and hash files, loads the model, and opens sockets (DNS, clamd, HTTP for redirects).
 * Nothing touches the network unless the operator switched it on: with the defaults the clock, the brand
 * registry, the shipped lists and the model are all there is. Explicitly passed services win (tests
 * inject fakes); a service injected is never built.
 * @example const services = await buildServices(defaultConfig(), { now: () => new Date('2026-01-01') });
 */
export async function buildServices(config: SpamlabConfig, injected: Partial<Services> = {}): Promise<Services> {
  const now = injected.now ?? (() => new Date());
  // The built-in sender configuration's registry, free-mail list and detector, precomputed by the build
  // (./sender-tables.ts); only when neither the brands nor the free-mail list is injected.
  const tables = injected.brands || injected.freemail ? undefined : precomputedSenderTables(config.sender);
  const services: Services = {
    now,
    brands:
      injected.brands ??
      tables?.registry ??
      buildBrandRegistry([...(config.sender.brands as Brand[]), ...(await brandFiles(config.sender.brandFiles))], config.sender.defaultBrands),
    freemail: injected.freemail ?? tables?.freemail ?? configuredFreemail(config.sender),
    ...(tables ? { senderDetector: tables.detector } : {}),
    // The shipped lists come with the precomputed tables; an operator's lists directory adds to them: built then.
    linkLists: injected.linkLists ?? (config.links.listsDir ? undefined : tables?.linkLists) ?? linkListsFromDir(config.links.listsDir),
    knownBadHashes: injected.knownBadHashes ?? loadKnownBadHashes(config.attachments),
  };
  // The content family's term index, precomputed by the build (./term-index.ts); the family builds it when absent.
  const termIndex = config.content.categories.enabled || config.content.themes.enabled ? (injected.contentTermIndex ?? precomputedTermIndex()) : undefined;
  if (termIndex) services.contentTermIndex = termIndex;
  if (config.content.classifier.enabled && !injected.classifierModel) {
    try {
      services.classifierModel = await loadContentModel(config.content.classifier);
    } catch (err) {
      // A missing or corrupt model must not stop the scanner: the classifier reports it on every message.
      services.classifierModel = { error: err instanceof Error ? err.message : String(err) };
    }
  }
  if (config.ipInfo.file && !injected.ipInfo) services.ipInfo = loadIpInfo(config.ipInfo.file);
  if (config.dns.enabled && !injected.dns) services.dns = createDnsResolver(config.dns);
  if (config.attachments.clamd && !injected.clamd) services.clamd = createClamdClient(config.attachments.clamd);
  const dns = injected.dns ?? services.dns;
  if (config.links.followRedirects.enabled && !injected.redirects) {
    const { enabled: _enabled, maxUrlsPerMessage: _max, ...options } = config.links.followRedirects;
    services.redirects = createRedirectFollower(options, { ...(dns ? { resolve: addressResolver(dns) } : {}), now: () => now().getTime() });
  }
  if (config.links.domainAge.rememberFirstSeen && !injected.domainAge) services.domainAge = firstSeenDomainAge({ now });
  return { ...services, ...definedOnly(injected) };
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

/**
 * The operator's IP → network table. Unreadable or in another format: a clear error at start-up, not a
 * scanner that silently knows no networks. Loaded tables are kept per file for the process (worker threads
 * each hold their own), since a full table is a few hundred thousand ranges.
 */
const ipInfoTables = new Map<string, IpInfoLookup>();
function loadIpInfo(file: string): IpInfoLookup {
  const cached = ipInfoTables.get(file);
  if (cached) return cached;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new Error(`ipInfo.file: cannot read ${file}: ${err instanceof Error ? err.message : String(err)}`);
  }
  try {
    const { table } = parseIpInfoTable(text);
    ipInfoTables.set(file, table);
    return table;
  } catch (err) {
    throw new Error(`ipInfo.file ${file}: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** Adapts the DNS service (A and AAAA records) to the redirect follower's resolver. */
function addressResolver(dns: DnsResolver): AddressResolver {
  return async (host) => {
    const answers = await Promise.all((['A', 'AAAA'] as const).map((type) => dns(host, type).catch(() => [] as unknown[])));
    return answers.flat().filter((a): a is string => typeof a === 'string');
  };
}

/** The free-mail domains in force: the shipped list, `sender.freemailDomains` and the lists directory's free_email_providers.txt. */
export function configuredFreemail(sender: Pick<SpamlabConfig['sender'], 'freemailDomains' | 'listsDir'>): Set<string> {
  return freemailDomains(sender.freemailDomains, listFile(sender.listsDir, 'free_email_providers.txt'));
}

/**
 * The sender family's tables for a sender section without brand files (what the build precomputes for the
 * built-in configuration: ./sender-tables.ts), the brand automaton built, and the shipped link lists.
 */
export function buildSenderTables(sender: SpamlabConfig['sender']): SenderTables {
  if (sender.brandFiles.length > 0) throw new Error('buildSenderTables: brand files are read at start, not precomputed');
  const registry = buildBrandRegistry(sender.brands as Brand[], sender.defaultBrands);
  registry.mentionsInText('brand'); // builds the automaton (on first use otherwise), so it is precomputed too
  const freemail = configuredFreemail(sender);
  return { registry, freemail, detector: senderLookalikeDetector(registry, sender, freemail), linkLists: buildLinkLists() };
}

/** A list file of the operator's lists directory; a missing directory or file is an empty list (the shipped lists still apply). */
function listFile(dir: string | undefined, file: string): string[] {
  if (!dir) return [];
  const full = path.join(dir, file);
  return existsSync(full) ? parseListText(readFileSync(full, 'utf8')) : [];
}

/** The shipped link lists plus the operator's list files in `dir` (see LIST_FILES). */
export function linkListsFromDir(dir: string | undefined): LinkLists {
  return buildLinkLists(extraLinkLists(dir));
}

function extraLinkLists(dir: string | undefined): ExtraLinkLists {
  const extra: Record<string, string[]> = {};
  for (const [key, file] of Object.entries(LIST_FILES)) extra[key] = listFile(dir, file);
  return extra;
}

/** The known-bad hash list (inline and from a file), lower-cased. A missing file is a configuration error. */
export function loadKnownBadHashes(config: SpamlabConfig['attachments']): Set<string> {
  const hashes = new Set(config.knownBadHashes.map((h) => h.toLowerCase()));
  if (config.knownBadHashesFile) {
    for (const line of readFileSync(config.knownBadHashesFile, 'utf8').split(/\r?\n/)) {
      const m = /^\s*([0-9a-fA-F]{64}|[0-9a-fA-F]{40}|[0-9a-fA-F]{32})\b/.exec(line);
      if (m) hashes.add(m[1]!.toLowerCase());
    }
  }
  return hashes;
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
