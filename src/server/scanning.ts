import { loadModel, tokenize, type TextModel } from '../classifier/index.js';
import { scannedClassifierInput } from '../checks/content/classifier.js';
import { createScanPool, loadContentModel } from '../runtime/index.js';
import type { SpamlabConfig } from '../config/schema.js';
import { readMessage } from '../scan/read-message.js';
import type { ScanItem, ScanPool } from '../scan/pool.js';
import type { ScanOutcome } from '../scan/report.js';
import type { Store } from '../store/index.js';
import type { LearnService, ScanService } from './context.js';

/**
 * The scan pool of a long-running server, replaceable while it serves: after a learn the classifier model
 * changed, so a fresh pool (whose scanners load the newest model) takes new scans while the old one
 * finishes the scans it holds. `close()` waits for every scan handed in (graceful shutdown).
 */
export class ReloadableScanner implements ScanService {
  private pool: ScanPool;
  private readonly retiring = new Set<Promise<void>>();
  private closed = false;
  private readonly options: { config: SpamlabConfig; threads: number; fingerprint: true; isolated: true };

  constructor(options: { config: SpamlabConfig; threads: number }) {
    // The API stores what it scans (unless store=0): results carry the fingerprint campaigns cluster by.
    // Always in a worker, even with one thread (two cores give the server one): a message that never returns (a
    // pattern gone super-linear on hostile text) is then ended by the pool's task deadline and reported as that
    // message's error, while the event loop keeps serving the API, the milter and spamd — in this thread it would
    // block all three, and the milter's own scan time-out could not fire.
    this.options = { ...options, fingerprint: true, isolated: true };
    this.pool = createScanPool(this.options);
  }

  scan(item: ScanItem): Promise<ScanOutcome> {
    return this.pool.scan(item);
  }

  /** What scans run in: a worker thread or process, never this (the server's) thread. */
  get workerKind(): ScanPool['workerKind'] {
    return this.pool.workerKind;
  }

  reload(): void {
    if (this.closed) return;
    const old = this.pool;
    this.pool = createScanPool(this.options);
    const retired = old.close();
    this.retiring.add(retired);
    void retired.then(() => this.retiring.delete(retired));
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([this.pool.close(), ...this.retiring]);
  }
}

/**
 * Learning for the API's "learn as spam/ham": corrects the newest model in the store (else the shipped one)
 * with one message and saves it as a new version, as `spamlab learn` does, then reloads the scanner.
 * Learns run one at a time, so two corrections never both start from the same version.
 */
export function createLearnService(options: { config: SpamlabConfig; store: Store; scanner?: ReloadableScanner; keep?: number }): LearnService {
  const { config, store } = options;
  const name = config.content.classifier.modelName;
  let queue: Promise<unknown> = Promise.resolve();
  const learnOne = async (raw: Uint8Array, isSpam: boolean) => {
    const { maxTokens, maxTextChars } = config.content.classifier;
    const msg = readMessage(raw, config.limits);
    const tokens = tokenize(scannedClassifierInput(msg), { maxTokens, maxTextChars });
    let model: TextModel;
    let base: string;
    const stored = await store.models.latest(name);
    if (stored) {
      model = loadModel(stored.data);
      base = `${name} v${stored.version}`;
    } else {
      const shipped = await loadContentModel({ ...config.content.classifier, useStore: false });
      model = loadModel(shipped.model.toBytes());
      base = shipped.source;
    }
    model.learn(tokens, isSpam);
    const info = model.info();
    const version = await store.models.save(
      { name, kind: model.kind, meta: { spamMessages: info.spamMessages, hamMessages: info.hamMessages, trainedOn: info.trainedOn }, data: model.toBytes() },
      options.keep ?? 5,
    );
    options.scanner?.reload();
    return { model: name, version, base };
  };
  return (raw, isSpam) => {
    const next = queue.then(() => learnOne(raw, isSpam));
    queue = next.catch(() => undefined);
    return next;
  };
}
