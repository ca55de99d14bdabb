import { createServer, type Socket } from 'node:net';
import { createInflate } from 'node:zlib';
import type { ScanReport } from '../../scan/report.js';
import { decideAction, DEFAULT_ACTION_POLICY, type ActionDecision, type ActionPolicy } from '../../rules/actions.js';
import { isSpam, reportHeaders } from '../report-headers.js';
import { SILENT_LOGGER, withTimeout, type FailMode, type MessageScanner, type MtaLogger } from '../types.js';
import { EX, formatError, formatResponse, parseRequestHead, spamHeaderValue, SpamdProtocolError, type SpamdRequest } from './protocol.js';
import { reportText, rewriteMessage, symbolsText } from './rewrite.js';

/** What TELL asks for: learn a message as spam or ham, or forget it. */
export interface LearnRequest {
  raw: Uint8Array;
  /** Absent when only forgetting. */
  label?: 'spam' | 'ham';
  op: 'learn' | 'forget';
  /** The `User:` the client sent (spamc sends the local user name). */
  user: string;
}

export interface SpamdServerOptions {
  scanner: MessageScanner;
  /** Spam threshold reported as `/ threshold` (config.thresholds.spam). */
  threshold: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 0 (ephemeral; read `address`). */
  port?: number;
  /** Decides the X-Spamlab-Action header and the subject tag of PROCESS/HEADERS (default: the shipped policy). */
  policy?: ActionPolicy;
  /**
   * On spamlab's own error or time-out: 'open' answers "not spam" (PROCESS adds X-Spamlab-Error), 'closed'
   * answers EX_TEMPFAIL so spamc reports the failure (and with -x the caller keeps the mail). Default 'open'.
   */
  failMode?: FailMode;
  scanTimeoutMs?: number;
  /** Bytes of a message kept for scanning (default 32 MiB); the rest is read, counted and the cut is a finding. */
  maxMessageBytes?: number;
  /** A request whose Content-length exceeds this is refused without reading it (default 4 × maxMessageBytes). */
  maxRequestBytes?: number;
  /** Longest request head (request line + headers), default 16 KiB. */
  maxHeadBytes?: number;
  /** A client that sends nothing for this long is dropped (default 30 s). */
  idleTimeoutMs?: number;
  /** On close(), how long requests in progress may take (default 30 s). */
  closeGraceMs?: number;
  /** Simultaneous connections (default 256); one more is closed at once (spamc reports it and falls back), never queued in memory. */
  maxConnections?: number;
  /** TELL is refused unless this is set: learning changes what every later scan says. */
  learn?: (request: LearnRequest) => Promise<void>;
  logger?: MtaLogger;
  /** Called with every report (to store it) and the message as scanned; its errors are logged only. */
  onReport?: (report: ScanReport, context: { decision: ActionDecision; raw: Uint8Array }) => void | Promise<void>;
}

export interface SpamdServer {
  address: string;
  host: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Starts a spamd-protocol (SPAMC/SPAMD 1.5) listener, so setups built for SpamAssassin's `spamc` use
 * spamlab unchanged: `spamc -d HOST -p PORT -c` exits 1 for spam and 0 for ham; `-y` lists finding ids;
 * `-R` prints the report; by default it returns the message with X-Spam-* headers.
 *
 * @example
 * const spamd = await startSpamdServer({ scanner: new Scanner({ config }), threshold: config.thresholds.spam });
 * // spamc -d 127.0.0.1 -p ${spamd.port} -c < message.eml
 */
export async function startSpamdServer(options: SpamdServerOptions): Promise<SpamdServer> {
  const logger = options.logger ?? SILENT_LOGGER;
  const policy = options.policy ?? DEFAULT_ACTION_POLICY;
  const failMode = options.failMode ?? 'open';
  const maxMessageBytes = options.maxMessageBytes ?? 32 * 1024 * 1024;
  const maxRequestBytes = options.maxRequestBytes ?? 4 * maxMessageBytes;
  const maxHeadBytes = options.maxHeadBytes ?? 16 * 1024;
  const scanTimeoutMs = options.scanTimeoutMs ?? 20_000;
  const active = new Set<Socket>();
  const busy = new Set<Socket>();
  let closing = false;
  let nextId = 1;

  // allowHalfOpen: spamc shuts down its sending side after the message and then waits for the answer.
  const server = createServer({ allowHalfOpen: true }, (socket) => {
    const id = `s${nextId++}`;
    active.add(socket);
    socket.on('close', () => {
      active.delete(socket);
      busy.delete(socket);
    });
    socket.on('error', (error) => logger.warn({ spamd: id, error: error.message }, 'spamd connection error'));
    socket.setTimeout(options.idleTimeoutMs ?? 30_000, () => {
      if (!socket.writableEnded) socket.end(formatError(EX.TIMEOUT, 'timed out reading the request'));
      socket.destroy();
    });
    readRequest(socket, maxHeadBytes, maxRequestBytes, maxMessageBytes)
      .then(async (request) => {
        busy.add(socket);
        const response = await answer(request, id);
        busy.delete(socket);
        if (response) socket.end(response);
        else socket.end();
      })
      .catch((error: unknown) => {
        busy.delete(socket);
        if (error instanceof SpamdProtocolError) {
          logger.warn({ spamd: id, code: error.code, error: error.message }, 'spamd request refused');
          if (!socket.destroyed) socket.end(formatError(error.code, error.message));
        } else {
          logger.error({ spamd: id, error: String(error) }, 'spamd internal error');
          if (!socket.destroyed) socket.end(formatError(EX.SOFTWARE, 'internal error'));
        }
      });
  });
  server.maxConnections = options.maxConnections ?? 256;

  async function answer(request: ReadRequest, id: string): Promise<Buffer | null> {
    const { head, raw, total } = request;
    switch (head.verb) {
      case 'PING':
        return formatResponse(EX.OK, 'PONG', []);
      case 'SKIP':
        return null;
      case 'TELL':
        return tell(head, raw, id);
      default:
        break;
    }
    const source = `spamd:${id}`;
    // A message cut at the size cap cannot be returned whole: refused before scanning (spamc then passes
    // the message on unchanged); HEADERS (spamc --headers) and CHECK work at any size.
    if (head.verb === 'PROCESS' && total > maxMessageBytes) {
      throw new SpamdProtocolError(EX.DATAERR, `message of ${total} bytes is over the ${maxMessageBytes}-byte limit of PROCESS; use HEADERS (spamc --headers) or CHECK`);
    }
    // A worker pool takes the bytes it is given (transferred, not copied): keep ours when we answer with them.
    const needsMessage = head.verb === 'PROCESS' || head.verb === 'HEADERS' || options.onReport !== undefined;
    const scanned = needsMessage ? Buffer.from(raw) : raw;
    let report: ScanReport | undefined;
    let failure = '';
    try {
      const outcome = await withTimeout(
        Promise.resolve(options.scanner.scan({ source, raw: scanned, ...(total > raw.byteLength ? { fullSize: total } : {}) })),
        scanTimeoutMs,
      );
      if (outcome === 'timeout') failure = `scan timed out after ${scanTimeoutMs} ms`;
      else if ('error' in outcome) failure = outcome.error;
      else report = { ...outcome, size: total };
    } catch (error) {
      failure = error instanceof Error ? error.message : String(error);
    }
    if (!report) {
      logger.error({ spamd: id, verb: head.verb, failMode, error: failure }, 'spamd could not scan a message');
      if (failMode === 'closed') return formatError(EX.TEMPFAIL, `spamlab could not check the message: ${failure.slice(0, 200)}`);
      return unscanned(head, raw, failure);
    }
    const decision = decideAction(policy, report);
    const spam = isSpam(report);
    const spamHeader: [string, string] = ['Spam', spamHeaderValue(spam, report.score, options.threshold)];
    logger.info({ spamd: id, verb: head.verb, verdict: report.verdict, score: report.score, action: decision.action, size: total }, 'spamd scanned a message');
    if (options.onReport) {
      try {
        await options.onReport(report, { decision, raw });
      } catch (error) {
        logger.error({ spamd: id, error: String(error) }, 'spamd onReport failed');
      }
    }
    switch (head.verb) {
      case 'CHECK':
        return formatResponse(EX.OK, 'EX_OK', [spamHeader]);
      case 'SYMBOLS':
        return formatResponse(EX.OK, 'EX_OK', [spamHeader], Buffer.from(symbolsText(report)));
      case 'REPORT':
        return formatResponse(EX.OK, 'EX_OK', [spamHeader], Buffer.from(reportText(report, options.threshold)));
      case 'REPORT_IFSPAM':
        return formatResponse(EX.OK, 'EX_OK', [spamHeader], Buffer.from(spam ? reportText(report, options.threshold) : ''));
      case 'PROCESS':
      case 'HEADERS': {
        const added = reportHeaders(report, { threshold: options.threshold, action: decision.action, verdictHeader: policy.header });
        if (total > maxMessageBytes) added.push(['X-Spamlab-Truncated', `scanned the first ${maxMessageBytes} of ${total} bytes`]);
        const rewritten = rewriteMessage(raw, added, decision.action === 'tag_subject' ? policy.subjectTag : null);
        const body = head.verb === 'HEADERS' ? rewritten.headers : Buffer.concat([rewritten.headers, rewritten.body]);
        return formatResponse(EX.OK, 'EX_OK', [spamHeader], body);
      }
      default:
        throw new SpamdProtocolError(EX.PROTOCOL, `unsupported command ${head.verb}`);
    }
  }

  /** Fail open: the answer of a clean message, marked so that nobody mistakes it for a verdict. */
  function unscanned(head: SpamdRequest, raw: Buffer, failure: string): Buffer {
    const spamHeader: [string, string] = ['Spam', spamHeaderValue(false, 0, options.threshold)];
    if (head.verb === 'PROCESS' || head.verb === 'HEADERS') {
      const rewritten = rewriteMessage(raw, [['X-Spamlab-Error', `unscanned: ${failure.slice(0, 200)}`]], null);
      const body = head.verb === 'HEADERS' ? rewritten.headers : Buffer.concat([rewritten.headers, rewritten.body]);
      return formatResponse(EX.OK, 'EX_OK', [spamHeader], body);
    }
    if (head.verb === 'CHECK') return formatResponse(EX.OK, 'EX_OK', [spamHeader]);
    return formatResponse(EX.OK, 'EX_OK', [spamHeader], Buffer.alloc(0));
  }

  async function tell(head: SpamdRequest, raw: Buffer, id: string): Promise<Buffer> {
    if (!options.learn) throw new SpamdProtocolError(EX.UNAVAILABLE, 'TELL is not enabled on this server (learning from spamc is off)');
    const set = listHeader(head.headers.get('set'));
    const remove = listHeader(head.headers.get('remove'));
    const messageClass = head.headers.get('message-class')?.toLowerCase();
    if (!set.length && !remove.length) throw new SpamdProtocolError(EX.PROTOCOL, 'TELL needs a Set or Remove header');
    if (set.some((d) => remove.includes(d))) throw new SpamdProtocolError(EX.PROTOCOL, 'TELL cannot Set and Remove the same database');
    if (set.length && messageClass !== 'spam' && messageClass !== 'ham') throw new SpamdProtocolError(EX.PROTOCOL, 'TELL with Set needs Message-class: spam or ham');
    const user = head.headers.get('user') ?? '';
    const headers: [string, string][] = [];
    // Only the local database exists here; "remote" (Razor/Pyzor reporting in SpamAssassin) is not offered.
    try {
      if (remove.includes('local')) {
        await options.learn({ raw, op: 'forget', user, ...(messageClass === 'spam' || messageClass === 'ham' ? { label: messageClass } : {}) });
        headers.push(['DidRemove', 'local']);
      }
      if (set.includes('local')) {
        await options.learn({ raw, op: 'learn', label: messageClass as 'spam' | 'ham', user });
        headers.push(['DidSet', 'local']);
      }
    } catch (error) {
      throw new SpamdProtocolError(EX.UNAVAILABLE, `learning failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    logger.info({ spamd: id, set, remove, messageClass, user }, 'spamd TELL');
    return formatResponse(EX.OK, 'EX_OK', headers);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const bound = server.address() as { address: string; port: number };
  logger.info({ address: `${bound.address}:${bound.port}`, failMode, tell: Boolean(options.learn) }, 'spamd listening');
  return {
    host: bound.address,
    port: bound.port,
    address: `${bound.address.includes(':') ? `[${bound.address}]` : bound.address}:${bound.port}`,
    async close() {
      if (closing) return;
      closing = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Connections still sending or being answered finish (up to the grace time); the rest are cut now.
      const deadline = Date.now() + (options.closeGraceMs ?? 30_000);
      while (active.size > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
      for (const socket of active) socket.destroy();
      await closed;
      logger.info({}, 'spamd closed');
    },
  };
}

function listHeader(value: string | undefined): string[] {
  return value ? value.split(',').map((v) => v.trim().toLowerCase()).filter(Boolean) : [];
}

interface ReadRequest {
  head: SpamdRequest;
  /** The message (decompressed), at most maxMessageBytes + 1 bytes. */
  raw: Buffer;
  /** The message's real size (a lower bound when decompression stopped at the cap). */
  total: number;
}

/**
 * Reads one request: the head up to the blank line, then Content-length bytes (or to end of stream).
 * Bounded: the head by maxHeadBytes, the declared length by maxRequestBytes, the bytes kept by
 * maxMessageBytes + 1 (the parser sees there was more and reports the cut). `Compress: zlib` bodies are
 * inflated as they arrive, and inflating stops at the same cap (a zip bomb costs nothing more).
 */
function readRequest(socket: Socket, maxHeadBytes: number, maxRequestBytes: number, maxMessageBytes: number): Promise<ReadRequest> {
  return new Promise((resolve, reject) => {
    let headBuffer = Buffer.alloc(0);
    let head: SpamdRequest | null = null;
    let received = 0;
    let kept: Buffer[] = [];
    let keptBytes = 0;
    let total = 0;
    let inflate: ReturnType<typeof createInflate> | null = null;
    let inflateDone: Promise<void> | null = null;
    let settled = false;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      socket.off('data', onData);
      inflate?.destroy();
      reject(error);
    };
    const keep = (bytes: Buffer) => {
      total += bytes.length;
      const room = maxMessageBytes + 1 - keptBytes;
      if (room <= 0) return;
      const part = bytes.length <= room ? bytes : bytes.subarray(0, room);
      kept.push(Buffer.from(part));
      keptBytes += part.length;
    };
    const finish = async () => {
      if (settled) return;
      socket.off('data', onData);
      socket.off('end', onEnd);
      if (inflate) {
        inflate.end();
        try {
          await inflateDone;
        } catch (error) {
          return fail(new SpamdProtocolError(EX.DATAERR, `Compress: zlib body does not inflate: ${(error as Error).message}`));
        }
      }
      settled = true;
      resolve({ head: head!, raw: Buffer.concat(kept, keptBytes), total });
      kept = [];
    };
    const body = (bytes: Buffer) => {
      received += bytes.length;
      if (inflate) inflate.write(bytes);
      else keep(bytes);
    };
    const startBody = (rest: Buffer) => {
      const h = head!;
      if (h.verb === 'PING' || h.verb === 'SKIP') return void finish();
      if (h.contentLength !== null && h.contentLength > maxRequestBytes) {
        return fail(new SpamdProtocolError(EX.DATAERR, `Content-length ${h.contentLength} is over the limit of ${maxRequestBytes} bytes`));
      }
      const compress = h.headers.get('compress');
      if (compress !== undefined) {
        if (compress.toLowerCase() !== 'zlib') return fail(new SpamdProtocolError(EX.PROTOCOL, `unsupported Compress: ${compress} (only zlib)`));
        inflate = createInflate();
        inflateDone = new Promise<void>((done, broken) => {
          inflate!.on('data', (chunk: Buffer) => {
            keep(chunk);
            // Past the cap nothing more is kept; stop inflating instead of counting a bomb to its end.
            if (keptBytes > maxMessageBytes) {
              inflate!.removeAllListeners('data');
              inflate!.destroy();
              done();
            }
          });
          inflate!.on('end', () => done());
          inflate!.on('close', () => done());
          inflate!.on('error', broken);
        });
      }
      if (rest.length) consume(rest);
      else if (h.contentLength === 0) void finish();
    };
    const consume = (bytes: Buffer) => {
      const h = head!;
      if (h.contentLength === null) return body(bytes);
      const need = h.contentLength - received;
      body(bytes.length > need ? bytes.subarray(0, need) : bytes);
      if (received >= h.contentLength) void finish();
    };
    const onData = (chunk: Buffer) => {
      if (settled) return;
      if (head) return consume(chunk);
      headBuffer = Buffer.concat([headBuffer, chunk]);
      const end = findHeadEnd(headBuffer);
      if (end === null) {
        if (headBuffer.length > maxHeadBytes) fail(new SpamdProtocolError(EX.PROTOCOL, `request head over ${maxHeadBytes} bytes`));
        return;
      }
      if (end.index > maxHeadBytes) return fail(new SpamdProtocolError(EX.PROTOCOL, `request head over ${maxHeadBytes} bytes`));
      try {
        head = parseRequestHead(headBuffer.subarray(0, end.index).toString('latin1'));
      } catch (error) {
        return fail(error);
      }
      const rest = headBuffer.subarray(end.index + end.length);
      headBuffer = Buffer.alloc(0);
      startBody(rest);
    };
    const onEnd = () => {
      if (settled) return;
      if (!head) {
        // PING from old clients may end without the blank line.
        try {
          head = parseRequestHead(headBuffer.toString('latin1').replace(/\r?\n$/, ''));
        } catch (error) {
          return fail(error);
        }
        if (head.verb === 'PING' || head.verb === 'SKIP') return void finish();
        return fail(new SpamdProtocolError(EX.PROTOCOL, 'connection ended before the request head was complete'));
      }
      if (head.contentLength !== null && received < head.contentLength) {
        return fail(new SpamdProtocolError(EX.PROTOCOL, `connection ended after ${received} of ${head.contentLength} bytes`));
      }
      void finish();
    };
    socket.on('data', onData);
    socket.on('end', onEnd);
  });
}

function findHeadEnd(buffer: Buffer): { index: number; length: number } | null {
  const crlf = buffer.indexOf('\r\n\r\n');
  const lf = buffer.indexOf('\n\n');
  if (crlf < 0 && lf < 0) return null;
  if (lf >= 0 && (crlf < 0 || lf < crlf)) return { index: lf, length: 2 };
  return { index: crlf, length: 4 };
}
