import { buildOle } from './ole-builder.js';
import { storeRtfAsLzfu } from './tnef-builder.js';

/** One Outlook item, as MS-OXMSG stores it: what tests of the .msg reader need. */
export interface MsgSpec {
  messageClass?: string;
  subject?: string;
  senderName?: string;
  /** PR_SENDER_EMAIL_ADDRESS (an Exchange `/O=…` address, or an SMTP one). */
  senderAddress?: string;
  /** PR_SENDER_SMTP_ADDRESS. */
  senderSmtp?: string;
  recipients?: { name?: string; address: string; type?: 1 | 2 | 3 }[];
  /** PR_TRANSPORT_MESSAGE_HEADERS. */
  transportHeaders?: string;
  body?: string;
  /** PR_BODY_HTML, stored as PT_BINARY UTF-8. */
  html?: string;
  /** PR_RTF_COMPRESSED: this RTF, compressed. */
  rtf?: string;
  submitTime?: Date;
  attachments?: { name: string; data: Uint8Array; mime?: string }[];
  /** Attached Outlook items (PR_ATTACH_METHOD 5). */
  items?: { name: string; item: MsgSpec }[];
  /** Write the root class CLSID_MessageFile (default true; some writers leave it null). */
  classId?: boolean;
}

const hex4 = (n: number): string => n.toString(16).toUpperCase().padStart(4, '0');
const unicode = (s: string): Buffer => Buffer.from(`${s}\0`, 'utf16le');

/** A `__properties_version1.0` stream: `header` bytes, then 16-byte entries (type, id, flags 2 = readable, value). */
function fixed(header: number, entries: { id: number; type: number; value: Buffer }[]): Buffer {
  const out = Buffer.alloc(header + entries.length * 16);
  entries.forEach((e, i) => {
    const at = header + i * 16;
    out.writeUInt16LE(e.type, at);
    out.writeUInt16LE(e.id, at + 2);
    out.writeUInt32LE(2, at + 4);
    e.value.copy(out, at + 8, 0, 8);
  });
  return out;
}
const long = (n: number): Buffer => {
  const b = Buffer.alloc(8);
  b.writeUInt32LE(n, 0);
  return b;
};
const filetime = (d: Date): Buffer => {
  const b = Buffer.alloc(8);
  b.writeBigUInt64LE((BigInt(d.getTime()) + 11_644_473_600_000n) * 10_000n, 0);
  return b;
};

function itemStreams(spec: MsgSpec, prefix: string, top: boolean, out: Record<string, Uint8Array>): void {
  const str = (id: number, v: string | undefined): void => {
    if (v !== undefined) out[`${prefix}__substg1.0_${hex4(id)}001F`] = unicode(v);
  };
  const bin = (id: number, v: Uint8Array | undefined): void => {
    if (v !== undefined) out[`${prefix}__substg1.0_${hex4(id)}0102`] = v;
  };
  str(0x001a, spec.messageClass ?? 'IPM.Note');
  str(0x0037, spec.subject);
  str(0x0c1a, spec.senderName);
  str(0x0042, spec.senderName);
  str(0x0c1f, spec.senderAddress);
  str(0x5d01, spec.senderSmtp);
  str(0x007d, spec.transportHeaders);
  str(0x1000, spec.body);
  bin(0x1013, spec.html === undefined ? undefined : Buffer.from(spec.html, 'utf8'));
  bin(0x1009, spec.rtf === undefined ? undefined : storeRtfAsLzfu(Buffer.from(spec.rtf, 'latin1')));
  out[`${prefix}__properties_version1.0`] = fixed(top ? 32 : 24, spec.submitTime ? [{ id: 0x0039, type: 0x0040, value: filetime(spec.submitTime) }] : []);
  (spec.recipients ?? []).forEach((r, i) => {
    const p = `${prefix}__recip_version1.0_#${i.toString(16).toUpperCase().padStart(8, '0')}/`;
    if (r.name !== undefined) out[`${p}__substg1.0_3001001F`] = unicode(r.name);
    out[`${p}__substg1.0_3003001F`] = unicode(r.address);
    out[`${p}__properties_version1.0`] = fixed(8, [{ id: 0x0c15, type: 0x0003, value: long(r.type ?? 1) }]);
  });
  const attachments = [...(spec.attachments ?? []).map((a) => ({ file: a })), ...(spec.items ?? []).map((it) => ({ item: it }))];
  attachments.forEach((a, i) => {
    const p = `${prefix}__attach_version1.0_#${i.toString(16).toUpperCase().padStart(8, '0')}/`;
    if ('file' in a && a.file) {
      out[`${p}__substg1.0_3707001F`] = unicode(a.file.name);
      out[`${p}__substg1.0_37010102`] = a.file.data;
      if (a.file.mime) out[`${p}__substg1.0_370E001F`] = unicode(a.file.mime);
      out[`${p}__properties_version1.0`] = fixed(8, [{ id: 0x3705, type: 0x0003, value: long(1) }]);
    } else if ('item' in a && a.item) {
      out[`${p}__substg1.0_3001001F`] = unicode(a.item.name);
      out[`${p}__properties_version1.0`] = fixed(8, [{ id: 0x3705, type: 0x0003, value: long(5) }]);
      itemStreams(a.item.item, `${p}__substg1.0_3701000D/`, false, out);
    }
  });
}

/**
 * An Outlook message file ([MS-OXMSG]) written by the cfb package (an independent OLE writer), its properties as Outlook
 * stores them: string properties as PT_UNICODE streams, the HTML and compressed RTF bodies as PT_BINARY, fixed properties
 * (recipient type, attach method, submit time) in `__properties_version1.0`, attached items as storages.
 * @example buildOutlookMsg({ subject: 'Invoice', senderName: 'Billing', senderSmtp: 'billing@example.com', body: 'Pay' })
 */
export function buildOutlookMsg(spec: MsgSpec): Buffer {
  const streams: Record<string, Uint8Array> = {};
  itemStreams(spec, '', true, streams);
  // The class id's bytes as stored (the GUID's first three fields little-endian): CLSID_MessageFile {00020D0B-0000-0000-C000-000000000046}.
  return buildOle(streams, spec.classId === false ? undefined : '0b0d020000000000c000000000000046');
}
