import { lazyRegExp } from '../mail/lazy-regexp.js';
/**
 * A host named after an IP address (session 30, issue 17): the name a hosting provider gives every server it rents out —
 * `239.125.168.184.host.secureserver.net`, `64-120-94-221.cloud.leaseweb.net`, `ec2-54-12-3-4.compute-1.amazonaws.com` —
 * in either byte order. A link to one is a link to a bare server that no organisation named: URL_IP_HOST's sign,
 * written with letters after it so that a raw-IP test passes it by.
 *
 * Read below the registrable domain only (the provider's own name is not the server's): four labels that are each a
 * number 0–255, or one label of four such numbers joined by `-` (with at most a short letter prefix, `ip-`, `ec2-`,
 * `host-`, `static-`). Linear: one split of a name of at most 253 characters.
 */
const OCTET = String.raw`(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)`;
/** One label of four octets joined by dashes, after at most a short prefix of letters and digits ending in a letter. */
const DASHED_LABEL = lazyRegExp(() => new RegExp(String.raw`^(?:[a-z][a-z0-9]{0,7}-)?(${OCTET})-(${OCTET})-(${OCTET})-(${OCTET})$`));
const OCTET_LABEL = lazyRegExp(() => new RegExp(`^${OCTET}$`));

/**
 * The IP address a host is named after (as written, dots between), or undefined.
 * @example ipNamedHost('239.125.168.184.host.secureserver.net', 'secureserver.net') // '239.125.168.184'
 * @example ipNamedHost('64-120-94-221.cloud.leaseweb.net', 'leaseweb.net') // '64.120.94.221'
 * @example ipNamedHost('www.example.com', 'example.com') // undefined
 */
export function ipNamedHost(host: string, domain: string): string | undefined {
  if (host.length > 253 || host.length <= domain.length + 1 || !host.endsWith(domain)) return undefined;
  const labels = host.slice(0, host.length - domain.length - 1).toLowerCase().split('.');
  let run = 0;
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i]!;
    if (OCTET_LABEL().test(label)) {
      run++;
      if (run === 4) return labels.slice(i - 3, i + 1).join('.');
      continue;
    }
    run = 0;
    const dashed = DASHED_LABEL().exec(label);
    if (dashed) return `${dashed[1]}.${dashed[2]}.${dashed[3]}.${dashed[4]}`;
  }
  return undefined;
}
