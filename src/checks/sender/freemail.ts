/**
 * The shipped compact list of free-mail providers: the large global ones and the Japanese portals and
 * carrier mail (carrier addresses are personal phones: a company never writes from them). A fuller
 * list can be loaded from `sender.listsDir`/free_email_providers.txt.
 */
export const FREEMAIL_DOMAINS: readonly string[] = [
  // Global
  'gmail.com', 'googlemail.com', 'yahoo.com', 'yahoo.co.uk', 'yahoo.fr', 'yahoo.de', 'ymail.com', 'rocketmail.com',
  'outlook.com', 'hotmail.com', 'hotmail.co.uk', 'hotmail.fr', 'live.com', 'msn.com', 'aol.com', 'icloud.com', 'me.com',
  'mac.com', 'proton.me', 'protonmail.com', 'pm.me', 'gmx.com', 'gmx.net', 'gmx.de', 'web.de', 'mail.com', 'zoho.com',
  'zohomail.com', 'yandex.com', 'yandex.ru', 'mail.ru', 'inbox.ru', 'list.ru', 'bk.ru', 'qq.com', '163.com', '126.com',
  'sina.com', 'naver.com', 'daum.net', 'hanmail.net', 'tutanota.com', 'tuta.io', 'fastmail.com', 'hushmail.com', 'mailinator.com',
  'rediffmail.com', 'libero.it', 'orange.fr', 'laposte.net', 'free.fr', 'seznam.cz', 'onet.pl', 'wp.pl', 'o2.pl', 'interia.pl',
  // The large providers' country domains: personal addresses that share a brand's label (not TLD swaps of it)
  'yahoo.es', 'yahoo.it', 'yahoo.ca', 'yahoo.ie', 'yahoo.gr', 'yahoo.se', 'yahoo.dk', 'yahoo.no', 'yahoo.in', 'yahoo.co.in',
  'yahoo.co.id', 'yahoo.co.nz', 'yahoo.co.th', 'yahoo.com.au', 'yahoo.com.br', 'yahoo.com.ar', 'yahoo.com.mx', 'yahoo.com.sg',
  'yahoo.com.ph', 'yahoo.com.vn', 'yahoo.com.tw', 'yahoo.com.hk', 'yahoo.com.my', 'yahoo.com.tr',
  'hotmail.de', 'hotmail.it', 'hotmail.es', 'hotmail.be', 'hotmail.nl', 'hotmail.ca', 'hotmail.com.br', 'hotmail.com.ar',
  'hotmail.com.au', 'outlook.fr', 'outlook.de', 'outlook.es', 'outlook.it', 'outlook.com.br', 'live.co.uk', 'live.fr',
  'live.de', 'live.it', 'live.nl', 'live.be', 'live.se', 'live.ca', 'live.com.au', 'live.com.mx',
  // Japan: portals and free services
  'yahoo.co.jp', 'ybb.ne.jp', 'outlook.jp', 'hotmail.co.jp', 'live.jp', 'excite.co.jp', 'goo.jp', 'mail.goo.ne.jp',
  'infoseek.jp', 'nifty.com', 'livedoor.com', 'biglobe.ne.jp', 'ocn.ne.jp', 'so-net.ne.jp', 'auone.jp', 'gmail.co.jp',
  'zoho.jp', 'excite.jp', 'rakuten.jp',
  // Japan: mobile carriers (personal phones)
  'docomo.ne.jp', 'ezweb.ne.jp', 'au.com', 'softbank.ne.jp', 'i.softbank.jp', 'vodafone.ne.jp', 'disney.ne.jp',
  'ymobile.ne.jp', 'y-mobile.ne.jp', 'emobile.ne.jp', 'willcom.com', 'pdx.ne.jp', 'uqmobile.jp', 'rakumail.jp', 'povo.jp',
];

/**
 * The set of free-mail domains in force: the shipped list plus the configured extras and the entries of
 * the operator's `sender.listsDir`/free_email_providers.txt (read by the composition root).
 */
export function freemailDomains(...extra: (readonly string[])[]): Set<string> {
  return new Set<string>([...FREEMAIL_DOMAINS, ...extra.flat().map((d) => d.toLowerCase())]);
}

/** Whether an address's domain (or a parent of it, `i.softbank.jp`) is a free-mail provider. */
export function isFreemail(domain: string, set: ReadonlySet<string>): boolean {
  let d = domain.toLowerCase();
  for (let i = 0; i < 4 && d; i++) {
    if (set.has(d)) return true;
    const dot = d.indexOf('.');
    if (dot < 0) break;
    d = d.slice(dot + 1);
  }
  return false;
}
