import type { Command } from 'commander';
import { DeadLetters, ScanQueue } from '../../queue/index.js';
import { EXIT } from '../exit-codes.js';
import { configOrReport, type CliIo } from '../io.js';
import { QUEUE_OPTION_HELP, queueAddressOrReport } from './queue-options.js';

interface QueueCliOptions {
  queue?: string;
  config?: string;
  json?: boolean;
  limit?: string;
  all?: boolean;
}

/**
 * `spamlab queue stats` and `spamlab queue dead-letter list|show|requeue|purge`: the scan queue's counts
 * and the messages that ran out of attempts (inspected, put back, or deleted), each with `--json`.
 * @example registerQueueCommands(program, io); // spamlab queue dead-letter requeue --all --queue redis://…
 */
export function registerQueueCommands(program: Command, io: CliIo): void {
  const queue = program.command('queue').description('the scan queue of scale-out: counts and the dead-letter list');
  const common = (cmd: Command) =>
    cmd.option('--queue <url>', QUEUE_OPTION_HELP).option('-c, --config <file>', 'YAML configuration file').option('--json', 'print JSON');
  common(queue.command('stats').description('jobs waiting, running, due for retry and dead-lettered')).action(async (o: QueueCliOptions) =>
    io.setExitCode(await withQueue(o, io, 'queue stats', async (q) => {
      const c = await q.counts();
      if (o.json) io.stdout.write(`${JSON.stringify(c)}\n`);
      else io.stdout.write(`queue ${q.address.display}\n  waiting: ${c.waiting}   running: ${c.active}   due for retry: ${c.delayed}   dead letters: ${c.failed}\n`);
      return EXIT.ok;
    })),
  );

  const dead = queue.command('dead-letter').description('messages that failed every attempt (a scan that crashes, a file workers cannot read)');
  common(dead.command('list').description('dead letters, newest first').option('--limit <n>', 'at most this many (default 100)')).action(async (o: QueueCliOptions) =>
    io.setExitCode(await withQueue(o, io, 'queue dead-letter list', async (q) => {
      const limit = o.limit === undefined ? 100 : Number(o.limit);
      if (!Number.isInteger(limit) || limit < 0) {
        io.stderr.write('spamlab queue dead-letter list: --limit takes an integer ≥ 0\n');
        return EXIT.usage;
      }
      const { total, items } = await new DeadLetters(q).list(limit);
      if (o.json) io.stdout.write(`${JSON.stringify({ total, items })}\n`);
      else {
        io.stdout.write(`${total} dead letter(s) in ${q.address.display}${total > items.length ? ` (showing ${items.length})` : ''}\n`);
        for (const d of items) io.stdout.write(`${d.id.slice(0, 12)}  ${d.failedAt ?? '-'}  attempts ${d.attempts}  ${d.source}\n    ${d.error}\n`);
      }
      return EXIT.ok;
    })),
  );
  common(dead.command('show').description('one dead letter: its errors, stack traces and the start of the message').argument('<id>', 'the job id (the message sha256) or a unique prefix')).action(
    async (id: string, o: QueueCliOptions) =>
      io.setExitCode(await withQueue(o, io, 'queue dead-letter show', async (q) => {
        const letters = new DeadLetters(q);
        const ids = await letters.resolve(id);
        if (ids.length !== 1) {
          io.stderr.write(`spamlab queue dead-letter show: ${ids.length ? `${ids.length} dead letters start with ${id}: give more of the id` : `no dead letter ${id}`}\n`);
          return EXIT.usage;
        }
        const detail = (await letters.show(ids[0]!))!;
        if (o.json) io.stdout.write(`${JSON.stringify(detail)}\n`);
        else {
          io.stdout.write(
            `id: ${detail.id}\nsource: ${detail.source}${detail.path ? ` (by reference: ${detail.path})` : ''}\nadded: ${detail.addedAt}  failed: ${detail.failedAt ?? '-'}  attempts: ${detail.attempts}\n` +
              `error: ${detail.error}\n${detail.stacktrace.length ? `stack traces:\n${detail.stacktrace.map((s) => `  ${s.split('\n').slice(0, 4).join('\n  ')}`).join('\n')}\n` : ''}` +
              `${detail.preview ? `message (start):\n${detail.preview}\n` : ''}`,
          );
        }
        return EXIT.ok;
      })),
  );
  for (const [verb, description] of [
    ['requeue', 'put dead letters back in the queue with their attempts reset'],
    ['purge', 'delete dead letters for good'],
  ] as const) {
    common(dead.command(verb).description(description).argument('[ids...]', 'job ids (message sha256) or unique prefixes').option('--all', 'every dead letter')).action(
      async (ids: string[], o: QueueCliOptions) =>
        io.setExitCode(await withQueue(o, io, `queue dead-letter ${verb}`, async (q) => {
          if (!o.all === (ids.length === 0)) {
            if (!o.all) io.stderr.write(`spamlab queue dead-letter ${verb}: name the dead letters (ids) or give --all\n`);
            else io.stderr.write(`spamlab queue dead-letter ${verb}: give ids or --all, not both\n`);
            return EXIT.usage;
          }
          const letters = new DeadLetters(q);
          let targets: string[];
          if (o.all) targets = await letters.allIds();
          else {
            targets = [];
            for (const id of ids) {
              const found = await letters.resolve(id);
              if (found.length !== 1) {
                io.stderr.write(`spamlab queue dead-letter ${verb}: ${found.length ? `${found.length} dead letters start with ${id}: give more of the id` : `no dead letter ${id}`}\n`);
                return EXIT.usage;
              }
              targets.push(found[0]!);
            }
          }
          const done = verb === 'requeue' ? await letters.requeue(targets) : await letters.purge(targets);
          if (o.json) io.stdout.write(`${JSON.stringify({ [verb === 'requeue' ? 'requeued' : 'purged']: done })}\n`);
          else io.stdout.write(`${verb === 'requeue' ? 're-queued' : 'purged'} ${done.length} dead letter(s)\n`);
          return EXIT.ok;
        })),
    );
  }
}

async function withQueue(options: QueueCliOptions, io: CliIo, command: string, fn: (queue: ScanQueue) => Promise<number>): Promise<number> {
  const config = configOrReport(options, io);
  if (!config) return EXIT.usage;
  const address = queueAddressOrReport(options.queue, config.queue.url, io, command);
  if (!address) return EXIT.usage;
  const queue = new ScanQueue(address, config.queue);
  try {
    await queue.ping();
    return await fn(queue);
  } catch (err) {
    io.stderr.write(`spamlab ${command}: ${(err as Error).message}\n`);
    return EXIT.usage;
  } finally {
    await queue.close();
  }
}
