import { createServer, type Socket } from 'node:net';
import type { ScanReport } from '../../scan/report.js';
import { DEFAULT_ACTION_POLICY, type ActionPolicy } from '../../rules/actions.js';
import { SILENT_LOGGER, type FailMode, type MessageScanner, type MtaLogger } from '../types.js';
import { MilterProtocolError, PacketDecoder } from './protocol.js';
import { MilterSession, type MilterReportContext } from './session.js';

export interface MilterServerOptions {
  /** Scans each message (a Scanner, a ScanPool, or the runtime's scanner). */
  scanner: MessageScanner;
  /** Spam threshold written as `required=` (config.thresholds.spam). */
  threshold: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 0 (an ephemeral port; read it from `address`). */
  port?: number;
  /** Verdict + score → action (default: the shipped policy). */
  policy?: ActionPolicy;
  /**
   * On spamlab's own error or time-out: 'open' delivers the message (with X-Spamlab-Error), 'closed'
   * answers 451 so the sending MTA retries later. Default 'open': a filter should not become the outage.
   */
  failMode?: FailMode;
  /** Longest a scan may take before the fail mode applies (default 20 s, below Postfix's milter_content_timeout of 300 s). */
  scanTimeoutMs?: number;
  /** Bytes of a message kept for scanning (default 32 MiB, as limits.maxMessageBytes). */
  maxMessageBytes?: number;
  /** Largest milter packet accepted (default 1 MiB; Postfix sends body chunks of at most 64 KiB). */
  maxPacketBytes?: number;
  /** A connection with no packet for this long is closed (default 15 min; Postfix holds one per SMTP session). */
  idleTimeoutMs?: number;
  /** On close(), how long messages in progress may take to finish before their connections are cut (default 30 s). */
  closeGraceMs?: number;
  /** Reply for a rejected message; `%verdict` is replaced. */
  rejectReply?: string;
  /** Reply when failing closed. */
  tempfailReply?: string;
  logger?: MtaLogger;
  /** Called with every report (to store it); its errors are logged, never change the answer. */
  onReport?: (report: ScanReport, context: MilterReportContext) => void | Promise<void>;
}

export interface MilterServer {
  /** `host:port` it listens on, for Postfix's `smtpd_milters = inet:host:port`. */
  address: string;
  host: string;
  port: number;
  /** Stops accepting; messages in progress finish (up to closeGraceMs), then every connection closes. */
  close(): Promise<void>;
}

/**
 * Starts a milter (Sendmail milter protocol v6) listener that scans each message and answers by the
 * action policy: X-Spam-* / X-Spamlab-* headers, a tagged subject, quarantine (Postfix's hold queue) or
 * a 5xx reject. Postfix: `smtpd_milters = inet:127.0.0.1:PORT`, `milter_default_action = accept|tempfail`
 * (what Postfix does when this listener is down).
 *
 * @example
 * const milter = await startMilterServer({ scanner: new Scanner({ config }), threshold: config.thresholds.spam });
 * // … later
 * await milter.close();
 */
export async function startMilterServer(options: MilterServerOptions): Promise<MilterServer> {
  const logger = options.logger ?? SILENT_LOGGER;
  const settings = {
    scanner: options.scanner,
    policy: options.policy ?? DEFAULT_ACTION_POLICY,
    threshold: options.threshold,
    failMode: options.failMode ?? 'open',
    scanTimeoutMs: options.scanTimeoutMs ?? 20_000,
    maxMessageBytes: options.maxMessageBytes ?? 32 * 1024 * 1024,
    rejectReply: options.rejectReply ?? '550 5.7.1 Message refused: spamlab classified it as %verdict',
    tempfailReply: options.tempfailReply ?? '451 4.7.1 spamlab could not check this message; try again later',
    logger,
    ...(options.onReport ? { onReport: options.onReport } : {}),
  };
  const maxPacketBytes = options.maxPacketBytes ?? 1024 * 1024;
  const idleTimeoutMs = options.idleTimeoutMs ?? 15 * 60_000;
  const connections = new Map<Socket, MilterSession>();
  let closing = false;
  let nextId = 1;

  const server = createServer((socket) => {
    const id = `m${nextId++}`;
    const session = new MilterSession(settings, (packet) => socket.write(packet), id);
    connections.set(socket, session);
    const decoder = new PacketDecoder(maxPacketBytes);
    let chain = Promise.resolve();
    socket.setNoDelay(true);
    socket.setTimeout(idleTimeoutMs, () => {
      logger.warn({ milter: id }, 'milter connection idle too long: closed');
      socket.destroy();
    });
    socket.on('error', (error) => logger.warn({ milter: id, error: error.message }, 'milter connection error'));
    socket.on('close', () => connections.delete(socket));
    const protocolError = (error: unknown) => {
      // The MTA sees the connection drop and applies milter_default_action to this message.
      logger.error({ milter: id, error: String(error instanceof Error ? error.message : error) }, 'milter protocol error: connection dropped');
      socket.destroy();
    };
    socket.on('data', (chunk: Buffer) => {
      let packets;
      try {
        packets = decoder.push(chunk);
      } catch (error) {
        protocolError(error);
        return;
      }
      for (const packet of packets) {
        chain = chain.then(async () => {
          if (socket.destroyed) return;
          const scanning = packet.command === 'E';
          if (scanning) socket.pause();
          try {
            const next = await session.handle(packet);
            if (next === 'quit' || (closing && !session.busy)) finish(socket);
          } catch (error) {
            protocolError(error instanceof MilterProtocolError ? error : new Error(`internal error: ${String(error)}`));
          } finally {
            if (scanning && !socket.destroyed) socket.resume();
          }
        });
      }
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const bound = server.address() as { address: string; port: number };
  const host = bound.address;
  logger.info({ address: `${host}:${bound.port}`, failMode: settings.failMode }, 'milter listening');

  return {
    host,
    port: bound.port,
    address: `${host.includes(':') ? `[${host}]` : host}:${bound.port}`,
    async close() {
      if (closing) return;
      closing = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const [socket, session] of connections) if (!session.busy) finish(socket);
      const deadline = Date.now() + (options.closeGraceMs ?? 30_000);
      while (connections.size > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
      for (const socket of connections.keys()) socket.destroy();
      await closed;
      logger.info({}, 'milter closed');
    },
  };
}

/** Ends a connection once what was written is flushed. */
function finish(socket: Socket): void {
  socket.end(() => socket.destroy());
}
