import { createServer, type Server, type Socket } from 'node:net';

/** One message as a client handed it over: envelope and the raw bytes after dot-unstuffing. */
export interface SunkMessage {
  mailFrom: string;
  rcptTo: string[];
  /** The message as received (CRLF line ends, dot-stuffing removed, without the final "."). */
  data: Buffer;
  /** The headers of `data` decoded as latin1 (so 8-bit bytes survive), for assertions. */
  headerText: string;
}

export interface SmtpSink {
  host: string;
  port: number;
  /** `host:port`. */
  address: string;
  readonly messages: SunkMessage[];
  /** Resolves when `count` messages arrived in total; rejects after `timeoutMs` with what did arrive. */
  waitForMessages(count: number, timeoutMs?: number): Promise<SunkMessage[]>;
  close(): Promise<void>;
}

const MAX_MESSAGE_BYTES = 64 * 1024 * 1024;

/**
 * A loopback SMTP server (RFC 5321 subset: EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP, QUIT) that keeps what
 * it receives, so a test can see what a real MTA delivered. Listens on an ephemeral port of 127.0.0.1.
 * @example const sink = await startSmtpSink(); … const [msg] = await sink.waitForMessages(1);
 */
export async function startSmtpSink(): Promise<SmtpSink> {
  const messages: SunkMessage[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];
  const sockets = new Set<Socket>();
  const arrived = (message: SunkMessage) => {
    messages.push(message);
    for (const waiter of [...waiters]) {
      if (messages.length >= waiter.count) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    }
  };
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    serveSmtp(socket, arrived);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as { port: number };
  return {
    host: '127.0.0.1',
    port,
    address: `127.0.0.1:${port}`,
    messages,
    waitForMessages(count, timeoutMs = 15_000) {
      if (messages.length >= count) return Promise.resolve(messages.slice());
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.splice(waiters.indexOf(waiter), 1);
          reject(new Error(`smtp sink: ${messages.length} of ${count} messages arrived within ${timeoutMs} ms`));
        }, timeoutMs);
        const waiter = {
          count,
          resolve: () => {
            clearTimeout(timer);
            resolve(messages.slice());
          },
        };
        waiters.push(waiter);
      });
    },
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

function serveSmtp(socket: Socket, arrived: (message: SunkMessage) => void): void {
  let buffer = Buffer.alloc(0);
  let inData = false;
  let dataLines: Buffer[] = [];
  let dataBytes = 0;
  let mailFrom = '';
  let rcptTo: string[] = [];
  const reply = (line: string) => socket.write(`${line}\r\n`);
  socket.on('error', () => socket.destroy());
  reply('220 sink.spamlab.test ESMTP test sink');
  socket.on('data', (chunk: Buffer) => {
    buffer = Buffer.concat([buffer, chunk]);
    let newline: number;
    while ((newline = buffer.indexOf(10)) >= 0) {
      const raw = buffer.subarray(0, newline + 1);
      buffer = buffer.subarray(newline + 1);
      const line = raw.toString('latin1').replace(/\r?\n$/, '');
      if (inData) {
        if (line === '.') {
          inData = false;
          const data = Buffer.concat(dataLines);
          dataLines = [];
          const text = data.toString('latin1');
          const end = text.indexOf('\r\n\r\n');
          arrived({ mailFrom, rcptTo, data, headerText: end >= 0 ? text.slice(0, end + 2) : text });
          rcptTo = [];
          reply('250 2.0.0 Ok: kept');
        } else {
          // RFC 5321 §4.5.2: a leading dot was doubled by the sender.
          const body = raw[0] === 0x2e ? raw.subarray(1) : raw;
          dataBytes += body.length;
          if (dataBytes <= MAX_MESSAGE_BYTES) dataLines.push(Buffer.from(body));
        }
        continue;
      }
      const verb = line.slice(0, 4).toUpperCase();
      if (verb === 'EHLO') reply('250-sink.spamlab.test\r\n250-8BITMIME\r\n250-SMTPUTF8\r\n250 PIPELINING');
      else if (verb === 'HELO') reply('250 sink.spamlab.test');
      else if (verb === 'MAIL') {
        mailFrom = /<([^>]*)>/.exec(line)?.[1] ?? '';
        rcptTo = [];
        reply('250 2.1.0 Ok');
      } else if (verb === 'RCPT') {
        rcptTo.push(/<([^>]*)>/.exec(line)?.[1] ?? '');
        reply('250 2.1.5 Ok');
      } else if (verb === 'DATA') {
        inData = true;
        dataBytes = 0;
        reply('354 End data with <CR><LF>.<CR><LF>');
      } else if (verb === 'RSET') {
        mailFrom = '';
        rcptTo = [];
        reply('250 2.0.0 Ok');
      } else if (verb === 'NOOP') reply('250 2.0.0 Ok');
      else if (verb === 'QUIT') {
        reply('221 2.0.0 Bye');
        socket.end();
      } else reply('502 5.5.2 Error: command not recognized');
    }
  });
}
