import type { SpamlabConfig } from '../../config/schema.js';
import { openSources } from '../../mail/sources/index.js';
import { enqueueSources, type EnqueueCounts } from '../../queue/index.js';
import { EXIT } from '../exit-codes.js';
import type { CliIo } from '../io.js';
import { connectQueueOrReport, queueAddressOrReport } from './queue-options.js';
import { withStore } from './store.js';
import { ProgressLine, ratePerSecond } from '../output/progress.js';

/**
 * `spamlab ingest --queue redis://… PATH…`: enqueues instead of scanning here (`spamlab worker` processes
 * scan and store), with back-pressure, then (unless --no-wait) waits until every message is in the store
 * or the dead-letter list, re-driving what a Redis restart lost.
 */
export async function runQueuedIngest(
  paths: string[],
  options: { queue?: string; byReference?: boolean; wait?: boolean; json?: boolean; quiet?: boolean; rescan?: boolean },
  config: SpamlabConfig,
  location: string,
  io: CliIo,
): Promise<number> {
  if (options.rescan) {
    io.stderr.write('spamlab ingest: --rescan runs here, not through the queue: leave out --queue\n');
    return EXIT.usage;
  }
  const address = queueAddressOrReport(options.queue, config.queue.url, io, 'ingest');
  if (!address) return EXIT.usage;
  const queue = await connectQueueOrReport(address, config.queue, io, 'ingest');
  if (!queue) return EXIT.usage;
  const stderr = io.stderr as NodeJS.WriteStream;
  const progress = new ProgressLine(stderr, stderr.isTTY === true && !options.quiet && !options.json, 200);
  const started = performance.now();
  const wait = options.wait !== false;
  try {
    return await withStore(location, io, async (store) => {
      const counts = await enqueueSources({
        queue,
        open: () => openSources(paths, { maxMessageBytes: config.limits.maxMessageBytes, stdin: io.stdin }),
        byReference: options.byReference === true,
        store,
        wait,
        onProgress: (c) => progress.update(() => enqueueProgressText(c, started)),
      });
      progress.clear();
      const seconds = Math.round(performance.now() - started) / 1000;
      const summary = { ...counts, waited: wait, seconds, queue: address.display, store: store.location };
      if (options.json) io.stdout.write(`${JSON.stringify({ summary })}\n`);
      else io.stdout.write(`${formatQueuedSummary(summary)}\n`);
      if (counts.redisRestarts && !options.json) {
        io.stderr.write(`spamlab ingest: Redis lost queued jobs (restarted ${counts.redisRestarts} time(s)): re-enqueued ${counts.redriven} message(s) that had not reached the store\n`);
      }
      if (counts.lost) io.stderr.write(`spamlab ingest: ${counts.lost} message(s) were lost from the queue and cannot be sent again (read from stdin, gone from the input, or acknowledged without reaching ${store.location}: do the workers use this store?)\n`);
      if (counts.deadLettered) io.stderr.write(`spamlab ingest: ${counts.deadLettered} message(s) failed every attempt: spamlab queue dead-letter list --queue ${address.display}\n`);
      return counts.read === 0 ? EXIT.nothingScanned : EXIT.ok;
    });
  } finally {
    progress.clear();
    await queue.close();
  }
}

function formatQueuedSummary(s: EnqueueCounts & { waited: boolean; seconds: number; queue: string; store: string }): string {
  const head = `read ${s.read} messages in ${s.seconds.toFixed(1)} s: ${s.enqueued} enqueued${s.byReference ? ` (${s.byReference} by reference)` : ''}, ${s.alreadyStored} already stored, ${s.repeated} repeated in the input, ${s.readErrors} could not be read`;
  if (!s.waited) return `${head}; not waiting for the workers (queue ${s.queue})`;
  return `${head}; ${s.stored} stored by the workers, ${s.deadLettered} dead-lettered${s.redriven ? `, ${s.redriven} re-enqueued after Redis lost them` : ''}${s.lost ? `, ${s.lost} lost` : ''}; queue ${s.queue}, store ${s.store}`;
}

/** `spamlab ingest --queue`'s progress line. */
function enqueueProgressText(c: EnqueueCounts, started: number): string {
  const rate = ratePerSecond(c.enqueued, started);
  return `${c.read} read  ${c.enqueued} enqueued (${rate.toFixed(0)}/s)  already stored ${c.alreadyStored}  stored by workers ${c.stored}  dead letters ${c.deadLettered}${c.redriven ? `  re-driven ${c.redriven}` : ''}`;
}
