import { isIP } from 'node:net';
import { ipv6Groups } from '../links/ip.js';

/** What a table knows about the network an address belongs to. */
export interface NetworkInfo {
  /** Autonomous system number, or null when the table names none. */
  asn: number | null;
  /** The AS or network holder's name as the table gives it ('' when none). */
  org: string;
  /** ISO 3166-1 alpha-2 country code, upper case, or null when unknown. */
  country: string | null;
}

/** Looks up the network of an IPv4 or IPv6 address (undefined: not in the table, or not an address). */
export interface IpInfoLookup {
  lookup(ip: string): NetworkInfo | undefined;
  /** Address ranges held, after nested ranges were resolved (for start-up logs). */
  readonly size: number;
}

export interface TableProblem {
  line: number;
  reason: string;
}

/** Lines a table may hold before it is refused: a few million is every routed prefix of both families. */
const MAX_LINES = 5_000_000;
/** Problems kept for the report; past this only the count grows. */
const MAX_PROBLEMS = 20;

interface Range {
  family: 4 | 6;
  start: bigint;
  end: bigint;
  info: NetworkInfo;
}

/**
 * Parses an IP-to-network table an operator supplies (spamlab ships none: such data changes daily and has
 * its own licences). Two line formats, mixed freely; `#` starts a comment:
 *
 *  - ranges, tab-separated, the layout of the widely used "ip2asn" files:
 *    `first-address  last-address  AS-number  country  AS-name` (AS 0 = not routed, skipped);
 *  - prefixes, comma-separated: `network/length,AS-number,country,name` (the name may be quoted).
 *
 * A country of `None`, `ZZ`, `--` or empty is unknown. Nested ranges are allowed (the most specific one
 * answers); a malformed line is reported with its number and skipped, and a table where most lines are
 * malformed is refused as being in some other format.
 * @example parseIpInfoTable('1.0.0.0\t1.0.0.255\t13335\tUS\tCLOUDFLARENET').table.lookup('1.0.0.1')?.asn // 13335
 */
export function parseIpInfoTable(text: string): { table: IpInfoLookup; problems: TableProblem[]; problemCount: number; lines: number } {
  const ranges: Range[] = [];
  const problems: TableProblem[] = [];
  let problemCount = 0;
  let lines = 0;
  let lineNo = 0;
  for (const raw of text.split('\n')) {
    lineNo++;
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) continue;
    if (++lines > MAX_LINES) throw new Error(`IP table: more than ${MAX_LINES.toLocaleString('en')} lines`);
    const parsed = line.includes('\t') ? parseRangeLine(line) : parsePrefixLine(line);
    if (typeof parsed === 'string') {
      problemCount++;
      if (problems.length < MAX_PROBLEMS) problems.push({ line: lineNo, reason: parsed });
    } else if (parsed) {
      ranges.push(parsed);
    }
  }
  if (lines > 0 && problemCount > lines / 2) {
    throw new Error(`IP table: ${problemCount} of ${lines} lines are not "first<TAB>last<TAB>AS<TAB>country<TAB>name" or "network/length,AS,country,name" (line ${problems[0]!.line}: ${problems[0]!.reason})`);
  }
  return { table: buildTable(ranges), problems, problemCount, lines };
}

function parseRangeLine(line: string): Range | string | undefined {
  const [first = '', last = '', as = '', country = '', ...name] = line.split('\t');
  const a = toNumber(first.trim());
  const b = toNumber(last.trim());
  if (!a || !b) return `not an address range: ${line.slice(0, 80)}`;
  if (a.family !== b.family || b.value < a.value) return `range ends before it starts or mixes families: ${first} – ${last}`;
  const asn = parseAsn(as);
  if (asn === undefined) return `not an AS number: ${as.slice(0, 20)}`;
  if (asn === 0) return undefined; // "Not routed": no network to name.
  return { family: a.family, start: a.value, end: b.value, info: { asn, org: name.join(' ').trim(), country: parseCountry(country) } };
}

function parsePrefixLine(line: string): Range | string | undefined {
  const [prefix = '', as = '', country = '', ...name] = line.split(',');
  const slash = prefix.indexOf('/');
  const base = toNumber(slash < 0 ? prefix.trim() : prefix.slice(0, slash).trim());
  if (!base) return `not a network/length prefix: ${line.slice(0, 80)}`;
  const bits = base.family === 4 ? 32 : 128;
  const length = slash < 0 ? bits : Number(prefix.slice(slash + 1));
  if (!Number.isInteger(length) || length < 0 || length > bits) return `bad prefix length: ${prefix}`;
  const hostBits = BigInt(bits - length);
  const start = (base.value >> hostBits) << hostBits;
  const end = start | ((1n << hostBits) - 1n);
  const asn = as.trim() === '' ? null : parseAsn(as);
  if (asn === undefined) return `not an AS number: ${as.slice(0, 20)}`;
  return { family: base.family, start, end, info: { asn, org: name.join(',').trim().replace(/^"(.*)"$/, '$1'), country: parseCountry(country) } };
}

function parseAsn(text: string): number | null | undefined {
  const digits = text.trim().replace(/^AS/i, '');
  if (!/^\d{1,10}$/.test(digits)) return undefined;
  const n = Number(digits);
  return n <= 0xffffffff ? n : undefined;
}

function parseCountry(text: string): string | null {
  const cc = text.trim().toUpperCase();
  return /^[A-Z]{2}$/.test(cc) && cc !== 'ZZ' ? cc : null;
}

/** An address as a number in its family's space (IPv4 also when written IPv4-mapped: ::ffff:1.2.3.4). */
export function toNumber(ip: string): { family: 4 | 6; value: bigint } | undefined {
  if (isIP(ip) === 4) return { family: 4, value: ip.split('.').reduce((n, part) => (n << 8n) | BigInt(Number(part)), 0n) };
  const groups = ipv6Groups(ip);
  if (!groups) return undefined;
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) return { family: 4, value: (BigInt(groups[6]!) << 16n) | BigInt(groups[7]!) };
  return { family: 6, value: groups.reduce((n, g) => (n << 16n) | BigInt(g), 0n) };
}

interface Segment {
  start: bigint;
  end: bigint;
  info: NetworkInfo;
}

/**
 * Resolves nesting into disjoint segments (the innermost range wins inside it, the enclosing one around it),
 * sorted, so a lookup is one binary search. A range that overlaps another without nesting is cut at the
 * enclosing range's end (real tables hold nested or disjoint ranges; a partial overlap is a data error).
 */
function buildTable(ranges: Range[]): IpInfoLookup {
  const byFamily = { 4: [] as Segment[], 6: [] as Segment[] };
  for (const family of [4, 6] as const) {
    const list = ranges.filter((r) => r.family === family).sort((x, y) => (x.start < y.start ? -1 : x.start > y.start ? 1 : x.end > y.end ? -1 : x.end < y.end ? 1 : 0));
    const out = byFamily[family];
    const stack: Range[] = [];
    let cursor = 0n;
    const emit = (start: bigint, end: bigint, info: NetworkInfo) => {
      if (start <= end) out.push({ start, end, info });
    };
    const closeUntil = (position: bigint) => {
      while (stack.length && stack.at(-1)!.end < position) {
        const top = stack.pop()!;
        emit(cursor, top.end, top.info);
        cursor = top.end + 1n;
      }
    };
    for (const r of list) {
      closeUntil(r.start);
      const parent = stack.at(-1);
      if (parent) emit(cursor, r.start - 1n, parent.info);
      cursor = r.start;
      stack.push(parent && r.end > parent.end ? { ...r, end: parent.end } : r);
    }
    closeUntil(1n << 129n);
  }
  return {
    size: byFamily[4].length + byFamily[6].length,
    lookup(ip: string): NetworkInfo | undefined {
      const n = toNumber(ip.trim());
      if (!n) return undefined;
      const segments = byFamily[n.family];
      let lo = 0;
      let hi = segments.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const s = segments[mid]!;
        if (n.value < s.start) hi = mid - 1;
        else if (n.value > s.end) lo = mid + 1;
        else return s.info;
      }
      return undefined;
    },
  };
}
