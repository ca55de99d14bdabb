import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { Option } from 'commander';
import { defaultStorePath, openExistingStore } from '../../store/index.js';
import type { Store } from '../../store/types.js';
import { buildReport, reportCsv, reportHtml } from '../../report/index.js';
import { getCampaign, listCampaigns, type CampaignListItem } from '../../campaigns/index.js';
import { SUMMARY_MEMBER_LIMIT } from '../../campaigns/query.js';
import type { CampaignSummary } from '../../campaigns/summary.js';
import { parseDateBound, type PeriodKind } from '../../trends/period.js';
import { EXIT } from '../exit-codes.js';
import type { CliIo } from '../io.js';

interface StoreOptions {
  store?: string;
}

interface ReportOptions extends StoreOptions {
  from?: string;
  to?: string;
  format: 'html' | 'csv' | 'json';
  lang: 'en' | 'ja';
  period?: PeriodKind;
  output?: string;
}

interface CampaignsOptions extends StoreOptions {
  json?: boolean;
  lang: 'en' | 'ja';
  from?: string;
  to?: string;
  minSize: string;
  limit: string;
  all?: boolean;
  recent?: boolean;
}

const defaultIo = (): CliIo => ({ stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, setExitCode: (c) => void (process.exitCode = c) });

const storeOption = (cmd: Command): Command =>
  cmd.option('--store <location>', `the store: a SQLite file or postgres:// URL (default: $SPAMLAB_STORE, else ${defaultStorePath({ ...process.env, SPAMLAB_STORE: '' })})`);
const langOption = () => new Option('--lang <lang>', 'language of the text').choices(['en', 'ja']).default('en');

/**
 * `spamlab report`, `spamlab campaigns` and `spamlab campaign ID`: the lab's views over the store (trend
 * rollups, surges, campaigns), read-only.
 */
export function registerReportCommands(program: Command, io: CliIo = defaultIo()): void {
  storeOption(
    program
      .command('report')
      .description('a report of stored mail: volume by verdict and category over time, surges, campaigns, brands, malicious attachment types')
      .option('--from <date>', 'first day (YYYY, YYYY-MM or YYYY-MM-DD; default: the first stored)')
      .option('--to <date>', 'last day, inclusive (default: the last stored)')
      .addOption(new Option('--format <format>', 'html (self-contained, charts inline), csv or json').choices(['html', 'csv', 'json']).default('html'))
      .addOption(new Option('--period <period>', 'chart period (default: by the span: month, week or day)').choices(['day', 'week', 'month']))
      .addOption(langOption())
      .option('-o, --output <file>', 'write to this file instead of stdout'),
  ).action(async (options: ReportOptions) => io.setExitCode(await runReport(options, io)));

  storeOption(
    program
      .command('campaigns')
      .description('list campaigns: near-duplicate messages grouped, biggest first')
      .option('--json', 'print JSON')
      .addOption(langOption())
      .option('--from <date>', 'seen on or after this day')
      .option('--to <date>', 'seen on or before this day')
      .option('--min-size <n>', 'at least this many messages', '2')
      .option('--limit <n>', 'at most this many campaigns', '50')
      .option('--all', 'include campaigns whose messages were all judged clean (mailing lists)')
      .option('--recent', 'most recently seen first instead of biggest first'),
  ).action(async (options: CampaignsOptions) => io.setExitCode(await runCampaigns(options, io)));

  storeOption(
    program
      .command('campaign')
      .description('show one campaign: when, how big, from how many senders and IPs, what it carries, and why its messages were grouped')
      .argument('<id>', 'campaign id (or a unique prefix of it)')
      .option('--json', 'print JSON')
      .addOption(langOption()),
  ).action(async (id: string, options: { json?: boolean; lang: 'en' | 'ja'; store?: string }) => io.setExitCode(await runCampaign(id, options, io)));
}

async function withStore(options: StoreOptions, io: CliIo, fn: (store: Store) => Promise<number>): Promise<number> {
  const location = options.store ?? defaultStorePath();
  let store: Store | undefined;
  try {
    store = await openExistingStore(location);
  } catch (err) {
    io.stderr.write(`spamlab: cannot open the store ${location}: ${err instanceof Error ? err.message : String(err)}\n`);
    return EXIT.usage;
  }
  if (!store) {
    io.stderr.write(`spamlab: no store at ${location}; store mail first with \`spamlab ingest PATH\` (or give --store)\n`);
    return EXIT.nothingScanned;
  }
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

function dateBounds(options: { from?: string; to?: string }, io: CliIo): { from?: number; to?: number } | undefined {
  const out: { from?: number; to?: number } = {};
  for (const [name, end] of [['from', false], ['to', true]] as const) {
    const text = options[name];
    if (text === undefined) continue;
    const ms = parseDateBound(text, end);
    if (ms === undefined) {
      io.stderr.write(`spamlab: --${name} must be a date (YYYY, YYYY-MM or YYYY-MM-DD), not ${JSON.stringify(text)}\n`);
      return undefined;
    }
    out[name] = ms;
  }
  if (out.from !== undefined && out.to !== undefined && out.from > out.to) {
    io.stderr.write('spamlab: --from is after --to\n');
    return undefined;
  }
  return out;
}

async function runReport(options: ReportOptions, io: CliIo): Promise<number> {
  const bounds = dateBounds(options, io);
  if (!bounds) return EXIT.usage;
  return withStore(options, io, async (store) => {
    const data = await buildReport(store, { ...bounds, lang: options.lang, ...(options.period ? { period: options.period } : {}) });
    const text = options.format === 'json' ? `${JSON.stringify(data, null, 2)}\n` : options.format === 'csv' ? reportCsv(data) : reportHtml(data, options.lang);
    if (options.output) {
      try {
        writeFileSync(options.output, text);
      } catch (err) {
        io.stderr.write(`spamlab: cannot write ${options.output}: ${err instanceof Error ? err.message : String(err)}\n`);
        return EXIT.usage;
      }
      io.stderr.write(`${options.lang === 'ja' ? 'レポートを書き出しました' : 'report written to'} ${options.output} (${data.totals.messages} ${options.lang === 'ja' ? '通' : 'messages'})\n`);
    } else {
      io.stdout.write(text);
    }
    return EXIT.ok;
  });
}

function positiveInt(text: string, name: string, io: CliIo): number | undefined {
  const n = Number(text);
  if (Number.isInteger(n) && n >= 1) return n;
  io.stderr.write(`spamlab: --${name} must be a positive integer, not ${JSON.stringify(text)}\n`);
  return undefined;
}

async function runCampaigns(options: CampaignsOptions, io: CliIo): Promise<number> {
  const bounds = dateBounds(options, io);
  const minSize = positiveInt(options.minSize, 'min-size', io);
  const limit = positiveInt(options.limit, 'limit', io);
  if (!bounds || minSize === undefined || limit === undefined) return EXIT.usage;
  return withStore(options, io, async (store) => {
    const list = await listCampaigns(store, { ...bounds, minSize, limit, includeClean: options.all ?? false, order: options.recent ? 'recent' : 'size' });
    if (options.json) {
      io.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
      return EXIT.ok;
    }
    io.stdout.write(renderList(list, options.lang));
    return EXIT.ok;
  });
}

function renderList(list: readonly CampaignListItem[], lang: 'en' | 'ja'): string {
  if (list.length === 0) return lang === 'ja' ? 'キャンペーンはありません\n' : 'no campaigns\n';
  const head = lang === 'ja' ? 'ID             件数  初観測      最終観測    送信元  IP  件名' : 'id            size  first seen  last seen   senders  IPs  subject';
  const lines = list.map((c) =>
    `${c.id.padEnd(13)} ${String(c.size).padStart(5)}  ${c.firstSeen.slice(0, 10)}  ${c.lastSeen.slice(0, 10)}  ${String(c.senders).padStart(7)}  ${String(c.ips).padStart(3)}${c.botnet ? '*' : ' '} ${oneLine(c.subject, 70)}`,
  );
  const foot = list.some((c) => c.botnet) ? [lang === 'ja' ? '* 多数の IP から同じテンプレート: ボットネットの兆候' : '* many IPs sending one template: a botnet indicator'] : [];
  return `${[head, ...lines, ...foot].join('\n')}\n`;
}

/** Subjects are attacker-controlled: control characters out, one line, bounded. */
function oneLine(s: string, max: number): string {
  const clean = s.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, ' ').replace(/\s+/g, ' ').trim();
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

async function runCampaign(id: string, options: { json?: boolean; lang: 'en' | 'ja'; store?: string }, io: CliIo): Promise<number> {
  return withStore(options, io, async (store) => {
    const summary = await getCampaign(store, id);
    if (!summary) {
      io.stderr.write(`spamlab: no campaign ${JSON.stringify(oneLine(id, 40))} (see \`spamlab campaigns\`)\n`);
      return EXIT.nothingScanned;
    }
    io.stdout.write(options.json ? `${JSON.stringify(summary, null, 2)}\n` : renderCampaign(summary, options.lang));
    return EXIT.ok;
  });
}

const L = {
  en: { messages: 'messages', subjects: 'subjects', senders: 'sender domains', ips: 'sending IPs', verdicts: 'verdicts', categories: 'categories', themes: 'themes', links: 'link domains', tracking: 'tracking-URL patterns', attachments: 'attachments', joined: 'why grouped', samples: 'samples', truncated: 'summary read from the first', botnet: 'botnet indicator', none: '—' },
  ja: { messages: '通', subjects: '件名', senders: '送信ドメイン', ips: '送信元 IP', verdicts: '判定', categories: 'カテゴリ', themes: 'テーマ', links: 'リンク先ドメイン', tracking: '追跡 URL のパターン', attachments: '添付ファイル', joined: 'まとめた理由', samples: 'サンプル', truncated: '要約に使った件数', botnet: 'ボットネットの兆候', none: '—' },
} as const;

function renderCampaign(s: CampaignSummary, lang: 'en' | 'ja'): string {
  const t = L[lang];
  const counts = (xs: readonly { value: string; count: number }[]): string => (xs.length ? xs.map((x) => `${oneLine(x.value, 60)} (${x.count})`).join(', ') : t.none);
  const out: string[] = [];
  out.push(`${s.id}  ${s.size} ${t.messages}  ${s.firstSeen.slice(0, 19).replace('T', ' ')} → ${s.lastSeen.slice(0, 19).replace('T', ' ')} UTC`);
  out.push(`  ${t.subjects}: ${counts(s.subjects)}`);
  out.push(`  ${t.senders}: ${s.senders} — ${counts(s.topSenderDomains.slice(0, 5))}`);
  out.push(`  ${t.ips}: ${s.ips} — ${counts(s.topIps.slice(0, 5))}`);
  if (s.botnet) out.push(`  ${t.botnet}: ${lang === 'ja' ? `${s.ips} 個の IP と ${s.senders} 個の送信ドメインから同じテンプレートが ${s.size} 通` : s.botnet}`);
  out.push(`  ${t.verdicts}: ${Object.entries(s.verdicts).map(([k, n]) => `${k} ${n}`).join(', ')}`);
  out.push(`  ${t.categories}: ${counts(s.categories)}`);
  out.push(`  ${t.themes}: ${counts(s.themes)}`);
  out.push(`  ${t.links}: ${counts(s.iocs.linkDomains)}`);
  if (s.iocs.trackingPatterns.length) out.push(`  ${t.tracking}: ${s.iocs.trackingPatterns.map((p) => oneLine(p, 100)).join(', ')}`);
  if (s.iocs.attachments.length) out.push(`  ${t.attachments}: ${s.iocs.attachments.map((a) => `${oneLine(a.name, 60)} sha256 ${a.sha256.slice(0, 16)}… (${a.count})`).join(', ')}`);
  out.push(`  ${t.joined}:`);
  for (const j of s.joinedBy) out.push(`    ${j.kind} × ${j.count}: ${oneLine(j.example, 140)}`);
  if (s.joinedBy.length === 0) out.push(`    ${t.none}`);
  out.push(`  ${t.samples}:`);
  for (const m of s.samples) out.push(`    ${m.time.slice(0, 19).replace('T', ' ')}  ${m.hash.slice(0, 12)}  ${m.senderDomain ?? '-'}  ${m.senderIp ?? '-'}  ${oneLine(m.subject, 70)}`);
  if (s.truncated) out.push(`  (${t.truncated} ${SUMMARY_MEMBER_LIMIT.toLocaleString('en')})`);
  return `${out.join('\n')}\n`;
}
