import { FREE_MAIL_DOMAINS_TEXT } from '../data/free-mail-domains.js';

/**
 * Japanese mobile carriers' mail domains: consumer mailboxes like free-mail for our purpose (a business
 * rarely mails them; spam from a stolen account often does) but missing from the upstream list.
 */
export const FREE_MAIL_EXTRA = ['docomo.ne.jp', 'ezweb.ne.jp', 'au.com', 'softbank.ne.jp', 'ymobile.ne.jp', 'uqmobile.jp'];

/** Free-mail provider domains; a subdomain of a listed domain counts too (`mail.example-free.com`). */
export class FreeMailList {
  private readonly domains: Set<string>;

  constructor(domains: Iterable<string>) {
    this.domains = new Set([...domains].map((d) => d.trim().toLowerCase()).filter(Boolean));
  }

  static default(): FreeMailList {
    return new FreeMailList([...FREE_MAIL_DOMAINS_TEXT.split('\n'), ...FREE_MAIL_EXTRA]);
  }

  get size(): number {
    return this.domains.size;
  }

  /** True when the address's domain (or a parent of it) is a free-mail provider. */
  isFreeAddress(address: string): boolean {
    const at = address.lastIndexOf('@');
    if (at < 0) return false;
    let domain = address.slice(at + 1);
    for (;;) {
      if (this.domains.has(domain)) return true;
      const dot = domain.indexOf('.');
      if (dot < 0) return false;
      domain = domain.slice(dot + 1);
      if (!domain.includes('.')) return false;
    }
  }
}
