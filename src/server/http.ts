import type { AddressInfo } from 'node:net';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import type { Logger } from 'pino';

export interface HttpTimeouts {
  /** Whole request (headers and body) must arrive within this (slow-loris bound). Default 60 s. */
  requestMs?: number;
  /** Headers must arrive within this. Default 15 s. */
  headersMs?: number;
  /** An idle keep-alive connection is closed after this. Default 5 s. */
  keepAliveMs?: number;
  /** On close, requests still running after this are cut. Default 30 s. */
  drainMs?: number;
}

export interface RunningHttpServer {
  host: string;
  port: number;
  /** `http://host:port` (IPv6 hosts in brackets). */
  url: string;
  /** Stops accepting, lets requests in flight finish (up to drainMs), then closes every connection. */
  close(): Promise<void>;
}

/**
 * Serves a fetch handler (a Hono app's `app.fetch`) on a Node HTTP server with bounded time-outs and a
 * graceful close. Port 0 picks a free port (tests).
 * @example const server = await startHttpServer(app.fetch, { host: '127.0.0.1', port: 0, logger });
 */
export async function startHttpServer(
  fetch: (request: Request) => Response | Promise<Response>,
  options: { host: string; port: number; logger: Logger; timeouts?: HttpTimeouts },
): Promise<RunningHttpServer> {
  const timeouts = { requestMs: 60_000, headersMs: 15_000, keepAliveMs: 5_000, drainMs: 30_000, ...options.timeouts };
  const listener = getRequestListener(fetch);
  let inFlight = 0;
  let drained: (() => void) | undefined;
  const server = createServer({ requestTimeout: timeouts.requestMs, headersTimeout: timeouts.headersMs, keepAliveTimeout: timeouts.keepAliveMs }, (req: IncomingMessage, res: ServerResponse) => {
    inFlight++;
    res.once('close', () => {
      inFlight--;
      if (inFlight === 0) drained?.();
    });
    void listener(req, res);
  });
  server.on('clientError', (err, socket) => {
    options.logger.debug({ err: err.message }, 'http client error');
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.address;
  let closing: Promise<void> | undefined;
  return {
    host,
    port: address.port,
    url: `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`,
    close() {
      closing ??= (async () => {
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        if (inFlight > 0) {
          const done = new Promise<void>((resolve) => (drained = resolve));
          let timer: NodeJS.Timeout | undefined;
          const late = new Promise<void>((resolve) => (timer = setTimeout(resolve, timeouts.drainMs)));
          await Promise.race([done, late]);
          clearTimeout(timer);
          if (inFlight > 0) options.logger.warn({ inFlight }, 'http: requests still running at the end of the drain time were cut');
        }
        server.closeAllConnections();
        await closed;
      })();
      return closing;
    },
  };
}

/**
 * `HOST:PORT`, `[IPv6]:PORT`, `:PORT` or `PORT` (loopback) → host and port.
 * @example parseListenAddress('127.0.0.1:8788') // { host: '127.0.0.1', port: 8788 }
 */
export function parseListenAddress(text: string, defaultHost = '127.0.0.1'): { host: string; port: number } {
  const trimmed = text.trim();
  let host = defaultHost;
  let portText = trimmed;
  const v6 = /^\[([^\]]+)\]:(\d+)$/.exec(trimmed);
  if (v6) {
    host = v6[1]!;
    portText = v6[2]!;
  } else if (trimmed.includes(':')) {
    const at = trimmed.lastIndexOf(':');
    host = trimmed.slice(0, at) || defaultHost;
    portText = trimmed.slice(at + 1);
  }
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535) throw new Error(`not a HOST:PORT address: ${text}`);
  if (host.includes(':') && !v6) throw new Error(`write an IPv6 address in brackets: [${host}]:${portText}`);
  return { host, port };
}
