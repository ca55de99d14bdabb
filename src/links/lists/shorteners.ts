/**
 * URL shorteners: a short link hides where it goes until it is opened. spamlab's own compact list of
 * services seen in mail; operators load fuller lists with `links.listsDir` (url_shorteners.txt).
 */
export const URL_SHORTENERS: readonly string[] = [
  'bit.ly', 'bitly.com', 'bit.do', 'tinyurl.com', 't.co', 'goo.gl', 'ow.ly', 'is.gd', 'v.gd', 'buff.ly',
  'rebrand.ly', 'cutt.ly', 'shorturl.at', 't.ly', 'tiny.cc', 'rb.gy', 's.id', 'bl.ink', 'lnkd.in',
  'shorte.st', 'adf.ly', 'x.gd', 'qrco.de', 'urlz.fr', 'soo.gd', 'clck.ru', 'u.to', 'tinyurl.is',
  'short.gy', 'shorturl.asia', 'ux.nu', 'amzn.to', 'youtu.be', 'git.io', 'tiny.one', 'snip.ly',
  'l.ead.me', 'linktr.ee', 'shrtco.de', '9qr.de', 'surl.li', 'qr.paps.jp', 'htn.to', 'ift.tt',
  // seen in honeypot lures of 2023–2025 (a German bank lure's one link on ln.run)
  'ln.run', 'goo.su', 'bitly.cx', 'zpr.io', 'ibit.ly',
];
