import type { AuthResult } from '../types.js';

/**
 * `Authentication-Results:` (RFC 8601 §2.2): `authserv-id [version]; method[/version]=result
 * [reason="…"] [ptype.property=value …]; …` or `authserv-id; none`. Comments are dropped; unknown
 * syntax is skipped, never fatal.
 */

function stripComments(s: string): string {
  if (s.indexOf('(') < 0) return s;
  let out = '';
  let depth = 0;
  let inQuote = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i] as string;
    if (inQuote) {
      if (depth === 0) out += c;
      if (c === '\\') {
        if (depth === 0 && i + 1 < s.length) out += s[i + 1];
        i++;
      } else if (c === '"') inQuote = false;
      continue;
    }
    if (c === '"' && depth === 0) {
      inQuote = true;
      out += c;
    } else if (c === '(') depth++;
    else if (c === ')' && depth > 0) depth--;
    else if (depth === 0) out += c;
    else if (c === '\\') i++;
  }
  return out;
}

function splitOutsideQuotes(s: string, sep: string): string[] {
  const out: string[] = [];
  let inQuote = false;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '\\' && inQuote) i++;
    else if (c === '"') inQuote = !inQuote;
    else if (c === sep && !inQuote) {
      out.push(s.slice(start, i));
      start = i + 1;
    }
  }
  out.push(s.slice(start));
  return out;
}

const KEY_START = /[^\s=;]/g;
const KEY_RUN = /[^\s=;]+/y;
const EQUALS = /\s*=\s*/y;
const VALUE = /"(?:[^"\\]|\\.)*"?|[^\s;]*/y;

/**
 * key=value tokens, values possibly quoted: the matches of `/([^\s=;]+)\s*=\s*("(?:[^"\\]|\\.)*"?|[^\s;]*)/g`, found in
 * linear time. That pattern tried a key from every character of a run of key characters and rescanned the run each
 * time (one 32 KB token without '=': 1.3 s). A start anywhere in a run succeeds exactly when '=' follows the run's
 * end, so each run is looked at once: the key is the run from the first start the pattern would try.
 */
export function keyValuePairs(seg: string): [key: string, value: string][] {
  const pairs: [string, string][] = [];
  let at = 0;
  for (;;) {
    KEY_START.lastIndex = at;
    const start = KEY_START.exec(seg);
    if (!start) return pairs;
    KEY_RUN.lastIndex = start.index;
    KEY_RUN.exec(seg);
    const keyEnd = KEY_RUN.lastIndex;
    EQUALS.lastIndex = keyEnd;
    if (!EQUALS.exec(seg)) {
      at = keyEnd;
      continue;
    }
    VALUE.lastIndex = EQUALS.lastIndex;
    const value = VALUE.exec(seg)![0];
    pairs.push([seg.slice(start.index, keyEnd), value]);
    at = VALUE.lastIndex;
  }
}

function unquote(v: string): string {
  if (v.startsWith('"')) return v.replace(/^"|"$/g, '').replace(/\\(.)/g, '$1');
  return v;
}

/**
 * @example parseAuthResults('mx.example.net; spf=pass smtp.mailfrom=example.com; dkim=pass header.d=example.com')
 */
export function parseAuthResults(value: string): AuthResult[] {
  const text = stripComments(value.length > 16384 ? value.slice(0, 16384) : value);
  const segments = splitOutsideQuotes(text, ';');
  // Some writers (Exchange Online) omit the authserv-id: the first segment is then already a result.
  const headless = /^\s*[a-z][a-z0-9-]*(?:\/\d+)?\s*=/i.test(segments[0] ?? '');
  const authservId = headless ? '' : (segments[0] ?? '').trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  const results: AuthResult[] = [];
  for (let k = headless ? 0 : 1; k < segments.length && results.length < 100; k++) {
    const seg = (segments[k] as string).trim();
    if (!seg || seg.toLowerCase() === 'none') continue;
    let result: AuthResult | null = null;
    for (const [rawKey, rawValue] of keyValuePairs(seg)) {
      const key = rawKey.toLowerCase();
      const val = unquote(rawValue);
      if (!result) {
        result = { authservId, method: key.replace(/\/\d+$/, ''), result: val.toLowerCase(), props: {} };
        continue;
      }
      if (key === 'reason') result.reason = val;
      else if (key.includes('.')) {
        if (!(key in result.props)) result.props[key] = val;
      } else if (key === 'action' || key === 'policy') result.props[key] = val;
      else {
        // Several results in one segment without ';' (some writers do this): start a new one.
        results.push(result);
        result = { authservId, method: key.replace(/\/\d+$/, ''), result: val.toLowerCase(), props: {} };
      }
    }
    if (result) results.push(result);
  }
  return results;
}
