import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * A set of host names matched by suffix on label boundaries: `bit.ly` matches `bit.ly` and `www.bit.ly`,
 * not `notbit.ly`. Entries may carry a path prefix (`docs.google.com/forms`) to match only under it.
 */
export class DomainList {
  private readonly hosts = new Set<string>();
  private readonly withPath = new Map<string, string[]>();

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
      if (slash < 0) this.hosts.add(entry.replace(/\.$/, ''));
      else {
        const host = entry.slice(0, slash);
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
    let candidate = host.toLowerCase().replace(/\.$/, '');
    const lowerPath = pathname.toLowerCase();
    for (let guard = 0; candidate && guard < 64; guard++) {
      if (this.hosts.has(candidate)) return candidate;
      const prefixes = this.withPath.get(candidate);
      const prefix = prefixes?.find((p) => lowerPath.startsWith(p));
      if (prefix) return candidate + prefix;
      const dot = candidate.indexOf('.');
      if (dot < 0) break;
      candidate = candidate.slice(dot + 1);
    }
    return undefined;
  }
}

/**
 * Reads a list file: one entry a line, `#` comments and blank lines ignored (the format of the files in
 * `../shared/data/lists`). Missing files give an empty list: the shipped lists still apply.
 */
export function readListFile(dir: string, file: string): string[] {
  const full = path.join(dir, file);
  if (!existsSync(full)) return [];
  return readFileSync(full, 'utf8')
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter(Boolean);
}
