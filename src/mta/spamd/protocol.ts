/**
 * SPAMC/SPAMD protocol 1.5 as SpamAssassin's spamd speaks it: a request is `VERB SPAMC/1.5`, header lines
 * (`Content-length`, `User`, `Compress`, `Message-class`, `Set`, `Remove`), a blank line and the message;
 * a response is `SPAMD/1.1 CODE TEXT`, headers (`Spam: True ; 12.0 / 6.0`, `Content-length`), a blank line
 * and a body. One request per connection.
 */

export const VERBS = ['CHECK', 'SYMBOLS', 'REPORT', 'REPORT_IFSPAM', 'PROCESS', 'HEADERS', 'PING', 'SKIP', 'TELL'] as const;
export type Verb = (typeof VERBS)[number];

/** sysexits.h codes spamd answers with (spamc turns them into its own exit status). */
export const EX = {
  OK: 0,
  USAGE: 64,
  DATAERR: 65,
  NOUSER: 67,
  UNAVAILABLE: 69,
  SOFTWARE: 70,
  IOERR: 74,
  TEMPFAIL: 75,
  PROTOCOL: 76,
  NOPERM: 77,
  TIMEOUT: 79,
} as const;

export interface SpamdRequest {
  verb: Verb;
  /** Protocol version the client spoke, e.g. "1.5". */
  version: string;
  /** Header names lower-cased; the last of a repeated header wins. */
  headers: Map<string, string>;
  /** Content-length, or null when the client sent none (then the body runs to end of stream). */
  contentLength: number | null;
}

export class SpamdProtocolError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

/** Parses the request line and header lines (the text before the blank line, CRLF or LF separated). */
export function parseRequestHead(head: string): SpamdRequest {
  const lines = head.split(/\r?\n/);
  const first = lines.shift() ?? '';
  const match = /^([A-Z_]+) SPAMC\/(\d+\.\d+)$/.exec(first);
  if (!match) throw new SpamdProtocolError(EX.PROTOCOL, `bad request line: ${printable(first)}`);
  const verb = match[1] as Verb;
  if (!(VERBS as readonly string[]).includes(verb)) throw new SpamdProtocolError(EX.PROTOCOL, `unknown command: ${printable(verb)}`);
  const headers = new Map<string, string>();
  for (const line of lines) {
    if (!line) continue;
    const colon = line.indexOf(':');
    if (colon <= 0) throw new SpamdProtocolError(EX.PROTOCOL, `bad header line: ${printable(line)}`);
    headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  let contentLength: number | null = null;
  const declared = headers.get('content-length');
  if (declared !== undefined) {
    if (!/^\d{1,15}$/.test(declared)) throw new SpamdProtocolError(EX.PROTOCOL, `bad Content-length: ${printable(declared)}`);
    contentLength = Number(declared);
  }
  return { verb, version: match[2]!, headers, contentLength };
}

/** A response: status line, headers, blank line, body. */
export function formatResponse(code: number, text: string, headers: [string, string][], body?: Buffer): Buffer {
  const version = text === 'PONG' ? '1.5' : '1.1';
  const lines = [`SPAMD/${version} ${code} ${text}`];
  if (body) lines.push(`Content-length: ${body.length}`);
  for (const [name, value] of headers) lines.push(`${name}: ${value}`);
  const head = Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1');
  return body ? Buffer.concat([head, body]) : head;
}

/** An error response (spamd's shape: `SPAMD/1.0 76 Bad header line: …`). */
export function formatError(code: number, text: string): Buffer {
  return Buffer.from(`SPAMD/1.0 ${code} ${text.replace(/[\r\n]+/g, ' ')}\r\n`, 'latin1');
}

/** `True ; 12.5 / 6.0` — spamc parses the score and threshold as floats. */
export function spamHeaderValue(spam: boolean, score: number, threshold: number): string {
  return `${spam ? 'True' : 'False'} ; ${score.toFixed(1)} / ${threshold.toFixed(1)}`;
}

/** Input echoed in an error, bounded and without control characters. */
function printable(text: string): string {
  return JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text);
}
