import { Option, type Command } from 'commander';
import type { SpamlabConfig } from '../../config/schema.js';
import { buildScoreTable, CATALOGUE } from '../../score/table.js';
import type { Verdict } from '../../score/types.js';
import type { MessageQuery, StoredMessage } from '../../store/index.js';
import { EXIT } from '../exit-codes.js';
import { configOrReport, type CliIo } from '../io.js';
import { formatHuman } from '../output/human.js';
import { STORE_OPTION_HELP, storeLocation, withStore } from './store.js';

interface ListOptions {
  store?: string;
  config?: string;
  json?: boolean;
  verdict?: Verdict;
  category?: string;
  from?: string;
  to?: string;
  domain?: string;
  finding?: string;
  ioc?: string;
  limit?: string;
}

interface ShowOptions {
  store?: string;
  config?: string;
  json?: boolean;
  lang?: 'en' | 'ja';
  verbose?: boolean;
}

/**
 * `spamlab messages [--verdict …] [--category …] [--from DATE] [--to DATE] [--domain …] [--finding ID]
 * [--ioc VALUE] [--limit N] [--json]` lists stored messages, newest first; `spamlab message HASH` shows
 * one stored result (a unique hash prefix is enough), explained in `--lang`.
 * @example registerMessagesCommands(program, io); // spamlab messages --verdict phishing --from 2025-12-01
 */
export function registerMessagesCommands(program: Command, io: CliIo): void {
  program
    .command('messages')
    .description('list stored messages, newest first')
    .option('--store <location>', STORE_OPTION_HELP)
    .option('-c, --config <file>', 'YAML configuration file')
    .addOption(new Option('--verdict <verdict>', 'only this verdict').choices(['clean', 'spam', 'phishing', 'malware']))
    .option('--category <name>', 'only this category (health, dating, finance, phishing, malware-lure, …)')
    .option('--from <date>', 'received on or after (YYYY-MM-DD or ISO 8601 time)')
    .option('--to <date>', 'received before this time, or up to the end of this day (YYYY-MM-DD)')
    .option('--domain <domain>', 'any sender or recipient domain (header or envelope)')
    .option('--finding <id>', 'only messages with this finding id')
    .option('--ioc <value>', 'only messages with this IOC (URL, domain, IP, sending IP, attachment name or hash, brand)')
    .option('--limit <n>', 'at most N messages', '50')
    .option('--json', 'one JSON object per line: {hash, at, source, from, subject, verdict, score}')
    .action(async (options: ListOptions) => io.setExitCode(await runList(options, io)));

  program
    .command('message')
    .description('show one stored message: verdict, findings with evidence, categories, IOCs, how it was scanned')
    .argument('<hash>', 'its SHA-256, or a unique prefix of at least 6 hex digits')
    .option('--store <location>', STORE_OPTION_HELP)
    .option('-c, --config <file>', 'YAML configuration file')
    .addOption(new Option('--lang <lang>', 'language of explanations').choices(['en', 'ja']))
    .option('-v, --verbose', 'also list findings that add no points')
    .option('--json', 'the stored message as JSON (explanations in --lang)')
    .action(async (hash: string, options: ShowOptions) => io.setExitCode(await runShow(hash, options, io)));
}

/**
 * A date option as epoch ms. A bare day (YYYY-MM-DD) means its start in UTC; as an upper bound, the
 * end of that day (the next day's start), so `--from 2025-12-01 --to 2025-12-31` is all of December.
 */
export function parseDateOption(text: string, upper: boolean): number | undefined {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (day) {
    const ms = Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]) + (upper ? 1 : 0));
    return Number.isFinite(ms) ? ms : undefined;
  }
  const month = /^(\d{4})-(\d{2})$/.exec(text);
  if (month) return Date.UTC(Number(month[1]), Number(month[2]) - 1 + (upper ? 1 : 0), 1);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(text)) return undefined;
  const ms = Date.parse(text);
  return Number.isFinite(ms) ? ms : undefined;
}

async function runList(options: ListOptions, io: CliIo): Promise<number> {
  const config = configOrReport(options, io);
  if (!config) return EXIT.usage;
  const query: MessageQuery = {};
  if (options.verdict) query.verdict = options.verdict;
  if (options.category) query.category = options.category;
  if (options.domain) query.domain = options.domain;
  if (options.finding) query.findingId = options.finding;
  if (options.ioc) query.ioc = { value: options.ioc };
  for (const [name, upper] of [['from', false], ['to', true]] as const) {
    const text = options[name];
    if (text === undefined) continue;
    const ms = parseDateOption(text, upper);
    if (ms === undefined) {
      io.stderr.write(`spamlab messages: --${name} takes YYYY-MM-DD, YYYY-MM or an ISO 8601 time, not ${text}\n`);
      return EXIT.usage;
    }
    query[name] = ms;
  }
  const limit = Number(options.limit ?? 50);
  if (!Number.isInteger(limit) || limit < 1) {
    io.stderr.write(`spamlab messages: --limit takes a positive integer, not ${options.limit}\n`);
    return EXIT.usage;
  }
  query.limit = limit;
  return withStore(
    storeLocation(options, config),
    io,
    async (store) => {
      const rows = await store.messages.query(query);
      for (const r of rows) {
        if (options.json) io.stdout.write(`${JSON.stringify({ ...r, at: new Date(r.at).toISOString() })}\n`);
        else {
          const subject = r.subject.replace(/\s+/g, ' ').slice(0, 60);
          io.stdout.write(
            `${r.hash.slice(0, 12)}  ${new Date(r.at).toISOString().slice(0, 16).replace('T', ' ')}  ${r.verdict.padEnd(8)} ${r.score.toFixed(1).padStart(6)}  ${(r.from ?? '-').slice(0, 40).padEnd(40)}  ${subject}\n`,
          );
        }
      }
      if (!options.json && rows.length === 0) io.stderr.write('no stored message matches\n');
      return EXIT.ok;
    },
    false,
  );
}

async function runShow(hash: string, options: ShowOptions, io: CliIo): Promise<number> {
  const config = configOrReport(options, io);
  if (!config) return EXIT.usage;
  const wanted = hash.trim().toLowerCase();
  if (!/^[0-9a-f]{6,64}$/.test(wanted)) {
    io.stderr.write(`spamlab message: give the message's SHA-256 or a prefix of at least 6 hex digits, not ${hash}\n`);
    return EXIT.usage;
  }
  return withStore(
    storeLocation(options, config),
    io,
    async (store) => {
      const matches = await store.messages.resolvePrefix(wanted, 6);
      if (matches.length === 0) {
        io.stderr.write(`spamlab message: no stored message ${wanted}\n`);
        return EXIT.nothingScanned;
      }
      if (matches.length > 1) {
        io.stderr.write(`spamlab message: ${wanted} is ambiguous: ${matches.map((m) => m.slice(0, 16)).join(', ')}${matches.length > 5 ? ', …' : ''}\n`);
        return EXIT.usage;
      }
      const stored = (await store.messages.get(matches[0]!))!;
      const rendered = explain(stored, config.lang, config);
      if (options.json) {
        const { report, ...facts } = stored;
        io.stdout.write(`${JSON.stringify({ ...facts, report: rendered })}\n`);
        return EXIT.ok;
      }
      const l = config.lang === 'ja' ? LABELS.ja : LABELS.en;
      const lines = [formatHuman(rendered, { color: false, verbose: options.verbose === true, lang: config.lang })];
      lines.push(`  ${l.hash}: ${stored.hash}`);
      const times: [string, number | null][] = [[l.sent, stored.sentAt], [l.received, stored.receivedAt], [l.ingested, stored.ingestedAt]];
      lines.push(`  ${l.times}: ${times.map(([k, v]) => `${k} ${v === null ? '-' : new Date(v).toISOString()}`).join('   ')}`);
      if (stored.mailFrom !== null) lines.push(`  ${l.envelope}: ${stored.mailFrom || '<>'}`);
      if (stored.sendingIp) lines.push(`  ${l.sendingIp}: ${stored.sendingIp}`);
      if (stored.brands.length) lines.push(`  ${l.brands}: ${stored.brands.join(', ')}`);
      const iocs = stored.iocs.filter((i) => i.kind === 'url' || i.kind === 'domain' || i.kind === 'attachment' || i.kind === 'sha256');
      if (iocs.length) lines.push(`  IOCs: ${iocs.slice(0, 20).map((i) => `${i.kind}=${i.value}`).join('  ')}${iocs.length > 20 ? ` … (+${iocs.length - 20})` : ''}`);
      lines.push(`  ${l.scanned}: config ${stored.configVersion}, model ${stored.modelVersion ?? '-'}`);
      io.stdout.write(`${lines.join('\n')}\n`);
      return EXIT.ok;
    },
    false,
  );
}

const LABELS = {
  en: { hash: 'SHA-256', times: 'times', sent: 'sent', received: 'received', ingested: 'ingested', envelope: 'envelope sender', sendingIp: 'sending IP', brands: 'impersonates', scanned: 'scanned with' },
  ja: { hash: 'SHA-256', times: '日時', sent: '送信', received: '受信', ingested: '保存', envelope: 'エンベロープ送信者', sendingIp: '送信元 IP', brands: 'なりすまし', scanned: '検査設定' },
} as const;

/** The stored report with each finding explained again, from its id, in the language asked for. */
function explain(stored: StoredMessage, lang: 'en' | 'ja', config: SpamlabConfig): StoredMessage['report'] {
  let entries: ReturnType<typeof buildScoreTable>['entries'] | undefined;
  try {
    entries = buildScoreTable(CATALOGUE, config.thresholds, config.scores).entries;
  } catch {
    // A table that cannot be built (never with the shipped rows) leaves the stored wording.
    entries = undefined;
  }
  return {
    ...stored.report,
    findings: stored.report.findings.map((f) => ({ ...f, description: entries?.get(f.id)?.description[lang] ?? f.description ?? '' })),
  };
}
