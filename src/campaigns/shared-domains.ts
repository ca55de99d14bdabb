import { defaultBrands } from '../brands/defaults.js';
import { registrableDomain } from '../brands/registry.js';
import { FREE_FILE_HOSTS } from '../links/lists/file-hosts.js';
import { ESP_TRACKERS, LINK_WRAPPERS, OPEN_REDIRECTORS } from '../links/lists/redirectors.js';
import { URL_SHORTENERS } from '../links/lists/shorteners.js';

/** Common sites linked from every kind of mail, beyond the lists below. */
const UBIQUITOUS = ['w3.org', 'schema.org', 'example.com', 'example.org', 'example.net', 'wikipedia.org', 'gstatic.com', 'googleapis.com', 'cloudfront.net', 'akamaihd.net', 'sourceforge.net', 'geocities.com', 'yahoo.com', 'hotmail.com', 'msn.com', 'aol.com',
  // Image, page and cloud hosts any sender can put a file on.
  'imgur.com', 'ibb.co', 'postimg.cc', 'postimg.org', 'googleusercontent.com', 'amazonaws.com', 'windows.net', 'blogspot.com',
  'wordpress.com', 'wp.com', 'github.io', 'firebaseapp.com', 'web.app', 'pages.dev', 'workers.dev', 'herokuapp.com', 'netlify.app', 'vercel.app'];

/**
 * Registrable domains many unrelated senders link to: URL shorteners, free file hosts, open redirectors,
 * link wrappers, ESP click trackers, image and cloud hosts, the brands' own sites (phishing links to paypal.com beside its fake
 * login page) and a few ubiquitous sites. Sharing one of these says nothing about a campaign, so they are
 * neither lookup keys nor join evidence (measured on the corpus: `both link to tinyurl.com` merged
 * unrelated lures).
 */
export const SHARED_LINK_DOMAINS: ReadonlySet<string> = (() => {
  const out = new Set<string>();
  const add = (d: string): void => {
    const reg = registrableDomain(d) ?? d.toLowerCase();
    out.add(reg);
  };
  for (const d of [...URL_SHORTENERS, ...FREE_FILE_HOSTS, ...OPEN_REDIRECTORS, ...LINK_WRAPPERS, ...ESP_TRACKERS, ...UBIQUITOUS]) add(d);
  for (const b of defaultBrands()) for (const d of [...b.domains, ...(b.sendingDomains ?? []), ...(b.infrastructureDomains ?? [])]) add(d);
  return out;
})();

/** SHA-256 of zero bytes: an empty attachment is the same file in every message. */
export const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
