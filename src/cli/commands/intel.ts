import { readFile, stat } from 'node:fs/promises';
import type { Command } from 'commander';
import {
  explainIgnored,
  explainLink,
  explainMember,
  explainWeak,
  importResponses,
  kindLabel,
  pivot,
  PivotInputError,
  whoisHistory,
  type Lang,
  type ResponseInput,
} from '../../intel/index.js';
import { DEFAULT_LOOKUP_CONFIG, LiveLookup, LookupError, systemNetwork, type LookupConfig } from '../../intel/lookup/live.js';
import { defaultStorePath, openStore, StoreError } from '../../store/index.js';
import { configOrReport } from '../io.js';
import type { Store } from '../../store/types.js';
import { EXIT } from '../exit-codes.js';
import type { CliIo } from '../io.js';

interface CommonOptions {
  store?: string;
  json?: boolean;
  lang?: Lang;
}

const storeOption = `the store (SQLite file or postgres:// URL; default $SPAMLAB_STORE, else ${defaultStorePath()})`;

async function withStore(options: CommonOptions, io: CliIo, name: string, fn: (store: Store) => Promise<number>): Promise<number> {
  let store: Store;
  try {
    store = await openStore(options.store || defaultStorePath());
  } catch (err) {
    io.stderr.write(`spamlab ${name}: cannot open the store: ${(err as Error).message}\n`);
    return EXIT.usage;
  }
  try {
    return await fn(store);
  } catch (err) {
    if (err instanceof StoreError) {
      io.stderr.write(`spamlab ${name}: store error (${err.kind}): ${err.message}\n`);
      return EXIT.internal;
    }
    throw err;
  } finally {
    await store.close();
  }
}

const fmtDate = (ms: number | undefined) => (ms === undefined ? '—' : new Date(ms).toISOString().slice(0, 10));

/**
 * `spamlab whois import FILE…`, `spamlab whois show DOMAIN`, `spamlab pivot DOMAIN|PHONE|EMAIL`.
 * @example registerIntelCommands(program, io) // spamlab whois import records/*.txt --store intel.db
 */
export function registerIntelCommands(program: Command, io: CliIo): void {
  const whois = program.command('whois').description('WHOIS/RDAP records: import snapshots, show a domain\'s history');
  whois
    .command('import')
    .argument('<files...>', 'saved responses, one per file (.json = RDAP)')
    .description('import WHOIS text or RDAP JSON responses as dated snapshots (date: --date, else the record\'s last update, else the file\'s time)')
    .option('--store <location>', storeOption)
    .option('--date <date>', 'the date of these snapshots (ISO 8601)')
    .option('--domain <domain>', 'the domain asked for, when a response does not name it')
    .option('--json', 'one JSON object per file')
    .action(async (files: string[], options: CommonOptions & { date?: string; domain?: string }) => {
      io.setExitCode(await runImport(files, options, io));
    });
  whois
    .command('show')
    .argument('<domain>')
    .description('print the normalised WHOIS history of a domain, oldest first')
    .option('--store <location>', storeOption)
    .option('--json', 'JSON output')
    .option('--lang <lang>', 'en or ja', 'en')
    .action(async (domain: string, options: CommonOptions) => {
      io.setExitCode(await runShow(domain, options, io));
    });
  whois
    .command('lookup')
    .argument('<domain>')
    .description('look a domain up live (port 43 with the referral, or --rdap) and keep the answers as snapshots; only when intel.lookup.enabled is set')
    .option('-c, --config <file>', 'configuration file (intel.lookup)')
    .option('--rdap', 'ask RDAP (needs intel.lookup.rdapBootstrapFile) instead of port 43')
    .option('--no-import', 'print the answer without keeping it')
    .option('--store <location>', storeOption)
    .option('--json', 'JSON output')
    .action(async (domain: string, options: CommonOptions & { config?: string; rdap?: boolean; import: boolean }) => {
      io.setExitCode(await runLookup(domain, options, io));
    });
  program
    .command('pivot')
    .argument('<start>', 'a domain, a phone number or an e-mail address')
    .description('find the actor\'s domains through shared registrant phones, e-mails, names with addresses; every link explained')
    .option('--store <location>', storeOption)
    .option('--depth <n>', 'domain → value → domain hops', '2')
    .option('--max-degree <n>', 'a value held by more domains than this is shared infrastructure or a proxy, not a link', '25')
    .option('--country <cc>', 'country of a phone number given without one (default JP)')
    .option('--json', 'JSON output')
    .option('--lang <lang>', 'en or ja', 'en')
    .action(async (start: string, options: CommonOptions & { depth: string; maxDegree: string; country?: string }) => {
      io.setExitCode(await runPivot(start, options, io));
    });
}

async function runImport(files: string[], options: CommonOptions & { date?: string; domain?: string }, io: CliIo): Promise<number> {
  let date: Date | undefined;
  if (options.date) {
    date = new Date(options.date);
    if (Number.isNaN(date.getTime())) {
      io.stderr.write(`spamlab whois import: --date is not a date: ${options.date}\n`);
      return EXIT.usage;
    }
  }
  const inputs: ResponseInput[] = [];
  let unreadable = 0;
  for (const file of files) {
    try {
      const [content, info] = await Promise.all([readFile(file), stat(file)]);
      if (content.length > 4_000_000) throw new Error(`larger than 4 MB (${content.length} bytes): not a WHOIS response`);
      inputs.push({
        content,
        source: file,
        fileTime: info.mtime,
        ...(file.toLowerCase().endsWith('.json') ? { protocol: 'rdap' as const } : {}),
        ...(date ? { date } : {}),
        ...(options.domain ? { queried: options.domain } : {}),
      });
    } catch (err) {
      unreadable++;
      const reason = (err as Error).message;
      io.stderr.write(`spamlab whois import: ${file}: ${reason}\n`);
      if (options.json) io.stdout.write(`${JSON.stringify({ source: file, status: 'rejected', reason })}\n`);
    }
  }
  return withStore(options, io, 'whois import', async (store) => {
    const counts = { stored: 0, duplicate: 0, rejected: unreadable };
    for (let i = 0; i < inputs.length; i += 500) {
      const outcomes = await importResponses(store, inputs.slice(i, i + 500));
      outcomes.forEach((o, j) => {
        counts[o.status]++;
        const source = inputs[i + j]!.source;
        if (options.json) {
          io.stdout.write(
            `${JSON.stringify(o.status === 'rejected' ? o : { source, status: o.status, domain: o.domain, observedAt: new Date(o.observedAt).toISOString(), dateSource: o.dateSource, format: o.record.format, values: o.values.length })}\n`,
          );
        } else if (o.status === 'rejected') {
          io.stderr.write(`spamlab whois import: ${source}: ${o.reason}\n`);
        } else {
          io.stdout.write(`${o.status.padEnd(9)} ${o.domain}  ${fmtDate(o.observedAt)} (${o.dateSource})  ${o.record.format}  ${source}\n`);
        }
      });
    }
    const line = `imported ${counts.stored} snapshots, ${counts.duplicate} already kept, ${counts.rejected} rejected`;
    if (options.json) io.stderr.write(`${JSON.stringify({ summary: counts })}\n`);
    else io.stdout.write(`${line}\n`);
    return counts.stored + counts.duplicate === 0 ? EXIT.nothingScanned : EXIT.ok;
  });
}

async function runShow(domain: string, options: CommonOptions, io: CliIo): Promise<number> {
  const lang: Lang = options.lang === 'ja' ? 'ja' : 'en';
  return withStore(options, io, 'whois show', async (store) => {
    const history = await whoisHistory(store, domain);
    if (options.json) {
      io.stdout.write(`${JSON.stringify({ domain: domain.toLowerCase(), snapshots: history.map(({ record, ...s }) => ({ ...s, nameservers: record.nameservers, statuses: record.statuses })) }, null, 2)}\n`);
      return history.length ? EXIT.ok : EXIT.nothingScanned;
    }
    if (!history.length) {
      io.stderr.write(lang === 'ja' ? `${domain}: 保存された WHOIS レコードがありません\n` : `${domain}: no WHOIS record kept (import some with spamlab whois import)\n`);
      return EXIT.nothingScanned;
    }
    const L = lang === 'ja'
      ? { created: '登録', expires: '有効期限', registrar: 'レジストラ', via: '取得元', proxy: '代行', redacted: '非公開' }
      : { created: 'created', expires: 'expires', registrar: 'registrar', via: 'from', proxy: 'proxy', redacted: 'redacted' };
    io.stdout.write(`${history[0]!.domain}\n`);
    for (const s of history) {
      io.stdout.write(`\n  ${fmtDate(s.observedAt)}  ${s.format}  ${L.created} ${fmtDate(s.created)}  ${L.expires} ${fmtDate(s.expires)}  ${L.registrar} ${s.registrar ?? '—'}\n`);
      io.stdout.write(`    ${L.via} ${s.source} (${s.dateSource})\n`);
      const roleOrder = ['registrant', 'public', 'admin', 'tech', 'billing', 'domain'];
      const kindOrder = ['name', 'organization', 'address', 'phone', 'email', 'nameserver', 'registrar', 'ip'];
      const values = [...s.values].sort(
        (a, b) => roleOrder.indexOf(a.role) - roleOrder.indexOf(b.role) || kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind),
      );
      for (const v of values) {
        if (v.kind === 'name_address') continue;
        const shown = v.kind === 'phone' || v.kind === 'email' ? `${v.key}${v.display !== v.key ? `  (${v.display})` : ''}` : v.display;
        const mark = v.shield ? `  [${L[v.shield]}]` : '';
        io.stdout.write(`    ${(v.role === 'domain' ? '' : `${v.role} `) + kindLabel(v.kind, lang)}: ${shown}${mark}\n`);
      }
    }
    return EXIT.ok;
  });
}

async function runPivot(start: string, options: CommonOptions & { depth: string; maxDegree: string; country?: string }, io: CliIo): Promise<number> {
  const lang: Lang = options.lang === 'ja' ? 'ja' : 'en';
  const depth = Number(options.depth);
  const maxDegree = Number(options.maxDegree);
  if (!Number.isInteger(depth) || depth < 1 || depth > 6 || !Number.isInteger(maxDegree) || maxDegree < 2) {
    io.stderr.write('spamlab pivot: --depth must be 1–6 and --max-degree at least 2\n');
    return EXIT.usage;
  }
  return withStore(options, io, 'pivot', async (store) => {
    let result;
    try {
      result = await pivot(store, start, { depth, maxDegree, ...(options.country ? { country: options.country } : {}) });
    } catch (err) {
      if (err instanceof PivotInputError) {
        io.stderr.write(`spamlab pivot: ${err.message}\n`);
        return EXIT.usage;
      }
      throw err;
    }
    if (options.json) {
      io.stdout.write(
        `${JSON.stringify(
          {
            ...result,
            links: result.links.map((l) => ({ ...l, explanation: explainLink(l, lang) })),
            ignored: result.ignored.map((i) => ({ ...i, explanation: explainIgnored(i, lang) })),
            weakNeighbours: result.weakNeighbours.map((n) => ({ ...n, explanation: explainWeak(n, lang) })),
          },
          null,
          2,
        )}\n`,
      );
      return result.domains.length ? EXIT.ok : EXIT.nothingScanned;
    }
    if (!result.domains.length) {
      io.stderr.write(lang === 'ja' ? `${start}: 保存されたレコードに見つかりません\n` : `${start}: not found in any kept record\n`);
      return EXIT.nothingScanned;
    }
    const strong = result.links.filter((l) => l.strength === 'strong');
    const weak = result.links.filter((l) => l.strength === 'weak');
    io.stdout.write(
      lang === 'ja'
        ? `${start}: ${result.domains.length} ドメインのアクター（強いリンク ${strong.length} 件）\n`
        : `${start}: an actor with ${result.domains.length} domain${result.domains.length > 1 ? 's' : ''} (${strong.length} strong link${strong.length === 1 ? '' : 's'})\n`,
    );
    for (const m of result.domains) {
      io.stdout.write(`  ${m.domain.padEnd(32)} ${lang === 'ja' ? '登録' : 'registered'} ${fmtDate(m.registered)}  ${explainMember(m, lang)}\n`);
    }
    if (strong.length) io.stdout.write(lang === 'ja' ? '\nリンク:\n' : '\nlinks:\n');
    for (const l of strong) io.stdout.write(`  ${explainLink(l, lang)}\n`);
    if (weak.length) io.stdout.write(lang === 'ja' ? '\n補強する弱い共通点（それだけではリンクしません）:\n' : '\nalso shared (weak: corroborates, never links alone):\n');
    for (const l of weak) io.stdout.write(`  ${explainLink(l, lang)}\n`);
    if (result.ignored.length) io.stdout.write(lang === 'ja' ? '\n使わなかった値:\n' : '\nnot used:\n');
    for (const i of result.ignored) io.stdout.write(`  ${explainIgnored(i, lang)}\n`);
    if (result.weakNeighbours.length) io.stdout.write(lang === 'ja' ? '\n同一アクターとしないドメイン:\n' : '\nnot the same actor:\n');
    for (const n of result.weakNeighbours.slice(0, 20)) io.stdout.write(`  ${explainWeak(n, lang)}\n`);
    if (result.weakNeighbours.length > 20) io.stdout.write(`  … ${result.weakNeighbours.length - 20} more\n`);
    if (result.truncated) io.stdout.write(lang === 'ja' ? `\n上限 ${result.options.maxDomains} ドメインで打ち切りました\n` : `\nstopped at ${result.options.maxDomains} domains\n`);
    return EXIT.ok;
  });
}

async function runLookup(domain: string, options: CommonOptions & { config?: string; rdap?: boolean; import: boolean }, io: CliIo): Promise<number> {
  const config = configOrReport(options, io);
  if (!config) return EXIT.usage;
  const c = config.intel.lookup;
  let bootstrap: LookupConfig['rdapBootstrap'];
  if (c.rdapBootstrapFile) {
    try {
      bootstrap = JSON.parse(await readFile(c.rdapBootstrapFile, 'utf8')) as LookupConfig['rdapBootstrap'];
    } catch (err) {
      io.stderr.write(`spamlab whois lookup: cannot read the RDAP bootstrap file ${c.rdapBootstrapFile}: ${(err as Error).message}\n`);
      return EXIT.usage;
    }
  }
  const live = new LiveLookup(
    { ...DEFAULT_LOOKUP_CONFIG, ...c, ...(bootstrap ? { rdapBootstrap: bootstrap } : {}) },
    systemNetwork(),
  );
  let answers;
  try {
    answers = options.rdap ? [await live.rdap(domain)] : await live.whois(domain);
  } catch (err) {
    if (!(err instanceof LookupError)) throw err;
    io.stderr.write(`spamlab whois lookup: ${err.message}\n`);
    return err.kind === 'disabled' || err.kind === 'refused' ? EXIT.usage : EXIT.nothingScanned;
  }
  if (!options.import) {
    for (const a of answers) {
      const text = typeof a.content === 'string' ? a.content : new TextDecoder().decode(a.content);
      io.stdout.write(options.json ? `${JSON.stringify({ source: a.source, servers: a.servers, cached: a.cached, content: text })}\n` : `# ${a.source}\n${text}\n`);
    }
    return EXIT.ok;
  }
  return withStore(options, io, 'whois lookup', async (store) => {
    const outcomes = await importResponses(store, answers);
    outcomes.forEach((o, i) => {
      const source = answers[i]!.source;
      if (options.json) io.stdout.write(`${JSON.stringify(o.status === 'rejected' ? o : { source, status: o.status, domain: o.domain, observedAt: new Date(o.observedAt).toISOString(), format: o.record.format })}\n`);
      else io.stdout.write(o.status === 'rejected' ? `rejected  ${source}: ${o.reason}\n` : `${o.status.padEnd(9)} ${o.domain}  ${fmtDate(o.observedAt)}  ${o.record.format}  ${source}\n`);
    });
    return outcomes.some((o) => o.status !== 'rejected') ? EXIT.ok : EXIT.nothingScanned;
  });
}
