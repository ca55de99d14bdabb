/**
 * The Postfix policy delegation protocol (https://www.postfix.org/SMTPD_POLICY_README.html): the client
 * sends `name=value` lines, one request ended by an empty line; the server answers `action=…` and an empty
 * line. Many requests travel over one connection, in order.
 *
 * Every buffer is bounded: a line longer than maxLineBytes, a request with more than maxAttributes or more
 * than maxRequestBytes is a protocol violation (reported as a value, never thrown), after which the server
 * answers once and closes that connection: framing cannot be trusted past it.
 */

export interface PolicyLimits {
  maxLineBytes: number;
  maxRequestBytes: number;
  maxAttributes: number;
}

export const DEFAULT_POLICY_LIMITS: PolicyLimits = { maxLineBytes: 8_192, maxRequestBytes: 65_536, maxAttributes: 128 };

export type PolicyRequest = Record<string, string>;

export type ParseResult = { request: PolicyRequest } | { violation: string };

/** Splits a byte stream into policy requests. Feed it chunks; it calls back per request or violation. */
export class PolicyRequestParser {
  private buffer = '';
  private attrs: PolicyRequest = Object.create(null) as PolicyRequest;
  private count = 0;
  private bytes = 0;
  private broken = false;

  constructor(
    private readonly onResult: (r: ParseResult) => void,
    private readonly limits: PolicyLimits = DEFAULT_POLICY_LIMITS,
  ) {}

  /** Feeds a chunk (latin1/utf8 text). After a violation, further input is ignored. */
  push(chunk: string): void {
    if (this.broken) return;
    this.buffer += chunk;
    let start = 0;
    for (;;) {
      const nl = this.buffer.indexOf('\n', start);
      if (nl < 0) break;
      let line = this.buffer.slice(start, nl);
      start = nl + 1;
      if (line.endsWith('\r')) line = line.slice(0, -1);
      if (!this.line(line)) return;
    }
    this.buffer = this.buffer.slice(start);
    if (this.buffer.length > this.limits.maxLineBytes) this.fail(`line longer than ${this.limits.maxLineBytes} bytes`);
  }

  private line(line: string): boolean {
    if (line.length === 0) {
      if (this.count === 0) return true; // stray blank line between requests: tolerated
      const request = this.attrs;
      this.attrs = Object.create(null) as PolicyRequest;
      this.count = 0;
      this.bytes = 0;
      this.onResult({ request });
      return !this.broken;
    }
    if (line.length > this.limits.maxLineBytes) return this.fail(`line longer than ${this.limits.maxLineBytes} bytes`);
    this.bytes += line.length + 1;
    if (this.bytes > this.limits.maxRequestBytes) return this.fail(`request larger than ${this.limits.maxRequestBytes} bytes`);
    if (++this.count > this.limits.maxAttributes) return this.fail(`more than ${this.limits.maxAttributes} attributes`);
    const eq = line.indexOf('=');
    if (eq <= 0) return this.fail(`not a name=value line: ${JSON.stringify(line.slice(0, 60))}`);
    // The first occurrence wins; Postfix never repeats a name within one request.
    const name = line.slice(0, eq);
    if (!(name in this.attrs)) this.attrs[name] = line.slice(eq + 1);
    return true;
  }

  private fail(reason: string): boolean {
    this.broken = true;
    this.buffer = '';
    this.onResult({ violation: reason });
    return false;
  }
}

/** `action=DEFER text` + the empty line. Newlines in the text would break framing: they become spaces. */
export function formatAnswer(action: string): string {
  return `action=${action.replace(/[\r\n]+/g, ' ')}\n\n`;
}
