import type { ScanReport } from '../scan/report.js';
import type { Verdict } from '../score/types.js';
import { configVersion, GroupWriter, messageFilter, toStoredMessage, type MessageIndexer, type Store } from '../store/index.js';
import type { MessageQuery, MessagesData, MessageSummary } from './data.js';

export interface StoreMessagesOptions {
  /** Indexers that see each newly stored message in its insert transaction (trends, campaigns), as in ingest. */
  indexers?: readonly MessageIndexer[];
  /** The scanning configuration (its fingerprint is stored with each message). */
  config: unknown;
  /** Keep the raw message up to this many bytes (0: never). The dashboard renders bodies from it. */
  maxRawBytes: number;
}

/**
 * The messages part of ServerData on the Store: saves with the store's own record builder and insert
 * transaction (idempotent by content hash, indexers included; concurrent saves grouped into one
 * transaction by GroupWriter), reads one message through the repository.
 *
 * The list is one query of its own over the messages module's tables (schema v1, src/store/messages/
 * schema.ts): the API pages with an offset, counts the total and filters by exact sender, which the
 * repository's query (newest N, no count) does not offer.
 */
export function storeMessagesData(store: Store, options: StoreMessagesOptions): MessagesData {
  const version = configVersion(options.config);
  let ready: Promise<void> | undefined;
  const ensure = () => (ready ??= store.messages.ensureSchema());
  // Messages scanned at the same time by the API, milter and spamd share insert transactions.
  const writer = new GroupWriter(store, { ...(options.indexers ? { indexers: options.indexers } : {}) });
  return {
    async save(report: ScanReport, raw: Uint8Array, receivedAt: Date): Promise<boolean> {
      await ensure();
      const stored = toStoredMessage(report, { ingestedAt: receivedAt.getTime(), configVersion: version });
      const keep = options.maxRawBytes > 0 ? (raw.byteLength > options.maxRawBytes ? raw.subarray(0, options.maxRawBytes) : raw) : undefined;
      return writer.save(stored, keep);
    },

    async list(q: MessageQuery): Promise<{ items: MessageSummary[]; total: number }> {
      await ensure();
      const { sql: filter, params } = messageFilter({
        ...(q.verdict ? { verdict: q.verdict as Verdict } : {}),
        ...(q.from !== undefined ? { from: q.from } : {}),
        ...(q.to !== undefined ? { to: q.to } : {}),
        ...(q.sender ? { sender: q.sender } : {}),
        ...(q.category ? { category: q.category } : {}),
        ...(q.domain ? { domain: q.domain } : {}),
        ...(q.finding ? { findingId: q.finding } : {}),
      });
      const rows = await store.all<{ hash: string; at: number; sent_at: number | null; from_addr: string | null; from_name: string; subject: string; verdict: string; score: number; size: number }>(
        `SELECT m.hash, m.at, m.sent_at, m.from_addr, m.from_name, m.subject, m.verdict, m.score, m.size FROM messages m ${filter}
         ORDER BY m.at DESC, m.hash LIMIT ? OFFSET ?`,
        [...params, q.limit, q.offset],
      );
      const count = await store.get<{ n: number | string }>(`SELECT COUNT(*) AS n FROM messages m ${filter}`, params);
      const categories = new Map<string, string[]>();
      if (rows.length) {
        const labels = await store.all<{ hash: string; name: string }>(
          `SELECT hash, name FROM message_labels WHERE kind = 'category' AND hash IN (${rows.map(() => '?').join(', ')}) ORDER BY name`,
          rows.map((r) => r.hash),
        );
        for (const l of labels) (categories.get(l.hash) ?? categories.set(l.hash, []).get(l.hash)!).push(l.name);
      }
      return {
        total: Number(count?.n ?? 0),
        items: rows.map((r) => ({
          sha256: r.hash,
          receivedAt: new Date(Number(r.at)).toISOString(),
          date: r.sent_at === null ? null : new Date(Number(r.sent_at)).toISOString(),
          from: r.from_addr,
          fromName: r.from_name,
          subject: r.subject,
          verdict: r.verdict,
          score: Number(r.score),
          categories: categories.get(r.hash) ?? [],
          size: Number(r.size),
        })),
      };
    },

    async get(sha256: string) {
      await ensure();
      const stored = await store.messages.get(sha256);
      if (!stored) return undefined;
      const raw = await store.messages.raw(sha256);
      return { report: stored.report, receivedAt: new Date(stored.at).toISOString(), ...(raw ? { raw } : {}) };
    },
  };
}
