import { createSocket, type Socket } from 'node:dgram';

/** Records served by the test DNS server: name → type → values (TXT as whole strings, A as dotted quads). */
export type Zone = Record<string, { TXT?: string[]; A?: string[] }>;

export interface TestDnsServer {
  /** `127.0.0.1:port`, for `dns.servers`. */
  address: string;
  /** Every question received, as `NAME TYPE`. */
  queries: string[];
  close(): Promise<void>;
}

const TYPES: Record<number, 'A' | 'TXT'> = { 1: 'A', 16: 'TXT' };

/**
 * A minimal authoritative DNS server on loopback UDP (RFC 1035 §4): answers A and TXT from `zone`,
 * NXDOMAIN for unknown names. Enough to test the real node:dns resolver path end to end.
 */
export async function startTestDnsServer(zone: Zone): Promise<TestDnsServer> {
  const socket: Socket = createSocket('udp4');
  const queries: string[] = [];
  socket.on('message', (query, peer) => {
    const response = answer(query, zone, queries);
    if (response) socket.send(response, peer.port, peer.address);
  });
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  const { port } = socket.address();
  return {
    address: `127.0.0.1:${port}`,
    queries,
    close: () => new Promise((resolve) => socket.close(() => resolve())),
  };
}

function answer(query: Buffer, zone: Zone, log: string[]): Buffer | null {
  if (query.length < 12) return null;
  let offset = 12;
  const labels: string[] = [];
  while (offset < query.length && query[offset] !== 0) {
    const length = query[offset]!;
    labels.push(query.subarray(offset + 1, offset + 1 + length).toString('latin1'));
    offset += 1 + length;
  }
  const questionEnd = offset + 5;
  if (questionEnd > query.length) return null;
  const qtype = query.readUInt16BE(offset + 1);
  const name = labels.join('.').toLowerCase();
  const type = TYPES[qtype];
  log.push(`${name} ${type ?? qtype}`);
  const records = type ? zone[name]?.[type] ?? [] : [];
  const rdatas = records.map((value) => (type === 'A' ? Buffer.from(value.split('.').map(Number)) : txtRdata(value)));
  const header = Buffer.alloc(12);
  query.copy(header, 0, 0, 2); // id
  header.writeUInt16BE(0x8400 | (zone[name] ? 0 : 3), 2); // response, authoritative, NOERROR or NXDOMAIN
  header.writeUInt16BE(1, 4);
  header.writeUInt16BE(rdatas.length, 6);
  const answers = rdatas.map((rdata) => {
    const rr = Buffer.alloc(12);
    rr.writeUInt16BE(0xc00c, 0); // pointer to the question's name
    rr.writeUInt16BE(qtype, 2);
    rr.writeUInt16BE(1, 4); // IN
    rr.writeUInt32BE(60, 6);
    rr.writeUInt16BE(rdata.length, 10);
    return Buffer.concat([rr, rdata]);
  });
  return Buffer.concat([header, query.subarray(12, questionEnd), ...answers]);
}

/** TXT RDATA: the text in character-strings of at most 255 bytes. */
function txtRdata(text: string): Buffer {
  const bytes = Buffer.from(text, 'utf8');
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += 255) {
    const part = bytes.subarray(i, i + 255);
    chunks.push(Buffer.from([part.length]), part);
  }
  return Buffer.concat(chunks);
}
