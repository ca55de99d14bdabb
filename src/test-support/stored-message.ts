import { createHash } from 'node:crypto';
import type { ScanReport } from '../scan/report.js';
import type { StoredMessage } from '../store/types.js';

let serial = 0;

/**
 * A StoredMessage for analysis tests: every field filled with something plausible, `over` wins. The hash
 * is derived from `key` (or a counter) so tests can re-insert the same message.
 */
export function storedMessage(over: Partial<StoredMessage> & { key?: string; fingerprint?: string; urls?: string[]; attachments?: { name: string; sha256: string }[] } = {}): StoredMessage {
  const { key, fingerprint, urls = [], attachments = [], ...rest } = over;
  const hash = createHash('sha256').update(key ?? `stored-${serial++}`).digest('hex');
  const at = rest.at ?? Date.UTC(2013, 8, 2, 12);
  const report: ScanReport = {
    source: `${hash.slice(0, 8)}.eml`, messageId: null, date: new Date(at).toISOString(), from: rest.from ?? 'x@sender.example', fromName: '', to: [],
    subject: rest.subject ?? '', verdict: rest.verdict ?? 'spam', score: 10, findings: [], categories: [], themes: [],
    iocs: { urls, domains: [], ips: [], hashes: attachments.map((a) => ({ ...a, md5: '', sha1: '', size: 1 })) },
    size: 100, sha256: hash, elapsedMs: 1, ...(fingerprint !== undefined ? { fingerprint } : {}),
  };
  return {
    hash, source: report.source, messageId: null, sentAt: at, receivedAt: at, ingestedAt: at, at,
    from: 'x@sender.example', fromName: '', fromDomain: 'sender.example', mailFrom: null, addresses: [],
    subject: '', size: 100, verdict: 'spam', score: 10, findings: [], categories: [], themes: [],
    iocs: urls.map((value) => ({ kind: 'url' as const, value })), sendingIp: null, brands: [], attachmentTypes: [],
    configVersion: 'test', modelVersion: null, report, ...rest,
  };
}
