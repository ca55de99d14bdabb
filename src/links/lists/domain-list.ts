/**
 * A set of host names matched by suffix on label boundaries: `bit.ly` matches `bit.ly` and `www.bit.ly`,
 * not `notbit.ly`. Entries may carry a path prefix (`docs.google.com/forms`) to match only under it.
 */
export class DomainList {
  private readonly hosts = new Set<string>();
  private readonly withPath = new Map<string, string[]>();
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
      if (slash < 0) this.hosts.add(entry.replace(/\.$/, ''));
      else {
        const list = this.withPath.get(host) ?? [];
        list.push(entry.slice(slash));
        this.withPath.set(host, list);
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
    // Only the trailing labels an entry can have are looked at (suffix starts found from the right,
    // without splitting): bounded work on a 1,000-label host.
    // Runs several times per URL of every message: no arrays, no regular expressions here.
    const lower = host.toLowerCase();
    const name = lower.endsWith('.') ? lower.slice(0, -1) : lower;
    // The start of the longest suffix an entry can be, then every shorter one, longest first.
    let start = 0;
    for (let end = name.length, n = 0; n < this.maxLabels; n++) {
      const dot = name.lastIndexOf('.', end - 1);
      if (dot < 0) {
        start = 0;
        break;
      }
      start = dot + 1;
      end = dot;
    }
    let lowerPath: string | undefined;
    for (;;) {
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
      const dot = name.indexOf('.', start);
      if (dot < 0) return undefined;
      start = dot + 1;
    }
  }
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
