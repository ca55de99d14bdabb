/**
 * A ScannerModule (see src/scan/pool.ts) that only parses: the floor under every stage of a full scan.
 * The benchmark runs it through the same pool as the full scan, so the two figures differ only by checks
 * and scoring.
 */
import type { SpamlabConfig } from '../src/config/schema.js';
import { parseMessage } from '../src/mail/parse/index.js';
import type { ScanInput } from '../src/scan/engine.js';
import type { ScanReport } from '../src/scan/report.js';

export function createScanner(config: SpamlabConfig) {
  const { maxMessageBytes, maxMimeDepth, maxParts, maxHeaderBytes } = config.limits;
  return {
    scan(input: ScanInput): ScanReport {
      const msg = parseMessage(input.raw, { maxMessageBytes, maxMimeDepth, maxParts, maxHeaderBytes });
      return {
        source: input.source,
        messageId: msg.messageId ?? null,
        date: null,
        from: null,
        fromName: '',
        to: [],
        subject: msg.subject,
        verdict: 'clean',
        score: 0,
        findings: [],
        categories: [],
        themes: [],
        iocs: { urls: [], domains: [], ips: [], hashes: [] },
        size: input.raw.byteLength,
        sha256: '',
        elapsedMs: 0,
      };
    },
  };
}
