import { connect, type Socket } from 'node:net';

/**
 * A clamd client speaking INSTREAM (clamd(8)): `zINSTREAM\0`, then chunks each prefixed by a 4-byte
 * big-endian length, then a zero-length chunk; clamd answers `stream: OK`, `stream: <name> FOUND` or
 * `… ERROR`. Used as an injected service, so checks stay free of sockets and tests can fake it.
 */

export type ClamdResult = { status: 'clean' } | { status: 'infected'; signature: string } | { status: 'error'; message: string };

/** What the attachments family needs from ClamAV. */
export interface ClamdService {
  scan(bytes: Uint8Array): Promise<ClamdResult>;
}

export interface ClamdClientOptions {
  /** Unix socket path; when set, host/port are ignored. */
  socket?: string;
  host?: string;
  port?: number;
  timeoutMs?: number;
  /** Bytes per INSTREAM chunk. */
  chunkBytes?: number;
}

/** Parses clamd's reply line. @example parseClamdReply('stream: Eicar-Test-Signature FOUND') */
export function parseClamdReply(reply: string): ClamdResult {
  const line = reply.replace(/\0/g, '').trim();
  if (/: OK$/.test(line)) return { status: 'clean' };
  const found = /^(?:stream|[^:]*): (.+) FOUND$/.exec(line);
  if (found) return { status: 'infected', signature: found[1]! };
  return { status: 'error', message: line.slice(0, 200) || 'empty reply' };
}

/**
 * Creates a clamd client. Each scan opens one connection (clamd closes it after the reply).
 * @example const clamd = createClamdClient({ socket: '/run/clamav/clamd.ctl' }); await clamd.scan(bytes)
 */
export function createClamdClient(options: ClamdClientOptions): ClamdService {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const chunkBytes = options.chunkBytes ?? 64 * 1024;
  return {
    scan(bytes: Uint8Array): Promise<ClamdResult> {
      return new Promise((resolve) => {
        let settled = false;
        let reply = '';
        const finish = (result: ClamdResult, socket?: Socket): void => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          socket?.destroy();
          resolve(result);
        };
        const socket = options.socket ? connect({ path: options.socket }) : connect({ host: options.host ?? '127.0.0.1', port: options.port ?? 3310 });
        const timer = setTimeout(() => finish({ status: 'error', message: `no answer within ${timeoutMs} ms` }, socket), timeoutMs);
        socket.on('error', (err) => finish({ status: 'error', message: err.message }, socket));
        socket.on('data', (d) => {
          reply += d.toString('latin1');
          if (reply.includes('\0') || reply.includes('\n')) finish(parseClamdReply(reply), socket);
        });
        socket.on('end', () => finish(reply ? parseClamdReply(reply) : { status: 'error', message: 'connection closed without a reply' }, socket));
        socket.on('connect', () => {
          socket.write('zINSTREAM\0');
          for (let at = 0; at < bytes.length; at += chunkBytes) {
            const chunk = bytes.subarray(at, Math.min(bytes.length, at + chunkBytes));
            const len = Buffer.alloc(4);
            len.writeUInt32BE(chunk.length);
            socket.write(len);
            socket.write(chunk);
          }
          socket.write(Buffer.alloc(4));
        });
      });
    },
  };
}
