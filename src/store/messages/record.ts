import { createHash } from 'node:crypto';
import type { ScanReport } from '../../scan/report.js';
import type { AddressRole, IocKind, StoredMessage } from '../types.js';

export interface ToStoredOptions {
  /** When ingest stores it (epoch ms). */
  ingestedAt: number;
  /** configVersion(config) of the scanning configuration. */
  configVersion: string;
  /** The classifier model the scanner loaded, when known (the finding's own data wins). */
  modelVersion?: string | null;
}

/**
 * A short, stable fingerprint of a configuration: stored with every message, so a later look can tell
 * which settings scanned it (and `--rescan` records the change).
 * @example configVersion(defaultConfig()) // 'c1a2b3c4d5e6'
 */
export function configVersion(config: unknown): string {
  return createHash('sha256').update(stableJson(config)).digest('hex').slice(0, 12);
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Findings that scored and name a brand in their data: the brand the message impersonates. */
function impersonatedBrands(report: ScanReport): string[] {
  const brands = new Set<string>();
  for (const f of report.findings) {
    if (f.score <= 0) continue;
    for (const d of f.data ?? []) if (typeof d.brand === 'string' && d.brand) brands.add(d.brand);
  }
  return [...brands];
}

const domainOf = (address: string): string => {
  const at = address.lastIndexOf('@');
  return at < 0 ? '' : address.slice(at + 1).toLowerCase();
};

/** '.zip', '.exe', … of each attachment name (lower-cased), '(none)' when a file has no extension. */
function extensionsOf(names: readonly string[]): string[] {
  const types = new Set<string>();
  for (const name of names) {
    const base = name.split(/[\\/]/).pop() ?? '';
    const dot = base.lastIndexOf('.');
    types.add(dot > 0 && base.length - dot <= 12 ? base.slice(dot).toLowerCase() : '(none)');
  }
  return [...types];
}

const UTC_MONTH = (ms: number) => {
  const d = new Date(ms);
  return d.getUTCFullYear() * 100 + d.getUTCMonth() + 1;
};
const UTC_DAY = (ms: number) => UTC_MONTH(ms) * 100 + new Date(ms).getUTCDate();
export { UTC_DAY as utcDay, UTC_MONTH as utcMonth };

function epoch(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const ms = Date.parse(iso);
  return Number.isFinite(ms) ? ms : null;
}

/**
 * The stored form of one scan report: dates as epoch ms, addresses with their domains, every IOC by kind
 * (URLs, domains, link IPs, the sending IP of the Received chain, attachment names and hashes, the
 * impersonated brand), categories and themes as names.
 */
export function toStoredMessage(report: ScanReport, options: ToStoredOptions): StoredMessage {
  const sentAt = epoch(report.date);
  const receivedAt = epoch(report.delivery?.receivedAt);
  // A Received time far in the future is a lie or a broken clock; the message cannot have arrived after ingest.
  const plausible = (t: number | null) => (t !== null && t <= options.ingestedAt + 86_400_000 ? t : null);
  const at = plausible(receivedAt) ?? plausible(sentAt) ?? options.ingestedAt;
  const delivery = report.delivery;
  const addresses: StoredMessage['addresses'] = [];
  const seen = new Set<string>();
  const add = (role: AddressRole, address: string | null | undefined) => {
    if (!address) return;
    const lower = address.toLowerCase();
    const key = `${role}\0${lower}`;
    if (seen.has(key)) return;
    seen.add(key);
    addresses.push({ role, address: lower, domain: domainOf(lower) });
  };
  add('from', report.from);
  report.to.forEach((a) => add('to', a));
  delivery?.cc.forEach((a) => add('cc', a));
  delivery?.replyTo.forEach((a) => add('reply-to', a));
  add('mail-from', delivery?.mailFrom);
  delivery?.rcptTo.forEach((a) => add('rcpt-to', a));

  const iocs: StoredMessage['iocs'] = [];
  const iocSeen = new Set<string>();
  const ioc = (kind: IocKind, value: string | null | undefined) => {
    if (!value) return;
    const key = `${kind}\0${value}`;
    if (iocSeen.has(key)) return;
    iocSeen.add(key);
    iocs.push({ kind, value });
  };
  report.iocs.urls.forEach((u) => ioc('url', u));
  report.iocs.domains.forEach((d) => ioc('domain', d.toLowerCase()));
  report.iocs.ips.forEach((ip) => ioc('ip', ip));
  ioc('sending-ip', delivery?.sendingIp);
  for (const h of report.iocs.hashes) {
    ioc('attachment', h.name);
    ioc('md5', h.md5);
    ioc('sha1', h.sha1);
    ioc('sha256', h.sha256);
  }
  const brands = impersonatedBrands(report);
  brands.forEach((b) => ioc('brand', b));

  const modelFromFinding = report.findings
    .flatMap((f) => f.data ?? [])
    .map((d) => d.model)
    .find((m): m is string => typeof m === 'string');
  return {
    hash: report.sha256,
    source: report.source,
    country: delivery?.sendingNetwork?.country ?? null,
    asn: delivery?.sendingNetwork?.asn ?? null,
    messageId: report.messageId,
    sentAt,
    receivedAt,
    ingestedAt: options.ingestedAt,
    at,
    from: report.from ? report.from.toLowerCase() : null,
    fromName: report.fromName,
    fromDomain: report.from ? domainOf(report.from) || null : null,
    mailFrom: delivery?.mailFrom ?? null,
    addresses,
    subject: report.subject,
    size: report.size,
    verdict: report.verdict,
    score: report.score,
    findings: report.findings.map((f) => ({ id: f.id, score: f.score, evidence: f.evidence, ...(f.data ? { data: f.data } : {}) })),
    categories: report.categories.map((c) => c.name),
    themes: report.themes.map((t) => t.name),
    iocs,
    sendingIp: delivery?.sendingIp ?? null,
    brands,
    attachmentTypes: extensionsOf(report.iocs.hashes.map((h) => h.name)),
    configVersion: options.configVersion,
    modelVersion: modelFromFinding ?? options.modelVersion ?? null,
    report,
  };
}

/**
 * The report as kept: without the findings' rendered descriptions (one language, long, and the same for
 * every message: `spamlab message` renders them again from the id in the language asked for).
 */
export function compactReport(report: ScanReport): string {
  return JSON.stringify({ ...report, findings: report.findings.map(({ description: _d, ...rest }) => rest) });
}
