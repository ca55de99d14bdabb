import { ipVersion } from '../../links/ip.js';
import { registrableDefault } from '../../links/registrable.js';
import type { Check, Finding } from '../types.js';

const HOUR = 3600_000;
/** A hop may appear earlier than the one below it by clock skew; hours of difference are not skew. */
const REVERSAL_TOLERANCE = 12 * HOUR;
const FUTURE_TOLERANCE = 24 * HOUR;

/**
 * Large providers whose names spamware gives in HELO from unrelated hosts. A client may only claim them
 * when the reverse DNS our MTA recorded is in the same organisation.
 */
const PROVIDER_HELO_DOMAINS = new Set([
  'gmail.com', 'google.com', 'yahoo.com', 'yahoo.co.jp', 'hotmail.com', 'outlook.com', 'live.com', 'msn.com',
  'aol.com', 'icloud.com', 'apple.com', 'microsoft.com', 'amazon.com', 'paypal.com', 'docomo.ne.jp',
  'ezweb.ne.jp', 'softbank.ne.jp', 'nifty.com', 'biglobe.ne.jp', 'ocn.ne.jp', 'so-net.ne.jp',
]);

/**
 * The Received chain (RFC 5321 §4.4), newest hop first: malformed hops, time running backwards (lower
 * hops forged to hide the origin), hops from the future, and HELO names that lie.
 */
export const receivedCheck: Check = {
  name: 'headers.received',
  description: 'Received hops are well formed, in time order, and their HELO names are plausible',
  emits: ['HDR_RECEIVED_MALFORMED', 'HDR_RECEIVED_TIME_REVERSED', 'HDR_RECEIVED_FUTURE', 'HDR_RECEIVED_HELO_FORGED', 'HDR_RECEIVED_HELO_IP_MISMATCH'],
  run(msg, ctx) {
    const findings: Finding[] = [];
    const hops = msg.received;
    // The nearest hop above this one that has a date (was a reversed copy of the hops above, searched, for every hop).
    let newer: (typeof hops)[number] | undefined;
    for (let i = 0; i < hops.length; i++) {
      const hop = hops[i]!;
      // qmail's comment-only hops ("(qmail 123 invoked from network); date") are legitimate; what RFC 5321
      // cannot do without is the time stamp, and a hop with neither from/by nor a date is garbage.
      if (!hop.date) findings.push({ id: 'HDR_RECEIVED_MALFORMED', evidence: hop.raw.slice(0, 160) });
      if (hop.date && hop.date.getTime() - ctx.now.getTime() > FUTURE_TOLERANCE) {
        findings.push({ id: 'HDR_RECEIVED_FUTURE', evidence: `hop ${i + 1} dated ${hop.date.toISOString()}` });
      }
      if (newer?.date && hop.date && hop.date.getTime() - newer.date.getTime() > REVERSAL_TOLERANCE) {
        findings.push({
          id: 'HDR_RECEIVED_TIME_REVERSED',
          evidence: `hop ${i + 1} (${hop.date.toISOString()}) is later than the newer hop above it (${newer.date.toISOString()})`,
        });
      }
      if (hop.date) newer = hop;
      const helo = hop.helo?.toLowerCase().replace(/^\[|\]$/g, '');
      if (!helo) continue;
      const heloIp = helo.replace(/^ipv6:/, '');
      // A client behind NAT names its private address: that is not a lie about who it is.
      if (ipVersion(heloIp) && hop.ip && heloIp !== hop.ip && !isPrivateAddress(heloIp)) {
        findings.push({ id: 'HDR_RECEIVED_HELO_IP_MISMATCH', evidence: `HELO [${helo}] from ${hop.ip}` });
        continue;
      }
      // Without a reverse name there is nothing to hold a provider's name against (no domain lookup for it).
      if (ipVersion(heloIp) || !hop.rdns) continue;
      const claimed = registrableDefault(helo);
      if (claimed && PROVIDER_HELO_DOMAINS.has(claimed)) {
        const actual = registrableDefault(hop.rdns.toLowerCase());
        if (actual !== claimed) {
          findings.push({
            id: 'HDR_RECEIVED_HELO_FORGED',
            evidence: `HELO ${helo} from ${hop.rdns}${hop.ip ? ` [${hop.ip}]` : ''}`,
            data: { helo, rdns: hop.rdns, ip: hop.ip },
          });
        }
      }
    }
    return { findings };
  },
};

/** RFC 1918, loopback, link-local, CGNAT (RFC 6598) and IPv6 unique-local/link-local addresses. */
function isPrivateAddress(ip: string): boolean {
  if (ipVersion(ip) === 4) {
    const [a, b] = ip.split('.').map(Number) as [number, number];
    return a === 10 || a === 127 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254) || (a === 100 && b >= 64 && b <= 127);
  }
  const lower = ip.toLowerCase();
  return lower === '::1' || lower.startsWith('fc') || lower.startsWith('fd') || lower.startsWith('fe80');
}
