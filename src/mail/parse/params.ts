import { decodeCharset, normalizeCharsetLabel } from './charset.js';
import { decodeEncodedWords, type WordsInfo } from './encoded-words.js';

/** A structured header value with parameters: Content-Type, Content-Disposition (RFC 2045 §5.1, RFC 2183). */
export interface ParamValue {
  /** The value before the first `;`, lower-cased and trimmed (`text/plain`, `attachment`). */
  value: string;
  /** Lower-cased parameter names → values, RFC 2231 continuations joined and decoded, RFC 2047 decoded. */
  params: Record<string, string>;
}

interface RawParam {
  name: string;
  section: number;
  extended: boolean;
  value: string;
}

/**
 * Parses `value; name=val; name*=charset'lang'%XX; name*0*=…; name*1=…`. Lenient like clients: unquoted values
 * with spaces run to the next `;`, a missing closing quote runs to the end, duplicate names keep the first.
 * @example parseParams('text/plain; charset="ISO-2022-JP"').params.charset // 'ISO-2022-JP'
 */
export function parseParams(raw: string, info?: WordsInfo): ParamValue {
  const len = raw.length;
  let i = raw.indexOf(';');
  if (i < 0) i = len;
  const value = stripComments(raw.slice(0, i)).trim().toLowerCase();
  const rawParams: RawParam[] = [];
  // Next '=' and ';' positions, cached: searching afresh for each parameter would make a header of many
  // '='-less parameters quadratic.
  let nextEq = -2;
  let nextSemi = -2;
  while (i < len && rawParams.length < 1000) {
    // Skip ';' and whitespace.
    while (i < len && (raw[i] === ';' || raw[i] === ' ' || raw[i] === '\t')) i++;
    if (i >= len) break;
    if (nextEq !== -1 && nextEq < i) nextEq = raw.indexOf('=', i);
    if (nextSemi !== -1 && nextSemi < i) nextSemi = raw.indexOf(';', i);
    const eq = nextEq;
    const semi = nextSemi;
    if (eq < 0 || (semi >= 0 && semi < eq)) {
      // A parameter without '=': skip it.
      i = semi < 0 ? len : semi;
      continue;
    }
    const name = raw.slice(i, eq).trim().toLowerCase();
    i = eq + 1;
    while (i < len && (raw[i] === ' ' || raw[i] === '\t')) i++;
    let val: string;
    if (raw[i] === '"') {
      const parts: string[] = [];
      let j = i + 1;
      let segStart = j;
      while (j < len && raw[j] !== '"') {
        if (raw[j] === '\\' && j + 1 < len) {
          parts.push(raw.slice(segStart, j));
          segStart = j + 1;
          j += 2;
          continue;
        }
        j++;
      }
      parts.push(raw.slice(segStart, j));
      val = parts.join('');
      i = j + 1;
      // Anything after the closing quote up to ';' is garbage; skip it.
      if (nextSemi !== -1 && nextSemi < i) nextSemi = raw.indexOf(';', i);
      i = nextSemi < 0 ? len : nextSemi;
    } else {
      if (nextSemi !== -1 && nextSemi < i) nextSemi = raw.indexOf(';', i);
      const end = nextSemi < 0 ? len : nextSemi;
      val = stripComments(raw.slice(i, end)).trim();
      i = end;
    }
    const m = /^([^*]+)(?:\*(\d+))?(\*)?$/.exec(name);
    if (!m) {
      rawParams.push({ name, section: -1, extended: false, value: val });
      continue;
    }
    rawParams.push({
      name: m[1] as string,
      section: m[2] !== undefined ? Number(m[2]) : -1,
      extended: m[3] !== undefined,
      value: val,
    });
  }
  return { value, params: assembleParams(rawParams, info) };
}

function stripComments(s: string): string {
  if (s.indexOf('(') < 0) return s;
  return s.replace(/\([^()]*\)/g, '');
}

/** Joins RFC 2231 §3 continuations and decodes §4 extended values (`charset'lang'%XX`). */
function assembleParams(raw: RawParam[], info?: WordsInfo): Record<string, string> {
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  const groups = new Map<string, RawParam[]>();
  for (const p of raw) {
    if (p.section < 0 && !p.extended) {
      if (!(p.name in out)) out[p.name] = decodeEncodedWords(p.value, info);
      continue;
    }
    let list = groups.get(p.name);
    if (!list) {
      list = [];
      groups.set(p.name, list);
    }
    if (list.length < 1000) list.push(p);
  }
  for (const [name, list] of groups) {
    list.sort((a, b) => Math.max(a.section, 0) - Math.max(b.section, 0));
    let charset = '';
    const chunks: Buffer[] = [];
    for (let k = 0; k < list.length; k++) {
      const p = list[k] as RawParam;
      let v = p.value;
      if (p.extended) {
        if (k === 0) {
          const q1 = v.indexOf("'");
          const q2 = q1 >= 0 ? v.indexOf("'", q1 + 1) : -1;
          if (q1 >= 0 && q2 >= 0) {
            charset = normalizeCharsetLabel(v.slice(0, q1));
            v = v.slice(q2 + 1);
          }
        }
        chunks.push(percentDecode(v));
      } else chunks.push(Buffer.from(v, 'utf8'));
    }
    const bytes = Buffer.concat(chunks);
    let text: string;
    if (charset) {
      info?.charsets.add(charset);
      const decoded = decodeCharset(bytes, charset);
      if (decoded.note === 'unknown') info?.unknown.add(charset);
      text = decoded.text;
    } else text = decodeCharset(bytes, 'utf-8').text;
    // Extended values win over a plain parameter of the same name (RFC 2231 §4, what clients do).
    out[name] = decodeEncodedWords(text, info);
  }
  return out;
}

function percentDecode(s: string): Buffer {
  if (s.indexOf('%') < 0) return Buffer.from(s, 'utf8');
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x25 && i + 2 < s.length && /^[0-9a-fA-F]{2}$/.test(s.substr(i + 1, 2))) {
      out.push(parseInt(s.substr(i + 1, 2), 16));
      i += 2;
    } else if (c < 0x80) out.push(c);
    else for (const b of Buffer.from(s[i] as string, 'utf8')) out.push(b);
  }
  return Buffer.from(out);
}

const SEPARATOR = /[;\s]/g;

/**
 * The value cut at its first `;` or blank, as `value.replace(/[;\s].*$/, '')` did, in one pass: that pattern rescanned
 * the rest of the value from every `;` or blank when a line break followed (quadratic in a hostile header). `.` stops
 * at a line break, so its match starts at the first `;` or blank on the last line, or at the last line break itself.
 * @example valueBeforeSeparator('attachment ; x') // 'attachment'
 */
export function valueBeforeSeparator(value: string): string {
  let from = 0;
  for (let i = value.length - 1; i >= 0; i--) {
    const c = value.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) {
      from = i;
      break;
    }
  }
  SEPARATOR.lastIndex = from;
  const hit = SEPARATOR.exec(value);
  return hit ? value.slice(0, hit.index) : value;
}
