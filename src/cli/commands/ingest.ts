import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import type { SpamlabConfig } from '../../config/schema.js';
import { openSources } from '../../mail/sources/index.js';
import { createScanPool, loadContentModel, storeIndexers } from '../../runtime/index.js';
import { configVersion } from '../../store/index.js';
import { ingest, rescanItems, type IngestCounts } from '../../store/ingest.js';
import { EXIT } from '../exit-codes.js';
import { configOrReport, type CliIo } from '../io.js';
import { retentionCutoff, STORE_OPTION_HELP, storeLocation, withStore } from './store.js';
import { runQueuedIngest } from './ingest-queue.js';
import { ProgressLine, ratePerSecond } from '../output/progress.js';

interface IngestOptions {
  store?: string;
  config?: string;
  json?: boolean;
  rescan?: boolean;
  keepRaw?: boolean;
  threads?: string;
  batchSize?: string;
  quiet?: boolean;
  queue?: string;
  byReference?: boolean;
  wait?: boolean;
}

/**
 * `spamlab ingest PATH… [--store PATH|postgres://…] [--rescan] [--keep-raw] [--json]`: scans every
 * message (anything `scan` reads) on every core and keeps the results in the store, in batches of one
 * transaction each, idempotent by content hash. `--rescan` without paths re-scans the raw messages kept
 * in the store.
 * @example registerIngestCommand(program, io); // spamlab ingest ~/spamtrap.mbox --store postgres://db/spamlab
 */
export function registerIngestCommand(program: Command, io: CliIo): void {
  program
    .command('ingest')
    .description('scan messages and keep every result in the store (idempotent: a message already stored is not stored again)')
    .argument('[paths...]', 'files, directories, mbox files, Maildirs; - for stdin (none with --rescan: the raw messages kept in the store)')
    .option('--store <location>', STORE_OPTION_HELP)
    .option('-c, --config <file>', 'YAML configuration file')
    .option('--rescan', 'scan messages already stored again with the current configuration and model, replace their results and record the rescan')
    .option('--keep-raw', 'also keep the raw messages (up to store.maxRawBytes each)')
    .option('-j, --threads <n>', 'worker threads (default: one per core)')
    .option('--batch-size <n>', 'messages per transaction (default: store.batchSize, 200)')
    .option('--queue <url>', 'do not scan here: enqueue for `spamlab worker` processes on redis://host:port[/db][?prefix=name] (default: queue.url of the configuration)')
    .option('--by-reference', 'with --queue: send file paths instead of the messages (the workers must see the same files at the same paths); mbox and stdin messages are sent whole')
    .option('--no-wait', 'with --queue: return once everything is enqueued, without waiting for the workers and reconciling against the store')
    .option('-q, --quiet', 'no progress line')
    .option('--json', 'print the summary as JSON: {summary: {scanned, stored, duplicates, rescanned, errors, verdicts, seconds, store}}')
    .action(async (paths: string[], options: IngestOptions) => io.setExitCode(await runIngest(paths, options, io)));
}

async function runIngest(paths: string[], options: IngestOptions, io: CliIo): Promise<number> {
  const config = configOrReport(options, io);
  if (!config) return EXIT.usage;
  if (paths.length === 0 && !options.rescan) {
    io.stderr.write('spamlab ingest: name what to ingest (files, directories, mbox, Maildir, -), or --rescan to re-scan the stored raw messages\n');
    return EXIT.usage;
  }
  const threads = options.threads === undefined ? Math.max(1, availableParallelism()) : Number(options.threads);
  const batchSize = options.batchSize === undefined ? config.store.batchSize : Number(options.batchSize);
  if (!Number.isInteger(threads) || threads < 1 || !Number.isInteger(batchSize) || batchSize < 1) {
    io.stderr.write('spamlab ingest: --threads and --batch-size take a positive integer\n');
    return EXIT.usage;
  }
  const location = storeLocation(options, config);
  if (options.queue !== undefined || config.queue.url) return runQueuedIngest(paths, options, config, location, io);
  const started = performance.now();
  const progress = new ProgressLine(io.stderr as NodeJS.WriteStream, (io.stderr as NodeJS.WriteStream).isTTY === true && !options.quiet && !options.json);
  const keepRaw = options.keepRaw || config.store.keepRaw;
  return withStore(location, io, async (store) => {
    const skipped = { truncated: 0 };
    const items = paths.length
      ? openSources(paths, { maxMessageBytes: config.limits.maxMessageBytes, stdin: io.stdin })
      : rescanItems(store, skipped);
    // Stored results carry the text fingerprint the campaign indexer clusters by.
    const pool = createScanPool({ config, threads, fingerprint: true });
    let counts: IngestCounts;
    try {
      counts = await ingest({
        store,
        pool,
        items,
        configVersion: configVersion(config),
        modelVersion: await modelVersion(config),
        batchSize,
        ...(keepRaw ? { keepRawBytes: config.store.maxRawBytes } : {}),
        rescan: options.rescan === true,
        // Trend rollups and campaigns are kept in the same transaction as the messages.
        indexers: storeIndexers(),
        onProgress: (c) => progress.update(() => ingestProgressText(c, started)),
      });
    } finally {
      progress.clear();
      await pool.close();
    }
    const { maxAgeDays, maxMessages } = config.store.retention;
    const pruned =
      maxAgeDays > 0 || maxMessages > 0
        ? await store.messages.prune({ olderThan: retentionCutoff(maxAgeDays), ...(maxMessages > 0 ? { keep: maxMessages } : {}) })
        : { messages: 0, errors: 0 };
    const seconds = (performance.now() - started) / 1000;
    const summary = { ...counts, pruned: pruned.messages, skippedTruncated: skipped.truncated, seconds: Math.round(seconds * 1000) / 1000, store: store.location };
    if (options.json) io.stdout.write(`${JSON.stringify({ summary })}\n`);
    else io.stdout.write(`${formatSummary(summary, config.lang)}\n`);
    return counts.scanned === 0 && counts.rescanned === 0 ? (counts.errors > 0 || paths.length ? EXIT.nothingScanned : EXIT.ok) : EXIT.ok;
  });
}

/** The model the scanners use, recorded with each message: the store's newest, else the file. */
export async function modelVersion(config: SpamlabConfig): Promise<string | null> {
  const classifier = config.content.classifier;
  if (!classifier.enabled) return null;
  try {
    return (await loadContentModel(classifier)).source;
  } catch {
    // No model at all: the classifier reports that on every message; nothing to record here.
    return null;
  }
}

type Summary = IngestCounts & { pruned: number; skippedTruncated: number; seconds: number; store: string };

function formatSummary(s: Summary, lang: 'en' | 'ja'): string {
  const rate = (s.scanned / Math.max(s.seconds, 1e-6)).toFixed(0);
  const v = s.verdicts;
  if (lang === 'ja') {
    return (
      `${s.scanned} 通を ${s.seconds.toFixed(1)} 秒で検査(${rate} 通/秒): 新規保存 ${s.stored}、保存済み ${s.duplicates}、再検査 ${s.rescanned}、読めなかったもの ${s.errors}` +
      `(正常 ${v.clean}、スパム ${v.spam}、フィッシング ${v.phishing}、マルウェア ${v.malware})${s.pruned ? `、保持期間で削除 ${s.pruned}` : ''}; 保存先 ${s.store}`
    );
  }
  return (
    `ingested ${s.scanned} messages in ${s.seconds.toFixed(1)} s (${rate}/s): ${s.stored} stored, ${s.duplicates} already stored, ${s.rescanned} rescanned, ` +
    `${s.errors} could not be read (${v.clean} clean, ${v.spam} spam, ${v.phishing} phishing, ${v.malware} malware)` +
    `${s.pruned ? `; ${s.pruned} pruned by retention` : ''}${s.skippedTruncated ? `; ${s.skippedTruncated} kept cut, not rescanned` : ''}; store ${s.store}`
  );
}

/** `spamlab ingest`'s progress line. */
function ingestProgressText(c: IngestCounts, started: number): string {
  return `${c.scanned + c.errors} scanned  ${ratePerSecond(c.scanned, started).toFixed(0)}/s  stored ${c.stored}  already stored ${c.duplicates}  errors ${c.errors}`;
}
