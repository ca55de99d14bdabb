/**
 * Connection strings carry passwords (`postgres://user:secret@db/…`, `redis://:secret@cache:6379`). Logs keep
 * the URL with its password replaced, so an operator still sees which host was meant; unauthenticated
 * endpoints (/readyz) show no URL at all.
 */

/**
 * `scheme://userinfo@` in any text: the userinfo part may hold a password. A scheme is tried only from the first
 * place in a run of scheme characters where one can start (the look-behind, lazy, stops at the nearest earlier
 * start): every later start in the run ends at the same `://` or fails alike, and trying each made a long run
 * without `://` (`+A+A…`, `a.b.c…`) quadratic. Same matches as `\b([a-z][a-z0-9+.-]*:\/\/)…` (redact.test.ts).
 */
const URL_WITH_USERINFO = /\b(?<!\b[a-z][a-z0-9+.-]*?)([a-z][a-z0-9+.-]*:\/\/)([^\s/@:]*):([^\s/@]*)@/gi;
/** Any `scheme://rest` up to white space or a quote (a scheme tried from its run's first start, as above). */
const ANY_URL = /\b(?<!\b[a-z][a-z0-9+.-]*?)[a-z][a-z0-9+.-]*:\/\/[^\s'"<>]*/gi;
/** `password=…` in key=value connection strings (libpq style) and in query strings. */
const PASSWORD_PARAM = /\b(password|passwd|pwd)=([^\s&;]*)/gi;

/**
 * The text with every URL password and `password=` value replaced by `***`.
 * @example redactSecrets('cannot reach redis://:hunter2@cache:6379/0') // 'cannot reach redis://:***@cache:6379/0'
 */
export function redactSecrets(text: string): string {
  return text.replace(URL_WITH_USERINFO, (_, scheme: string, user: string) => `${scheme}${user}:***@`).replace(PASSWORD_PARAM, '$1=***');
}

/**
 * The text with every URL replaced by its scheme alone: for answers anyone may read (readiness), which must
 * not reveal hosts, users or databases either.
 * @example withoutUrls('lost the connection to the store postgres://u@db/x') // 'lost the connection to the store postgres://…'
 */
export function withoutUrls(text: string): string {
  return redactSecrets(text).replace(ANY_URL, (url) => `${url.slice(0, url.indexOf('://') + 3)}…`);
}

function redactValue(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return redactSecrets(value);
  if (depth > 3 || value === null || typeof value !== 'object') return value;
  if (value instanceof Error) return { type: value.name, message: redactSecrets(value.message), ...(value.stack ? { stack: redactSecrets(value.stack) } : {}) };
  if (Array.isArray(value)) return value.map((v) => redactValue(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = redactValue(v, depth + 1);
  return out;
}

/**
 * pino options that pass every logged field and message through redactSecrets, whoever logs it (a driver's
 * error text quotes the URL it failed on).
 * @example const logger = pino({ level: 'info', ...secretSafeLogging() }, stream);
 */
export function secretSafeLogging(): { formatters: { log(obj: Record<string, unknown>): Record<string, unknown> }; hooks: { logMethod(args: unknown[], method: (...a: unknown[]) => void): void } } {
  return {
    formatters: {
      log: (obj) => redactValue(obj, 0) as Record<string, unknown>,
    },
    hooks: {
      logMethod(args, method) {
        method.apply(this, args.map((a) => (typeof a === 'string' ? redactSecrets(a) : a)));
      },
    },
  };
}
