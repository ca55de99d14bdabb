/**
 * SQL helpers shared by both dialects.
 */

const cache = new Map<string, string>();

/**
 * Rewrites `?` placeholders as PostgreSQL's `$1, $2, …`, leaving a `?` inside a string literal ('…',
 * E'…'), a quoted identifier ("…"), a dollar-quoted string ($tag$…$tag$) or a comment alone.
 * Results are cached per statement text (statements are few and reused).
 * @example toPostgresPlaceholders("SELECT ? , '?' FROM t WHERE a = ?") // "SELECT $1 , '?' FROM t WHERE a = $2"
 */
export function toPostgresPlaceholders(sql: string): string {
  const hit = cache.get(sql);
  if (hit !== undefined) return hit;
  let out = '';
  let n = 0;
  let i = 0;
  const len = sql.length;
  while (i < len) {
    const c = sql[i]!;
    if (c === "'" || c === '"') {
      // '' (or "") inside a literal is an escaped quote: the scan simply re-enters the literal.
      const end = sql.indexOf(c, i + 1);
      const stop = end < 0 ? len : end + 1;
      out += sql.slice(i, stop);
      i = stop;
    } else if (c === '-' && sql[i + 1] === '-') {
      const end = sql.indexOf('\n', i);
      const stop = end < 0 ? len : end + 1;
      out += sql.slice(i, stop);
      i = stop;
    } else if (c === '/' && sql[i + 1] === '*') {
      const end = sql.indexOf('*/', i + 2);
      const stop = end < 0 ? len : end + 2;
      out += sql.slice(i, stop);
      i = stop;
    } else if (c === '$' && !/[\w$]/.test(sql[i - 1] ?? ' ')) {
      const tag = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(sql.slice(i, i + 64));
      if (!tag) {
        out += c;
        i++;
        continue;
      }
      const end = sql.indexOf(tag[0], i + tag[0].length);
      const stop = end < 0 ? len : end + tag[0].length;
      out += sql.slice(i, stop);
      i = stop;
    } else if (c === '?') {
      out += `$${++n}`;
      i++;
    } else {
      out += c;
      i++;
    }
  }
  if (cache.size > 2000) cache.clear();
  cache.set(sql, out);
  return out;
}

/** `(?, ?, ?), (?, ?, ?)` for a multi-row INSERT of `rows` rows of `columns` values. */
export function valuesList(rows: number, columns: number): string {
  const row = `(${new Array(columns).fill('?').join(', ')})`;
  return new Array(rows).fill(row).join(', ');
}

/**
 * A failure of the store itself (not of a message): full disk, lost connection, a locked or corrupt
 * database. Commands report it in one clear line and exit non-zero; `kind` says which.
 */
export class StoreError extends Error {
  constructor(
    message: string,
    readonly kind: 'full' | 'connection' | 'busy' | 'corrupt' | 'readonly' | 'other',
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StoreError';
  }
}
