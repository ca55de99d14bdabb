/**
 * The Postfix policy delegation server (`check_policy_service inet:HOST:PORT`). One small state per
 * connection, requests answered in order, persistent connections (Postfix keeps them open and reuses
 * them), bounded input, an idle time-out, and a time budget per decision.
 *
 * Fail-open by default: on its own error or time-out the server answers DUNNO, so a broken spamlab never
 * stops mail (configurable fail-closed: `DEFER_IF_PERMIT`, a temporary refusal).
 */
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { LogAlertSink, type AlertSink } from '../../outbound/alerts.js';
import type { DetectorOptions } from '../../outbound/behaviour/detector.js';
import { OutboundMonitor } from '../../outbound/monitor.js';
import { SharedWindows } from '../../outbound/shared.js';
import { StoreOutboundState } from '../../outbound/state/store.js';
import type { OutboundState, SharedEventLog } from '../../outbound/state/types.js';
import { defaultStorePath, openStore } from '../../store/index.js';
import { OutboundPolicy, DEFAULT_OUTBOUND_RULES, type OutboundPolicyRule } from './outbound-policy.js';
import { DEFAULT_POLICY_LIMITS, formatAnswer, PolicyRequestParser, type PolicyLimits, type PolicyRequest } from './protocol.js';

export interface PolicyLogEntry {
  level: 'info' | 'warn' | 'error';
  msg: string;
  [key: string]: unknown;
}

export interface PolicyServerOptions {
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 0 (an ephemeral port; read it from `address`). */
  port?: number;
  /**
   * The outbound monitor to judge with. Absent: one is built over `state` (default: the SQLite store at
   * $SPAMLAB_STORE or the XDG default, through the store so PostgreSQL works too) and loaded before listening.
   */
  monitor?: OutboundMonitor;
  state?: OutboundState;
  /**
   * Judge on the traffic of every listener sharing this log (Redis: `RedisOutboundState`), not this one's
   * alone. The saved state is then loaded on the first decision (and retried while unreachable) instead of
   * before listening, so the listener starts and answers its fail mode while Redis is down.
   */
  sharedLog?: SharedEventLog;
  /** With sharedLog: how often an idle listener reads the others' events (default 1,000 ms). */
  catchUpMs?: number;
  detector?: Omit<DetectorOptions, 'onIncident'>;
  alerts?: AlertSink[];
  /** Incident → answer (default: DEFER until released). */
  rules?: readonly OutboundPolicyRule[];
  /** Replaces the outbound decision entirely (tests of the protocol alone, other policies). */
  decide?: (req: PolicyRequest) => Promise<string> | string;
  /** What to answer on an internal error or time-out: open = DUNNO (default), closed = DEFER_IF_PERMIT. */
  failMode?: 'open' | 'closed';
  /** Time budget of one decision (default 1,000 ms). */
  decisionTimeoutMs?: number;
  /** A connection idle this long is closed (default 600 s; Postfix drops idle ones after 300 s itself). */
  idleTimeoutMs?: number;
  maxConnections?: number;
  limits?: PolicyLimits;
  /** How often releases recorded by other processes are picked up, and profiles checkpointed. */
  releasePollMs?: number;
  checkpointMs?: number;
  /** Injected clock for events (default Date.now). */
  now?: () => number;
  /** Called after every answer with its time and whether it was the fail answer (metrics). */
  onDecision?: (answer: string, seconds: number, failed: boolean) => void;
  /** Structured log (one object per entry; never contains request contents beyond the subject). */
  log?: (entry: PolicyLogEntry) => void;
}

export interface PolicyServer {
  /** `HOST:PORT` actually bound. */
  address: string;
  port: number;
  monitor: OutboundMonitor | undefined;
  /** With sharedLog: the feed of every listener's events into this one's monitor. */
  shared: SharedWindows | undefined;
  readonly stats: { connections: number; requests: number; failOpen: number; violations: number; deferred: number };
  /** Stops accepting, lets answers in progress finish, closes connections, checkpoints. Idempotent. */
  close(): Promise<void>;
}

/**
 * Starts the policy server.
 * @example const srv = await startPolicyServer({ port: 10040 }); // main.cf: check_policy_service inet:127.0.0.1:10040
 */
export async function startPolicyServer(opts: PolicyServerOptions = {}): Promise<PolicyServer> {
  const log = opts.log ?? (() => undefined);
  const failAnswer = opts.failMode === 'closed' ? 'DEFER_IF_PERMIT 4.3.0 spamlab policy service unavailable' : 'DUNNO';
  const timeoutMs = opts.decisionTimeoutMs ?? 1_000;
  const idleMs = opts.idleTimeoutMs ?? 600_000;
  const limits = opts.limits ?? DEFAULT_POLICY_LIMITS;
  let ownState: OutboundState | undefined;
  let monitor = opts.monitor;
  if (!opts.decide && !monitor) {
    const state = opts.state ?? (ownState = await StoreOutboundState.open(await openStore(defaultStorePath()), true));
    monitor = new OutboundMonitor({
      ...opts.detector,
      state,
      alerts: opts.alerts ?? [new LogAlertSink((line) => log({ level: 'warn', msg: 'outbound incident', line: line.trim() }))],
      onAlertError: (sink, err) => log({ level: 'error', msg: 'alert failed', sink, error: (err as Error).message }),
    });
    if (!opts.sharedLog) await monitor.load();
  }
  const shared = monitor && opts.sharedLog ? new SharedWindows(monitor, opts.sharedLog) : undefined;
  const policy = monitor ? new OutboundPolicy(monitor, opts.rules ?? DEFAULT_OUTBOUND_RULES, opts.now) : undefined;
  const decide = opts.decide ?? (shared ? async (req: PolicyRequest) => (await policy!.decideShared(req, shared)).action : (req: PolicyRequest) => policy!.decide(req).action);
  const stats = { connections: 0, requests: 0, failOpen: 0, violations: 0, deferred: 0 };
  const sockets = new Set<Socket>();

  const answerOne = async (req: PolicyRequest): Promise<string> => {
    let timer: NodeJS.Timeout | undefined;
    const started = performance.now();
    try {
      const result = decide(req);
      const action = typeof result === 'string'
        ? result
        : await Promise.race([
            result,
            new Promise<never>((_, reject) => {
              timer = setTimeout(() => reject(new Error(`decision took longer than ${timeoutMs} ms`)), timeoutMs);
            }),
          ]);
      if (!action.startsWith('DUNNO')) {
        stats.deferred++;
        log({ level: 'info', msg: 'policy action', action: action.split(' ')[0], sasl: req.sasl_username || undefined, client: req.client_address, sender: req.sender });
      }
      opts.onDecision?.(action, (performance.now() - started) / 1000, false);
      return action;
    } catch (err) {
      stats.failOpen++;
      log({ level: 'error', msg: 'policy decision failed', error: (err as Error).message, answered: failAnswer });
      opts.onDecision?.(failAnswer, (performance.now() - started) / 1000, true);
      return failAnswer;
    } finally {
      if (timer) clearTimeout(timer);
    }
  };

  const server: Server = createServer((socket) => {
    if (sockets.size >= (opts.maxConnections ?? 1_000)) {
      log({ level: 'warn', msg: 'too many policy connections; refused one' });
      socket.destroy();
      return;
    }
    stats.connections++;
    sockets.add(socket);
    socket.setNoDelay(true);
    socket.setEncoding('utf8'); // SMTPUTF8 addresses arrive as UTF-8; split characters are reassembled
    socket.setTimeout(idleMs, () => socket.end());
    // Answers must go out in request order, even when a decision is asynchronous.
    let chain: Promise<void> = Promise.resolve();
    const parser = new PolicyRequestParser((r) => {
      if ('violation' in r) {
        stats.violations++;
        log({ level: 'warn', msg: 'policy protocol violation; closing the connection', reason: r.violation, client: socket.remoteAddress });
        chain = chain.then(() => {
          if (!socket.destroyed) socket.end(formatAnswer(failAnswer));
        });
        return;
      }
      stats.requests++;
      const req = r.request;
      chain = chain.then(async () => {
        const action = await answerOne(req);
        if (!socket.destroyed) socket.write(formatAnswer(action));
      });
    }, limits);
    socket.on('data', (chunk: string) => parser.push(chunk));
    socket.on('error', () => socket.destroy());
    socket.on('close', () => sockets.delete(socket));
  });
  server.maxConnections = opts.maxConnections ?? 1_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const timers: NodeJS.Timeout[] = [];
  if (monitor) {
    const m = monitor;
    timers.push(setInterval(() => {
      if (shared && !shared.loaded) return;
      m.pollReleases().catch((err) => log({ level: 'error', msg: 'release poll failed', error: (err as Error).message }));
    }, opts.releasePollMs ?? 2_000));
    timers.push(setInterval(() => {
      if (shared && !shared.loaded) return;
      m.detector.sweep((opts.now ?? Date.now)());
      m.checkpoint().catch((err) => log({ level: 'error', msg: 'checkpoint failed', error: (err as Error).message }));
    }, opts.checkpointMs ?? 60_000));
    if (shared) {
      void shared.ready().catch((err) => log({ level: 'error', msg: 'shared outbound state unreachable; answering the fail mode until it is back', error: (err as Error).message }));
      // Logged when reads start failing and when they work again, not every second while Redis is down.
      let failing = false;
      timers.push(setInterval(() => {
        shared.catchUp().then(
          () => {
            if (failing) log({ level: 'info', msg: 'shared outbound state readable again' });
            failing = false;
          },
          (err) => {
            if (!failing) log({ level: 'error', msg: 'shared outbound state read failed', error: (err as Error).message });
            failing = true;
          },
        );
      }, opts.catchUpMs ?? 1_000));
    }
    for (const t of timers) t.unref();
  }
  const addr = server.address() as AddressInfo;
  const host = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
  log({ level: 'info', msg: 'policy server listening', address: `${host}:${addr.port}` });

  let closing: Promise<void> | undefined;
  return {
    address: `${host}:${addr.port}`,
    port: addr.port,
    monitor,
    shared,
    stats,
    close: () =>
      (closing ??= (async () => {
        for (const t of timers) clearInterval(t);
        const done = new Promise<void>((resolve) => server.close(() => resolve()));
        for (const s of sockets) s.end();
        const force = setTimeout(() => { for (const s of sockets) s.destroy(); }, 2_000);
        await done;
        clearTimeout(force);
        if (monitor) await monitor.close();
        await ownState?.close();
        log({ level: 'info', msg: 'policy server stopped' });
      })()),
  };
}

