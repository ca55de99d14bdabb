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

/** key=value tokens, values possibly quoted. */
const PAIR = /([^\s=;]+)\s*=\s*("(?:[^"\\]|\\.)*"?|[^\s;]*)/g;

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
    PAIR.lastIndex = 0;
    for (let m = PAIR.exec(seg); m; m = PAIR.exec(seg)) {
      const key = (m[1] as string).toLowerCase();
      const val = unquote(m[2] as string);
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
