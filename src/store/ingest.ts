import type { SourceItem } from '../mail/sources/types.js';
import { scanAll, type ScanItem, type ScanPool } from '../scan/pool.js';
import { isScanError, type ScanOutcome } from '../scan/report.js';
import type { Verdict } from '../score/types.js';
import { toStoredMessage } from './messages/record.js';
import type { MessageIndexer, Store, StoredError, StoredMessage } from './types.js';

export interface IngestOptions {
  store: Store;
  pool: ScanPool;
  /** What to scan: openSources(paths) for files, or rescanItems(store) for stored raw messages. */
  items: AsyncIterable<SourceItem | ScanItem>;
  configVersion: string;
  /** The classifier model the scanners loaded (recorded with each message). */
  modelVersion: string | null;
  /** Messages per transaction (default 200). */
  batchSize?: number;
  /** Keep raw messages up to this many bytes each; undefined = do not keep them. */
  keepRawBytes?: number;
  /** Replace the stored result of messages already stored (and record the rescan). */
  rescan?: boolean;
  indexers?: readonly MessageIndexer[];
  /** Called after each committed batch and each scanned message (for progress). */
  onProgress?(counts: IngestCounts): void;
  now?: () => number;
}

export interface IngestCounts {
  scanned: number;
  stored: number;
  duplicates: number;
  rescanned: number;
  errors: number;
  verdicts: Record<Verdict, number>;
  /** Batches committed. */
  batches: number;
}

/**
 * Scans items through the pool and stores every outcome in batches, each batch one transaction. The
 * batches are idempotent (keyed by content hash), so a process killed at any point leaves whole batches
 * and the same command run again stores the rest exactly once. While one batch is written the next is
 * already being scanned (workers keep scanning; PostgreSQL writes in its own process).
 *
 * A store failure (full disk, lost connection) rejects with the StoreError; the batch being written is
 * rolled back and everything committed before it stays.
 * @example await ingest({ store, pool, items: openSources(paths, { maxMessageBytes }), configVersion, modelVersion: null });
 */
export async function ingest(options: IngestOptions): Promise<IngestCounts> {
  const batchSize = Math.max(1, options.batchSize ?? 200);
  const now = options.now ?? Date.now;
  const counts: IngestCounts = {
    scanned: 0,
    stored: 0,
    duplicates: 0,
    rescanned: 0,
    errors: 0,
    verdicts: { clean: 0, spam: 0, phishing: 0, malware: 0 },
    batches: 0,
  };
  await options.store.messages.ensureSchema();
  for (const indexer of options.indexers ?? []) if (indexer.migrations) await options.store.migrate(indexer.migrations);

  // Raw bytes travel to the workers by transfer (the main thread's copy is emptied), so a kept copy is
  // taken before the hand-off, keyed by source (unique per item of one run).
  const rawBySource = new Map<string, Uint8Array>();
  const keep = options.keepRawBytes;
  async function* withRawCopies(): AsyncGenerator<SourceItem | ScanItem> {
    for await (const item of options.items) {
      if (keep !== undefined && !('error' in item)) rawBySource.set(item.source, item.raw.slice(0, keep));
      yield item;
    }
  }

  let messages: StoredMessage[] = [];
  let errors: StoredError[] = [];
  let raw = new Map<string, Uint8Array>();
  let writing: Promise<void> = Promise.resolve();
  let failure: unknown;

  const flush = async () => {
    if (messages.length === 0 && errors.length === 0) return;
    const batch = { messages, errors, raw };
    messages = [];
    errors = [];
    raw = new Map();
    await writing;
    if (failure) throw failure;
    writing = options.store.messages
      .insertBatch(batch, { indexers: options.indexers ?? [], rescan: options.rescan === true })
      .then((result) => {
        counts.stored += result.inserted.length;
        counts.duplicates += result.duplicates;
        counts.rescanned += result.rescanned;
        counts.batches++;
        options.onProgress?.(counts);
      })
      .catch((err: unknown) => {
        failure ??= err;
      });
  };

  const take = (outcome: ScanOutcome) => {
    const at = now();
    if (isScanError(outcome)) {
      counts.errors++;
      errors.push({ source: outcome.source, error: outcome.error, at });
      rawBySource.delete(outcome.source);
    } else {
      counts.scanned++;
      counts.verdicts[outcome.verdict]++;
      messages.push(toStoredMessage(outcome, { ingestedAt: at, configVersion: options.configVersion, modelVersion: options.modelVersion }));
      const copy = rawBySource.get(outcome.source);
      if (copy) {
        raw.set(outcome.sha256, copy);
        rawBySource.delete(outcome.source);
      }
    }
    options.onProgress?.(counts);
  };

  for await (const outcome of scanAll(options.pool, withRawCopies(), { ordered: false })) {
    take(outcome);
    if (messages.length + errors.length >= batchSize) await flush();
    if (failure) break;
  }
  if (!failure) await flush();
  await writing;
  if (failure) throw failure;
  return counts;
}

/**
 * The stored raw messages, as scan items, for `ingest --rescan` without paths. A raw message kept cut
 * (longer than `maxRawBytes`) is skipped: scanning the cut copy would store a different message.
 */
export async function* rescanItems(store: Store, skipped: { truncated: number }): AsyncGenerator<ScanItem> {
  let after = '';
  for (;;) {
    const page = await store.all<{ hash: string; source: string; truncated: number }>(
      'SELECT r.hash, m.source, r.truncated FROM message_raw r JOIN messages m ON m.hash = r.hash WHERE r.hash > ? ORDER BY r.hash LIMIT 200',
      [after],
    );
    if (page.length === 0) return;
    for (const row of page) {
      after = row.hash;
      if (Number(row.truncated)) {
        skipped.truncated++;
        continue;
      }
      const data = await store.messages.raw(row.hash);
      if (data) yield { source: row.source, raw: data };
    }
  }
}
