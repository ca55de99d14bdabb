/**
 * IP address helpers: the network an address belongs to (the unit "a new network for this account" is
 * judged by), the masked form shown in evidence, and membership of the local networks (mynetworks).
 */
import { isIP } from 'node:net';

/** `/24` for IPv4, `/48` for IPv6: a home router or an office keeps its prefix while the host part moves. */
export function networkOf(ip: string): string {
  if (isIP(ip) === 4) return ip.slice(0, ip.lastIndexOf('.')) + '.0/24';
  if (isIP(ip) === 6) return expand6(ip).slice(0, 3).join(':') + '::/48';
  return ip;
}

/** `45.155.205.233` → `45.155.x.x`: enough to recognise, no more than an alert needs to carry. */
export function maskIp(ip: string): string {
  if (isIP(ip) === 4) {
    const p = ip.split('.');
    return `${p[0]}.${p[1]}.x.x`;
  }
  if (isIP(ip) === 6) return expand6(ip).slice(0, 2).join(':') + ':…';
  return ip;
}

function expand6(ip: string): string[] {
  const [head, tail] = ip.split('::') as [string, string | undefined];
  const h = head ? head.split(':') : [];
  const t = tail ? tail.split(':') : [];
  const fill = tail === undefined ? [] : Array(Math.max(0, 8 - h.length - t.length)).fill('0');
  return [...h, ...fill, ...t].map((x) => x.toLowerCase().replace(/^0+(?=.)/, ''));
}

interface Cidr {
  v: 4 | 6;
  bits: bigint;
  prefix: number;
}

/** A list of CIDR ranges (`10.0.0.0/8`, `2001:db8::/32`, a bare address). */
export class NetworkList {
  private readonly ranges: Cidr[];

  constructor(cidrs: readonly string[]) {
    this.ranges = cidrs.map(parseCidr);
  }

  /** RFC 1918, loopback, CGNAT (RFC 6598), link-local and unique local IPv6: Postfix's usual mynetworks. */
  static privateDefault(): NetworkList {
    return new NetworkList(['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '127.0.0.0/8', '100.64.0.0/10', '169.254.0.0/16', '::1/128', 'fc00::/7', 'fe80::/10']);
  }

  has(ip: string): boolean {
    const v = isIP(ip);
    if (v === 0) return false;
    const value = toBigInt(ip, v as 4 | 6);
    const width = v === 4 ? 32 : 128;
    for (const r of this.ranges) {
      if (r.v !== v) continue;
      const shift = BigInt(width - r.prefix);
      if (value >> shift === r.bits >> shift) return true;
    }
    return false;
  }
}

/** Throws a clear error for a malformed range (it comes from configuration). */
export function parseCidr(text: string): Cidr {
  const [addr, len] = text.trim().split('/') as [string, string | undefined];
  const v = isIP(addr);
  if (v === 0) throw new Error(`not an IP network: ${text}`);
  const width = v === 4 ? 32 : 128;
  const prefix = len === undefined ? width : Number(len);
  if (!Number.isInteger(prefix) || prefix < 0 || prefix > width) throw new Error(`bad prefix length in ${text}`);
  return { v: v as 4 | 6, bits: toBigInt(addr, v as 4 | 6), prefix };
}

function toBigInt(ip: string, v: 4 | 6): bigint {
  if (v === 4) return ip.split('.').reduce((acc, p) => (acc << 8n) | BigInt(Number(p)), 0n);
  return expand6(ip).reduce((acc, p) => (acc << 16n) | BigInt(parseInt(p || '0', 16)), 0n);
}
