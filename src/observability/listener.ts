/**
 * A small HTTP listener with only /healthz, /readyz and /metrics, for processes that have no API server
 * (`spamlab worker --metrics HOST:PORT`). GET and HEAD only, no bodies read, short time-outs, graceful close.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { opsAnswer, type OpsEndpoints } from './endpoints.js';

export interface OpsListenerOptions extends OpsEndpoints {
  /** Default 127.0.0.1 (nothing exposed unless asked). */
  host?: string;
  /** 0 picks a free port (tests). */
  port: number;
  /** Called when answering fails (the answer is then a 500). */
  onError?: (err: unknown) => void;
}

export interface OpsListener {
  /** `http://host:port`. */
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Starts the listener.
 * @example const ops = await startOpsListener({ port: 9464, metrics, readiness: [queueCheck] }); // curl localhost:9464/metrics
 */
export async function startOpsListener(options: OpsListenerOptions): Promise<OpsListener> {
  const server: Server = createServer({ requestTimeout: 10_000, headersTimeout: 5_000, keepAliveTimeout: 5_000 }, (req, res) => {
    const path = (req.url ?? '/').split('?', 1)[0]!;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain' }).end('method not allowed\n');
      return;
    }
    opsAnswer(path, options).then(
      (answer) => {
        if (!answer) res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found: /healthz, /readyz, /metrics\n');
        else res.writeHead(answer.status, { 'Content-Type': answer.contentType, 'Cache-Control': 'no-store' }).end(req.method === 'HEAD' ? undefined : answer.body);
      },
      (err: unknown) => {
        options.onError?.(err);
        if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
        res.end('internal error\n');
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.address.includes(':') ? `[${address.address}]` : address.address;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${host}:${address.port}`,
    port: address.port,
    close: () =>
      (closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        // Scrapes are short: whatever still runs after a second is cut.
        setTimeout(() => server.closeAllConnections(), 1_000).unref();
      })),
  };
}
