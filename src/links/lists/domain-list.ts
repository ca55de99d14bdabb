/**
 * A set of host names matched by suffix on label boundaries: `bit.ly` matches `bit.ly` and `www.bit.ly`,
 * not `notbit.ly`. Entries may carry a path prefix (`docs.google.com/forms`) to match only under it.
 */
export class DomainList {
  private readonly hosts = new Set<string>();
  private readonly withPath = new Map<string, string[]>();
  /** `suffixHash` of every key of `hosts` and `withPath`: a host's suffix whose hash is not here is in neither. */
  private readonly hashes = new Set<number>();
  /** Most labels of any entry: only that many trailing labels of a host can match. */
  private maxLabels = 1;

  constructor(
    readonly name: string,
    entries: Iterable<string> = [],
  ) {
    this.add(entries);
  }

  add(entries: Iterable<string>): this {
    for (const raw of entries) {
      const entry = raw.trim().toLowerCase().replace(/^\*\./, '').replace(/^https?:\/\//, '');
      if (!entry || entry.startsWith('#')) continue;
      const slash = entry.indexOf('/');
      const host = slash < 0 ? entry : entry.slice(0, slash);
      this.maxLabels = Math.max(this.maxLabels, host.split('.').length);
      if (slash < 0) {
        const key = entry.replace(/\.$/, '');
        this.hosts.add(key);
        this.hashes.add(suffixHash(key, 0, key.length));
      } else {
        const list = this.withPath.get(host) ?? [];
        list.push(entry.slice(slash));
        this.withPath.set(host, list);
        this.hashes.add(suffixHash(host, 0, host.length));
      }
    }
    return this;
  }

  get size(): number {
    return this.hosts.size + this.withPath.size;
  }

  /**
   * The entry that matches a host (and path), or undefined.
   * @example new DomainList('shorteners', ['bit.ly']).match('www.bit.ly') // 'bit.ly'
   */
  match(host: string, pathname = '/'): string | undefined {
    // Only the trailing labels an entry can have are looked at: the suffixes that start after one of the last
    // `maxLabels` dots, and the whole name when it has fewer. A suffix is cut out and looked up only when an entry has its
    // hash: a host matches no entry of most lists. The suffixes' hashes are read once per host for every list (hostSuffixes):
    // a URL's host is asked of eight lists or more, and each read it again (callgrind, session 49: ~34 K instructions a message).
    const suffixes = hostSuffixes(host, this.maxLabels);
    const name = suffixes.name;
    const found = Math.min(suffixes.count, this.maxLabels);
    // Longest suffix first, as before.
    let lowerPath: string | undefined;
    for (let k = found - 1; k >= 0; k--) {
      if (!this.hashes.has(suffixes.hashes[k]!)) continue;
      const start = suffixes.starts[k]!;
      const candidate = start === 0 ? name : name.slice(start);
      if (this.hosts.has(candidate)) return candidate;
      if (this.withPath.size > 0) {
        const prefixes = this.withPath.get(candidate);
        if (prefixes) {
          lowerPath ??= pathname.toLowerCase();
          const prefix = prefixes.find((p) => lowerPath!.startsWith(p));
          if (prefix) return candidate + prefix;
        }
      }
    }
    return undefined;
  }
}

/**
 * The suffixes of the host last asked about by any list (lower-cased, one trailing dot dropped), shortest first: the one
 * after each dot from the right, then the whole name unless it starts with a dot (the suffix after that dot is the
 * same name) — at least `labels` of them when there are that many, at most max(`labels`, SUFFIXES_READ) (bounded work on
 * a 1,000-label host). A list with room for `maxLabels` labels reads the first `maxLabels` of them: exactly the suffixes its
 * own reading from the right used to take. Each suffix's hash (FNV-1a read from the end, as suffixHash) is taken as the
 * scan passes its dot. Kept for one host only (the one the next list asks about), and read again when a list needs more
 * suffixes than were read. The limit is the asking list's, not a module-wide maximum: lists are also made without `add`
 * (runtime/sender-tables.ts restores them from a serialised copy).
 */
interface HostSuffixes {
  host: string;
  name: string;
  count: number;
  /** Whether every suffix was read (else `count` of them, the limit). */
  complete: boolean;
  starts: Int32Array;
  hashes: Int32Array;
}

/** Suffixes read at least (most lists' entries have two or three labels; the deepest shipped list's, five). */
const SUFFIXES_READ = 8;
// Starts as no host read: count 0 and not complete answers no list with labels to read (and one with none needs nothing).
const lastSuffixes: HostSuffixes = { host: '', name: '', count: 0, complete: false, starts: new Int32Array(16), hashes: new Int32Array(16) };

function hostSuffixes(host: string, labels: number): HostSuffixes {
  const out = lastSuffixes;
  if (out.host === host && (out.complete || out.count >= labels)) return out;
  const limit = Math.max(labels, SUFFIXES_READ);
  const lower = host.toLowerCase();
  const name = lower.endsWith('.') ? lower.slice(0, -1) : lower;
  let count = 0;
  let complete = false;
  let h = FNV_OFFSET;
  for (let i = name.length - 1; ; i--) {
    if (i < 0) {
      if (name.length === 0 || name.charCodeAt(0) !== 0x2e) count = addSuffix(out, count, 0, h);
      complete = true;
      break;
    }
    const c = name.charCodeAt(i);
    if (c === 0x2e) {
      count = addSuffix(out, count, i + 1, h);
      if (count === limit) break;
    }
    h = Math.imul(h ^ c, FNV_PRIME);
  }
  out.host = host;
  out.name = name;
  out.count = count;
  out.complete = complete;
  return out;
}

function addSuffix(out: HostSuffixes, count: number, start: number, h: number): number {
  if (count === out.starts.length) {
    const starts = new Int32Array(count * 2);
    const hashes = new Int32Array(count * 2);
    starts.set(out.starts);
    hashes.set(out.hashes);
    out.starts = starts;
    out.hashes = hashes;
  }
  out.starts[count] = start;
  out.hashes[count] = h & 0x3fffffff;
  return count + 1;
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** FNV-1a of `text.slice(start, end)` read from its end (as `match` reads a host), as a small integer. */
function suffixHash(text: string, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let i = end - 1; i >= start; i--) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h & 0x3fffffff;
}

/**
 * The entries of a list file's text: one entry a line, `#` comments and blank lines ignored (the format
 * of the files in `../shared/data/lists`). The composition root reads the file.
 */
export function parseListText(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter(Boolean);
}
