import { ipFamily } from '../mail/parse/ip-family.js';

/**
 * Address ranges a redirect follower must never connect to: anything that is not a routable unicast
 * address on the public Internet. Sources: RFC 6890 (special-purpose registries), RFC 1918 (private),
 * RFC 6598 (CGNAT 100.64/10), RFC 3927 (IPv4 link-local), RFC 4193 (IPv6 unique-local), RFC 4291
 * (loopback, link-local, multicast, IPv4-mapped), RFC 6052 (NAT64), RFC 3056 (6to4), RFC 4380 (Teredo).
 */
const NON_PUBLIC_V4: readonly [string, number, string][] = [
  ['0.0.0.0', 8, 'this network (0.0.0.0/8)'],
  ['10.0.0.0', 8, 'private (RFC 1918)'],
  ['100.64.0.0', 10, 'carrier-grade NAT (RFC 6598)'],
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local'],
  ['172.16.0.0', 12, 'private (RFC 1918)'],
  ['192.0.0.0', 24, 'IETF protocol assignments'],
  ['192.0.2.0', 24, 'documentation (TEST-NET-1)'],
  ['192.88.99.0', 24, '6to4 relay anycast'],
  ['192.168.0.0', 16, 'private (RFC 1918)'],
  ['198.18.0.0', 15, 'benchmarking (RFC 2544)'],
  ['198.51.100.0', 24, 'documentation (TEST-NET-2)'],
  ['203.0.113.0', 24, 'documentation (TEST-NET-3)'],
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved (incl. broadcast)'],
];

const NON_PUBLIC_V6: readonly [string, number, string][] = [
  ['::', 128, 'unspecified'],
  ['::1', 128, 'loopback'],
  ['::', 96, 'IPv4-compatible (deprecated)'],
  ['100::', 64, 'discard-only'],
  ['2001::', 32, 'Teredo tunnel'],
  ['2001:db8::', 32, 'documentation'],
  ['fc00::', 7, 'unique-local (RFC 4193)'],
  ['fe80::', 10, 'link-local'],
  ['fec0::', 10, 'site-local (deprecated)'],
  ['ff00::', 8, 'multicast'],
];

/** NON_PUBLIC_V4 as [network number, mask, reason], computed once. */
const V4_RANGES: readonly [number, number, string][] = NON_PUBLIC_V4.map(([net, prefix, reason]) => {
  const mask = prefix === 0 ? 0 : (~0 << (32 - prefix)) >>> 0;
  return [(ipv4ToNumber(net) & mask) >>> 0, mask, reason];
});
/**
 * NON_PUBLIC_V6 as [the network's eight groups, each group's mask, reason], made on the first IPv6 address. Plain arithmetic,
 * as for IPv4: node:net's BlockList loaded node:net and its helpers in every one-message scan with an IPv6 hop (compiled from
 * source there: NOTES.md, session 41, start41). Same ranges, same first match (a test compares it with BlockList).
 */
let v6RangesMade: readonly [number[], number[], string][] | undefined;
const v6Ranges = (): readonly [number[], number[], string][] =>
  (v6RangesMade ??= NON_PUBLIC_V6.map(([net, prefix, reason]) => {
    const masks = Array.from({ length: 8 }, (_, i) => {
      const bits = Math.min(16, Math.max(0, prefix - 16 * i));
      return bits === 0 ? 0 : (0xffff << (16 - bits)) & 0xffff;
    });
    const groups = ipv6Groups(net)!;
    return [groups.map((g, i) => g & masks[i]!), masks, reason];
  }));

/** Expands an IPv6 address to its eight 16-bit groups, or undefined when it is not IPv6. */
export function ipv6Groups(address: string): number[] | undefined {
  let text = withoutBrackets(address).toLowerCase();
  const zone = text.indexOf('%');
  if (zone >= 0) text = text.slice(0, zone);
  if (ipFamily(text) !== 6) return undefined;
  // A trailing dotted quad (::ffff:1.2.3.4) becomes two groups.
  const quad = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (quad) {
    const [a, b, c, d] = quad.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, quad.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::') as [string, string | undefined];
  const parse = (s: string) => (s ? s.split(':').map((g) => parseInt(g, 16)) : []);
  const left = parse(head);
  const right = tail === undefined ? [] : parse(tail);
  const fill = tail === undefined ? 0 : 8 - left.length - right.length;
  return [...left, ...new Array<number>(fill).fill(0), ...right];
}

/** The IPv4 address an IPv6 address carries (mapped, NAT64, 6to4), when it carries one. */
function embeddedV4(groups: number[]): string | undefined {
  const quad = (hi: number, lo: number) => `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
  const [g0, g1, g2, g3, g4, g5, g6 = 0, g7 = 0] = groups;
  // ::ffff:a.b.c.d (RFC 4291 §2.5.5.2) and ::ffff:0:a.b.c.d (SIIT)
  if (g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && ((g4 === 0 && g5 === 0xffff) || (g4 === 0xffff && g5 === 0))) return quad(g6, g7);
  // 64:ff9b::/96 NAT64 well-known prefix (RFC 6052)
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0) return quad(g6, g7);
  // 2002:AABB:CCDD::/48 6to4 (RFC 3056)
  if (g0 === 0x2002 && g1 !== undefined && g2 !== undefined) return quad(g1, g2);
  return undefined;
}

/**
 * Why an address is not a public unicast address (loopback, private, link-local, …), or undefined when
 * it is public. IPv6 addresses that embed an IPv4 address are judged by that address too.
 * @example nonPublicReason('127.0.0.1') // 'loopback'
 * @example nonPublicReason('::ffff:10.0.0.1') // 'private (RFC 1918), mapped in IPv6'
 * @example nonPublicReason('93.184.216.34') // undefined
 */
export function nonPublicReason(address: string): string | undefined {
  const bare = withoutBrackets(address);
  const version = ipFamily(bare);
  if (version === 4) {
    // Plain arithmetic on the prepared ranges: BlockList.check builds a SocketAddress per call, which cost
    // ~1 % of a scan (every message's Received hops come here). Same ranges, same first match.
    const n = ipv4ToNumber(bare);
    for (const [net, mask, reason] of V4_RANGES) if (((n & mask) >>> 0) === net) return reason;
    return undefined;
  }
  const groups = ipv6Groups(bare);
  if (!groups) return 'not an IP address';
  const v4 = embeddedV4(groups);
  if (v4) {
    const inner = nonPublicReason(v4);
    if (inner) return `${inner}, mapped in IPv6`;
  }
  for (const [net, masks, reason] of v6Ranges()) if (groups.every((g, i) => (g & masks[i]!) === net[i])) return reason;
  return undefined;
}

/** A dotted-quad IPv4 address (as isIPv4 accepts it: four decimal parts 0–255) as a 32-bit number, in one pass over its characters. */
export function ipv4ToNumber(address: string): number {
  let acc = 0;
  let part = 0;
  for (let i = 0; i < address.length; i++) {
    const c = address.charCodeAt(i);
    if (c === 0x2e) {
      acc = ((acc << 8) | part) >>> 0;
      part = 0;
    } else part = part * 10 + (c - 0x30);
  }
  return ((acc << 8) | part) >>> 0;
}

/**
 * 4 or 6 for an IPv4 / IPv6 address literal, 0 otherwise (node:net's isIP, which opens nothing; offered
 * here so that checks need not import node:net at all).
 */
export function ipVersion(text: string): 0 | 4 | 6 {
  return ipFamily(text);
}

/** Whether a host string (as `URL.hostname` gives it, IPv6 in brackets) is an IP literal. */
export function isIpLiteral(hostname: string): boolean {
  return ipFamily(withoutBrackets(hostname)) !== 0;
}

/**
 * One leading `[` and one trailing `]` dropped (as `replace(/^\[|\]$/g, '')`), without a regexp for the usual
 * bare address: nonPublicReason is asked for every Received hop.
 */
function withoutBrackets(address: string): string {
  let bare = address;
  if (bare.startsWith('[')) bare = bare.slice(1);
  if (bare.endsWith(']')) bare = bare.slice(0, -1);
  return bare;
}
