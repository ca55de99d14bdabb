import { connect, type Socket } from 'node:net';
import { Action, Cmd, cstr, cstrings, encodePacket, PacketDecoder, Proto, Reply, type Packet } from '../mta/milter/protocol.js';

/** What the milter answered at end of message. */
export interface MilterVerdict {
  /** The final reply: continue, accept, reject, tempfail, discard, or replycode (then see `replyCode`). */
  final: 'continue' | 'accept' | 'reject' | 'tempfail' | 'discard' | 'replycode';
  replyCode?: string;
  addedHeaders: [string, string][];
  changedHeaders: { index: number; name: string; value: string }[];
  quarantine?: string;
}

export interface MilterMessage {
  raw: Buffer | string;
  mailFrom?: string;
  rcptTo?: string[];
  clientAddress?: string;
  clientHostname?: string;
  helo?: string;
  /** Macros sent before MAIL (e.g. { i: 'QUEUEID' }). */
  mailMacros?: Record<string, string>;
}

const ALL_ACTIONS = 0x1ff;
const FINAL: Record<string, MilterVerdict['final']> = {
  [Reply.CONTINUE]: 'continue',
  [Reply.ACCEPT]: 'accept',
  [Reply.REJECT]: 'reject',
  [Reply.TEMPFAIL]: 'tempfail',
  [Reply.DISCARD]: 'discard',
  [Reply.REPLYCODE]: 'replycode',
};

/**
 * A milter client that talks to a filter as Postfix does (protocol v6), for tests and the benchmark:
 * one connection, any number of messages (QUIT_NC between SMTP sessions is not needed here: each message
 * is its own MAIL transaction on one session).
 * @example const c = await MilterClient.connect(milter.address); const v = await c.check({ raw }); await c.quit();
 */
export class MilterClient {
  private readonly decoder = new PacketDecoder(16 * 1024 * 1024);
  private readonly queue: Packet[] = [];
  private waiter: ((packet: Packet | null) => void) | null = null;
  private ended = false;
  protocol = 0;
  actions = 0;

  private constructor(private readonly socket: Socket) {
    socket.on('data', (chunk: Buffer) => {
      for (const packet of this.decoder.push(chunk)) this.deliver(packet);
    });
    socket.on('close', () => {
      this.ended = true;
      this.waiter?.(null);
      this.waiter = null;
    });
    socket.on('error', () => undefined);
  }

  /** Connects and negotiates, offering what Postfix 3.7 offers (all actions, every step and NR_ flag). */
  static async connect(address: string, offer: { actions?: number; protocol?: number } = {}): Promise<MilterClient> {
    const [host, port] = splitAddress(address);
    const socket = connect(port, host);
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('error', reject);
    });
    socket.setNoDelay(true);
    const client = new MilterClient(socket);
    const protocolOffer = offer.protocol ?? 0x1fffff;
    socket.write(encodePacket(Cmd.OPTNEG, 6, offer.actions ?? ALL_ACTIONS, protocolOffer));
    const reply = await client.next();
    if (!reply || reply.command !== Reply.OPTNEG) throw new Error(`milter: no OPTNEG answer (${reply?.command})`);
    client.actions = reply.data.readUInt32BE(4);
    client.protocol = reply.data.readUInt32BE(8);
    return client;
  }

  /** Sends one message through connect … end of message and returns the filter's answer. */
  async check(message: MilterMessage, connectFirst = true): Promise<MilterVerdict> {
    const raw = typeof message.raw === 'string' ? Buffer.from(message.raw) : message.raw;
    if (connectFirst) {
      const addr = message.clientAddress ?? '192.0.2.10';
      await this.step(Cmd.CONNECT, Proto.NR_CONN, Proto.NOCONNECT, Buffer.concat([cstr(message.clientHostname ?? 'client.example'), Buffer.from('4'), u16(40000), cstr(addr)]));
      await this.step(Cmd.HELO, Proto.NR_HELO, Proto.NOHELO, cstr(message.helo ?? 'client.example'));
    }
    if (message.mailMacros) this.write(Cmd.MACRO, Buffer.concat([Buffer.from(Cmd.MAIL), ...Object.entries(message.mailMacros).flatMap(([k, v]) => [cstr(k), cstr(v)])]));
    await this.step(Cmd.MAIL, Proto.NR_MAIL, Proto.NOMAIL, cstr(`<${message.mailFrom ?? 'sender@example.org'}>`));
    for (const rcpt of message.rcptTo ?? ['rcpt@example.test']) await this.step(Cmd.RCPT, Proto.NR_RCPT, Proto.NORCPT, cstr(`<${rcpt}>`));
    await this.step(Cmd.DATA, Proto.NR_DATA, Proto.NODATA, Buffer.alloc(0));
    const { headers, body } = splitMessage(raw);
    const lead = this.protocol & Proto.HDR_LEADSPC;
    for (const [name, value] of headers) {
      await this.step(Cmd.HEADER, Proto.NR_HDR, Proto.NOHDRS, Buffer.concat([latin1z(name), latin1z(lead ? value : value.replace(/^ /, ''))]));
    }
    await this.step(Cmd.EOH, Proto.NR_EOH, Proto.NOEOH, Buffer.alloc(0));
    let skipping = false;
    for (let i = 0; i < body.length && !skipping && !(this.protocol & Proto.NOBODY); i += 65535) {
      this.write(Cmd.BODY, body.subarray(i, i + 65535));
      if (!(this.protocol & Proto.NR_BODY)) {
        const reply = await this.next();
        if (!reply) throw new Error('milter closed the connection during BODY');
        if (reply.command === Reply.SKIP) skipping = true;
        else if (reply.command !== Reply.CONTINUE) return { final: FINAL[reply.command] ?? 'continue', addedHeaders: [], changedHeaders: [] };
      }
    }
    this.write(Cmd.BODYEOB, Buffer.alloc(0));
    const verdict: MilterVerdict = { final: 'continue', addedHeaders: [], changedHeaders: [] };
    for (;;) {
      const reply = await this.next();
      if (!reply) throw new Error('milter closed the connection before answering end of message');
      if (reply.command === Reply.ADDHEADER) {
        const [name, value] = cstrings(reply.data);
        verdict.addedHeaders.push([name!, value ?? '']);
      } else if (reply.command === Reply.CHGHEADER) {
        const [name, value] = cstrings(reply.data.subarray(4));
        verdict.changedHeaders.push({ index: reply.data.readUInt32BE(0), name: name!, value: value ?? '' });
      } else if (reply.command === Reply.QUARANTINE) {
        verdict.quarantine = cstrings(reply.data)[0] ?? '';
      } else if (reply.command === Reply.PROGRESS) {
        continue;
      } else if (FINAL[reply.command]) {
        verdict.final = FINAL[reply.command]!;
        if (reply.command === Reply.REPLYCODE) verdict.replyCode = cstrings(reply.data)[0] ?? '';
        return verdict;
      } else {
        throw new Error(`milter: unexpected reply '${reply.command}' at end of message`);
      }
    }
  }

  /** Sends a raw packet (for protocol tests). */
  write(command: string, data: Buffer): void {
    this.socket.write(encodePacket(command, data));
  }

  /** The next packet from the filter, or null once the connection closed. */
  next(): Promise<Packet | null> {
    const queued = this.queue.shift();
    if (queued) return Promise.resolve(queued);
    if (this.ended) return Promise.resolve(null);
    return new Promise((resolve) => (this.waiter = resolve));
  }

  async quit(): Promise<void> {
    if (!this.ended) this.socket.end(encodePacket(Cmd.QUIT));
    await new Promise<void>((resolve) => (this.ended ? resolve() : this.socket.once('close', () => resolve())));
  }

  destroy(): void {
    this.socket.destroy();
  }

  private deliver(packet: Packet): void {
    const waiter = this.waiter;
    if (waiter) {
      this.waiter = null;
      waiter(packet);
    } else this.queue.push(packet);
  }

  private async step(command: string, noReplyFlag: number, skipFlag: number, data: Buffer): Promise<void> {
    if (this.protocol & skipFlag) return;
    this.write(command, data);
    if (this.protocol & noReplyFlag) return;
    const reply = await this.next();
    if (!reply) throw new Error(`milter closed the connection after '${command}'`);
    if (reply.command !== Reply.CONTINUE) throw new Error(`milter answered '${reply.command}' to '${command}'`);
  }
}

export const ALL_MILTER_ACTIONS = ALL_ACTIONS;
export { Action, Proto };

function splitAddress(address: string): [string, number] {
  const at = address.lastIndexOf(':');
  return [address.slice(0, at).replace(/^\[|\]$/g, ''), Number(address.slice(at + 1))];
}

/** A NUL-terminated string of the original bytes (headers are handled as latin1 so 8-bit bytes survive). */
function latin1z(text: string): Buffer {
  return Buffer.concat([Buffer.from(text, 'latin1'), Buffer.from([0])]);
}

function u16(n: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeUInt16BE(n, 0);
  return b;
}

/** Splits a raw message into header fields (value with its leading space, folds as LF) and the body. */
export function splitMessage(raw: Buffer): { headers: [string, string][]; body: Buffer } {
  const text = raw.toString('latin1');
  const match = /\r?\n\r?\n/.exec(text);
  const headerEnd = match ? match.index : text.length;
  const bodyStart = match ? match.index + match[0].length : text.length;
  const headers: [string, string][] = [];
  for (const line of text.slice(0, headerEnd).split(/\r?\n/)) {
    if (/^[ \t]/.test(line) && headers.length) headers[headers.length - 1]![1] += `\n${line}`;
    else {
      const colon = line.indexOf(':');
      if (colon > 0) headers.push([line.slice(0, colon), line.slice(colon + 1)]);
    }
  }
  const body = Buffer.from(text.slice(bodyStart).replace(/\r?\n/g, '\r\n'), 'latin1');
  return { headers, body };
}
