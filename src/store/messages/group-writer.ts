import type { MessageIndexer, Store, StoredMessage } from '../types.js';

export interface GroupWriterOptions {
  /** Indexers that see each newly stored message in its insert transaction (trends, campaigns). */
  indexers?: readonly MessageIndexer[];
  /** Most messages committed in one transaction (default 256). */
  maxBatch?: number;
}

interface Pending {
  message: StoredMessage;
  raw: Uint8Array | undefined;
  resolve(inserted: boolean): void;
  reject(error: unknown): void;
}

/**
 * Group commit for messages that arrive one at a time from concurrent callers (the HTTP API, the milter and
 * spamd listeners): while one transaction is being committed, the messages that arrive meanwhile wait and go
 * into the next one together. Nobody waits for a timer — an idle writer commits a lone message at once —
 * and every caller's promise settles only after the transaction holding its message has committed, so an
 * acknowledged message is durable, exactly as with one transaction per message. Under load this turns N
 * transactions (and N rounds of the indexers' reads and writes) into a few.
 *
 * @example const writer = new GroupWriter(store, { indexers }); const inserted = await writer.save(stored, raw);
 */
export class GroupWriter {
  private readonly pending: Pending[] = [];
  private running: Promise<void> | undefined;
  private readonly maxBatch: number;

  constructor(
    private readonly store: Store,
    private readonly options: GroupWriterOptions = {},
  ) {
    this.maxBatch = Math.max(1, options.maxBatch ?? 256);
  }

  /** Stores one message (idempotent by hash); true when it was new, false when already stored. */
  save(message: StoredMessage, raw?: Uint8Array): Promise<boolean> {
    return new Promise<boolean>((resolve, reject) => {
      this.pending.push({ message, raw, resolve, reject });
      this.kick();
    });
  }

  private kick(): void {
    if (this.running) return;
    this.running = this.drain().finally(() => {
      this.running = undefined;
      // A caller resumed by the last batch may have saved again before this ran: its message must not wait
      // for someone else's save to be committed.
      if (this.pending.length > 0) this.kick();
    });
  }

  /** Resolves when everything handed to `save` so far has been committed (or has failed). */
  async flush(): Promise<void> {
    while (this.running) await this.running;
  }

  private async drain(): Promise<void> {
    while (this.pending.length > 0) {
      const batch = this.pending.splice(0, this.maxBatch);
      const raw = new Map<string, Uint8Array>();
      for (const p of batch) if (p.raw && !raw.has(p.message.hash)) raw.set(p.message.hash, p.raw);
      try {
        const result = await this.store.messages.insertBatch(
          { messages: batch.map((p) => p.message), ...(raw.size ? { raw } : {}) },
          { ...(this.options.indexers ? { indexers: this.options.indexers } : {}) },
        );
        // The same content twice in one batch is stored once: the first caller's object is the one inserted.
        const inserted = new Set(result.inserted);
        for (const p of batch) p.resolve(inserted.has(p.message));
      } catch (error) {
        // The transaction rolled back: nothing of this batch was stored, and each caller is told so.
        for (const p of batch) p.reject(error);
      }
    }
  }
}
