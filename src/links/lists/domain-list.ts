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
    const name = host.toLowerCase().replace(/\.$/, '');
    const starts: number[] = [];
    for (let end = name.length, n = 0; n < this.maxLabels; n++) {
      const dot = name.lastIndexOf('.', end - 1);
      starts.push(dot + 1);
      if (dot < 0) break;
      end = dot;
    }
    const lowerPath = pathname.toLowerCase();
    for (let i = starts.length - 1; i >= 0; i--) {
      const candidate = name.slice(starts[i]);
      if (this.hosts.has(candidate)) return candidate;
      const prefix = this.withPath.get(candidate)?.find((p) => lowerPath.startsWith(p));
      if (prefix) return candidate + prefix;
    }
    return undefined;
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
