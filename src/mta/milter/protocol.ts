/**
 * The Sendmail milter wire protocol, version 6 (libmilter's mfdef.h, as Postfix speaks it since 2.6):
 * every packet is a 4-byte big-endian length (command byte included), one command byte, then data.
 * Strings are NUL-terminated; integers are 32-bit big-endian.
 */

/** Commands the MTA sends (SMFIC_*). */
export const Cmd = {
  ABORT: 'A',
  BODY: 'B',
  CONNECT: 'C',
  MACRO: 'D',
  BODYEOB: 'E',
  HELO: 'H',
  QUIT_NC: 'K',
  HEADER: 'L',
  MAIL: 'M',
  EOH: 'N',
  OPTNEG: 'O',
  QUIT: 'Q',
  RCPT: 'R',
  DATA: 'T',
  UNKNOWN: 'U',
} as const;

/** Replies and modification requests the filter sends (SMFIR_*). */
export const Reply = {
  ADDRCPT: '+',
  DELRCPT: '-',
  ACCEPT: 'a',
  REPLBODY: 'b',
  CONTINUE: 'c',
  DISCARD: 'd',
  ADDHEADER: 'h',
  INSHEADER: 'i',
  CHGHEADER: 'm',
  PROGRESS: 'p',
  QUARANTINE: 'q',
  REJECT: 'r',
  SKIP: 's',
  TEMPFAIL: 't',
  REPLYCODE: 'y',
  OPTNEG: 'O',
} as const;

/** Actions the filter may take (SMFIF_*), negotiated in OPTNEG. */
export const Action = {
  ADDHDRS: 0x01,
  CHGBODY: 0x02,
  ADDRCPT: 0x04,
  DELRCPT: 0x08,
  CHGHDRS: 0x10,
  QUARANTINE: 0x20,
  CHGFROM: 0x40,
  ADDRCPT_PAR: 0x80,
  SETSYMLIST: 0x100,
} as const;

/** Protocol steps (SMFIP_*): NO* = do not send that step, NR_* = send it but expect no reply. */
export const Proto = {
  NOCONNECT: 0x01,
  NOHELO: 0x02,
  NOMAIL: 0x04,
  NORCPT: 0x08,
  NOBODY: 0x10,
  NOHDRS: 0x20,
  NOEOH: 0x40,
  NR_HDR: 0x80,
  NOUNKNOWN: 0x100,
  NODATA: 0x200,
  SKIP: 0x400,
  RCPT_REJ: 0x800,
  NR_CONN: 0x1000,
  NR_HELO: 0x2000,
  NR_MAIL: 0x4000,
  NR_RCPT: 0x8000,
  NR_DATA: 0x10000,
  NR_UNKN: 0x20000,
  NR_EOH: 0x40000,
  NR_BODY: 0x80000,
  HDR_LEADSPC: 0x100000,
} as const;

export const MILTER_VERSION = 6;

/** A decoded packet. */
export interface Packet {
  command: string;
  data: Buffer;
}

export class MilterProtocolError extends Error {}

/**
 * Splits a byte stream into packets. Bounded: a declared length above `maxPacketBytes` is a protocol
 * error (the connection is dropped and the MTA applies its milter_default_action), never an allocation.
 */
export class PacketDecoder {
  private chunks: Buffer[] = [];
  private buffered = 0;

  constructor(private readonly maxPacketBytes: number) {}

  /** Adds bytes and returns every packet now complete. Throws MilterProtocolError on a bad length. */
  push(chunk: Buffer): Packet[] {
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    const packets: Packet[] = [];
    while (this.buffered >= 4) {
      const head = this.peek(4);
      const length = head.readUInt32BE(0);
      if (length < 1) throw new MilterProtocolError('packet of length 0');
      if (length > this.maxPacketBytes) throw new MilterProtocolError(`packet of ${length} bytes exceeds the limit of ${this.maxPacketBytes}`);
      if (this.buffered < 4 + length) break;
      const whole = this.take(4 + length);
      packets.push({ command: String.fromCharCode(whole[4]!), data: whole.subarray(5) });
    }
    return packets;
  }

  private peek(n: number): Buffer {
    if (this.chunks[0]!.length < n) this.chunks = [Buffer.concat(this.chunks)];
    return this.chunks[0]!.subarray(0, n);
  }

  private take(n: number): Buffer {
    if (this.chunks[0]!.length < n) this.chunks = [Buffer.concat(this.chunks)];
    const first = this.chunks[0]!;
    const out = first.subarray(0, n);
    if (first.length === n) this.chunks.shift();
    else this.chunks[0] = first.subarray(n);
    this.buffered -= n;
    return out;
  }
}

/** Encodes one packet. */
export function encodePacket(command: string, ...parts: (Buffer | string | number)[]): Buffer {
  const buffers = parts.map((part) => {
    if (typeof part === 'number') {
      const b = Buffer.alloc(4);
      b.writeUInt32BE(part >>> 0, 0);
      return b;
    }
    return typeof part === 'string' ? Buffer.from(part, 'utf8') : part;
  });
  const length = 1 + buffers.reduce((sum, b) => sum + b.length, 0);
  const head = Buffer.alloc(5);
  head.writeUInt32BE(length, 0);
  head.write(command, 4, 'latin1');
  return Buffer.concat([head, ...buffers]);
}

/** A NUL-terminated string for encodePacket. */
export const cstr = (text: string): Buffer => Buffer.concat([Buffer.from(text, 'utf8'), Buffer.from([0])]);

/** Splits data into its NUL-terminated strings (a missing final NUL is tolerated), decoded as UTF-8. */
export function cstrings(data: Buffer): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < data.length; i++) {
    if (data[i] === 0) {
      out.push(data.subarray(start, i).toString('utf8'));
      start = i + 1;
    }
  }
  if (start < data.length) out.push(data.subarray(start).toString('utf8'));
  return out;
}

/** SMFIC_CONNECT data: hostname, family ('4', '6', 'L' unix, 'U' unknown), port, address. */
export function decodeConnect(data: Buffer): { hostname: string; family: string; port: number; address: string } {
  const nul = data.indexOf(0);
  if (nul < 0) throw new MilterProtocolError('CONNECT without a host name');
  const hostname = data.subarray(0, nul).toString('utf8');
  const family = data.length > nul + 1 ? String.fromCharCode(data[nul + 1]!) : 'U';
  if (family === 'U' || data.length < nul + 4) return { hostname, family, port: 0, address: '' };
  const port = data.readUInt16BE(nul + 2);
  const address = cstrings(data.subarray(nul + 4))[0] ?? '';
  return { hostname, family, port, address };
}
