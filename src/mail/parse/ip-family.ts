import { isIP, isIPv4 } from 'node:net';

/**
 * 4 or 6 for an IPv4 / IPv6 address literal, 0 otherwise: node:net's isIP without trying IPv6 on text that has no
 * colon (every IPv6 form has one). node:net's IPv6 pattern is long; compiling it cost ~5 ms of a one-message
 * scan's start-up when only domain names and IPv4 hops came by. Shared by the Received parser and src/links/ip.ts.
 */
export function ipFamily(text: string): 0 | 4 | 6 {
  return text.includes(':') ? (isIP(text) as 0 | 4 | 6) : isIPv4(text) ? 4 : 0;
}
