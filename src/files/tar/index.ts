/**
 * A tar reader (POSIX.1-1988 ustar, GNU long names, pax `path`): 512-byte headers, octal sizes. Entries are
 * views into the buffer (no copies); sizes are checked against the buffer.
 */

export interface TarEntry {
  name: string;
  /** '0' regular file, '5' directory, '2' symlink, '1' hard link… */
  type: string;
  size: number;
  /** The entry's bytes (a view), clipped at the end of the buffer. */
  data: Uint8Array;
  /** Link target for symlinks and hard links. */
  linkName?: string;
}

export interface TarListing {
  entries: TarEntry[];
  truncated: boolean;
  problems: string[];
}

const latin1 = (b: Uint8Array): string => Buffer.from(b).toString('latin1');
const utf8 = new TextDecoder('utf-8');

function field(b: Uint8Array, at: number, len: number): Uint8Array {
  const f = b.subarray(at, at + len);
  const nul = f.indexOf(0);
  return nul >= 0 ? f.subarray(0, nul) : f;
}

function octal(b: Uint8Array, at: number, len: number): number {
  const s = latin1(field(b, at, len)).trim();
  return /^[0-7]+$/.test(s) ? parseInt(s, 8) : NaN;
}

/** Whether a 512-byte block is a plausible tar header (its checksum matches, §ustar chksum). */
export function isTarHeader(b: Uint8Array, at = 0): boolean {
  if (at + 512 > b.length) return false;
  const stored = octal(b, at + 148, 8);
  if (Number.isNaN(stored)) return false;
  let sum = 0;
  for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 32 : b[at + i]!;
  return sum === stored;
}

/**
 * Lists a tar archive, at most `maxEntries` entries.
 * @example listTar(buf, { maxEntries: 100 }).entries[0]?.name
 */
export function listTar(b: Uint8Array, options: { maxEntries: number }): TarListing {
  const entries: TarEntry[] = [];
  const problems: string[] = [];
  let at = 0;
  let longName: string | undefined;
  let truncated = false;
  while (at + 512 <= b.length) {
    if (b.subarray(at, at + 512).every((x) => x === 0)) break;
    if (!isTarHeader(b, at)) {
      problems.push(`bad header checksum at ${at}`);
      break;
    }
    const type = String.fromCharCode(b[at + 156]! || 0x30);
    const size = octal(b, at + 124, 12);
    if (Number.isNaN(size)) {
      problems.push(`bad size at ${at}`);
      break;
    }
    const dataStart = at + 512;
    const data = b.subarray(dataStart, Math.min(b.length, dataStart + size));
    if (dataStart + size > b.length) problems.push('archive truncated');
    if (type === 'L') {
      longName = utf8.decode(field(data, 0, data.length));
    } else if (type === 'x') {
      // (?<!\d): tried from a run's first digit only (from each digit, a long run was quadratic: 32 KB of '0' took 6.6 s).
      // Read up to the last line end only: a match ends at one, and there every `N path=` reaches a line end, so the
      // first one matches (past it, each rescanned the rest of the header: quadratic in `1 path=` without a newline).
      const text = utf8.decode(data);
      const path = /(?<!\d)\d+ path=([^\n]*)\n/.exec(text.slice(0, text.lastIndexOf('\n') + 1));
      if (path) longName = path[1];
    } else if (type !== 'g') {
      if (entries.length >= options.maxEntries) {
        truncated = true;
        break;
      }
      const prefix = latin1(b.subarray(at + 257, at + 262)) === 'ustar' ? utf8.decode(field(b, at + 345, 155)) : '';
      const base = utf8.decode(field(b, at, 100));
      const name = longName ?? (prefix ? `${prefix}/${base}` : base);
      longName = undefined;
      const entry: TarEntry = { name, type, size, data };
      if (type === '1' || type === '2') entry.linkName = utf8.decode(field(b, at + 157, 100));
      entries.push(entry);
    }
    at = dataStart + Math.ceil(size / 512) * 512;
  }
  return { entries, truncated, problems };
}
