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
    // `maxLabels` dots, and the whole name when it has fewer. Each suffix's hash is taken from the right as the scan
    // passes its dot, and a suffix is cut out and looked up only when an entry has that hash: a host matches no
    // entry of most lists, and cutting and hashing every suffix of every URL's host for each list was most of this.
    // Bounded work on a 1,000-label host; runs several times per URL of every message: no arrays, no patterns here.
    const lower = host.toLowerCase();
    const name = lower.endsWith('.') ? lower.slice(0, -1) : lower;
    let found = 0;
    let h = FNV_OFFSET;
    for (let i = name.length - 1; ; i--) {
      if (i < 0) {
        // The whole name, unless it starts with a dot (its suffix after that dot was the last one taken).
        if (name.length === 0 || name.charCodeAt(0) !== 0x2e) found = this.candidate(found, 0, h);
        break;
      }
      const c = name.charCodeAt(i);
      if (c === 0x2e) {
        found = this.candidate(found, i + 1, h);
        if (found === this.maxLabels) break;
      }
      h = Math.imul(h ^ c, FNV_PRIME);
    }
    // Longest suffix first, as before.
    let lowerPath: string | undefined;
    for (let k = found - 1; k >= 0; k--) {
      if (!this.hashes.has(this.candidateHashes[k]!)) continue;
      const start = this.candidateStarts[k]!;
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

  /** The suffixes of the current host (start, hash), shortest first: at most maxLabels. */
  private candidateStarts = new Int32Array(8);
  private candidateHashes = new Int32Array(8);

  private candidate(found: number, start: number, h: number): number {
    if (found === this.candidateStarts.length) {
      const starts = new Int32Array(found * 2);
      const hashes = new Int32Array(found * 2);
      starts.set(this.candidateStarts);
      hashes.set(this.candidateHashes);
      this.candidateStarts = starts;
      this.candidateHashes = hashes;
    }
    this.candidateStarts[found] = start;
    this.candidateHashes[found] = h & 0x3fffffff;
    return found + 1;
  }
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
