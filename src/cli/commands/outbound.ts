import os from 'node:os';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { incidentJson, LogAlertSink, WebhookAlertSink, type AlertSink } from '../../outbound/alerts.js';
import { evidenceText, summarise, type Lang } from '../../outbound/behaviour/explain.js';
import type { Incident } from '../../outbound/behaviour/incident.js';
import { NetworkList } from '../../outbound/behaviour/network.js';
import { parseEventJson } from '../../outbound/events/json.js';
import { parseSubject } from '../../outbound/events/types.js';
import { readLogFile } from '../../outbound/logs/read.js';
import { OutboundMonitor } from '../../outbound/monitor.js';
import { checkReadable, detectFormat, fileYear, LogFollower, makeParser, replayFile, type LogFormat, type LogReader } from '../../outbound/replay.js';
import { openOutboundState } from '../../runtime/index.js';
import type { OutboundState } from '../../outbound/state/types.js';
import { EXIT } from '../exit-codes.js';
import { configFromOptions, type CliIo } from '../io.js';

interface OutboundOptions {
  log?: string[];
  events?: string[];
  follow?: boolean;
  json?: boolean;
  lang?: Lang;
  format?: 'auto' | LogFormat;
  year?: string;
  utcOffset?: string;
  mynetworks?: string;
  state?: string | false;
  config?: string;
  webhook?: string;
  pollMs?: string;
}

/** Human lines for one incident. */
export function incidentText(i: Incident, lang: Lang): string {
  const when = (t: number) => new Date(t).toISOString().replace('T', ' ').slice(0, 19);
  const head = lang === 'ja'
    ? `#${i.id} ${i.subject.kind}:${i.subject.id}  開始 ${when(i.start)}  検知 ${when(i.detectedAt)}（${i.messagesBeforeDetection} 通目、窓 ${i.window}）  ${i.status}`
    : `#${i.id} ${i.subject.kind}:${i.subject.id}  start ${when(i.start)}  detected ${when(i.detectedAt)} after ${i.messagesBeforeDetection} messages (window ${i.window})  ${i.status}`;
  return [head, `  ${summarise(i, lang)}`, ...i.evidence.map((e) => `   - ${evidenceText(e, lang)}`)].join('\n') + '\n';
}

/**
 * The outbound state: in memory with --no-state, Redis for a redis:// URL (shared with the policy listeners
 * of several MTAs; key prefix and time-outs from `-c`'s outbound.state), else the store (a SQLite file or
 * postgres:// URL).
 */
async function openState(opt: string | false | undefined, configFile: string | undefined): Promise<OutboundState> {
  // The configuration names the Redis key prefix (and may name the state itself: outbound.state.url).
  const config = configFromOptions(configFile ? { config: configFile } : {});
  return (await openOutboundState(opt, config.outbound.state)).state;
}

/**
 * `spamlab outbound --log FILE…` replays MTA logs (Postfix or Exim, plain or gzip) and prints the incidents;
 * `--follow` then keeps reading the files as they grow and rotate. `outbound release SUBJECT` releases a
 * held subject; `outbound incidents` lists stored incidents.
 */
export function registerOutboundCommand(program: Command, io: CliIo): void {
  const cmd = program
    .command('outbound')
    .description('Find compromised accounts and infected clients in outbound mail logs (replay, or --follow)')
    // The subcommands have options of the same names (--state, --json): options after a subcommand are its own.
    .enablePositionalOptions()
    .option('--log <files...>', 'Postfix or Exim main log files, plain or gzip, oldest first')
    .option('--events <files...>', 'outbound events as NDJSON ({time, account?, envelopeSender, clientIp?, recipients, …}; - for stdin)')
    .option('--follow', 'after reading, keep following the files (across rotation) until interrupted')
    .option('--json', 'NDJSON: one incident object per line')
    .option('--lang <lang>', 'language of explanations: en or ja', 'en')
    .option('--format <format>', 'auto, postfix or exim', 'auto')
    .option('--year <year>', 'year of the first line for syslog stamps without one (default: the file\'s modification year)')
    .option('--utc-offset <minutes>', 'local time of the logs and of "hours of day", minutes east of UTC', '0')
    .option('--mynetworks <cidrs>', 'comma-separated networks whose unauthenticated mail is ours (default: private ranges)')
    .option('--state <file>', 'where learned baselines and incidents are kept: a SQLite file, postgres:// or redis:// URL (default: outbound.state.url, else the spamlab store)')
    .option('-c, --config <file>', 'YAML configuration (outbound.state: the Redis key prefix, or the state itself)')
    .option('--no-state', 'keep nothing between runs')
    .option('--webhook <url>', 'POST each incident as JSON to this URL (bearer token from $SPAMLAB_WEBHOOK_TOKEN)')
    .option('--poll-ms <ms>', 'with --follow: how often to look for new lines', '1000')
    .action(async (opts: OutboundOptions) => {
      const lang: Lang = opts.lang === 'ja' ? 'ja' : 'en';
      if ((!opts.log || opts.log.length === 0) && (!opts.events || opts.events.length === 0)) {
        io.stderr.write('spamlab outbound: give --log FILE… or --events FILE… (or a subcommand: release, incidents)\n');
        return io.setExitCode(EXIT.usage);
      }
      let localNetworks: NetworkList | undefined;
      try {
        if (opts.mynetworks) localNetworks = new NetworkList(opts.mynetworks.split(',').filter(Boolean));
      } catch (err) {
        io.stderr.write(`spamlab outbound: --mynetworks: ${(err as Error).message}\n`);
        return io.setExitCode(EXIT.usage);
      }
      const offset = Number(opts.utcOffset ?? 0);
      const year = opts.year !== undefined ? Number(opts.year) : undefined;
      if (!Number.isInteger(offset) || (year !== undefined && !Number.isInteger(year))) {
        io.stderr.write('spamlab outbound: --utc-offset and --year take whole numbers\n');
        return io.setExitCode(EXIT.usage);
      }
      if (opts.format && !['auto', 'postfix', 'exim'].includes(opts.format)) {
        io.stderr.write(`spamlab outbound: unknown --format ${opts.format} (auto, postfix, exim)\n`);
        return io.setExitCode(EXIT.usage);
      }
      const readable: string[] = [];
      const eventFiles: string[] = [];
      for (const f of opts.events ?? []) {
        const problem = f === '-' ? undefined : await checkReadable(f);
        if (problem) io.stderr.write(`spamlab outbound: ${problem}\n`);
        else eventFiles.push(f);
      }
      for (const f of opts.log ?? []) {
        const problem = await checkReadable(f);
        if (problem) io.stderr.write(`spamlab outbound: ${problem}\n`);
        else readable.push(f);
      }
      if (readable.length === 0 && eventFiles.length === 0 && !opts.follow) return io.setExitCode(EXIT.nothingScanned);

      const alerts: AlertSink[] = [];
      if (opts.webhook) alerts.push(new WebhookAlertSink({ url: opts.webhook, ...(process.env.SPAMLAB_WEBHOOK_TOKEN ? { token: process.env.SPAMLAB_WEBHOOK_TOKEN } : {}), lang }));
      let state: OutboundState;
      try {
        state = await openState(opts.state, opts.config);
      } catch (err) {
        io.stderr.write(`spamlab outbound: cannot open the state store: ${(err as Error).message}\n`);
        return io.setExitCode(EXIT.usage);
      }
      const print = (i: Incident) => io.stdout.write(opts.json ? `${JSON.stringify(incidentJson(i, lang))}\n` : incidentText(i, lang));
      const monitor = new OutboundMonitor({
        state, alerts, utcOffsetMinutes: offset,
        ...(localNetworks ? { localNetworks } : {}),
        onAlertError: (sink, err) => io.stderr.write(`spamlab outbound: ${sink} alert failed: ${(err as Error).message}\n`),
        // Following: say it the moment it is seen. Replaying: print at the end with the incident's full extent.
        ...(opts.follow ? { onIncident: print } : {}),
      });
      const started = performance.now();
      try {
        await monitor.load();
        const parsers = new Map<string, LogReader>();
        let lines = 0;
        let events = 0;
        for (const f of readable) {
          const format = opts.format && opts.format !== 'auto' ? opts.format : (await detectFormat(f)) ?? 'postfix';
          const parser = makeParser((e) => { events++; monitor.observe(e); }, {
            format, year: year ?? (await fileYear(f)), utcOffsetMinutes: offset, source: f,
          });
          parsers.set(f, parser);
          await replayFile(f, parser);
          lines += parser.stats.lines;
        }
        let badEvents = 0;
        for (const f of eventFiles) {
          let n = 0;
          const onLine = (line: string) => {
            n++;
            if (!line.trim()) return;
            lines++;
            const r = parseEventJson(line, `${f}:${n}`);
            if ('error' in r) {
              if (++badEvents <= 5) io.stderr.write(`spamlab outbound: ${f}:${n}: ${r.error}\n`);
              return;
            }
            events++;
            monitor.observe(r.event);
          };
          if (f === '-') for await (const line of createInterface({ input: io.stdin, crlfDelay: Infinity })) onLine(line);
          else await readLogFile(f, onLine);
        }
        if (badEvents > 5) io.stderr.write(`spamlab outbound: ${badEvents} event lines were invalid in all\n`);
        if (opts.follow) {
          await follow(opts, parsers, monitor, io, format(opts), year, offset);
        }
        for (const p of parsers.values()) p.end();
        await monitor.close();
        const incidents = monitor.detector.allIncidents();
        if (!opts.follow) for (const i of incidents) print(i);
        const seconds = (performance.now() - started) / 1000;
        const summary = `outbound: ${lines} lines, ${events} events, ${monitor.detector.subjectCount()} subjects, ${incidents.length} incidents in ${seconds.toFixed(1)} s`;
        if (opts.json) io.stderr.write(`${JSON.stringify({ summary: { lines, events, subjects: monitor.detector.subjectCount(), incidents: incidents.length, seconds } })}\n`);
        else io.stdout.write(`${summary}\n`);
        const skipped = [...parsers.values()].reduce((a, p) => a + p.stats.tooLong, 0);
        if (skipped) io.stderr.write(`spamlab outbound: ${skipped} lines longer than the line limit were skipped\n`);
      } finally {
        await state.close();
      }
    });

  cmd
    .command('release')
    .description('Release a held or deferred subject (sasl:LOGIN, sender:ADDRESS, client:IP; a bare address or IP works too)')
    .argument('<subject>')
    .option('--state <file>', 'the store (SQLite file, postgres:// or redis:// URL; default: outbound.state.url, else the spamlab store)')
    .option('-c, --config <file>', 'YAML configuration (outbound.state: the Redis key prefix, or the state itself)')
    .option('--by <name>', 'who released it (recorded)', os.userInfo().username)
    .option('--json', 'print the result as JSON')
    .action(async (subjectText: string, opts: { state?: string; config?: string; by: string; json?: boolean }) => {
      const subject = parseSubject(subjectText);
      const state = await openState(opts.state, opts.config);
      try {
        const id = await state.addRelease(subject, Date.now(), opts.by);
        const open = (await state.incidents({ status: 'open' })).filter((i) => i.subject.kind === subject.kind && i.subject.id === subject.id);
        if (opts.json) io.stdout.write(`${JSON.stringify({ released: subject, release: id, openIncidents: open.map((i) => i.id) })}\n`);
        else io.stdout.write(`released ${subject.kind}:${subject.id} (release #${id}; ${open.length ? `open incident ${open.map((i) => `#${i.id}`).join(', ')} ends when the policy server picks it up` : 'no open incident recorded'})\n`);
      } finally {
        await state.close();
      }
    });

  cmd
    .command('incidents')
    .description('List stored outbound incidents')
    .option('--state <file>', 'the store (SQLite file, postgres:// or redis:// URL; default: outbound.state.url, else the spamlab store)')
    .option('-c, --config <file>', 'YAML configuration (outbound.state: the Redis key prefix, or the state itself)')
    .option('--status <status>', 'open, released or closed')
    .option('--json', 'NDJSON output')
    .option('--lang <lang>', 'en or ja', 'en')
    .action(async (opts: { state?: string; config?: string; status?: Incident['status']; json?: boolean; lang?: Lang }) => {
      const lang: Lang = opts.lang === 'ja' ? 'ja' : 'en';
      const state = await openState(opts.state, opts.config);
      try {
        for (const i of await state.incidents(opts.status ? { status: opts.status } : {})) {
          io.stdout.write(opts.json ? `${JSON.stringify(incidentJson(i, lang))}\n` : incidentText(i, lang));
        }
      } finally {
        await state.close();
      }
    });
}

function format(opts: OutboundOptions): LogFormat | undefined {
  return opts.format && opts.format !== 'auto' ? opts.format : undefined;
}

/** Follows every file until SIGINT/SIGTERM; polls, checkpoints every minute and picks up releases. */
async function follow(
  opts: OutboundOptions, parsers: Map<string, LogReader>, monitor: OutboundMonitor, io: CliIo,
  fmt: LogFormat | undefined, year: number | undefined, offset: number,
): Promise<void> {
  const followers: LogFollower[] = [];
  for (const f of opts.log ?? []) {
    let parser = parsers.get(f);
    const replayed = parser !== undefined;
    if (!parser) {
      parser = makeParser((e) => monitor.observe(e), { format: fmt ?? 'postfix', year: year ?? new Date().getUTCFullYear(), utcOffsetMinutes: offset, source: f });
      parsers.set(f, parser);
    }
    const p = parser;
    followers.push(new LogFollower(f, (l) => p.line(l), { fromEnd: replayed }));
  }
  const pollMs = Math.max(50, Number(opts.pollMs ?? 1000));
  let stop = false;
  const onSignal = () => { stop = true; };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  let lastCheckpoint = Date.now();
  try {
    while (!stop) {
      for (const f of followers) await f.poll();
      await monitor.pollReleases();
      if (Date.now() - lastCheckpoint > 60_000) {
        monitor.detector.sweep(Date.now());
        await monitor.checkpoint();
        lastCheckpoint = Date.now();
      }
      await new Promise((r) => setTimeout(r, pollMs));
    }
  } catch (err) {
    io.stderr.write(`spamlab outbound: ${(err as Error).message}\n`);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    for (const f of followers) await f.close();
  }
}
