import { domainToUnicode } from 'node:url';
import { registrableWithPrivate } from './registrable.js';
import { isIpLiteral } from './ip.js';
import { plainHostEnd } from './plain-host.js';

/** A trick that makes a URL look other than where it goes, undone by normalisation. */
export type Obfuscation =
  /** `http://www.bank.com@evil.net/`: everything before `@` is a user name, not the host (RFC 3986 §3.2.1). */
  | 'userinfo'
  /** `http:\\evil.com\x`: browsers read backslashes as slashes (WHATWG URL), filters often do not. */
  | 'backslash'
  /** `http://ex%61mple.com`: percent-encoded host characters. */
  | 'percent-host'
  /** Full-width letters or ideographic full stops in the host (`ｅｘａｍｐｌｅ。com`), folded by IDNA mapping (UTS #46). */
  | 'fullwidth-host'
  /** `http://3232235777/`: an IPv4 address written as one decimal number. */
  | 'ip-decimal'
  /** `http://0x7f.0x0.0x0.0x1/`: hexadecimal IPv4 parts. */
  | 'ip-hex'
  /** `http://0177.0.0.1/`: octal IPv4 parts (leading zero). */
  | 'ip-octal'
  /** `http://127.1/`: an IPv4 address with fewer than four parts. */
  | 'ip-short';

/** A URL after de-obfuscation and WHATWG normalisation, with the facts every check needs. */
export interface NormalisedUrl {
  /** WHATWG serialisation: lower-case scheme and host, punycode host, dotted IPv4, resolved escapes. */
  href: string;
  /** Lower-case scheme without `:` (`http`, `https`, `data`, `javascript`, `mailto`, …). */
  scheme: string;
  /** ASCII host (A-labels, IPv6 without brackets); '' for schemes without a host. */
  host: string;
  /** The host with IDN labels in Unicode (as a reader sees it). */
  unicodeHost: string;
  /** Registrable domain (public suffix + one label, PSL private section honoured), or the IP literal. */
  domain: string;
  /** Set when the host is an IP literal. */
  ip?: string;
  /** Whether the host has IDN (xn--) labels. */
  idn: boolean;
  /** `user[:password]` when the URL carries userinfo. */
  userinfo?: string;
  port: string;
  /** Path, query (without `?`) and fragment (without `#`), still percent-encoded. */
  path: string;
  query: string;
  fragment: string;
  /** Tricks that were undone. */
  obfuscations: Obfuscation[];
  /** Whether the input was longer than the length bound and was cut. */
  truncated: boolean;
}

export interface NormaliseOptions {
  /** Base for relative references (from `<base href>`); relative references without it are dropped. */
  base?: string;
  /** Characters of one URL that are looked at; longer input is cut (data: URIs can be megabytes). */
  maxLength?: number;
}

const SCHEME = /^([a-z][a-z0-9+.-]{0,31}):/i;
// Schemes whose hierarchical part has an authority: WHATWG "special" schemes.
const SPECIAL = new Set(['http', 'https', 'ftp', 'ws', 'wss']);

/**
 * Normalises one URL as written in a message (href attribute with entities already decoded, or a URL
 * found in text) and records which obfuscations it used. Scheme-less `www.` hosts and protocol-relative
 * `//host` references are read as http. Returns undefined for what no browser would open.
 * @example normaliseUrl('http://www.bank.com@0x7f.1/login')
 *   // { href: 'http://www.bank.com@127.0.0.1/login', host: '127.0.0.1', obfuscations: ['userinfo', 'ip-hex'], … }
 */
export function normaliseUrl(raw: string, options: NormaliseOptions = {}): NormalisedUrl | undefined {
  const maxLength = options.maxLength ?? 8192;
  // WHATWG URL strips leading/trailing C0 controls and spaces and removes tabs and newlines anywhere.
  let text = trimControlsAndSpace(raw);
  if (text.startsWith('<') && text.endsWith('>')) text = text.slice(1, -1).trim();
  if (/^url:/i.test(text)) text = text.slice(4).trim();
  const truncated = text.length > maxLength;
  if (truncated) text = text.slice(0, maxLength);
  if (!text) return undefined;
  // A URL folded over lines (long hrefs wrapped by the sending tool): the line break and the
  // indentation after it are not part of it.
  if (/[\r\n]/.test(text)) text = text.replace(/[\r\n]+[ \t]*/g, '');
  return plainHttpUrl(text, truncated) ?? parsedUrl(text, truncated, options);
}

/**
 * Characters of a plain URL's path, query and fragment (see plainHttpUrl): ASCII letters, digits and
 * `- . _ ~ ! $ & ( ) * + , ; = : @ / ? # %` — none of them percent-encoded or rewritten by the WHATWG parser in any of
 * the three (its percent-encode sets hold controls, space, `" # < > ? ^ \` { } '` and non-ASCII, each in some part;
 * `#` and `?` here are the separators). `%` needs care: see plainHttpUrl.
 */
const PLAIN_URL_REST = new Uint8Array(128);
for (const c of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&()*+,;=:@/?#%') PLAIN_URL_REST[c.charCodeAt(0)] = 1;

/**
 * normaliseUrl of the usual link, `http(s)://host/path?query#fragment` in plain ASCII, read without the URL parser
 * (`new URL` and its field getters were most of normaliseUrl's cost, and normaliseUrl ~2.5 % of a scan): the same
 * fields, by WHATWG's rules for such a URL — the host lower-cased, `/` as the path when there is none, the rest as
 * written. Anything the parser rewrites, refuses or reads otherwise goes to it (undefined here): a scheme not written
 * in lower case, a host that is not plain (plainHostEnd: userinfo or a port, empty labels, a trailing dot, a numeric
 * last label, `xn--` in any case…), a path segment starting with `.` (dot segments), `%2e` anywhere, a second `#`, and
 * any character outside PLAIN_URL_REST (backslashes, spaces, quotes, tabs, non-ASCII…). Tested against the parser's
 * reading.
 */
function plainHttpUrl(text: string, truncated: boolean): NormalisedUrl | undefined {
  let hostStart: number;
  if (text.startsWith('https://')) hostStart = 8;
  else if (text.startsWith('http://')) hostStart = 7;
  else return undefined;
  const n = text.length;
  const hostEnd = plainHostEnd(text, hostStart);
  if (hostEnd < 0) return undefined;
  let query = -1;
  let hash = -1;
  // After the host (plainHostEnd: followed by the end, `/`, `?` or `#`).
  for (let i = hostEnd; i < n; i++) {
    const d = text.charCodeAt(i);
    if (d >= 128 || PLAIN_URL_REST[d] === 0) return undefined;
    if (d === 0x23) {
      if (hash >= 0) return undefined;
      hash = i;
    } else if (d === 0x3f) {
      if (query < 0 && hash < 0) query = i;
    } else if (d === 0x2e) {
      if (query < 0 && hash < 0 && text.charCodeAt(i - 1) === 0x2f) return undefined;
    } else if (d === 0x25 && text.charCodeAt(i + 1) === 0x32 && (text.charCodeAt(i + 2) | 0x20) === 0x65) return undefined;
  }
  const written = text.slice(hostStart, hostEnd);
  const host = written.toLowerCase();
  const upper = host !== written;
  const pathEnd = query >= 0 ? query : hash >= 0 ? hash : n;
  const path = pathEnd > hostEnd ? text.slice(hostEnd, pathEnd) : '/';
  const href = !upper && pathEnd > hostEnd ? text : `${text.slice(0, hostStart)}${host}${pathEnd > hostEnd ? '' : '/'}${text.slice(hostEnd)}`;
  return {
    href,
    scheme: hostStart === 8 ? 'https' : 'http',
    host,
    unicodeHost: host,
    domain: registrableWithPrivate(host) ?? host,
    ip: undefined,
    idn: false,
    userinfo: undefined,
    port: '',
    path,
    query: query >= 0 ? text.slice(query + 1, hash >= 0 ? hash : n) : '',
    fragment: hash >= 0 ? text.slice(hash + 1) : '',
    obfuscations: [],
    truncated,
  };
}

/**
 * normaliseUrl by the WHATWG URL parser, of a text already trimmed, cut and unfolded: the definition plainHttpUrl
 * must agree with (exported for its test).
 */
export function parsedUrl(text: string, truncated: boolean, options: NormaliseOptions = {}): NormalisedUrl | undefined {
  let input = text;
  const scheme = SCHEME.exec(text)?.[1]?.toLowerCase();
  let url: URL;
  try {
    if (scheme) url = new URL(input);
    else if (/^[\\/]{2}/.test(input)) url = new URL(`http:${input}`);
    else if (/^www\d{0,3}\./i.test(input)) url = new URL((input = `http://${input}`));
    else if (options.base) url = new URL(input, options.base);
    else return undefined;
  } catch {
    return undefined;
  }

  const protocol = url.protocol.slice(0, -1);
  const obfuscations: Obfuscation[] = [];
  let host = url.hostname;
  let ip: string | undefined;
  if (SPECIAL.has(protocol)) {
    if (!host) return undefined;
    const authority = rawAuthority(input);
    const rawHost = authority.host;
    if (authority.beforePath.includes('\\')) obfuscations.push('backslash');
    if (url.username || url.password) obfuscations.push('userinfo');
    if (rawHost.includes('%')) obfuscations.push('percent-host');
    if (/[\uff01-\uff5e\u3002\uff61]/.test(rawHost)) obfuscations.push('fullwidth-host');
    if (host.startsWith('[')) host = host.slice(1, -1);
    if (isIpLiteral(host)) {
      ip = host;
      const technique = ipv4Technique(rawHost.toLowerCase(), host);
      if (technique) obfuscations.push(technique);
    }
  }
  const domain = ip ?? (host ? registrableWithPrivate(host) : undefined) ?? host;
  const idn = /(^|\.)xn--/.test(host);
  return {
    href: url.href,
    scheme: protocol,
    host,
    unicodeHost: idn ? domainToUnicode(host) || host : host,
    domain,
    // Every field is always present (undefined when absent): one object shape for every URL, so the code
    // reading URLs is not deoptimised by a rare IP-literal or userinfo URL (see NOTES, "stable shapes").
    ip,
    idn,
    userinfo: url.username || url.password ? decodeSafely(url.password ? `${url.username}:${url.password}` : url.username) : undefined,
    port: url.port,
    path: url.pathname,
    query: url.search.slice(1),
    fragment: url.hash.slice(1),
    obfuscations,
    truncated,
  };
}

/**
 * `text.replace(/^[\s\u0000-\u001f]+|[\s\u0000-\u001f]+$/g, '')` (its definition, tested) by two scans from the ends: the
 * pattern was tried at every position of every URL. `\s` is ECMAScript's white space and line terminators.
 */
export function trimControlsAndSpace(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isSpaceOrControl(text.charCodeAt(start))) start++;
  while (end > start && isSpaceOrControl(text.charCodeAt(end - 1))) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

function isSpaceOrControl(c: number): boolean {
  if (c <= 0x20) return true;
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The host as written (before normalisation) and the text before the path, for telling tricks apart. */
function rawAuthority(input: string): { host: string; beforePath: string } {
  const afterScheme = input.replace(SCHEME, '').replace(/^[\\/]*/, '');
  const end = afterScheme.search(/[/\\?#]/);
  const authority = end < 0 ? afterScheme : afterScheme.slice(0, end);
  const query = input.search(/[?#]/);
  const beforePath = query < 0 ? input : input.slice(0, query);
  const hostPort = authority.slice(authority.lastIndexOf('@') + 1);
  const host = hostPort.startsWith('[') ? hostPort.slice(0, hostPort.indexOf(']') + 1) : hostPort.replace(/:\d*$/, '');
  return { host, beforePath };
}

/** How an IPv4 host was disguised (WHATWG "IPv4 number parser" accepts all of these), if it was. */
function ipv4Technique(rawHost: string, dotted: string): Obfuscation | undefined {
  const plain = rawHost.replace(/\.$/, '');
  if (plain === dotted || plain.startsWith('[')) return undefined;
  if (/^\d+$/.test(plain)) return 'ip-decimal';
  const parts = plain.split('.');
  if (parts.some((p) => /^0x/i.test(p))) return 'ip-hex';
  if (parts.some((p) => /^0\d/.test(p))) return 'ip-octal';
  if (parts.length < 4) return 'ip-short';
  return undefined;
}

/** Percent-decodes text, leaving malformed escapes as they are (never throws). */
export function decodeSafely(text: string): string {
  if (!text.includes('%')) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return text.replace(/(%[0-9a-f]{2})+/gi, (run) => {
      try {
        return decodeURIComponent(run);
      } catch {
        return run;
      }
    });
  }
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', sol: '/', colon: ':', period: '.', commat: '@', quest: '?', equals: '=' };

/**
 * Decodes the HTML character references that matter in URLs (numeric ones and a few named ones), for
 * URLs found in raw HTML (attachments) rather than through the HTML parser. Linear time.
 * @example decodeHtmlEntities('http://x.com/?a=1&amp;b=&#50;') // 'http://x.com/?a=1&b=2'
 */
export function decodeHtmlEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});?/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}
