import { RTF_RING_PRESET } from '../tnef/compressed-rtf.js';

/** One file inside winmail.dat: its title (8.3 or not), and what the MAPI properties may add. */
export interface TnefFile {
  name: string;
  data: Uint8Array;
  /** PR_ATTACH_LONG_FILENAME in the attachment's properties (Outlook shows it over the title). */
  longName?: string;
  /**
   * The bytes as PR_ATTACH_DATA_OBJ instead of attAttachData: a binary, or an object (an embedded message's form: the
   * interface id IID_IMessage, then the bytes — a TNEF stream of its own).
   */
  asDataObject?: 'binary' | 'object';
}

/** The message body forms a TNEF stream can carry. */
export interface TnefBodyForms {
  /** The legacy attBody attribute. */
  legacy?: string;
  /** PR_BODY (written as PT_UNICODE). */
  text?: string;
  /** PR_BODY_HTML (PT_BINARY, UTF-8). */
  html?: string;
  /** PR_RTF_COMPRESSED: this RTF, stored with storeRtfAsLzfu. */
  rtf?: string;
}

/**
 * A TNEF stream (winmail.dat, MS-OXTNEF §2.1.3): the signature, a key, the message attributes a client writes first (TNEF
 * version, OEM code page, message class), the body when asked (legacy attBody and the MAPI bodies of attMsgProps), and
 * per file an attachment's rendering, title (its file name), data and, when asked, its MAPI properties. Each attribute:
 * level (1 message, 2 attachment), id (type << 16 | tag), length, the bytes, their 16-bit sum.
 * @example buildTnef([{ name: 'invoice.exe', data: buildPe() }], { rtf: '{\\rtf1 Pay now}' })
 */
export function buildTnef(files: TnefFile[], body: TnefBodyForms = {}): Buffer {
  const parts: Buffer[] = [];
  const head = Buffer.alloc(6);
  head.writeUInt32LE(0x223e9f78, 0);
  head.writeUInt16LE(0x0101, 4);
  parts.push(head);
  const attribute = (level: number, id: number, data: Uint8Array): void => {
    const h = Buffer.alloc(9);
    h[0] = level;
    h.writeUInt32LE(id >>> 0, 1);
    h.writeUInt32LE(data.length, 5);
    let sum = 0;
    for (const b of data) sum = (sum + b) & 0xffff;
    const c = Buffer.alloc(2);
    c.writeUInt16LE(sum, 0);
    parts.push(h, Buffer.from(data), c);
  };
  attribute(1, 0x00089006, Buffer.from([0, 0, 1, 0]));
  attribute(1, 0x00069007, Buffer.from([0xe4, 0x04, 0, 0, 0, 0, 0, 0]));
  attribute(1, 0x00078008, Buffer.from('IPM.Microsoft Mail.Note\0', 'latin1'));
  if (body.legacy !== undefined) attribute(1, 0x0001800c, Buffer.from(body.legacy, 'latin1'));
  const messageProps: [number, number, Uint8Array][] = [];
  if (body.text !== undefined) messageProps.push([0x001f, 0x1000, Buffer.from(`${body.text}\0`, 'utf16le')]);
  if (body.html !== undefined) messageProps.push([0x0102, 0x1013, Buffer.from(body.html, 'utf8')]);
  if (body.rtf !== undefined) messageProps.push([0x0102, 0x1009, storeRtfAsLzfu(Buffer.from(body.rtf, 'latin1'))]);
  if (messageProps.length) attribute(1, 0x00069003, mapiProperties(messageProps));
  for (const f of files) {
    attribute(2, 0x00069002, Buffer.from([1, 0, 0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0, 0, 0, 0, 0]));
    attribute(2, 0x00018010, Buffer.from(`${f.name}\0`, 'latin1'));
    if (!f.asDataObject) attribute(2, 0x0006800f, f.data);
    const props: [number, number, Uint8Array][] = [];
    if (f.longName !== undefined) props.push([0x001f, 0x3707, Buffer.from(`${f.longName}\0`, 'utf16le')]);
    if (f.asDataObject === 'binary') props.push([0x0102, 0x3701, f.data]);
    if (f.asDataObject === 'object') props.push([0x000d, 0x3701, Buffer.concat([IID_IMESSAGE, f.data])]);
    if (props.length) attribute(2, 0x00069005, mapiProperties(props));
  }
  return Buffer.concat(parts);
}

const IID_IMESSAGE = Buffer.from('0703020000000000c000000000000046', 'hex');

/** MAPI properties as TNEF writes them (MS-OXTNEF §2.1.3.5): a count, then type, id, one value with its length, padded to 4. */
function mapiProperties(props: [type: number, id: number, value: Uint8Array][]): Buffer {
  const parts: Buffer[] = [];
  const count = Buffer.alloc(4);
  count.writeUInt32LE(props.length, 0);
  parts.push(count);
  for (const [type, id, value] of props) {
    const h = Buffer.alloc(12);
    h.writeUInt16LE(type, 0);
    h.writeUInt16LE(id, 2);
    h.writeUInt32LE(1, 4);
    h.writeUInt32LE(value.length, 8);
    parts.push(h, Buffer.from(value), Buffer.alloc((4 - (value.length % 4)) % 4));
  }
  return Buffer.concat(parts);
}

/**
 * Compressed RTF (MS-OXRTFCP) written with literals only (every bit of a control byte 0, then the end reference to the
 * ring's write position): a valid stream any reader decodes, which is all a test needs to put an RTF body in winmail.dat.
 */
export function storeRtfAsLzfu(rtf: Uint8Array): Buffer {
  const bytes: number[] = [];
  for (let i = 0; i < rtf.length; i += 8) {
    const run = rtf.subarray(i, i + 8);
    // A run of fewer than 8 literals leaves a bit for the end reference in the same control byte.
    bytes.push(run.length < 8 ? 1 << run.length : 0, ...run);
  }
  if (rtf.length % 8 === 0) bytes.push(1);
  const write = (RTF_RING_PRESET.length + rtf.length) % 4096;
  bytes.push(write >> 4, (write & 0xf) << 4);
  const head = Buffer.alloc(16);
  head.writeUInt32LE(bytes.length + 12, 0);
  head.writeUInt32LE(rtf.length, 4);
  head.writeUInt32LE(0x75465a4c, 8);
  return Buffer.concat([head, Buffer.from(bytes)]);
}
