import type { Command } from 'commander';
import type { SpamlabConfig } from '../../config/schema.js';
import { defaultStorePath, isPostgresLocation, openExistingStore, openStore, StoreError, type Store } from '../../store/index.js';
import { pruneCampaigns } from '../../campaigns/prune.js';
import { pruneTrends } from '../../trends/prune.js';
import { EXIT } from '../exit-codes.js';
import { configOrReport, type CliIo } from '../io.js';

export interface StoreOptions {
  store?: string;
  config?: string;
  json?: boolean;
}

/** `--store`, else `store.location` of the configuration, else $SPAMLAB_STORE, else the default file. */
export function storeLocation(options: { store?: string }, config: SpamlabConfig, env: NodeJS.ProcessEnv = process.env): string {
  return options.store || config.store.location || defaultStorePath(env);
}

export const STORE_OPTION_HELP = `the store: a SQLite file or postgres://user@host/db (default: store.location, else $SPAMLAB_STORE, else ${defaultStorePath()})`;

/**
 * Opens the store, runs fn, closes it; a store failure (full disk, lost connection, a file that is not a
 * database) is one clear line and exit code 74, never a stack trace. `create: false` opens only a store
 * that exists (browsing never creates an empty file).
 */
export async function withStore(location: string, io: CliIo, fn: (store: Store) => Promise<number>, create = true): Promise<number> {
  let store: Store | undefined;
  try {
    store = create ? await openStore(location) : await openExistingStore(location);
    if (!store) {
      io.stderr.write(`spamlab: no store at ${location} (run spamlab ingest first, or give --store)\n`);
      return EXIT.store;
    }
    return await fn(store);
  } catch (err) {
    if (err instanceof StoreError) {
      io.stderr.write(`spamlab: ${err.message}\n`);
      return EXIT.store;
    }
    throw err;
  } finally {
    await store?.close().catch(() => undefined);
  }
}

/** Days → the cut-off time, or undefined when retention by age is off. */
export function retentionCutoff(maxAgeDays: number, now = Date.now()): number | undefined {
  return maxAgeDays > 0 ? now - maxAgeDays * 86_400_000 : undefined;
}

interface PruneOptions extends StoreOptions {
  maxAgeDays?: string;
  maxMessages?: string;
  analyses?: boolean;
}

/**
 * `spamlab store stats [--json]`: counts and size; `spamlab store prune [--max-age-days N] [--max-messages N] [--analyses]`:
 * retention now (defaults from `store.retention` of the configuration).
 * @example registerStoreCommand(program, io); // spamlab store stats --json
 */
export function registerStoreCommand(program: Command, io: CliIo): void {
  const store = program.command('store').description('the message store: counts, size and retention');
  store
    .command('stats')
    .description('messages, unreadable items, bytes, oldest and newest message, schema version')
    .option('--store <location>', STORE_OPTION_HELP)
    .option('-c, --config <file>', 'YAML configuration file')
    .option('--json', 'print {messages, errors, bytes, oldest, newest, schemaVersion}')
    .action(async (options: StoreOptions) => io.setExitCode(await runStats(options, io)));
  store
    .command('prune')
    .description('delete messages older than N days and beyond the newest N (default: store.retention of the configuration)')
    .option('--store <location>', STORE_OPTION_HELP)
    .option('-c, --config <file>', 'YAML configuration file')
    .option('--max-age-days <n>', 'delete messages received more than N days ago')
    .option('--max-messages <n>', 'keep only the newest N messages')
    .option('--analyses', 'also delete trend counts of periods that ended before the age limit and campaign members older than it (kept by default: the history outlives the messages)')
    .option('--json', 'print {pruned: {messages, errors}, stats} (with --analyses also pruned.analyses: {trendRows, campaignMembers, campaigns})')
    .action(async (options: PruneOptions) => io.setExitCode(await runPrune(options, io)));
}

async function runStats(options: StoreOptions, io: CliIo): Promise<number> {
  const config = configOrReport(options, io);
  if (!config) return EXIT.usage;
  const location = storeLocation(options, config);
  return withStore(
    location,
    io,
    async (store) => {
      const stats = await store.messages.stats();
      if (options.json) io.stdout.write(`${JSON.stringify(stats)}\n`);
      else {
        const kind = isPostgresLocation(location) ? 'PostgreSQL' : 'SQLite';
        io.stdout.write(
          `${kind} store ${store.location}\n` +
            `  messages: ${stats.messages}   unreadable: ${stats.errors}   size: ${formatBytes(stats.bytes)}` +
            `${stats.messages ? ` (${formatBytes(stats.bytes / stats.messages)} per message)` : ''}\n` +
            `  oldest: ${stats.oldest ?? '-'}   newest: ${stats.newest ?? '-'}   schema version: ${stats.schemaVersion}\n`,
        );
      }
      return EXIT.ok;
    },
    false,
  );
}

async function runPrune(options: PruneOptions, io: CliIo): Promise<number> {
  const config = configOrReport(options, io);
  if (!config) return EXIT.usage;
  const days = options.maxAgeDays === undefined ? config.store.retention.maxAgeDays : Number(options.maxAgeDays);
  const keep = options.maxMessages === undefined ? config.store.retention.maxMessages : Number(options.maxMessages);
  if (!Number.isFinite(days) || days < 0 || !Number.isInteger(keep) || keep < 0) {
    io.stderr.write('spamlab store prune: --max-age-days and --max-messages take a number ≥ 0 (0 = no limit)\n');
    return EXIT.usage;
  }
  if (options.analyses && days === 0) {
    io.stderr.write('spamlab store prune: --analyses prunes by age: give --max-age-days (or store.retention.maxAgeDays in the configuration)\n');
    return EXIT.usage;
  }
  if (days === 0 && keep === 0) {
    io.stderr.write('spamlab store prune: no retention set: give --max-age-days or --max-messages (or store.retention in the configuration)\n');
    return EXIT.usage;
  }
  return withStore(
    storeLocation(options, config),
    io,
    async (store) => {
      const cutoff = retentionCutoff(days);
      const pruned: { messages: number; errors: number; analyses?: { trendRows: number; campaignMembers: number; campaigns: number } } =
        await store.messages.prune({ olderThan: cutoff, ...(keep > 0 ? { keep } : {}) });
      if (options.analyses && cutoff !== undefined) {
        const trends = await pruneTrends(store, cutoff);
        const campaigns = await pruneCampaigns(store, cutoff);
        pruned.analyses = { trendRows: trends.rows, campaignMembers: campaigns.members, campaigns: campaigns.campaigns };
      }
      const stats = await store.messages.stats();
      if (options.json) io.stdout.write(`${JSON.stringify({ pruned, stats })}\n`);
      else {
        const a = pruned.analyses;
        const analyses = a ? `, ${a.trendRows} trend counters and ${a.campaignMembers} campaign members (${a.campaigns} campaigns emptied)` : '';
        io.stdout.write(`pruned ${pruned.messages} messages and ${pruned.errors} unreadable items${analyses}; ${stats.messages} messages left\n`);
      }
      return EXIT.ok;
    },
    false,
  );
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${Math.round(bytes)} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GiB`;
}
