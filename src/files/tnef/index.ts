/**
 * TNEF (winmail.dat, application/ms-tnef; MS-OXTNEF): Outlook and Exchange wrap a message's attachments in it when they send
 * "rich text". Outlook opens it and shows the files as attachments of their own, so a program inside is a program the reader
 * can start; other clients show only winmail.dat. Read here: the attachment attributes of the legacy stream (attAttachTitle
 * for the file name, attAttachData for its bytes, MS-OXTNEF §2.1.3.3.4), which every TNEF writer fills in. The MAPI property
 * block (attAttachment) is not decoded: its long file name is the same file's.
 * Bounded: at most `maxEntries` attachments and `maxAttributes` attributes; a length past the end ends the reading (a problem).
 */
export interface TnefEntry {
  name: string;
  data: Uint8Array;
}

export interface TnefListing {
  entries: TnefEntry[];
  problems: string[];
  truncated: boolean;
}

export const TNEF_SIGNATURE = 0x223e9f78;
const ATT_ATTACH_REND_DATA = 0x00069002;
const ATT_ATTACH_TITLE = 0x00018010;
const ATT_ATTACH_DATA = 0x0006800f;

export function listTnef(b: Uint8Array, options: { maxEntries: number; maxAttributes?: number }): TnefListing | null {
  if (b.length < 6) return null;
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  if (v.getUint32(0, true) !== TNEF_SIGNATURE) return null;
  const problems: string[] = [];
  const entries: TnefEntry[] = [];
  const maxAttributes = options.maxAttributes ?? 10_000;
  let current: { name?: string; data?: Uint8Array } | undefined;
  let truncated = false;
  const flush = (): void => {
    if (current && (current.name !== undefined || current.data !== undefined)) {
      if (entries.length >= options.maxEntries) truncated = true;
      else entries.push({ name: current.name ?? 'attachment', data: current.data ?? new Uint8Array(0) });
    }
    current = undefined;
  };
  let at = 6;
  for (let n = 0; at < b.length && n < maxAttributes; n++) {
    if (at + 9 > b.length) {
      problems.push('cut inside an attribute header');
      break;
    }
    const level = b[at]!;
    const id = v.getUint32(at + 1, true);
    const length = v.getUint32(at + 5, true);
    const from = at + 9;
    if (from + length > b.length) {
      problems.push(`an attribute of ${length} bytes runs past the end`);
      // The bytes that are there are still a file's start (a program's header and name are at its start).
      if (level === 2 && id === ATT_ATTACH_DATA && current) current.data = b.subarray(from);
      break;
    }
    const data = b.subarray(from, from + length);
    if (level === 2) {
      if (id === ATT_ATTACH_REND_DATA) {
        flush();
        current = {};
      } else if (id === ATT_ATTACH_TITLE) {
        current ??= {};
        let end = data.indexOf(0);
        if (end < 0) end = data.length;
        current.name = Buffer.from(data.subarray(0, Math.min(end, 256))).toString('latin1');
      } else if (id === ATT_ATTACH_DATA) {
        current ??= {};
        current.data = data;
      }
    }
    at = from + length + 2;
  }
  flush();
  return { entries, problems, truncated };
}
