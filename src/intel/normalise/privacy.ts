import { PRIVACY_PROXIES } from './privacy-proxies.js';

const compile = (list: readonly string[]) => list.map((p) => new RegExp(p, 'iu'));
const REDACTION = compile(PRIVACY_PROXIES.redactionPhrases);
const SERVICE = compile(PRIVACY_PROXIES.serviceNames);
const EMAIL_PATTERNS = compile(PRIVACY_PROXIES.emailPatterns);
const EMAIL_DOMAINS = new Set<string>(PRIVACY_PROXIES.emailDomains);
const PHONES = new Set<string>(PRIVACY_PROXIES.phones);

/** Why a value is not an identity: withheld by the registry, or a privacy/proxy service's own. */
export type Shield = 'redacted' | 'proxy';

/** A value the registry withheld ("REDACTED FOR PRIVACY", `[[REDACTED]]`, "Not Disclosed"). */
export function isRedactionPhrase(raw: string): boolean {
  const v = raw.normalize('NFKC').trim();
  return REDACTION.some((re) => re.test(v));
}

/** A name or organisation of a privacy/proxy service (Domains By Proxy, WhoisGuard, Whois情報公開代行, …). */
export function isProxyName(raw: string): boolean {
  const v = raw.normalize('NFKC');
  return SERVICE.some((re) => re.test(v));
}

/** An address at a privacy service (`…@domainsbyproxy.com`) or a pattern like `…@whoisprivacy…`. */
export function isProxyEmail(normalised: string): boolean {
  const domain = normalised.slice(normalised.lastIndexOf('@') + 1);
  for (let d = domain; d.includes('.'); d = d.slice(d.indexOf('.') + 1)) if (EMAIL_DOMAINS.has(d)) return true;
  return EMAIL_PATTERNS.some((re) => re.test(normalised)) || isProxyName(normalised);
}

/** A shared phone number of a proxy service (E.164). */
export function isProxyPhone(e164: string): boolean {
  return PHONES.has(e164);
}
