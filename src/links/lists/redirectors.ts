/**
 * Hosts that redirect to any URL given in a query parameter (open redirectors): a link through them
 * shows a trusted domain and lands somewhere else. `host/path` entries match only under that path.
 */
export const OPEN_REDIRECTORS: readonly string[] = [
  'google.com/url', 'google.co.jp/url', 'www.google.com/url', 'google.com/amp/s', 'maps.google.com/url',
  'bing.com/ck/a', 'l.facebook.com/l.php', 'lm.facebook.com/l.php', 'l.instagram.com', 'l.messenger.com',
  'linkedin.com/redir', 'youtube.com/redirect', 'away.vk.com', 'vk.com/away.php', 'slack-redir.net',
  't.umblr.com/redirect', 'href.li', 'r.search.yahoo.com', 'duckduckgo.com/l', 'adclick.g.doubleclick.net',
  'ad.doubleclick.net', 'googleadservices.com/pagead/aclk', 'clickserve.dartsearch.net', 'translate.google.com/translate',
  'smart.link', 'jump.2ch.net', 'jump.5ch.net', 'rd.yahoo.co.jp', 'click.yahoo.co.jp', 'www.youtube.com/attribution_link',
];

/**
 * Mail security gateways that rewrite every link of a message to pass through them: transparent
 * wrappers, unwrapped before analysis and never findings themselves.
 */
export const LINK_WRAPPERS: readonly string[] = [
  'safelinks.protection.outlook.com', 'urldefense.proofpoint.com', 'urldefense.com', 'protect2.fireeye.com',
  'linkprotect.cudasvc.com', 'secure-web.cisco.com', 'mimecastprotect.com', 'scanner.topsec.com',
  'clicktime.symantec.com', 'protection.sophos.com', 'scanmail.trustwave.com', 'urlsand.esvalabs.com',
  'shared.outlook.inky.com', 'url.emailprotection.link', 'avanan.click', 'smartlink.emailsecurity.trendmicro.com',
];

/** Query parameter names that carry the destination of a redirect. */
export const REDIRECT_PARAMETERS: readonly string[] = [
  'url', 'u', 'q', 'uddg', 'adurl', 'to', 'z', 'dest', 'destination', 'target', 'redirect', 'redirect_uri',
  'redirect_url', 'redir', 'r', 'next', 'goto', 'link', 'out', 'continue', 'return', 'returnurl', 'return_to',
  'rurl', 'ru', 'jump', 'go', 'href', 'lp', 'landing', 'click', 'l',
];

/**
 * Click-tracking hosts of e-mail service providers. Every link of a bulk mail goes through them, so
 * link text naming the customer's own domain while the href goes to the ESP is normal, not deception.
 */
export const ESP_TRACKERS: readonly string[] = [
  'list-manage.com', 'mcsv.net', 'mailchi.mp', 'sendgrid.net', 'mandrillapp.com', 'rs6.net', 'constantcontact.com',
  'exacttarget.com', 'sfmc-content.com', 'hubspotlinks.com', 'hs-analytics.net', 'sparkpostmail.com', 'createsend.com',
  'cmail19.com', 'cmail20.com', 'awstrack.me', 'klclick.com', 'klclick1.com', 'klclick3.com', 'emltrk.com',
  'mailgun.org', 'mailjet.com', 'mjt.lu', 'sendibt2.com', 'sendibt3.com', 'sendinblue.com', 'brevo.com',
  'benchmarkemail.com', 'campaign-archive.com', 'e.customeriomail.com', 'customeriomail.com', 'ctrk.klclick.com',
  'pardot.com', 'mktoweb.com', 'mkt.com', 'salesforce.com', 'aweber.com', 'getresponse.com', 'activehosted.com',
  'acems1.com', 'lt.acemlna.com', 'acemlna.com', 'substack.com', 'beehiiv.com', 'convertkit-mail.com',
  'ck.page', 'omnisend.com', 'smtp2go.com', 'postmarkapp.com', 'mlsend.com', 'bmetrack.com', 'cuenote.jp',
  'blastmail.jp', 'mpse.jp', 'hm-f.jp', 'benchmarkemail.jp', 'wantedly.com', 'zendesk.com',
];
