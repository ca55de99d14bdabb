/**
 * Keeps WHOIS/RDAP responses as snapshots: each response parsed, normalised and written with its
 * graph edges in one transaction. A snapshot's date is, in order: the date the operator gives
 * (`--date`), the record's own last-updated date, the file's modification time, the import time.
 */
import { createHash } from 'node:crypto';
import { isoToEpochMs } from '../record/dates.js';
import type { ParsedRecord } from '../record/types.js';
import { normaliseRecord, type RecordValue } from '../normalise/record.js';
import { parseRdap } from '../rdap/parse.js';
import { decodeResponse } from '../whois/decode.js';
import { parseWhoisText } from '../whois/parse.js';
import type { IntelDb, SqlExecutor } from './db.js';
import { INTEL_MIGRATIONS } from './schema.js';

export interface ResponseInput {
  /** The response as received (bytes are decoded: UTF-8, else Japanese charsets, else windows-1252). */
  content: string | Uint8Array;
  /** `rdap` for RDAP JSON; by default JSON is recognised by its first character. */
  protocol?: 'whois' | 'rdap';
  /** Where it came from: a file path, `whois://host/domain`, an RDAP URL. */
  source: string;
  /** The operator's date for the snapshot (overrides everything). */
  date?: Date;
  /** The file's modification time (used when the record has no last-updated date). */
  fileTime?: Date;
  /** The domain asked for, when the response does not name it (an "available" answer). */
  queried?: string;
}

export type ImportOutcome =
  | { status: 'stored' | 'duplicate'; id: string; domain: string; observedAt: number; dateSource: DateSource; record: ParsedRecord; values: RecordValue[] }
  | { status: 'rejected'; source: string; reason: string };

export type DateSource = 'option' | 'record' | 'file' | 'import';

export interface ImportOptions {
  /** The clock for `imported_at` and the last-resort snapshot date. */
  now?: () => Date;
}

/** Parses one response without storing it (the importer's first half; `whois show --file` uses it). */
export function parseResponse(input: Pick<ResponseInput, 'content' | 'protocol'>): { text: string; record: ParsedRecord } {
  const text = typeof input.content === 'string' ? input.content : decodeResponse(input.content);
  const rdap = input.protocol ? input.protocol === 'rdap' : /^\s*\{/.test(text);
  return { text, record: rdap ? parseRdap(text) : parseWhoisText(text) };
}

const EDGE_COLUMNS = 8;

async function insertEdges(tx: SqlExecutor, id: string, domain: string, observedAt: number, values: RecordValue[]) {
  // Multi-row inserts in chunks (SQLite's default limit is 32,766 parameters; PostgreSQL's 65,535).
  for (let i = 0; i < values.length; i += 200) {
    const chunk = values.slice(i, i + 200);
    const params: unknown[] = [];
    for (const v of chunk) params.push(id, domain, v.kind, v.key, v.display.slice(0, 500), v.role, v.shield ?? null, observedAt);
    const rows = chunk.map(() => `(${new Array(EDGE_COLUMNS).fill('?').join(', ')})`).join(', ');
    await tx.run(
      `INSERT INTO intel_edges (record_id, domain, kind, value_key, display, role, shield, observed_at) VALUES ${rows} ON CONFLICT DO NOTHING`,
      params,
    );
  }
}

/**
 * Imports responses; each is one snapshot. Bad input is a `rejected` outcome with the reason (the
 * batch goes on); a response imported before is a `duplicate` (nothing written).
 * @example for (const o of await importResponses(store, [{ content: readFileSync(f), source: f }])) console.log(o.status)
 */
export async function importResponses(db: IntelDb, inputs: readonly ResponseInput[], options: ImportOptions = {}): Promise<ImportOutcome[]> {
  await db.migrate(INTEL_MIGRATIONS);
  const now = options.now ?? (() => new Date());
  const prepared = inputs.map((input) => prepare(input, now));
  const stored = prepared.filter((p): p is Prepared => p.status === 'stored');
  if (stored.length) {
    await db.transaction(async (tx) => {
      for (const p of stored) {
        const r = p.record;
        const { changes } = await tx.run(
          `INSERT INTO intel_records (id, domain, observed_at, date_source, created_at, updated_at, expires_at, registrar, protocol, format, status, source, parsed, raw, imported_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
          [
            p.id,
            p.domain,
            p.observedAt,
            p.dateSource,
            isoToEpochMs(r.created) ?? null,
            isoToEpochMs(r.updated) ?? null,
            isoToEpochMs(r.expires) ?? null,
            r.registrar?.name ?? r.registrar?.organization ?? null,
            r.protocol,
            r.format,
            r.status,
            p.source,
            JSON.stringify(r),
            p.raw,
            now().getTime(),
          ],
        );
        if (changes === 0) {
          p.status = 'duplicate';
          continue;
        }
        await insertEdges(tx, p.id, p.domain, p.observedAt, p.values);
      }
    });
  }
  return prepared.map((p) => {
    if (p.status === 'rejected') return p;
    const { raw: _raw, source: _source, ...outcome } = p;
    return outcome;
  });
}

type Prepared = Extract<ImportOutcome, { status: 'stored' | 'duplicate' }> & { raw: string; source: string };

function prepare(input: ResponseInput, now: () => Date): Prepared | Extract<ImportOutcome, { status: 'rejected' }> {
  let text: string;
  let record: ParsedRecord;
  try {
    ({ text, record } = parseResponse(input));
  } catch (err) {
    return { status: 'rejected', source: input.source, reason: (err as Error).message };
  }
  const normalised = normaliseRecord(record);
  const domain = normalised.domain ?? input.queried?.toLowerCase();
  if (!domain) return { status: 'rejected', source: input.source, reason: 'the response names no domain (give the queried domain)' };
  let observedAt: number;
  let dateSource: DateSource;
  const updated = isoToEpochMs(record.updated);
  if (input.date) {
    observedAt = input.date.getTime();
    dateSource = 'option';
  } else if (updated !== undefined) {
    observedAt = updated;
    dateSource = 'record';
  } else if (input.fileTime) {
    observedAt = input.fileTime.getTime();
    dateSource = 'file';
  } else {
    observedAt = now().getTime();
    dateSource = 'import';
  }
  const id = createHash('sha256').update(text).digest('hex');
  return { status: 'stored', id, domain, observedAt, dateSource, record, values: normalised.values, raw: text, source: input.source };
}
