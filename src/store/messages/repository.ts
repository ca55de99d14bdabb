import type { StoreCore } from '../core.js';
import { valuesList } from '../sql.js';
import type {
  InsertResult,
  MessageIndexer,
  MessageQuery,
  MessageRepository,
  MessageSummary,
  SqlExecutor,
  StoredError,
  StoredMessage,
  StoreStats,
} from '../types.js';
import type { ScanReport } from '../../scan/report.js';
import type { Verdict } from '../../score/types.js';
import { compactReport, utcDay, utcMonth } from './record.js';
import { MESSAGE_MIGRATIONS } from './schema.js';

/** Keeps one statement's parameters well below both dialects' limits (SQLite 32,766; PostgreSQL 65,535). */
const MAX_PARAMS = 4000;

const MESSAGE_COLUMNS = [
  'hash', 'at', 'month', 'day', 'sent_at', 'received_at', 'ingested_at', 'scanned_at', 'source', 'message_id', 'from_addr', 'from_name',
  'from_domain', 'mail_from', 'subject', 'size', 'verdict', 'score', 'sending_ip', 'config_version', 'model_version', 'report',
] as const;

function messageRow(m: StoredMessage): unknown[] {
  return [
    m.hash, m.at, utcMonth(m.at), utcDay(m.at), m.sentAt, m.receivedAt, m.ingestedAt, m.ingestedAt, m.source, m.messageId, m.from, m.fromName,
    m.fromDomain, m.mailFrom, m.subject, m.size, m.verdict, m.score, m.sendingIp, m.configVersion, m.modelVersion, compactReport(m.report),
  ];
}

/** Inserts rows in multi-row statements (one round trip per chunk on PostgreSQL). */
async function insertRows(tx: SqlExecutor, head: string, columns: number, rows: readonly unknown[][], tail = ''): Promise<void> {
  const perStatement = Math.max(1, Math.floor(MAX_PARAMS / columns));
  for (let i = 0; i < rows.length; i += perStatement) {
    const chunk = rows.slice(i, i + perStatement);
    await tx.run(`${head} VALUES ${valuesList(chunk.length, columns)}${tail}`, chunk.flat());
  }
}

async function insertChildren(tx: SqlExecutor, messages: readonly StoredMessage[], scannedAt?: number): Promise<void> {
  const findings: unknown[][] = [];
  const iocs: unknown[][] = [];
  const labels: unknown[][] = [];
  const addresses: unknown[][] = [];
  const scans: unknown[][] = [];
  for (const m of messages) {
    const ids = new Set<string>();
    for (const f of m.findings) {
      if (ids.has(f.id)) continue;
      ids.add(f.id);
      findings.push([m.hash, f.id, f.score, f.evidence, f.data ? JSON.stringify(f.data) : null]);
    }
    for (const i of m.iocs) iocs.push([m.hash, i.kind, i.value]);
    for (const c of new Set(m.categories)) labels.push([m.hash, 'category', c]);
    for (const t of new Set(m.themes)) labels.push([m.hash, 'theme', t]);
    for (const a of m.addresses) addresses.push([m.hash, a.role, a.address, a.domain]);
    scans.push([m.hash, scannedAt ?? m.ingestedAt, m.configVersion, m.modelVersion, m.verdict, m.score]);
  }
  const conflict = ' ON CONFLICT DO NOTHING';
  await insertRows(tx, 'INSERT INTO message_findings (hash, finding_id, score, evidence, data)', 5, findings, conflict);
  await insertRows(tx, 'INSERT INTO message_iocs (hash, kind, value)', 3, iocs, conflict);
  await insertRows(tx, 'INSERT INTO message_labels (hash, kind, name)', 3, labels, conflict);
  await insertRows(tx, 'INSERT INTO message_addresses (hash, role, address, domain)', 4, addresses, conflict);
  await insertRows(tx, 'INSERT INTO message_scans (hash, scanned_at, config_version, model_version, verdict, score)', 6, scans, conflict);
}

async function deleteChildren(tx: SqlExecutor, hashes: readonly string[]): Promise<void> {
  for (let i = 0; i < hashes.length; i += 500) {
    const chunk = hashes.slice(i, i + 500);
    const list = valuesList(1, chunk.length).slice(1, -1);
    for (const table of ['message_findings', 'message_iocs', 'message_labels', 'message_addresses']) {
      await tx.run(`DELETE FROM ${table} WHERE hash IN (${list})`, chunk);
    }
  }
}

interface MessageRow {
  hash: string;
  at: number;
  sent_at: number | null;
  received_at: number | null;
  ingested_at: number;
  source: string;
  message_id: string | null;
  from_addr: string | null;
  from_name: string;
  from_domain: string | null;
  mail_from: string | null;
  subject: string;
  size: number;
  verdict: Verdict;
  score: number;
  sending_ip: string | null;
  config_version: string;
  model_version: string | null;
  report: string;
}

/**
 * The WHERE clause (with its parameters) that selects the messages a query asks for, over `messages m`:
 * one builder for the CLI's listing and the dashboard's paged list, so both filter alike.
 */
export function messageFilter(q: Omit<MessageQuery, 'limit'>): { sql: string; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  if (q.verdict) {
    where.push('m.verdict = ?');
    params.push(q.verdict);
  }
  if (q.from !== undefined) {
    where.push('m.at >= ?');
    params.push(q.from);
  }
  if (q.to !== undefined) {
    where.push('m.at < ?');
    params.push(q.to);
  }
  if (q.sender) {
    where.push('m.from_addr = ?');
    params.push(q.sender.toLowerCase());
  }
  if (q.category) {
    where.push("m.hash IN (SELECT hash FROM message_labels WHERE kind = 'category' AND name = ?)");
    params.push(q.category);
  }
  if (q.domain) {
    where.push('m.hash IN (SELECT hash FROM message_addresses WHERE domain = ?)');
    params.push(q.domain.toLowerCase());
  }
  if (q.findingId) {
    where.push('m.hash IN (SELECT hash FROM message_findings WHERE finding_id = ?)');
    params.push(q.findingId);
  }
  if (q.ioc) {
    where.push(`m.hash IN (SELECT hash FROM message_iocs WHERE value = ?${q.ioc.kind ? ' AND kind = ?' : ''})`);
    params.push(q.ioc.value, ...(q.ioc.kind ? [q.ioc.kind] : []));
  }
  return { sql: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
}

/**
 * Scanned messages over either dialect, written once in portable SQL. A batch is one transaction:
 * a process killed mid-ingest leaves whole batches, and the next run skips what is already stored
 * (INSERT … ON CONFLICT DO NOTHING RETURNING tells which rows are new), so each message is stored once.
 */
export function messageRepository(core: StoreCore): MessageRepository {
  const ensureSchema = () => core.migrate(MESSAGE_MIGRATIONS);

  async function readMessage(exec: SqlExecutor, hash: string): Promise<StoredMessage | undefined> {
    const row = await exec.get<MessageRow>('SELECT * FROM messages WHERE hash = ?', [hash]);
    if (!row) return undefined;
    const [findings, iocs, labels, addresses] = [
      await exec.all<{ finding_id: string; score: number; evidence: string; data: string | null }>(
        'SELECT finding_id, score, evidence, data FROM message_findings WHERE hash = ?',
        [hash],
      ),
      await exec.all<{ kind: StoredMessage['iocs'][number]['kind']; value: string }>('SELECT kind, value FROM message_iocs WHERE hash = ?', [hash]),
      await exec.all<{ kind: string; name: string }>('SELECT kind, name FROM message_labels WHERE hash = ?', [hash]),
      await exec.all<{ role: StoredMessage['addresses'][number]['role']; address: string; domain: string }>(
        'SELECT role, address, domain FROM message_addresses WHERE hash = ?',
        [hash],
      ),
    ];
    const report = JSON.parse(row.report) as ScanReport;
    // Findings in the report's order (by score, as scanned); the child table is only the index.
    const order = new Map(report.findings.map((f, i) => [f.id, i]));
    findings.sort((a, b) => (order.get(a.finding_id) ?? 1e9) - (order.get(b.finding_id) ?? 1e9));
    const brands = iocs.filter((i) => i.kind === 'brand').map((i) => i.value);
    return {
      hash: row.hash,
      source: row.source,
      messageId: row.message_id,
      sentAt: row.sent_at === null ? null : Number(row.sent_at),
      receivedAt: row.received_at === null ? null : Number(row.received_at),
      ingestedAt: Number(row.ingested_at),
      at: Number(row.at),
      from: row.from_addr,
      fromName: row.from_name,
      fromDomain: row.from_domain,
      mailFrom: row.mail_from,
      addresses,
      subject: row.subject,
      size: Number(row.size),
      verdict: row.verdict,
      score: Number(row.score),
      findings: findings.map((f) => ({
        id: f.finding_id,
        score: Number(f.score),
        evidence: f.evidence,
        ...(f.data ? { data: JSON.parse(f.data) as Record<string, unknown>[] } : {}),
      })),
      categories: labels.filter((l) => l.kind === 'category').map((l) => l.name),
      themes: labels.filter((l) => l.kind === 'theme').map((l) => l.name),
      iocs,
      sendingIp: row.sending_ip,
      country: report.delivery?.sendingNetwork?.country ?? null,
      asn: report.delivery?.sendingNetwork?.asn ?? null,
      brands,
      attachmentTypes: [...new Set(iocs.filter((i) => i.kind === 'attachment').map((i) => extension(i.value)))],
      configVersion: row.config_version,
      modelVersion: row.model_version,
      report: { ...report, findings: report.findings.map((f) => ({ ...f, description: f.description ?? '' })) },
    };
  }

  return {
    ensureSchema,

    async insertBatch(batch, options = {}): Promise<InsertResult> {
      await ensureSchema();
      const indexers = options.indexers ?? [];
      for (const indexer of indexers) if (indexer.migrations) await core.migrate(indexer.migrations);
      // The same content twice in one batch (a mailbox holding a duplicate) is stored once.
      const unique = new Map<string, StoredMessage>();
      for (const m of batch.messages) if (!unique.has(m.hash)) unique.set(m.hash, m);
      const messages = [...unique.values()];
      return core.transaction(async (tx) => {
        const newHashes = new Set<string>();
        const perStatement = Math.floor(MAX_PARAMS / MESSAGE_COLUMNS.length);
        for (let i = 0; i < messages.length; i += perStatement) {
          const chunk = messages.slice(i, i + perStatement);
          const rows = await tx.all<{ hash: string }>(
            `INSERT INTO messages (${MESSAGE_COLUMNS.join(', ')}) VALUES ${valuesList(chunk.length, MESSAGE_COLUMNS.length)} ON CONFLICT (hash) DO NOTHING RETURNING hash`,
            chunk.flatMap(messageRow),
          );
          rows.forEach((r) => newHashes.add(r.hash));
        }
        const inserted = messages.filter((m) => newHashes.has(m.hash));
        await insertChildren(tx, inserted);

        let rescanned = 0;
        const replaced: { previous: StoredMessage; current: StoredMessage }[] = [];
        if (options.rescan) {
          for (const m of messages) {
            if (newHashes.has(m.hash)) continue;
            const previous = await readMessage(tx, m.hash);
            if (!previous) continue;
            await tx.run(
              `UPDATE messages SET scanned_at = ?, verdict = ?, score = ?, config_version = ?, model_version = ?, report = ?, sending_ip = ?,
                 subject = ?, scans = scans + 1 WHERE hash = ?`,
              [m.ingestedAt, m.verdict, m.score, m.configVersion, m.modelVersion, compactReport(m.report), m.sendingIp, m.subject, m.hash],
            );
            replaced.push({ previous, current: { ...m, ingestedAt: previous.ingestedAt, at: previous.at, source: previous.source } });
            rescanned++;
          }
          await deleteChildren(tx, replaced.map((r) => r.current.hash));
          const scannedAt = new Map(messages.map((m) => [m.hash, m.ingestedAt]));
          for (const r of replaced) await insertChildren(tx, [r.current], scannedAt.get(r.current.hash));
        }

        if (batch.raw?.size) {
          const raws: unknown[][] = [];
          // A rescan with --keep-raw keeps the raw message of one stored without it.
          for (const m of [...inserted, ...replaced.map((r) => r.current)]) {
            const data = batch.raw.get(m.hash);
            if (data) raws.push([m.hash, m.size, data.byteLength < m.size ? 1 : 0, data]);
          }
          // Raw messages are large: a few per statement.
          for (let i = 0; i < raws.length; i += 16) {
            const chunk = raws.slice(i, i + 16);
            await tx.run(`INSERT INTO message_raw (hash, size, truncated, data) VALUES ${valuesList(chunk.length, 4)} ON CONFLICT DO NOTHING`, chunk.flat());
          }
        }

        const errors = batch.errors ?? [];
        // The last error for a source wins: a rerun that fails again updates it, one that succeeds clears it.
        await insertRows(
          tx,
          'INSERT INTO message_errors (source, error, at)',
          3,
          dedupeErrors(errors).map((e) => [e.source, e.error.slice(0, 2000), e.at]),
          ' ON CONFLICT (source) DO UPDATE SET error = excluded.error, at = excluded.at',
        );
        const sources = [...new Set(messages.map((m) => m.source))];
        for (let i = 0; i < sources.length; i += 500) {
          const chunk = sources.slice(i, i + 500);
          await tx.run(`DELETE FROM message_errors WHERE source IN (${valuesList(1, chunk.length).slice(1, -1)})`, chunk);
        }

        for (const indexer of indexers) {
          if (inserted.length) await indexer.onStored(tx, inserted);
          if (replaced.length && indexer.onReplaced) await indexer.onReplaced(tx, replaced);
        }
        return { inserted, duplicates: messages.length - inserted.length - rescanned + (batch.messages.length - messages.length), rescanned, errors: errors.length };
      });
    },

    async existing(hashes) {
      await ensureSchema();
      const found = new Set<string>();
      for (let i = 0; i < hashes.length; i += 500) {
        const chunk = hashes.slice(i, i + 500);
        const rows = await core.all<{ hash: string }>(`SELECT hash FROM messages WHERE hash IN (${valuesList(1, chunk.length).slice(1, -1)})`, chunk);
        rows.forEach((r) => found.add(r.hash));
      }
      return found;
    },

    async get(hash) {
      await ensureSchema();
      return readMessage(core, hash);
    },

    async raw(hash) {
      await ensureSchema();
      const row = await core.get<{ data: Uint8Array }>('SELECT data FROM message_raw WHERE hash = ?', [hash]);
      return row ? new Uint8Array(row.data) : undefined;
    },

    async rawHashes(afterHash, limit) {
      await ensureSchema();
      const rows = await core.all<{ hash: string }>('SELECT hash FROM message_raw WHERE hash > ? ORDER BY hash LIMIT ?', [afterHash, limit]);
      return rows.map((r) => r.hash);
    },

    async query(q: MessageQuery): Promise<MessageSummary[]> {
      await ensureSchema();
      const { sql: filter, params } = messageFilter(q);
      params.push(Math.max(1, Math.min(q.limit ?? 100, 100000)));
      const rows = await core.all<{ hash: string; at: number; source: string; from_addr: string | null; subject: string; verdict: Verdict; score: number }>(
        `SELECT m.hash, m.at, m.source, m.from_addr, m.subject, m.verdict, m.score FROM messages m
         ${filter} ORDER BY m.at DESC, m.hash LIMIT ?`,
        params,
      );
      return rows.map((r) => ({ hash: r.hash, at: Number(r.at), source: r.source, from: r.from_addr, subject: r.subject, verdict: r.verdict, score: Number(r.score) }));
    },

    async resolvePrefix(prefix, limit) {
      await ensureSchema();
      const clean = prefix.toLowerCase();
      if (!/^[0-9a-f]{1,64}$/.test(clean)) return [];
      // A range on the primary key instead of LIKE: the same index lookup on both dialects.
      const rows = await core.all<{ hash: string }>('SELECT hash FROM messages WHERE hash >= ? AND hash < ? ORDER BY hash LIMIT ?', [
        clean,
        `${clean}g`,
        limit,
      ]);
      return rows.map((r) => r.hash);
    },

    async stats(): Promise<StoreStats> {
      await ensureSchema();
      const m = await core.get<{ n: number; oldest: number | null; newest: number | null }>('SELECT COUNT(*) AS n, MIN(at) AS oldest, MAX(at) AS newest FROM messages');
      const e = await core.get<{ n: number }>('SELECT COUNT(*) AS n FROM message_errors');
      const iso = (v: number | null | undefined) => (v === null || v === undefined ? null : new Date(Number(v)).toISOString());
      return {
        messages: Number(m?.n ?? 0),
        errors: Number(e?.n ?? 0),
        bytes: await core.sizeBytes(),
        oldest: iso(m?.oldest),
        newest: iso(m?.newest),
        schemaVersion: await core.schemaVersion(),
      };
    },

    async prune({ olderThan, keep }) {
      await ensureSchema();
      return core.transaction(async (tx) => {
        let messages = 0;
        let errors = 0;
        if (olderThan !== undefined) {
          messages += (await tx.run('DELETE FROM messages WHERE at < ?', [olderThan])).changes;
          errors += (await tx.run('DELETE FROM message_errors WHERE at < ?', [olderThan])).changes;
        }
        if (keep !== undefined) {
          const cut = await tx.get<{ at: number; hash: string }>('SELECT at, hash FROM messages ORDER BY at DESC, hash DESC LIMIT 1 OFFSET ?', [
            Math.max(0, Math.floor(keep)),
          ]);
          if (cut) {
            // Everything at or after the (keep+1)-th newest, in the same (at, hash) order.
            messages += (
              await tx.run('DELETE FROM messages WHERE at < ? OR (at = ? AND hash <= ?)', [Number(cut.at), Number(cut.at), cut.hash])
            ).changes;
          }
        }
        return { messages, errors };
      });
    },
  };

  function dedupeErrors(errors: readonly StoredError[]): StoredError[] {
    const bySource = new Map<string, StoredError>();
    for (const e of errors) bySource.set(e.source, e);
    return [...bySource.values()];
  }
}

function extension(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 && base.length - dot <= 12 ? base.slice(dot).toLowerCase() : '(none)';
}
