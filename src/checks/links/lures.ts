import { analyzeName, isDangerousClass } from '../../files/names/index.js';
import { passwordsFromText } from '../attachments/passwords.js';
import { searchQueryLocations, webDavLocations } from '../../files/shortcut/remote-folder.js';
import type { LinkFacts } from '../../links/analyse.js';
import type { LinkOccurrence } from '../../links/extract.js';
import type { NormalisedUrl } from '../../links/normalise.js';
import { shareServicePages } from '../../links/lists/share-pages.js';
import { BoundedMemo, ownString } from '../../mail/memo.js';
import { documentButtonWords } from './file-button.js';
import { desktopInstallAsked } from './desktop-install.js';
import { deviceMessageAnnounced, deviceMessageInButton } from './device-message.js';
import { numberedReleaseAnnounced, productReleaseAnnounced, releaseAnnounced, secretAsked, softwareUpdateAsked, versionUpdateAsked, viewerUpdateAsked } from './version-update.js';
import { INSTALL_HINT, VIEWER_INSTALL_CALL, viewerInstallAsked } from './viewer-install.js';
import { blankOnly, lowerCased } from '../../mail/text-chars.js';
import type { ParsedMessage } from '../../mail/types.js';
import type { Check } from '../types.js';
import { CappedFindings, shortUrl, type LinkFactsSource } from './facts.js';
import { opaqueDownloadShape } from './opaque-download.js';
import { lazyRegExp } from '../../mail/lazy-regexp.js';
import { allMatches } from '../../mail/all-matches.js';

/**
 * Where a link leads, read from the link itself (issue 17): the landing page of credential phishing and
 * the download of a malware lure say what they are in their path, their host and their text, whoever the
 * sender claims to be — no registry of brands is needed.
 *
 * - URL_SIGNIN_PAGE_ELSEWHERE: a host named for signing in (`webmail.`, `login-secure.`) that is neither the
 *   sender's domain nor a registered brand's, or a sign-in, verification or payment page (`/login.php`,
 *   `/verify/`, `/pix/`, a "Log in" or "Pay" button) on a disposable host.
 * - URL_HOSTED_PAGE: a web page (.html, .php …) uploaded to cloud storage or a free upload host, or an IPFS page.
 * - URL_PAYLOAD_DOWNLOAD: a link straight to a program, script, archive or disk image, named by the path's last
 *   segment or by a query value that is a file name (`/get.php?file=Fatura_2291.zip`).
 * - URL_PAYLOAD_DISGUISED: the file such a download names (its address, the link's text, or a name written beside the link on any
 *   host) is dressed as something else: `Invoice.pdf.exe`, a right-to-left override, blanks before the extension (session 38).
 * - URL_ARCHIVE_PASSWORD_DOWNLOAD: a link to an archive (by its name, a file host's direct download, or an archive named beside
 *   it) in a letter that gives a password: the locked archive sent by link (session 38).
 * - URL_FILE_HOST_DOWNLOAD: a file host's direct-download address (`drive.google.com/uc?export=download`, a
 *   Dropbox `dl=1`, a GitHub release asset, a Discord attachment): the file itself, whatever its type, not a
 *   page that shows it.
 * - URL_OPAQUE_DOWNLOAD: a download address that names no file (`/download?id=88213`, `/dl/<token>`, `?dl=1` on an unlisted
 *   host, Drive's `/file/d/…` on another host: opaque-download.ts) that the letter asks to download (session 21).
 * - URL_DOWNLOAD_HOST_ELSEWHERE: a host named for downloads or installers (`download.`, `dl.`, `setup.` … or a
 *   registrable name built on `download`) that is neither the sender's nor a brand's: where a
 *   fake "desktop app" or "update" is fetched.
 * - URL_DOCUMENT_ON_DISPOSABLE_HOST: a link whose text or path offers a document (an invoice, a court notice,
 *   a statement, "download") on a host made to be thrown away or to hide the destination (a suspicious TLD,
 *   a file or site host, an IP address, a shortener), not the sender's domain nor a brand's.
 * - URL_DOCUMENT_DESKTOP_ONLY: the text says the document it links to can only be opened on a Windows or desktop
 *   computer ("this statement must be opened on a Windows laptop or desktop computer", "optimized for viewing on Windows
 *   PCs/laptops"), or asks that it be opened there ("Please open the document on a Windows computer", "abra o arquivo em um
 *   computador com Windows": issue 17): the gate of remote-access malware lures (session 12: fake SSA, IRS and broker tax
 *   statements whose "document" is an installer — a phone or a Mac could not run it). Wherever the link leads: the sender's own
 *   domain too.
 * - URL_DOCUMENT_DOWNLOAD_ELSEWHERE: a link whose own words are a download button naming a document ("Download your case file",
 *   "Rechnung herunterladen", "書類をダウンロード") leads to a host that is neither the sender's nor a brand's (session 24). No
 *   points alone (shops send "download your invoice" through their mailers' trackers); URL_MALWARE_DOCUMENT_BUTTON weighs it with
 *   a sender who is not who the letter claims.
 * - URL_REMOTE_FOLDER: a `search-ms:`/`search:` query in the letter itself (an anchor, a button's script, a query written
 *   out) whose `crumb=location:` is a share or web address, or a WebDAV address written there (`file://host@SSL/…`,
 *   `\\host@SSL\DavWWWRoot\…`; session 17) — the WebDAV lure without an attachment: Explorer opens the
 *   sender's folder as a local one and shows their shortcuts and programs as the reader's documents. Read by the attached
 *   page's reader (src/files/shortcut/remote-folder.ts), only for a letter that names the scheme.
 *
 * Each is a weak sign alone (mailing lists link to archives, newsletters to pages elsewhere); the
 * composites (src/rules/composites.ts) combine them with the lure and the impersonation. Cost: one pass over
 * the unique URLs already extracted (bounded by links.maxLinks), a token split of each path and of
 * at most 200 characters of each link text; the word sets are built once at start-up.
 */

/** Words that name a sign-in, verification or payment step (any language the corpora show); folded to ASCII. */
const SIGNIN_WORDS = new Set([
  'login', 'logon', 'signin', 'log-in', 'sign-in', 'webmail', 'owa', 'roundcube', 'verify', 'verification', 'verificacao',
  'verificar', 'verifizierung', 'verifier', 'validate', 'validation', 'validar', 'validacao', 'authenticate', 'authentication',
  'unlock', 'reactivate', 'reactivation', 'reativar', 'recover', 'recovery', 'password', 'passwd', 'credential', 'credentials',
  'otp', '2fa', 'mfa', 'sso', 'wp-login', 'anmelden', 'anmeldung', 'connexion', 'identification', 'acesso', 'acessar', 'entrar',
  'iniciar-sesion', 'inloggen', 'aanmelden', 'pix', 'boleto', 'pagamento', 'pagar', 'payment', 'billing', 'zahlung', 'paiement',
  'betaling', 'betalen', 'wallet', 'walletconnect', 'seed', 'restore', 'sync', 'dapp', 'claim', 'airdrop', 'unblock', 'desbloquear',
  'atualizar', 'atualizacao', 'aktualisieren', 'actualizar', 'update-account', 'account-update', 'secure-login', 'securelogin',
]);
/**
 * The words that make a host's own name claim a sign-in, a verification or an account update (`webmail.`,
 * `login-secure.`, `verify-account.`), in the six languages: not the payment, wallet and sync words of paths,
 * which also name products and places (`x-sync.co.uk`, `restore-hardware.com`, `billing.` of any shop).
 */
const HOST_SIGNIN_WORDS = new Set([
  'login', 'logon', 'signin', 'webmail', 'owa', 'roundcube', 'verify', 'verification', 'verificacao', 'verificar', 'verifizierung',
  'validate', 'validation', 'validar', 'validacao', 'authenticate', 'authentication', 'unlock', 'unblock', 'desbloquear', 'reactivate',
  'reactivation', 'reativar', 'reactivar', 'recover', 'recovery', 'password', 'passwd', 'credential', 'credentials', 'otp', '2fa', 'mfa',
  'wp-login', 'anmelden', 'anmeldung', 'connexion', 'acesso', 'acessar', 'inloggen', 'aanmelden', 'atualizar', 'atualizacao',
  'aktualisieren', 'actualizar', 'update-account', 'account-update', 'walletconnect', 'secure-login', 'securelogin',
]);
/** Word pairs that name one step when written apart (`/sign/in`, `log_in`). */
const SIGNIN_PAIRS = new Set(['sign in', 'log in', 'log on', 'sign on', 'my account', 'account verify', 'update account']);

/**
 * Words of a link's text that ask the reader to sign in, verify, pay, unlock or receive a parcel (en, de, pt,
 * es, fr, nl; folded to ASCII). Counted only for links to disposable hosts: a newsletter's own "Log in" button
 * passes through its mailer's click tracker, a phishing kit's lives on a file host or a throw-away domain.
 */
const ACTION_WORDS = new Set([
  'login', 'signin', 'logon', 'anmelden', 'einloggen', 'inloggen', 'connexion', 'connecter', 'entrar', 'acessar', 'acceder', 'ingresar',
  'verify', 'verificar', 'verifizieren', 'verifier', 'verifieren', 'confirm', 'confirmar', 'bestatigen', 'confirmer', 'bevestigen',
  'update', 'atualizar', 'actualizar', 'aktualisieren', 'bijwerken', 'unlock', 'desbloquear', 'entsperren', 'debloquer', 'reactivate',
  'reativar', 'reactivar', 'restore', 'restaurar', 'wiederherstellen', 'pay', 'pagar', 'bezahlen', 'payer', 'betalen', 'payment',
  'pagamento', 'pago', 'zahlung', 'paiement', 'betaling', 'track', 'rastrear', 'rastreamento', 'sendungsverfolgung', 'verfolgen',
  'suivre', 'bezorging', 'levering', 'lieferung', 'zustellung', 'livraison', 'entrega', 'reschedule', 'reprogramar', 'password',
  'senha', 'contrasena', 'passwort', 'wachtwoord', 'pix', 'boleto', 'mailbox', 'webmail', 'quota', 'storage', 'upgrade',
]);
/** The action words that are an update (ACTION_WORDS'): a program's update button as well as an account's. */
const UPDATE_ACTIONS = new Set(['update', 'upgrade', 'atualizar', 'actualizar', 'aktualisieren', 'bijwerken', 'mettre a']);
const ACTION_PAIRS = new Set(['sign in', 'log in', 'log on', 'se connecter', 'mettre a', 'iniciar sesion', 'keep password', 'my account']);

/**
 * File-host list entries (src/links/lists/file-hosts.ts) that serve uploaded files as they are: object storage
 * and free uploads. A web page there is someone's upload, not a site (blogs and site builders are sites).
 */
const STORAGE_HOSTS = new Set([
  'storage.googleapis.com', 'storage.cloud.google.com', 'firebasestorage.googleapis.com', 'firebasestorage.app', 's3.amazonaws.com', 'amazonaws.com',
  'blob.core.windows.net', 'web.core.windows.net', 'r2.dev', 'digitaloceanspaces.com', 'linodeobjects.com', 'wasabisys.com',
  'backblazeb2.com', 'b-cdn.net', 'oraclecloud.com', '000webhostapp.com', 'dl.dropboxusercontent.com', 'dropbox.com',
  'ipfs.io', 'dweb.link', 'cloudflare-ipfs.com', 'w3s.link', 'ipfs.w3s.link', 'nftstorage.link', 'gateway.pinata.cloud',
  'cf-ipfs.com', 'gateway.ipfs.io', 'infura-ipfs.io', '4everland.io', 'ipfs.fleek.co',
  // Session 45: the object storage of more clouds (file-hosts.ts says which).
  'bizmrg.com', 'vkcs.cloud', 'storage.yandexcloud.net', 'website.yandexcloud.net', 'myqcloud.com', 'cloud.ovh.net', 'contabostorage.com',
  'r2.cloudflarestorage.com',
]);

/** Path endings of a web page (as opposed to a picture or a file) on a file or site host. */
const PAGE_PATH = /\.(?:s?html?|php\d?|aspx?|jsp|cgi)$/i;

/**
 * Endings of something that runs, or an archive or disk image that carries it: what a link to a payload names, by
 * its path or a query value (session 19: control-panel items, management consoles, help files, library and
 * search-connector descriptions, tar/xz/bz2/lzh/uue archives as well; not `.url`, which a list mail's attached page is named). Not `.com`: in a path it is far more often a domain or an address
 * (`/fwd/…/name@hotmail.com`) than a DOS program.
 */
const PAYLOAD_ENDING = String.raw`\.(?:exe|scr|pif|bat|cmd|vbs|vbe|js|jse|wsf|wsh|hta|ps1|msi|msix|appx|appinstaller|jar|lnk|iso|img|vhdx?|zip|rar|7z|cab|ace|arj|gz|tgz|apk|ipa|dmg|xll|iqy|one|scf|mobileconfig|mobileprovision|cpl|msc|chm|library-ms|searchconnector-ms|tar|xz|bz2|lzh|uue)`;
export const PAYLOAD_PATH = new RegExp(`${PAYLOAD_ENDING}$`, 'i');

/**
 * A query value that is itself a file name with a payload ending (`file=Fatura_2291.zip`, `f=/d/setup.msi`):
 * download scripts name the file they serve there. Only the value's last path segment counts, and only a name
 * (no `=` or `&`; spaces are part of names): a redirect parameter's URL is a URL of its own (extract.ts adds it).
 */
const PAYLOAD_QUERY_VALUE = lazyRegExp(() => new RegExp(String.raw`(?:^|[/\\])([^/\\?#&=]{1,120}${PAYLOAD_ENDING})$`, 'i'));

/** The file name a link downloads by its query, or undefined: every value of `query` (at most 8) is read. */
export function payloadInQuery(query: string): string | undefined {
  if (!query) return undefined;
  let n = 0;
  for (const pair of query.slice(0, 1000).split('&')) {
    if (++n > 8) break;
    const eq = pair.indexOf('=');
    if (eq < 0) continue;
    let value = pair.slice(eq + 1).replace(/\+/g, ' ');
    if (value.includes('%')) {
      try {
        value = decodeURIComponent(value);
      } catch {
        // A malformed escape is kept as written.
      }
    }
    value = value.trim();
    const m = PAYLOAD_QUERY_VALUE().exec(value);
    if (m && !/^[a-z][a-z0-9+.-]*:/i.test(value)) return m[1];
  }
  return undefined;
}

/**
 * Session 52 (helper mal52): the file an address names by its last path segment or a query value (PAYLOAD_PATH,
 * payloadInQuery), or undefined — for readers outside the lures (a document's own link) that have only the written address.
 */
export function payloadOfAddress(href: string): string | undefined {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  return payloadOfPath(url.pathname, url.search.slice(1));
}

/** The file a link names by its path's last segment (PAYLOAD_PATH) or else a query value (payloadInQuery), or undefined. */
function payloadOfPath(path: string, query: string): string | undefined {
  const lastSegment = path.slice(path.lastIndexOf('/') + 1);
  return PAYLOAD_PATH.test(lastSegment) ? lastSegment : payloadInQuery(query);
}

/**
 * Direct-download addresses of file hosts (the file, not a page that previews it), as host → path/query test.
 * A share page (`drive.google.com/file/d/…/view`, `dropbox.com/s/…?dl=0`) shows the file and can serve anything; these
 * answer with the bytes, or are a transfer service's page for one file that offers only its download (MediaFire, MEGA,
 * WeTransfer — `we.tl/t-…` is the short form of `wetransfer.com/downloads/…` and redirects there). Data, not code: a host
 * is one row.
 */
const FILE_HOST_DOWNLOADS: readonly [host: RegExp, where: RegExp][] = [
  [/^(?:drive|docs)\.google\.com$/, /^\/(?:u\/\d+\/)?uc\b.*\bexport=download\b/],
  [/^drive\.usercontent\.google\.com$/, /^\/download\b/],
  [/^(?:www\.)?dropbox\.com$/, /[?&](?:dl|raw)=1\b/],
  [/^(?:dl\.dropboxusercontent\.com|dl\.dropbox\.com)$/, /^\/./],
  [/^onedrive\.live\.com$/, /^\/download\b/],
  [/\.sharepoint\.com$/, /(?:\/download\.aspx\b|[?&]download=1\b)/i],
  [/^(?:www\.)?github\.com$/, /^\/[^/]+\/[^/]+\/releases\/download\//],
  [/^objects\.githubusercontent\.com$/, /^\/./],
  [/^(?:cdn\.discordapp\.com|media\.discordapp\.net)$/, /^\/attachments\//],
  [/^(?:www\.)?mediafire\.com$/, /^\/(?:file|download)\//],
  [/^download\d*\.mediafire\.com$/, /^\/./],
  [/^(?:www\.)?wetransfer\.com$/, /^\/downloads\//],
  [/^we\.tl$/, /^\/t-[A-Za-z0-9]/],
  [/^(?:[a-z0-9-]+\.)?gofile\.io$/, /^\/(?:d|download)\//],
  [/^(?:www\.)?pixeldrain\.com$/, /^\/(?:u|api\/file)\//],
  [/^(?:www\.)?mega\.nz$/, /^\/(?:file|folder)\//],
  [/^(?:transfer\.sh|0x0\.st|files\.catbox\.moe|litter\.catbox\.moe)$/, /^\/./],
  [/^(?:www\.)?sendspace\.com$/, /^\/file\//],
  [/^(?:[a-z0-9-]+\.)?box\.com$/, /^\/shared\/static\//],
  [/^(?:www\.)?4shared\.com$/, /^\/(?:file|get|download)\//],
  // Session 21: more of the hosts malspam uses, each its one-file page or download path (a host is one row).
  [/^(?:www\.)?send\.cm$/, /^\/(?:d\/)?[A-Za-z0-9]{8,}/],
  [/^(?:www\.)?files\.fm$/, /^\/(?:f\/|down\.php\b)/],
  [/^(?:www\.)?krakenfiles\.com$/, /^\/(?:view|download)\//],
  [/^(?:www\.)?filetransfer\.io$/, /^\/data-package\//],
  // Session 23: code hosts' own attachment and download stores, where anyone's upload sits under the host's name (GitHub's
  // issue attachments, GitLab's project uploads, Bitbucket's downloads).
  [/^(?:www\.)?github\.com$/, /^\/user-attachments\/files\//],
  [/^(?:www\.)?gitlab\.com$/, /^\/(?:[^/]+\/)+uploads\/[0-9a-f]{32}\//],
  [/^(?:www\.)?bitbucket\.org$/, /^\/[^/]+\/[^/]+\/downloads\/[^/?]/],
];

/**
 * Session 57 (helper det57): file hosts whose address carries the uploaded file's name before its end, in the host's own
 * grammar, as host → path with the name (and, where the host writes the file's type apart, its ending): MediaFire's
 * `/file/<id>/<name>/file`, 4shared's `/<type>/<id>/<name>.html` (an archive's type is the first segment, the page ends in
 * `.html`), the anonfiles family's `/<id>/<name>_<ext>` (the dot written as `_`). The last segment is the host's page there,
 * so PAYLOAD_PATH does not see the name: `mediafire.com/file/8k2m1x9q0zt4b/Rechnung_Mai_2291.zip/file` is a zip. Data, not
 * code: a host is one row; each pattern is anchored at both ends with one lazy run, so a try is linear in the path.
 */
const FILE_HOST_UPLOAD_NAMES: readonly [host: RegExp, where: RegExp][] = [
  [/^(?:www\.)?mediafire\.com$/, /^\/(?:file|file_premium|view)\/[A-Za-z0-9]{4,40}\/(?<name>[^/]{1,200})(?:\/file)?\/?$/],
  [/^(?:www\.)?4shared\.com$/, /^\/(?:(?<ext>zip|rar|7z)|file)\/[A-Za-z0-9_-]{4,40}\/(?<name>[^/]{1,200}?)\.html?$/],
  [/^(?:www\.)?(?:anonfiles|bayfiles)\.com$/, /^\/[A-Za-z0-9]{6,40}\/(?<name>[^/]{1,200}?)_(?<ext>zip|rar|7z|exe|scr|msi|iso|img|js|vbs|hta|lnk|jar|apk|bat|cmd|ps1)\/?$/],
];

/**
 * The payload a file host's address names in its own grammar (FILE_HOST_UPLOAD_NAMES), its escapes decoded, or undefined: only a
 * name with a payload ending (PAYLOAD_PATH) counts.
 */
export function uploadedPayload(host: string, path: string): string | undefined {
  for (const where of hostFacts(host).uploadNames) {
    const m = where.exec(path.slice(0, 400));
    if (!m?.groups?.name) continue;
    let name = m.groups.ext ? `${m.groups.name}.${m.groups.ext}` : m.groups.name;
    if (name.includes('%')) {
      try {
        name = decodeURIComponent(name);
      } catch {
        // A malformed escape is kept as written.
      }
    }
    if (PAYLOAD_PATH.test(name)) return name;
  }
  return undefined;
}

/**
 * An archive or program ending written in words (`Rechnung_2291.7z`, `invoice.zip`, "(.exe)"): the extension followed by no
 * letter or digit. Narrower than PAYLOAD_ENDING for the text around a link: not `.js` (Node.js), `.one`, `.img` or `.gz`.
 */
const TEXT_PAYLOAD_ENDING = /\.(?:exe|scr|pif|msi|bat|cmd|vbs|vbe|jse|wsf|hta|ps1|lnk|iso|vhdx?|zip|rar|7z|cab|ace|arj|xll|apk)(?![\p{L}\p{N}_])/giu;
/**
 * TEXT_PAYLOAD_ENDING without its look-ahead, over the whole visible text: where a payload could be named beside a link. Every
 * match of TEXT_PAYLOAD_ENDING in a stretch around a link (two slices of the visible text joined by a blank, which no match
 * holds) is a match of this in the visible text at the same characters, so a link whose first place in the text is not within
 * AROUND_LINK_CHARS of one of these needs no search of the whole text (session 39: a 195 KB list digest of ~2,000 written
 * links spent 0.56 s there, 95 % of links.lures on the SA test split). A test keeps the two alternations the same.
 */
const TEXT_PAYLOAD_ENDING_ANYWHERE = /\.(?:exe|scr|pif|msi|bat|cmd|vbs|vbe|jse|wsf|hta|ps1|lnk|iso|vhdx?|zip|rar|7z|cab|ace|arj|xll|apk)/giu;
/** The most places of TEXT_PAYLOAD_ENDING_ANYWHERE kept; a text with more searches each link in the whole text, as before. */
const MAX_PAYLOAD_ENDINGS = 64;
/** The two patterns above, for the test that keeps them in step. */
export const textPayloadEndingPatterns = (): [RegExp, RegExp] => [TEXT_PAYLOAD_ENDING, TEXT_PAYLOAD_ENDING_ANYWHERE];
/** Every ending of PAYLOAD_ENDING, for a link's own text (which names the file the link is for). */
const ANY_PAYLOAD_ENDING = lazyRegExp(() => new RegExp(`${PAYLOAD_ENDING}(?![\\p{L}\\p{N}_])`, 'giu'));
/** Characters of a file name before its ending (no blank, quote, angle bracket, slash or colon). */
const NAME_CHAR = /[^\s"'<>/\\:()[\]]/u;

/**
 * The first file name with a payload ending in `text` (at most 400 characters): the name as written before the ending
 * (up to 80 characters back), or the ending alone when `bare` allows one standing by itself ("download the document
 * (.exe)"). Linear: one pass of the ending pattern, each hit read back at most 80 characters.
 */
export function payloadNamedIn(text: string, endings: RegExp, bare: boolean): string | undefined {
  const s = text.slice(0, 400);
  endings.lastIndex = 0;
  for (let m = endings.exec(s); m; m = endings.exec(s)) {
    let start = m.index;
    while (start > 0 && m.index - start < 80 && NAME_CHAR.test(s[start - 1]!)) start--;
    if (start < m.index || bare) return s.slice(start, m.index + m[0].length);
  }
  return undefined;
}

/** Characters of the message's text read on each side of a link to a file host, for the file it offers. */
const AROUND_LINK_CHARS = 160;

/**
 * Where a clicked link stands in the visible text: its written address (a text link) or its words (an HTML link), the
 * first 300 characters, found as [start, end); undefined when it is not there (a picture link, words the renderer changed).
 */
function linkSpanIn(o: LinkOccurrence, visibleText: string): [number, number] | undefined {
  const needle = linkNeedle(o);
  const at = needle ? visibleText.indexOf(needle) : -1;
  return at < 0 ? undefined : [at, at + needle.length];
}

/** What linkSpanIn looks for: a text link's written address, an HTML link's words; the first 300 characters. */
function linkNeedle(o: LinkOccurrence): string {
  return (o.source === 'text' ? o.raw : o.text ?? '').slice(0, 300);
}

/** TEXT_PAYLOAD_ENDING_ANYWHERE read at one place only (sticky), for payloadEndingsIn. */
const PAYLOAD_ENDING_AT = new RegExp(TEXT_PAYLOAD_ENDING_ANYWHERE.source, 'iuy');
/**
 * Whether a unit may begin an ending of TEXT_PAYLOAD_ENDING_ANYWHERE after its dot: an ending's first letter (a b c e h i j l
 * m p r s v w x z) in either case, 7, or ſ (which `iu` reads as s; the Kelvin sign is k, which begins none).
 */
const ENDING_START = new Uint8Array(0x80);
for (const c of 'abcehijlmprsvwxzABCEHIJLMPRSVWXZ7') ENDING_START[c.charCodeAt(0)] = 1;
const mayStartEnding = (c: number): boolean => (c < 0x80 ? ENDING_START[c] === 1 : c === 0x17f);

/**
 * Where TEXT_PAYLOAD_ENDING_ANYWHERE matches in the visible text (the dots), or null when there are more than MAX_PAYLOAD_ENDINGS.
 * Session 62 (issue 18, helper cpu63): every match begins with a dot, and an ending holds no dot, so the matches of the global
 * search are the sticky pattern's at each dot in turn; indexOf finds the dots and the unit after each is asked first
 * (mayStartEnding) — the global `iu` search walked every character of every letter (~16 K instructions a message of the
 * SpamAssassin test split). The same places (lure-payload-endings.test.ts).
 */
export function payloadEndingsIn(visibleText: string): number[] | null {
  const at: number[] = [];
  const re = PAYLOAD_ENDING_AT;
  for (let dot = visibleText.indexOf('.'); dot >= 0; dot = visibleText.indexOf('.', dot + 1)) {
    if (!mayStartEnding(visibleText.charCodeAt(dot + 1))) continue;
    re.lastIndex = dot;
    if (!re.test(visibleText)) continue;
    if (at.length === MAX_PAYLOAD_ENDINGS) return null;
    at.push(dot);
  }
  return at;
}

/** payloadEndingsIn of the message's visible text, read once per message on the first link that asks (kept in `sets`). */
function payloadEndingsOnce(sets: LureSets, visibleText: string): number[] | null {
  if (sets.payloadEndingsAt === undefined) sets.payloadEndingsAt = payloadEndingsIn(visibleText);
  return sets.payloadEndingsAt;
}

/**
 * Whether linkSpanIn's text (the needle) occurs starting anywhere a payload ending at one of `endings` would fall into the
 * AROUND_LINK_CHARS before or after it: from `p - needle.length - AROUND_LINK_CHARS` to `p + AROUND_LINK_CHARS` for an ending at
 * `p`. When it does not, the needle's first place (linkSpanIn's) has no ending around it either, and the link names nothing.
 */
function mayStandNear(o: LinkOccurrence, visibleText: string, endings: readonly number[]): boolean {
  const needle = linkNeedle(o);
  if (!needle) return false;
  for (const p of endings) {
    const from = Math.max(0, p - needle.length - AROUND_LINK_CHARS);
    if (visibleText.slice(from, p + AROUND_LINK_CHARS + needle.length).includes(needle)) return true;
  }
  return false;
}

/** The AROUND_LINK_CHARS of visible text before a clicked link (linkSpanIn), or undefined. */
function textBeforeLink(o: LinkOccurrence, visibleText: string): string | undefined {
  const span = linkSpanIn(o, visibleText);
  return span && visibleText.slice(Math.max(0, span[0] - AROUND_LINK_CHARS), span[0]);
}

/**
 * The archive or program a link offers by its words rather than its address: the link's own text (`<a href=…>
 * Rechnung_2291.zip</a>`, any host) or — for a share page on a file or site host (Drive `/file/d/…/view`, OneDrive,
 * Dropbox `dl=0`, MEGA, WeTransfer), which serves whatever was uploaded — the text around the link ("Rechnung_2291.7z
 * (2,3 MB): https://1drv.ms/…", "download the document (.exe)"). Undefined when neither names one.
 * Session 61 (helper mal62): the text around a link to any disposable host too — a suspicious top-level name, an IP address, a
 * shortener, as a file host (lureSets' `disposable`): a fake share notice names "Remittance_Advice.zip" above an "Open" button to
 * `remit-docs.top/d/88213`, and such a host is no business's own page that a letter mentioning a file beside it would link.
 */
function payloadOffered(clicked: readonly LinkOccurrence[], visibleText: string, onFileHost: boolean, sets: LureSets): { name: string; where: string } | undefined {
  for (const o of clicked.slice(0, 4)) {
    const named = o.text ? payloadNamedIn(o.text, ANY_PAYLOAD_ENDING(), false) : undefined;
    if (named) return { name: named, where: 'the link text' };
  }
  const endings = payloadEndingsOnce(sets, visibleText);
  if (endings !== null && endings.length === 0) return undefined;
  for (const o of clicked.slice(0, 4)) {
    const span = endings === null || mayStandNear(o, visibleText, endings) ? linkSpanIn(o, visibleText) : undefined;
    if (!span) continue;
    const [at, end] = span;
    const around = visibleText.slice(Math.max(0, at - AROUND_LINK_CHARS), at) + ' ' + visibleText.slice(end, end + AROUND_LINK_CHARS);
    const named = payloadNamedIn(around, TEXT_PAYLOAD_ENDING, true);
    // Off a file host (since session 61: off a disposable host) a name beside the link is only taken when it is disguised (session
    // 38): "Invoice.pdf.exe (1.2 MB)" above a link names what the link hands over on any host, while a plain "setup.zip" there may
    // be any file the letter mentions.
    if (named && (onFileHost || disguisedPayloadName(named))) return { name: named, where: 'the text around the link' };
  }
  return undefined;
}

/** An archive named in words beside a link (en, de, fr, es, pt, nl, it, ja; lower case): what the link hands over is locked. */
const ARCHIVE_WORDS = /\b(?:archive|archiv|archivo|arquivo|archief|archivio|zip|rar|7z|7-zip|compressed file|zip file|zip-datei|fichier zip|archivo zip|arquivo zip|zip-bestand|file zip)\b|アーカイブ|圧縮ファイル|zipファイル/u;

/**
 * A link to a locked archive whose password the letter gives (session 38): the Emotet-style delivery moved from the
 * attachment to a link — "the invoice is in a protected archive: <link> / Password: 2291". An encrypted archive cannot be
 * scanned on the way, which is why the password travels beside it. The link hands over an archive (its address or the name
 * it offers ends like one, or it is a file host's direct download) or, on a disposable host (a file host, a suspicious
 * top-level name, an IP address, a shortener), the AROUND_LINK_CHARS around it name one; and the letter gives a password
 * (checks/attachments' reader). What the archive is, or undefined.
 */
function lockedArchiveLink(msg: ParsedMessage, clicked: readonly LinkOccurrence[], fileName: string | undefined, fileHostDownload: boolean, onDisposableHost: boolean, sets: LureSets): string | undefined {
  if (sets.letterPassword === null) return undefined;
  let archive: string | undefined;
  if (fileName) {
    const cls = analyzeName(fileName).extensionClass;
    if (cls === 'archive' || cls === 'container') archive = fileName.slice(0, 80);
  } else if (fileHostDownload) {
    archive = 'a file host\'s direct download';
  }
  // An archive named only in words counts on a throw-away host alone: Japanese business mail sends a transfer service's link
  // with "zip" and its password in one letter (the PPAP habit), and a business's own or a known service's host is no lure's.
  if (!archive && onDisposableHost) {
    for (const o of clicked.slice(0, 4)) {
      const span = linkSpanIn(o, msg.visibleText);
      if (!span) continue;
      const around = (msg.visibleText.slice(Math.max(0, span[0] - AROUND_LINK_CHARS), span[0]) + ' ' + (o.text ?? '') + ' ' + msg.visibleText.slice(span[1], span[1] + AROUND_LINK_CHARS)).toLowerCase();
      const word = ARCHIVE_WORDS.exec(around);
      if (word) {
        archive = `an archive ("${word[0]}" beside the link)`;
        break;
      }
    }
  }
  if (!archive) return undefined;
  sets.letterPassword ??= passwordsFromText(msg.visibleText.slice(0, 20_000), 1, true)[0] ?? null;
  return sets.letterPassword === null ? undefined : archive;
}

/**
 * Whether a payload's name is dressed as something else (session 38): a document's or an archive's extension before a
 * program's (`Invoice_2291.pdf.exe`, `Rechnung.docx.js`), a right-to-left override turning the name
 * around, or a run of blanks pushing the real extension out of sight. No genuine download is named that way.
 */
export function disguisedPayloadName(name: string): boolean {
  let decoded = name;
  try {
    decoded = decodeURIComponent(name);
  } catch {
    // A stray `%` in the name: read it as written.
  }
  const facts = analyzeName(decoded);
  // The program last (`.pdf.exe`), not a program compressed (`scan.scr.xz`, and `Node.js.zip` is a project's name).
  const dressed = facts.doubleExtension !== undefined && isDangerousClass(facts.extensionClass);
  return dressed || facts.bidiControls.length > 0 || facts.spaceRun !== undefined;
}

/**
 * A page that shares one file (not a folder) on a file or site host: Drive `/file/d/…`, OneDrive `1drv.ms/u|b|w|x|p/…`,
 * SharePoint `/:u:/ /:b:/ …`, Dropbox `/s/…` or `/scl/fi/…`, MEGA `/file/…`, box `/s/…`.
 */
const FILE_SHARE_PAGES: readonly [host: RegExp, where: RegExp][] = [
  [/^(?:drive|docs)\.google\.com$/, /^\/(?:u\/\d+\/)?file\/d\//],
  [/^1drv\.ms$/, /^\/[ubwxp]\//],
  [/\.sharepoint\.com$/, /^\/:[ubwxp]:\//],
  [/^(?:www\.)?dropbox\.com$/, /^\/(?:s|scl\/fi)\//],
  [/^(?:www\.)?mega\.nz$/, /^\/file\//],
  [/^(?:[a-z0-9-]+\.)?box\.com$/, /^\/s\//],
  // Session 21: pCloud's public link, Yandex Disk's (`/d/` and `/i/`), a files.fm upload page, an Icedrive share.
  [/^u\.pcloud\.link$/, /^\/publink\/show\b/],
  [/^(?:disk\.yandex\.[a-z.]{2,6}|yadi\.sk)$/, /^\/(?:d|i)\//],
  [/^(?:www\.)?files\.fm$/, /^\/u\//],
  [/^(?:www\.)?icedrive\.net$/, /^\/s\//],
];

/** A download asked for in words (en, de, fr, es, pt, it, nl, ja): the letter's call before a share page's link. */
const DOWNLOAD_CALL = /\b(?:download(?:en)?|(?:he)?r(?:unter)?laden|t[ée]l[ée]charge[rz]?|descarg(?:ar|ue|a)|baix(?:ar|e)|scarica(?:re)?)\b|ダウンロード/iu;

/**
 * The words asking to download what a one-file share page holds (session 17): the link's own text, or the
 * AROUND_LINK_CHARS before the link ("Download the invoice here:\n<link>"). A share page previews its file, so a letter
 * that only offers it to be viewed is not read as a download; one that asks for the download hands the file over.
 */
function downloadAsked(clicked: readonly LinkOccurrence[], visibleText: string): string | undefined {
  for (const o of clicked.slice(0, 4)) {
    const own = o.text ? DOWNLOAD_CALL.exec(o.text.slice(0, 200)) : null;
    if (own) return own[0];
    const text = textBeforeLink(o, visibleText);
    const before = text === undefined ? null : DOWNLOAD_CALL.exec(text);
    if (before) return before[0];
  }
  return undefined;
}

/**
 * A billing document named in words (en, de, fr, es, pt, it, nl, ja): an invoice, a payment advice or receipt, a remittance —
 * the documents malspam hands over. Not "document", "PDF" or "file": newsletters offer those behind shortened links.
 */
const BILLING_DOCUMENT = /\b(?:invoices?|remittance|payment advice|proof of payment|rechnung(?:en)?|zahlungsavis|factures?|avis de (?:paiement|virement)|facturas?|justificante de pago|faturas?|boleto|comprovante|nota fiscal|fattur[ae]|avviso di pagamento|factu(?:ur|ren)|betalingsadvies)\b|請求書|送金明細|支払通知|振込明細/iu;

const DOWNLOAD_CALLS = lazyRegExp(() => new RegExp(DOWNLOAD_CALL.source, 'giu'));
const BILLING_DOCUMENTS = lazyRegExp(() => new RegExp(BILLING_DOCUMENT.source, 'giu'));
/** Most characters between the download call and the document it names ("download the PDF invoice", "請求書をダウンロード"). */
const CALL_DOCUMENT_GAP = 16;

/** Where `pattern` (global) matches in `text`: [start, end] pairs, at most 8. */
function spans(pattern: RegExp, text: string): [number, number][] {
  const out: [number, number][] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m && out.length < 8; m = pattern.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/**
 * The words asking to download a billing document through a link: a download call (DOWNLOAD_CALL) and a BILLING_DOCUMENT at most
 * CALL_DOCUMENT_GAP characters apart, either first ("download the invoice", "Rechnung herunterladen"), in the link's own text or in
 * the AROUND_LINK_CHARS before it — not an app to download in a sentence that also names invoices. Answers the two, as found.
 */
function billingDownloadAsked(clicked: readonly LinkOccurrence[], visibleText: string): string | undefined {
  return firstInLinkWords(clicked, visibleText, (stretch) => callNearDocument(stretch, BILLING_DOCUMENTS()));
}

/**
 * `find` over the words of each of the first four clicked links — the link's own text (not a written address, whose text is the
 * address itself), then the AROUND_LINK_CHARS before it — the first answer.
 */
function firstInLinkWords(clicked: readonly LinkOccurrence[], visibleText: string, find: (stretch: string) => string | undefined): string | undefined {
  for (const o of clicked.slice(0, 4)) {
    if (o.text && o.source !== 'text') {
      const own = find(o.text.slice(0, 200));
      if (own !== undefined) return own;
    }
    const before = textBeforeLink(o, visibleText);
    const asked = before === undefined ? undefined : find(before);
    if (asked !== undefined) return asked;
  }
  return undefined;
}

/**
 * A download call (DOWNLOAD_CALLS) and a document (of `documentSets`, each global, asked in order) at most CALL_DOCUMENT_GAP
 * characters apart in `stretch`, either first: the two as written, from the first to the last character; or undefined. The
 * calls are found once for every set.
 */
function callNearDocument(stretch: string, ...documentSets: RegExp[]): string | undefined {
  const calls = spans(DOWNLOAD_CALLS(), stretch);
  if (calls.length === 0) return undefined;
  for (const documents of documentSets) {
    for (const [ds, de] of spans(documents, stretch)) {
      for (const [cs, ce] of calls) {
        if ((cs >= de && cs - de <= CALL_DOCUMENT_GAP) || (ds >= ce && ds - ce <= CALL_DOCUMENT_GAP)) return stretch.slice(Math.min(cs, ds), Math.max(ce, de));
      }
    }
  }
  return undefined;
}

/**
 * A document a download button offers (en, de, fr, es, pt, it, nl, ja): a file, a document, a case file, a statement, an invoice, a
 * receipt, a contract, an attachment, a voice message, a scan — what a lure says the reader will get. Not the reports, guides,
 * catalogues, slides, apps and e-books that newsletters offer behind their trackers' "download" buttons.
 */
const BUTTON_DOCUMENT =
  /\b(?:documents?|files?|case files?|statements?|invoices?|receipts?|contracts?|attachments?|voice ?(?:mail|message)s?|fax(?:es)?|scan(?:ned document)?s?|dokument(?:e|en)?|datei(?:en)?|rechnung(?:en)?|belege?|vertrag|anhang|kontoauszug|unterlagen|akten?|fichiers?|factures?|relev[ée]s?|contrats?|pi[èe]ces? jointes?|dossiers?|justificatifs?|documentos?|archivos?|facturas?|extractos?|contratos?|adjuntos?|comprobantes?|expedientes?|recibos?|arquivos?|faturas?|extratos?|anexos?|intima[çc][ãa]o|processos?|boletos?|documenti|fattur[ae]|allegat[oi]|ricevut[ae]|estratto conto|bestand(?:en)?|factu(?:ur|ren)|afschrift(?:en)?|bijlagen?|ontvangstbewijs)(?![\p{L}\p{N}_])|書類|文書|ファイル|請求書|明細|添付|通知書|領収書|契約書/iu;
const BUTTON_DOCUMENTS = lazyRegExp(() => new RegExp(BUTTON_DOCUMENT.source, 'giu'));
/**
 * Session 30: the court's and the tax office's documents on the same buttons ("Download Official Summons & Complaint", "Download
 * Tax Slips", "Vorladung herunterladen", "Télécharger la convocation", "Descargar citación", "Dagvaarding downloaden", "訴状を
 * ダウンロード"): the remote-access lures' other errand beside the statement. A pattern of its own (the analyser of
 * scripts/regex-safety.ts times out on one alternation of both lists).
 */
const LEGAL_DOCUMENT =
  /\b(?:summons(?:es)?|subpoenas?|court orders?|(?:tax )?slips?|tax forms?|payslips?|pay ?stubs?|remittances?|vorladung(?:en)?|ladung|klageschrift|lohnabrechnung(?:en)?|steuerbescheinigung(?:en)?|convocations?|assignations?|citaci[óo]n(?:es)?|emplazamientos?|demandas?|cita[çc][ãa]o|mandados?|dagvaarding(?:en)?|oproeping(?:en)?|att[oi]|citazion[ei]|fascicol[oi]|decret[oi] ingiuntiv[oi])(?![\p{L}\p{N}_])|召喚状|呼出状|訴状|源泉徴収票/iu;
const LEGAL_DOCUMENTS = lazyRegExp(() => new RegExp(LEGAL_DOCUMENT.source, 'giu'));
/**
 * Session 51: the tax and pay documents of the same lures in their languages ("Steuerbescheid herunterladen", "Télécharger votre
 * avis d'imposition", "Descargar certificado fiscal", "Baixar informe de rendimentos", "Jaaroverzicht downloaden", "取引報告書を
 * ダウンロード") and the Dutch plural "documenten". A pattern of its own, as LEGAL_DOCUMENT is (scripts/regex-safety.ts's analyser
 * gets no verdict on either list with these added).
 */
const TAX_PAY_DOCUMENT =
  /\b(?:documenten|steuerbescheid(?:e)?|gehaltsabrechnung(?:en)?|avis d['’]imposition|bulletins? de (?:paie|salaire)|attestations? fiscales?|certificados? fiscal(?:es)?|n[óo]minas?|informes? de rendimentos?|holerites?|contracheques?|jaaroverzicht(?:en)?|loonstro(?:ok|ken)|certificazion[ei] fiscal[ei]|buste? paga|cedolin[oi])(?![\p{L}\p{N}_])|取引報告書|給与明細/iu;
const TAX_PAY_DOCUMENTS = lazyRegExp(() => new RegExp(TAX_PAY_DOCUMENT.source, 'giu'));
/** The longest link text read as a button's words ("Download your case file"): a whole sentence linked is no button. */
const MAX_BUTTON_CHARS = 80;

/**
 * A download button that names the document it hands over (session 24): a clicked link whose own words — an anchor's or a
 * picture's, not a written address — hold a download call (DOWNLOAD_CALL) and a BUTTON_DOCUMENT at most CALL_DOCUMENT_GAP characters
 * apart, either first ("Download your case file", "Dokument herunterladen", "Baixar documento", "書類をダウンロード"). Answers the
 * two, as written.
 */
export function documentButton(clicked: readonly LinkOccurrence[], visibleText = ''): string | undefined {
  for (const o of clicked.slice(0, 4)) {
    if (!o.text || o.source === 'text' || o.text.length > MAX_BUTTON_CHARS) continue;
    const asked = callNearDocument(o.text, BUTTON_DOCUMENTS(), LEGAL_DOCUMENTS(), TAX_PAY_DOCUMENTS());
    if (asked !== undefined) return asked;
    // Session 30: a bare download button ("Download now", "Jetzt herunterladen") under a sentence that names the document ("your
    // account statement for this month has been issued … using the button below"): the button hands over what the letter named.
    if (o.text.length <= MAX_BARE_BUTTON_CHARS && DOWNLOAD_CALL.test(o.text) && !BUTTON_DOCUMENT.test(o.text) && !LEGAL_DOCUMENT.test(o.text) && !TAX_PAY_DOCUMENT.test(o.text)) {
      const before = textBeforeLink(o, visibleText);
      const named = before === undefined ? null : (BUTTON_DOCUMENT.exec(before) ?? LEGAL_DOCUMENT.exec(before) ?? TAX_PAY_DOCUMENT.exec(before));
      if (named) return `${named[0]} … ${o.text.trim()}`;
    }
  }
  return undefined;
}
/**
 * Session 51: the words before a link that ask to download a document from it — a download call and a BUTTON_DOCUMENT,
 * LEGAL_DOCUMENT or TAX_PAY_DOCUMENT at most CALL_DOCUMENT_GAP characters apart in the AROUND_LINK_CHARS before the first four clicked links ("please
 * download the file from this link", "baixe o documento no link abaixo", "書類をダウンロード"). Answers the two, as written.
 */
function disguisedDocumentAsked(clicked: readonly LinkOccurrence[], visibleText: string): string | undefined {
  for (const o of clicked.slice(0, 4)) {
    const before = textBeforeLink(o, visibleText);
    const asked = before === undefined ? undefined : callNearDocument(before, BUTTON_DOCUMENTS(), LEGAL_DOCUMENTS(), TAX_PAY_DOCUMENTS());
    if (asked !== undefined) return asked;
  }
  return undefined;
}
/** The longest bare download button ("Download now", "Baixar agora", "今すぐダウンロード"): the call and a word or two. */
const MAX_BARE_BUTTON_CHARS = 24;

/**
 * What a fake-update lure asks to download or install (session 30; en, de, fr, es, pt, it, nl, ja): a desktop app or client, an
 * app, a browser extension, a new, latest or updated version, an installer, an update (session 43: mise à jour, actualización, atualização,
 * aggiornamento, アップデート) — "Download the updated Bisq Desktop App and
 * Chromium Extension here: …", "Install the latest version of Ledger Live". Not software or tools in general (newsletters'
 * "download our free guide" is no app either).
 */
const APP_OFFER =
  /(?<![\p{L}\p{N}_])(?:desktop (?:app|application|client|wallet|version)s?|apps?|applications?|(?:browser |chrome |chromium |wallet )?extensions?|(?:new|latest|updated?) versions?|installers?|updates?|upgrades?|aplicativo|aplicación|aplicaci[óo]n|applicazione|anwendung|erweiterung|neue version|nouvelle version|última versão|última versión|nieuwe versie|mise à jour|actualizaci[óo]n|atualiza[çc][ãa]o|aggiornamento|dernière version|nueva versi[óo]n|vers[ãa]o mais recente|neueste version|nieuwste versie|ultima versione|nuova versione|sicherheitsupdate|softwareupdate|beveiligingsupdate|(?:for|für|pour|para|voor|per) (?:windows|mac ?os|macs?|pcs?))(?![\p{L}\p{N}_])|アプリ|最新版|拡張機能|インストーラ|アップデート|(?:windows|mac)(?:版|用)|デスクトップ(?:版|アプリ)/iu;
const APP_OFFERS = lazyRegExp(() => new RegExp(APP_OFFER.source, 'giu'));
/**
 * Session 43: the fake update's pretext in the letter itself — the reader's browser is out of date, a font is missing — which
 * makes the letter about the download as a subject naming the app does (en, de, fr, es, pt, nl, it, ja).
 * Session 56 (helper det56): the reader's client, software or version out of date too ("Your Zoom client is outdated").
 */
const OUTDATED_SOFTWARE = /(?:browser|navigateur|navegador|ブラウザ|client|software|version|versi[óo]n|vers[ãa]o|versie|versione)[^.\n]{0,24}?(?:out of date|outdated|veraltet|obsolète|desactualizad[oa]|desatualizad[oa]|verouderd|non è aggiornato|古)|font (?:was not|wasn't) found|font pack|schriftart wurde nicht gefunden|フォントが見つかりません|フォントパック/i;
/**
 * Session 51: a desktop program named as the letter's news in its opening — "the new Trezor Suite desktop application", "die neue
 * Binance Desktop-Anwendung", "l'application de bureau", "aplicación de escritorio", "versão para desktop", "versione desktop",
 * "デスクトップアプリ" — which makes the letter about the app as a subject naming it does (a desktop program is an installer;
 * a phone app is fetched from a store). Read in the first OPENING_CHARS shown characters only: not a footer's links.
 */
const DESKTOP_APP =
  /(?<![\p{L}\p{N}_])(?:desktop[ -](?:app|application|client|wallet|version|anwendung|applicatie|versie)s?|(?:app|application|version|versie|anwendung)s? (?:de bureau|for desktop|für den desktop)|(?:aplicaci[óo]n|versi[óo]n|aplicativo|vers[ãa]o) (?:de escritorio|para (?:desktop|computador|escritorio))|(?:applicazione|versione) desktop|application de bureau|(?:para|for|für den|voor|per) (?:escritorio|desktop|computador))(?![\p{L}\p{N}_])|デスクトップ(?:版|アプリ)/iu;
/** How much of the shown text is the letter's opening (DESKTOP_APP, installAsked). */
const OPENING_CHARS = 1000;
/** An install call beside the download call (en, de, fr, es, pt, it, nl, ja). */
const INSTALL_CALL = /\b(?:install(?:ieren|er|ar|e|a|ez|i|are)?|instal(?:e|ar|a)|instaleer|installeer)\b|インストール/iu;
const INSTALL_CALLS = lazyRegExp(() => new RegExp(INSTALL_CALL.source, 'giu'));
/** Most characters between the call and the app it names ("Download the updated Bisq Desktop App"): a name or two between. */
const CALL_APP_GAP = 24;
/**
 * Session 43: download and install calls written after what they fetch — a German separable verb's particle ("… herunter"), a
 * Japanese verb after its object (をダウンロード, をインストール) — and the most characters between the app and that call.
 */
const CALLS_AFTER_APP = /(?<![\p{L}\p{N}_])(?:herunter(?:laden)?|installieren|downloaden|installeren|installeert)(?![\p{L}\p{N}_])|を?(?:ダウンロード|インストール)/giu;
const CALL_AFTER_APP_GAP = 6;

/**
 * The words asking to download or install an app through a link (session 30): a download or install call and an APP_OFFER at most
 * CALL_APP_GAP characters after it, in the link's own text (not a written address) or the AROUND_LINK_CHARS before the link. Answers
 * the two as written.
 */
export function appDownloadAsked(clicked: readonly LinkOccurrence[], visibleText: string): string | undefined {
  return firstInLinkWords(clicked, visibleText, callBeforeApp);
}

/** A download or install call with an APP_OFFER (or `offers`) at most CALL_APP_GAP characters after it in `stretch`: the two as written. */
function callBeforeApp(stretch: string, offers: RegExp = APP_OFFERS()): string | undefined {
  const calls = INSTALL_HINT.test(stretch) ? [...spans(DOWNLOAD_CALLS(), stretch), ...spans(INSTALL_CALLS(), stretch)] : spans(DOWNLOAD_CALLS(), stretch);
  const after = spans(CALLS_AFTER_APP, stretch);
  if (calls.length === 0 && after.length === 0) return undefined;
  for (const [as, ae] of spans(offers, stretch)) {
    for (const [cs, ce] of calls) if (as >= ce && as - ce <= CALL_APP_GAP) return stretch.slice(cs, ae);
    // Session 43: the call after the app, where the language puts its verb last — "Laden Sie das neueste Update herunter",
    // 「最新のアップデートをダウンロードしてください」.
    for (const [cs, ce] of after) if (cs >= ae && cs - ae <= CALL_AFTER_APP_GAP) return stretch.slice(as, ce);
  }
  return undefined;
}

/**
 * Session 63 (issue 17, helper mal64): the two app calls the subject gate below never reached, read in a link's own words or the
 * AROUND_LINK_CHARS before it (callBeforeApp's distances, either order).
 * - A program named "<Name> Desktop" to download — "Download MetaMask Desktop", "Exodus Desktop herunterladen", "Télécharger Proton
 *   VPN Desktop", "Descargar Authy Desktop", "Baixar Bitwarden Desktop", "Scarica Ledger Desktop", "Ledger Desktop downloaden": a
 *   desktop program by its product name, an installer (a phone app comes from a store). The capital D is the product name's; the
 *   letter announcing it ("Introducing MetaMask Desktop", "Wir stellen vor: …") names no app word for the subject gate, and
 *   DESKTOP_APP wants "desktop app/application/client". Any link elsewhere.
 * - A newer version or an update to download with no "of X" — "Download the latest version now", "Laden Sie die neueste Version
 *   herunter", "Téléchargez la dernière version", "Baixe a versão mais recente", "Scarica subito l'ultima versione" (VERSION_OFFERS,
 *   not apps or extensions: a prize lure's "download our app" footer is no update) — only on a link to a disposable host (a
 *   suspicious suffix, an IP address, a file or site host, a shortener): a newsletter's "download the latest version" links its own
 *   site; versionUpdateAsked wants the "of" and subjectOrOpeningNamesApp a subject about an app for that reason.
 */
export function namedDesktopOrVersionDownload(clicked: readonly LinkOccurrence[], visibleText: string, disposableLink: boolean): string | undefined {
  const find = (stretch: string) => (NAMED_DESKTOP_HINT.test(stretch) ? callBeforeApp(stretch, NAMED_DESKTOPS) : undefined)
    ?? (disposableLink ? callBeforeApp(stretch, VERSION_OFFERS) : undefined);
  let release: string | null | undefined;
  for (const o of clicked.slice(0, 4)) {
    if (o.text && o.source !== 'text') {
      const own = find(o.text.slice(0, 200));
      if (own !== undefined) return own;
      // - A bare download button ("Herunterladen", "Download now") on a disposable host under a numbered release said to be out
      //   ("Bitwarden 2025.6 ist jetzt verfügbar", "Version 4.2 is now available"): the button fetches that release.
      //   Session 64 (helper mal65): or a "Get" button that names the release's number ("Get Chrome 138" under "Chrome 138.0 is now
      //   available"): "get" alone is too common a word to be a download call, the number ties the button to the release.
      const getsNumber = BUTTON_GET_FIRST.test(o.text.trim()) ? BUTTON_NUMBER.exec(o.text)?.[0] : undefined;
      if (disposableLink && o.text.length <= MAX_BARE_BUTTON_CHARS && (DOWNLOAD_CALL.test(o.text) || getsNumber !== undefined)) {
        release ??= numberedReleaseAnnounced(visibleText) ?? null;
        if (release !== null && (getsNumber === undefined || releaseHoldsNumber(release, getsNumber))) return `${release.slice(0, 80)} … ${o.text.trim()}`;
      }
    }
    // The stretch before the link, the link's words as the text shows them and the rest of their sentence: a button's "Download"
    // is first found where the sentence above it says "Download the latest version now" (linkSpanIn takes the first occurrence).
    const span = linkSpanIn(o, visibleText);
    if (span === undefined) continue;
    const rest = visibleText.slice(span[1], span[1] + AROUND_LINK_CHARS);
    const cut = rest.search(SENTENCE_OR_LINE_END);
    const asked = find(visibleText.slice(Math.max(0, span[0] - AROUND_LINK_CHARS), span[1]) + (cut < 0 ? rest : rest.slice(0, cut)));
    if (asked !== undefined) return asked;
  }
  return undefined;
}
/**
 * Session 64 (issue 17, helper mal65): a button whose words begin with a download, install or "get" call, or end with a verb-last one
 * ("Download for Windows", "Descargar Trezor Suite", "Get Kraken Desktop", "Trezor Suite herunterladen", "今すぐダウンロード"), in a
 * letter whose subject or opening announces a desktop program (desktopProductNamed: "Kraken Desktop is now available", "la nueva
 * Trezor Suite para escritorio"). The button fetches the program announced, whatever else it names; "Get" counts only here and only
 * with a computer in the button's words ("Get Kraken Desktop", "Get it for Windows": not a shop's "Get 20 % off" or "Get Your
 * Discount"). A button's own words only (not a written address), at most DESKTOP_BUTTON_CHARS. The button as written, or undefined.
 */
function desktopProductButton(clicked: readonly LinkOccurrence[], msg: ParsedMessage, sets: LureSets): string | undefined {
  let button: string | undefined;
  for (const o of clicked.slice(0, 4)) {
    const words = o.text?.trim();
    if (words && o.source !== 'text' && words.length <= DESKTOP_BUTTON_CHARS
      && (BUTTON_CALL_FIRST.test(words) || BUTTON_CALL_LAST.test(words) || (BUTTON_GET_FIRST.test(words) && DESKTOP_WORDS_ANY_CASE().test(words)))) {
      button = words;
      break;
    }
  }
  if (button === undefined) return undefined;
  return (sets.desktopProduct ??= desktopProductNamed(msg.subject, msg.visibleText.slice(0, OPENING_CHARS))) ? button : undefined;
}
const DESKTOP_BUTTON_CHARS = 40;
/** A number in a button's words ("Get Chrome 138"). */
const BUTTON_NUMBER = /\d+/;
/** Whether `release` ("Chrome 138.0 is now available") holds `number` as a whole number or a release's first part (138 of 138.0). */
function releaseHoldsNumber(release: string, number: string): boolean {
  for (let at = release.indexOf(number); at >= 0; at = release.indexOf(number, at + 1)) {
    const before = release.charCodeAt(at - 1);
    const after = release.charCodeAt(at + number.length);
    const digit = (c: number) => c >= 48 && c <= 57;
    if (!digit(before) && !digit(after)) return true;
  }
  return false;
}
const BUTTON_CALL_FIRST = /^(?:download(?:en)?|jetzt herunterladen|herunterladen|t[ée]l[ée]charge[rz]?|descarg(?:ar|ue|a)|baix(?:ar|e)|scarica(?:re)?|install(?:ieren|er|ar|eren)?|instalar|installeer)(?![\p{L}\p{N}_])/iu;
/** "Get" and its kin: a shop's "Get 20 % off" and "Get started" too, so only with the computer named in the button ("Get Kraken Desktop"). */
const BUTTON_GET_FIRST = /^(?:get|obtenir|obtener|obter|ottieni|haal)(?![\p{L}\p{N}_])/iu;
const BUTTON_CALL_LAST = /(?<![\p{L}\p{N}_])(?:herunterladen|downloaden|installieren|installeren)$|(?:ダウンロード|インストール)(?:する|して)?$/iu;

/**
 * "Desktop" with a capital D after a word that begins with a capital or a digit — a product's name ("MetaMask Desktop", "Proton VPN
 * Desktop", "1Password Desktop"); only the word "Desktop" is the match, so the call before the name stays apart from it.
 */
const NAMED_DESKTOPS = /(?<=(?<![\p{L}\p{N}_])(?:\p{Lu}|\p{N})[\p{L}\p{N}.+-]{0,20} )Desktop(?![\p{L}\p{N}_-])/gu;
const NAMED_DESKTOP_HINT = /\sDesktop/;
const SENTENCE_OR_LINE_END = /[.!?\n。]/;

/**
 * Whether the letter is about an app (URL_APP_DOWNLOAD_ELSEWHERE's gate): its subject names one (APP_OFFER), its text says the
 * browser is out of date or a font is missing (OUTDATED_SOFTWARE), or (session 51) its opening announces a desktop program
 * (DESKTOP_APP) or asks to install an app, an update or a version (an install call and an APP_OFFER, either order as callBeforeApp
 * reads them, download calls aside: "download our app" in a newsletter's header is no errand).
 */
export function subjectOrOpeningNamesApp(subject: string, visibleText: string): boolean {
  if (APP_OFFER.test(subject.slice(0, 512)) || OUTDATED_SOFTWARE.test(visibleText.slice(0, 4000))) return true;
  const opening = visibleText.slice(0, OPENING_CHARS);
  return desktopProductNamed(subject, opening) || installAsked(opening);
}
/**
 * Whether the subject or the opening announces a desktop program: DESKTOP_APP ("the new Trezor Suite desktop application", "la nueva
 * Trezor Suite para escritorio") or — session 64 (issue 17, helper mal65) — a product named "… Desktop" ("Trust Wallet Desktop is
 * here", "Kraken Desktop is now available": NAMED_DESKTOP, a capital D after a capitalised or digit-led word). Either makes the letter
 * about an installer as a subject naming an app does; before, only a call right before "… Desktop" (namedDesktopOrVersionDownload)
 * read the second, so a letter announcing "Kraken Desktop" above a "Download the app" or "Download for Windows" button was read as no
 * download at all and ended phishing under the borrowed name.
 */
function desktopProductNamed(subject: string, opening: string): boolean {
  const head = subject.slice(0, 512);
  return (mayNameDesktopApp(opening) && DESKTOP_APP.test(opening)) || (mayNameDesktopApp(head) && DESKTOP_APP.test(head))
    || namedDesktopProduct(head) || namedDesktopProduct(opening);
}
/**
 * Whether `text` names a product "<Name> Desktop" (NAMED_DESKTOP_PRODUCTS) whose name is not a system's, a remote session's or a
 * determiner ("a Windows Desktop environment", "Remote Desktop", "Your Desktop"): a tax lure's "must be opened using a Windows Desktop
 * environment" announces no program (design 7658's remote-access statement, whose download button is a document's).
 */
function namedDesktopProduct(text: string): boolean {
  if (!NAMED_DESKTOP_HINT.test(text)) return false;
  for (const m of text.matchAll(NAMED_DESKTOP_PRODUCTS)) if (!NOT_PRODUCT_NAMES.has(m[1]!.toLowerCase())) return true;
  return false;
}
/** "<Name> Desktop" with the name's last word captured (NAMED_DESKTOPS' shape). */
const NAMED_DESKTOP_PRODUCTS = /(?<![\p{L}\p{N}_])((?:\p{Lu}|\p{N})[\p{L}\p{N}.+-]{0,20}) Desktop(?![\p{L}\p{N}_-])/gu;
/** Words before "Desktop" that name no product: systems, remote sessions, determiners and prepositions at a sentence's start. */
const NOT_PRODUCT_NAMES = new Set(['windows', 'mac', 'macos', 'linux', 'ubuntu', 'pc', 'remote', 'virtual', 'cloud', 'your', 'my', 'our', 'the', 'a', 'an', 'this', 'that', 'on', 'to', 'from', 'in', 'for', 'via', 'using', 'with', 'ihr', 'ihrem', 'votre', 'su', 'seu', 'uw', 'je']);
/**
 * Whether DESKTOP_APP may match `text`: every match holds desktop, bureau, escritorio, computador or デスクトップ, which `iu` reads
 * in any case — as the text's lower case holds them, but for the long s (ſ, read as s; lower case keeps it), which sends the
 * text to the pattern. Session 52 searched a lower-cased copy natively (a literal alternation under `iu` cost as much as the
 * pattern); session 57 asks MAY_NAME_DESKTOP_APP of the text as written, the same answer without the copy (about half the time
 * a 1,000-character opening: bench/desktop-hint-micro.ts).
 */
function mayNameDesktopApp(text: string): boolean {
  return MAY_NAME_DESKTOP_APP.test(text);
}
/**
 * What session 52's lower-cased copy held, over the text as written: `/i` without `u` matches an ASCII letter in its two cases
 * only (no other character is equated with one), and lower-casing turns into an ASCII letter only ASCII capitals, the Kelvin sign
 * (U+212A → `k`: in desktop's class) and dotted İ (U+0130 → `i` + U+0307, whose combining dot none of these words has after an
 * `i`: it ends none). The Japanese word and ſ have no case, and nothing else lower-cases to them; `/i` equates ſ with nothing
 * (its capital S is ASCII). Held to the copy by links/desktop-hint.test.ts (every code point, mixed-case and length-changing texts).
 */
const MAY_NAME_DESKTOP_APP = /des[k\u212a]top|bureau|escritorio|computador|デスクトップ|ſ/i;

/**
 * An install call with a VERSION_OFFER at most CALL_APP_GAP characters after it, or a VERSION_OFFER with a final install verb after
 * it. A version or an update, not an app: "installieren Sie die App" in a shop's newsletter is a phone app from a store.
 */
function installAsked(stretch: string): boolean {
  if (!INSTALL_HINT.test(stretch)) return false;
  // The versions first: most openings that name an installation offer none (INSTALL_CALL is the costlier pattern).
  const offers = spans(VERSION_OFFERS, stretch);
  if (offers.length === 0) return false;
  const calls = spans(INSTALL_CALLS(), stretch);
  const after = spans(INSTALLS_AFTER_APP, stretch);
  if (calls.length === 0 && after.length === 0) return false;
  for (const [as, ae] of offers) {
    for (const [, ce] of calls) if (as >= ce && as - ce <= CALL_APP_GAP) return true;
    for (const [cs] of after) if (cs >= ae && cs - ae <= CALL_AFTER_APP_GAP) return true;
  }
  return false;
}
/** The versions and updates of APP_OFFER (en, de, fr, es, pt, it, nl, ja), without apps, extensions and platforms. */
const VERSION_OFFERS =
  /(?<![\p{L}\p{N}_])(?:(?:new|latest|updated?) versions?|updates?|upgrades?|neue version|neueste version|nouvelle version|dernière version|última versão|vers[ãa]o mais recente|última versión|nueva versi[óo]n|nieuwe versie|nieuwste versie|ultima versione|nuova versione|mise à jour|actualizaci[óo]n|atualiza[çc][ãa]o|aggiornamento|sicherheitsupdate|softwareupdate|beveiligingsupdate)(?![\p{L}\p{N}_])|最新版|アップデート/giu;
/** The install verbs written after what they install (de, nl, ja): the install half of CALLS_AFTER_APP. */
const INSTALLS_AFTER_APP = /(?<![\p{L}\p{N}_])(?:installieren|installeren|installeert)(?![\p{L}\p{N}_])|を?インストール/giu;
/** The literal hints and the patterns they are asked before, for the test that holds each hint to its patterns' matches. */
export const openingHints = {
  // Getters: the patterns are made when the test reads them, not when this module loads (session 59).
  install: { hint: (text: string) => INSTALL_HINT.test(text), get patterns() { return [INSTALL_CALL, INSTALLS_AFTER_APP, VIEWER_INSTALL_CALL]; } },
  desktop: { hint: mayNameDesktopApp, get patterns() { return [DESKTOP_APP]; } },
};

/** Whether `host` + `path` is a page sharing one file (FILE_SHARE_PAGES). */
function isFileSharePage(host: string, path: string): boolean {
  for (const where of hostFacts(host).sharePaths) if (where.test(path)) return true;
  return false;
}

/** An upload's identifier in a transfer service's address: letters, digits, `-` and `_`, at least five, one a digit. */
const UPLOAD_ID = /(?:^|[/?&=#])(?=[A-Za-z_-]*\d)[A-Za-z0-9_-]{5,}/;

/**
 * Whether a link matched by the transfer-host list (`entry`, as DomainList.match gives it) names an upload: past an entry's
 * path (`filemail.com/d/`) at least three more characters; on a host entry (`file.io`), an identifier (UPLOAD_ID) in the
 * first 200 characters of the path or query — not the service's own pages.
 */
export function transferUpload(entry: string | undefined, path: string, query: string): boolean {
  if (entry === undefined) return false;
  const slash = entry.indexOf('/');
  if (slash >= 0) return path.length >= entry.length - slash + 3;
  return UPLOAD_ID.test(path.slice(0, 200)) || (query !== '' && UPLOAD_ID.test(`?${query.slice(0, 200)}`));
}

/** Whether `host` + `pathAndQuery` is a file host's direct download (FILE_HOST_DOWNLOADS). */
export function isFileHostDownload(host: string, pathAndQuery: string): boolean {
  for (const where of hostFacts(host).downloadPaths) if (where.test(pathAndQuery)) return true;
  return false;
}

/** What a host's name alone says (remembered per host: see hostFacts). */
interface HostFacts {
  /** The path tests of the FILE_HOST_DOWNLOADS and FILE_SHARE_PAGES rows whose host pattern the host matches, in row order. */
  downloadPaths: RegExp[];
  sharePaths: RegExp[];
  /** Session 57: the path patterns of the FILE_HOST_UPLOAD_NAMES rows whose host pattern the host matches. */
  uploadNames: RegExp[];
  /** The registrable domain the two answers below were read with, the download label (downloadHostLabel) and the sign-in word of its name. */
  domain: string | undefined;
  downloadLabel: string | undefined;
  signin: string | undefined;
}

/**
 * The host-only answers of the lure rules, per host name: the same hosts come back in message after message (a mailer's
 * trackers, a brand's sites), and the 26 host patterns, the label split and the word split (NFKD) of every unique URL
 * were a fifth of this check. Bounded: forgotten all at once at MAX_REMEMBERED_HOSTS. Pure functions of the name (and of
 * the registrable domain, itself a function of the name; kept to be compared).
 */
const MAX_REMEMBERED_HOSTS = 4096;
const hostFactsMemo = new BoundedMemo<string, HostFacts>(MAX_REMEMBERED_HOSTS);
function hostFacts(host: string): HostFacts {
  let facts = hostFactsMemo.get(host);
  if (!facts) {
    facts = { downloadPaths: [], sharePaths: [], uploadNames: [], domain: undefined, downloadLabel: undefined, signin: undefined };
    for (const [h, where] of FILE_HOST_DOWNLOADS) if (h.test(host)) facts.downloadPaths.push(where);
    for (const [h, where] of FILE_HOST_UPLOAD_NAMES) if (h.test(host)) facts.uploadNames.push(where);
    for (const [h, where] of FILE_SHARE_PAGES) if (h.test(host)) facts.sharePaths.push(where);
    hostFactsMemo.set(host, facts);
  }
  return facts;
}

/** hostFacts with the answers that read the registrable domain `domain` too. */
function hostNameFacts(host: string, domain: string): HostFacts {
  const facts = hostFacts(host);
  if (facts.domain !== domain) {
    const dot = domain.indexOf('.');
    // Kept as strings of their own, as the memory's keys are: cut from a message, they would keep its text (ownString).
    const label = downloadHostLabel(host, domain);
    const signin = namesSignin(wordsOf(host.slice(0, host.length - domain.length) + ' ' + (dot < 0 ? domain : domain.slice(0, dot))), HOST_SIGNIN_WORDS);
    facts.downloadLabel = label === undefined ? undefined : ownString(label);
    facts.signin = signin === undefined ? undefined : ownString(signin);
    facts.domain = ownString(domain);
  }
  return facts;
}

/**
 * Labels of a host's name that say it serves downloads or installers (`download.example.app`, `dl.`, `setup.`).
 * Checked below the registrable domain, and in the registrable label itself only as a part built on `download`
 * (`exodus-download.com`, `downloadrabby.io`): `setup` alone is an ordinary word there. Not `get.` nor
 * `desktop.` (product pages, not installers), nor `update.`: as often an "update your account" phishing page
 * (Nazario: `update.comfed-bank.net/…/login/`) as an installer.
 */
const DOWNLOAD_HOST_LABELS = new Set(['download', 'downloads', 'dl', 'dls', 'install', 'installer', 'setup']);

/** The label that names a download in `host` (its registrable domain `domain`), or undefined. */
export function downloadHostLabel(host: string, domain: string): string | undefined {
  const below = host.length > domain.length ? host.slice(0, host.length - domain.length - 1) : '';
  for (const label of below.split('.')) if (DOWNLOAD_HOST_LABELS.has(label)) return label;
  const own = domain.split('.')[0] ?? '';
  if (/download/.test(own)) return own;
  return undefined;
}

/** Words (folded) that offer a document to open or download: an invoice, a court or tax notice, a statement. */
const DOCUMENT_WORDS = new Set([
  'invoice', 'invoices', 'fatura', 'faturas', 'factura', 'facturas', 'facture', 'factures', 'rechnung', 'rechnungen', 'factuur',
  'boletim', 'boleto', 'intimacao', 'citacao', 'notificacao', 'processo', 'subpoena', 'summons', 'documento', 'documentos',
  'document', 'documents', 'dokument', 'dokumente', 'statement', 'extrato', 'comprovante', 'recibo', 'receipt', 'quittung',
  'nfe', 'nfse', 'pdf', 'download', 'baixar', 'descargar', 'telecharger', 'herunterladen', 'downloaden', 'visualizar',
  'contrato', 'contract', 'vertrag', 'voicemail', 'fax', 'scan', 'scanned', 'attachment', 'anexo', 'anhang', 'piece-jointe',
  // Session 56 (helper det56): the same documents in Italian and Dutch, and the court's papers the legal-notice lures name
  // (an archive on a file host named "Fattura_2291.zip", "Facturen_mei.zip", "Ladung_2291.zip", "Atto_di_citazione.zip").
  'fattura', 'fatture', 'documenti', 'ricevuta', 'contratto', 'citazione', 'facturen', 'documenten', 'ladung', 'vorladung',
  'dagvaarding', 'convocation', 'citacion',
  // Session 57 (helper det57): the tax, reminder and fine papers of the same lures ("Avis_imposition_2025.zip",
  // "Mahnung_Forderung_2291_zip", "Aanslag_2024.rar", "Avviso_accertamento.zip", "Steuerbescheid_2024.zip").
  'imposition', 'mahnung', 'steuerbescheid', 'bescheid', 'aanslag', 'aanmaning', 'avviso', 'accertamento', 'sollecito', 'cobranca',
  'notifica', 'notificacion', 'bussgeld', 'amende', 'multa',
]);
/** The download verbs of DOCUMENT_WORDS: a download named, not a document (session 57). */
const DOWNLOAD_VERBS = new Set(['download', 'baixar', 'descargar', 'telecharger', 'herunterladen', 'downloaden']);
/** Session 56: the same documents in Japanese, read in a file's name as written (wordsOf keeps ASCII words only). */
const DOCUMENT_WORDS_JA = /請求書|領収書|契約書|見積書|注文書|納品書|明細書|訴状|召喚状|通知書/u;

/** Where a reader clicks (not an image the client loads, not a style sheet). */
const CLICKED = new Set<LinkOccurrence['source']>(['a', 'area', 'form', 'iframe', 'meta-refresh', 'other', 'text', 'attachment', 'qr', 'redirect-param']);
const isClicked = (o: LinkOccurrence): boolean => CLICKED.has(o.source);

const ACCENTS = /[\u0300-\u036f]/g;
/** Lower-case ASCII words of a path, host or link text: percent-escapes decoded, accents dropped. */
export function wordsOf(text: string, max = 400): string[] {
  let s = text.slice(0, max);
  if (s.includes('%')) {
    try {
      s = decodeURIComponent(s);
    } catch {
      // A malformed escape is kept as written: the words around it still count.
    }
  }
  return s.normalize('NFKD').replace(ACCENTS, '').toLowerCase().split(/[^a-z0-9-]+|(?<=[a-z])(?=[0-9])|--+/).filter(Boolean);
}

/**
 * The first word of `words` in `vocabulary` — or, with `minPart`, a hyphen-joined word with a part that is (at
 * least that long), or, with `pairs`, two neighbours that are one of the pairs — as found (the pair joined by a space).
 */
function firstNamed(words: readonly string[], vocabulary: ReadonlySet<string>, how: { pairs?: ReadonlySet<string>; minPart?: number }): string | undefined {
  const { pairs, minPart } = how;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (vocabulary.has(w)) return w;
    if (minPart !== undefined && w.includes('-')) for (const part of w.split('-')) if (vocabulary.has(part) && part.length >= minPart) return w;
    const next = words[i + 1];
    if (pairs && next && pairs.has(`${w} ${next}`)) return `${w} ${next}`;
  }
  return undefined;
}

/** Whether any word (or a hyphen-joined word's parts of 4+ letters, or two neighbours) names a sign-in step. */
const namesSignin = (words: readonly string[], vocabulary: ReadonlySet<string> = SIGNIN_WORDS) => firstNamed(words, vocabulary, { pairs: SIGNIN_PAIRS, minPart: 4 });
const namesAction = (words: readonly string[]) => firstNamed(words, ACTION_WORDS, { pairs: ACTION_PAIRS });
const namesDocument = (words: readonly string[]) => firstNamed(words, DOCUMENT_WORDS, { minPart: 0 });

/** Does the link lead to the sender's own registrable domain or to a registered brand's? */
export type OwnDomain = (urlDomain: string, senderDomain: string) => boolean;

export function linkLureCheck(source: LinkFactsSource, isOwn: OwnDomain): Check {
  return {
    name: 'links.lures',
    description: 'Sign-in pages and documents elsewhere than the sender, pages on file hosts, program and archive downloads',
    emits: [
      'URL_SIGNIN_PAGE_ELSEWHERE', 'URL_HOSTED_PAGE', 'URL_PAYLOAD_DOWNLOAD', 'URL_FILE_HOST_DOWNLOAD', 'URL_DOWNLOAD_HOST_ELSEWHERE', 'URL_DOCUMENT_ON_DISPOSABLE_HOST',
      'URL_DOCUMENT_DESKTOP_ONLY', 'URL_REMOTE_FOLDER', 'URL_OPAQUE_DOWNLOAD', 'URL_DOCUMENT_DOWNLOAD_ELSEWHERE', 'URL_APP_DOWNLOAD_ELSEWHERE',
      'URL_PAYLOAD_DISGUISED', 'URL_ARCHIVE_PASSWORD_DOWNLOAD', 'URL_INSTALLER_PROTOCOL', 'URL_DATA_FILE', 'URL_DOWNLOAD_ATTRIBUTE',
      'URL_ATTACHMENT_AS_LINK', 'URL_DOCUMENT_ENABLE_CONTENT', 'URL_PROGRAM_DOWNLOAD', 'URL_DOCUMENT_DOWNLOAD_DISGUISED',
      'URL_PROGRAM_ON_SENDER_DOMAIN', 'URL_DOCUMENT_BUTTON_FILE', 'URL_VIEWER_INSTALL_ELSEWHERE', 'URL_BILLING_DOCUMENT_BUTTON', 'URL_DOCUMENT_VIEW_ELSEWHERE', 'URL_DESKTOP_APP_DOWNLOAD',
      'URL_UPDATE_ANNOUNCED', 'URL_SOFTWARE_UPDATE_ELSEWHERE', 'URL_DEVICE_MESSAGE_DOWNLOAD', 'URL_DOCUMENT_DOWNLOAD_SENDER_DOMAIN',
      'URL_VIEWER_UPDATE_ELSEWHERE', 'URL_PAYLOAD_IN_HTML_ATTACHMENT',
    ],
    run(msg: ParsedMessage) {
      const facts = source.factsOf(msg);
      const from = msg.from[0];
      const senderDomain = (from?.asciiDomain || from?.domain || '').toLowerCase();
      const capped = new CappedFindings();
      const { findings } = capped;
      const sets = lureSets(facts);
      let linked = false;
      let elsewhere = false;
      for (const { url, occurrences } of facts.extraction.urls) {
        if (url.scheme !== 'http' && url.scheme !== 'https') {
          fileWithoutPage(url, occurrences, capped);
          continue;
        }
        const clicked = occurrences.filter(isClicked);
        if (clicked.length === 0) continue;
        linked = true;
        // A brand's file or storage host (storage.googleapis.com) serves anyone's uploads: not the brand's own page. Nor is a server
        // named after its IP address under a provider's domain (`239.125.168.184.host.secureserver.net`, `ec2-54-1-2-3.compute-1.
        // amazonaws.com`: URL_IP_HOST's named hosts, session 54): the provider's name is not the server's, and GoDaddy's or Amazon's
        // registered domains made a boleto's "Baixar Segunda Via do Boleto" on a rented server a brand's own link, never read.
        if (url.ip === undefined && !sets.hosted.has(url.href) && !sets.ipNamed.has(url.href) && isOwn(url.domain, senderDomain)) {
          // The sender's own domain only: a registered brand's genuine site (also "own" here) serves the brand's genuine files
          // (`include.ebay.com/…/ss.js` in a lure from eaby.com).
          if (url.domain && (senderDomain === url.domain || senderDomain.endsWith(`.${url.domain}`))) ownProgramLink(msg, url, clicked, sets, capped);
          continue;
        }
        elsewhere = true;
        linkLures(msg, url, clicked, senderDomain, sets, source, capped);
      }
      const gate = linked ? desktopOnlyGate(msg.visibleText) : undefined;
      if (gate) capped.emit('URL_DOCUMENT_DESKTOP_ONLY', `"${gate.slice(0, 160)}"`, { sentence: gate.slice(0, 300) });
      // Session 52: "install the secure viewer to read this message" with a link elsewhere (viewer-install.ts).
      const viewer = elsewhere ? viewerInstallAsked(msg.visibleText) : undefined;
      if (viewer) capped.emit('URL_VIEWER_INSTALL_ELSEWHERE', `"${viewer.slice(0, 120)}" for a protected message, a link elsewhere than the sender`, { call: viewer.slice(0, 200) });
      // Session 59 (helper mal59): a device's, firmware's, app's or program's update asked in the opening ("Your Ledger Live
      // application requires an update", "update your browser") with a link elsewhere than the sender and the brands, and no
      // recovery phrase, password or card asked in the letter (version-update.ts): what the link delivers is the update — a
      // download. No points alone; URL_MALWARE_FAKE_UPDATE weighs it with a borrowed or lookalike name.
      const update = elsewhere ? softwareUpdateAsked(msg.visibleText) : undefined;
      if (update && !secretAsked(msg.visibleText)) capped.emit('URL_SOFTWARE_UPDATE_ELSEWHERE', `"${update.slice(0, 120)}" in the opening, a link elsewhere than the sender and the brands, no secret asked`, { call: update.slice(0, 200) });
      // Session 62 (helper mal63): the reader's, player's, browser's or meeting client's update the opening asks, no secret asked
      // (programUpdateOnce), with a link elsewhere than the sender and the brands: the fake viewer update. No points alone;
      // URL_MALWARE_VIEWER_UPDATE weighs it.
      const viewerUpdate = elsewhere ? programUpdateOnce(sets, msg.visibleText) : undefined;
      if (viewerUpdate) capped.emit('URL_VIEWER_UPDATE_ELSEWHERE', `"${viewerUpdate.slice(0, 120)}" in the opening, a link elsewhere than the sender and the brands, no secret asked`, { call: viewerUpdate.slice(0, 200) });
      const step = elsewhere ? enableContentStep(msg.visibleText) : undefined;
      if (step) capped.emit('URL_DOCUMENT_ENABLE_CONTENT', `"${step}" in the letter, a link elsewhere than the sender`, { step });
      // Session 56 (helper draw56d): a program's update announced or asked in the opening ("we've released patch v2.5.1", "you must
      // update to the latest version of Ledger Live") in a letter where a link named after a brand leads to none of the brand's
      // domains (URL_TEXT_BRAND_MISMATCH's facts) — wherever that link goes, the sender's own domain too: design 6138's "Open Ledger
      // Live" went through the hijacked sender's own branded click tracker, which the loop above passes over as the sender's. Read
      // only with such a link (few messages). No points alone; URL_MALWARE_FAKE_UPDATE weighs it with the brand's name borrowed.
      const named = facts.brandMismatch[0];
      // Session 63 (helper mal64): or the release named by the brand's own product ("Trezor Suite 25.6 is beschikbaar").
      const release = named ? (versionUpdateOnce(sets, msg.visibleText) ?? releaseAnnounced(msg.visibleText) ?? productReleaseAnnounced(msg.visibleText, named.brand)) : undefined;
      if (named && release) capped.emit('URL_UPDATE_ANNOUNCED', `"${release.slice(0, 80)}" in the opening; "${named.text.slice(0, 60)}" names ${named.brand} and leads to ${named.hrefDomain}`, { call: release.slice(0, 200), brand: named.brand, hrefDomain: named.hrefDomain });
      const folders = remoteFolderLocations(msg);
      if (folders.length) {
        capped.emit('URL_REMOTE_FOLDER', `opens ${folders.slice(0, 2).map((l) => JSON.stringify(l.slice(0, 120))).join(', ')} as a local folder`, { locations: folders.slice(0, 4) });
      }
      return { findings };
    },
  };
}

/**
 * Session 52 (helper mal52): a link on the sender's own domain whose address names a program, script, installer, shortcut or disk
 * image (`…/TrezorSuite-25.12.msi`, `…/LedgerLive-2.94-win.exe`) — or an archive the link's words offer as an app or an update
 * ("最新版をダウンロード" → `…/exodus-win64.zip`). The run loop passes over the sender's own links, which is right for a vendor's
 * own installer; but a lookalike domain (`trezor-suite.support`) hosts its fake app on itself, and then the only link is "own".
 * No points alone: URL_MALWARE_CLAIMED_SENDER_PROGRAM weighs it with the name the sender borrows. Gated by the address's ending
 * (PAYLOAD_PATH on the last segment or a query value), the cheap test every link already gets in linkLures.
 */
function ownProgramLink(msg: ParsedMessage, url: NormalisedUrl, clicked: readonly LinkOccurrence[], sets: LureSets, capped: CappedFindings): void {
  const file = payloadOfPath(url.path, url.query);
  if (!file) {
    // Session 61 (helper mal62): or an archive or a program the link's words or the text around it name (payloadOffered, as on a
    // disposable host): the lookalike's own share page ("Microsoft SharePoint" from docs-share365.com: "Remittance_Advice.zip"
    // above an "Open" button to docs-share365.com/s/…) hands over the file it names, whatever its address says.
    // Most letters name no payload ending anywhere: then no own link is read further.
    const endings = payloadEndingsOnce(sets, msg.visibleText);
    const offered = endings !== null && endings.length === 0 ? undefined : payloadOffered(clicked, msg.visibleText, true, sets);
    const kind = offered ? analyzeName(offered.name).extensionClass : undefined;
    if (offered && (isDangerousClass(kind!) || kind === 'archive')) {
      capped.emit('URL_PROGRAM_ON_SENDER_DOMAIN', `${offered.name.slice(0, 80)} (${offered.where}) on the sender's own domain: ${shortUrl(url.href)}`, { href: url.href, file: offered.name.slice(0, 200), named: offered.where });
      return;
    }
    ownDocumentButton(msg, url, clicked, capped);
    ownDesktopAppLink(msg, url, clicked, sets, capped);
    return;
  }
  const kind = analyzeName(file).extensionClass;
  const program = isDangerousClass(kind);
  const app = program || kind !== 'archive' ? undefined : (sets.subjectNamesApp ??= subjectOrOpeningNamesApp(msg.subject, msg.visibleText)) ? appDownloadAsked(clicked, msg.visibleText) : undefined;
  if (!program && !app) return;
  capped.emit('URL_PROGRAM_ON_SENDER_DOMAIN', `${file.slice(0, 80)} on the sender's own domain${app ? ` ("${app.slice(0, 60)}")` : ''}: ${shortUrl(url.href)}`, { href: url.href, file: file.slice(0, 200), ...(app ? { call: app.slice(0, 200) } : {}) });
}

/**
 * Session 61 (helper mal62): an own link whose button downloads one of the malware lures' own documents — an invoice, a payment
 * advice, a boleto, a court's or a tax office's paper (documentButton, then BILLING_DOCUMENT, LEGAL_DOCUMENT or TAX_PAY_DOCUMENT in
 * the button's words: "Download invoice", "Rechnung herunterladen", "Baixar boleto") — on the sender's own domain: what
 * URL_BILLING_DOCUMENT_BUTTON reads on a link elsewhere, where an impersonator serves "the invoice" from its own lookalike
 * (`DHL Express` from dhl-express-invoices.com → dhl-express-invoices.com/inv/2291). No points alone (every shop's own "Download
 * invoice"); URL_MALWARE_CLAIMED_SENDER_DOCUMENT weighs it with a borrowed or lookalike name. Gated by a download call in the
 * link's own words (a literal-cheap test; most own links are navigation).
 */
function ownDocumentButton(msg: ParsedMessage, url: NormalisedUrl, clicked: readonly LinkOccurrence[], capped: CappedFindings): void {
  if (!clicked.some((o) => o.text !== undefined && o.source !== 'text' && o.text.length <= MAX_BUTTON_CHARS && DOWNLOAD_CALL.test(o.text))) return;
  const button = documentButton(clicked, msg.visibleText);
  const errand = button === undefined ? null : (BILLING_DOCUMENT.exec(button) ?? LEGAL_DOCUMENT.exec(button) ?? TAX_PAY_DOCUMENT.exec(button));
  if (errand) capped.emit('URL_DOCUMENT_DOWNLOAD_SENDER_DOMAIN', `"${button!.slice(0, 60)}" names ${errand[0]} on the sender's own domain: ${shortUrl(url.href)}`, { href: url.href, call: button!.slice(0, 200), document: errand[0] });
}

/**
 * Session 56 (helper det56): an own link whose words ask to download a desktop program in a letter about the app ("Download Zoom
 * for Windows" → `zoom-meetings-update.com/download`): what URL_DESKTOP_APP_DOWNLOAD reads on a link elsewhere, on the sender's
 * own domain — where a lookalike serves its fake installer from an address that names no file. URL_MALWARE_DESKTOP_APP_THREAT
 * weighs it with a borrowed name (a brand's own domain is no borrowed name). Gated by a computer named in the link's own words.
 */
function ownDesktopAppLink(msg: ParsedMessage, url: NormalisedUrl, clicked: readonly LinkOccurrence[], sets: LureSets, capped: CappedFindings): void {
  if (!clicked.some((o) => o.text !== undefined && o.text.length <= MAX_BUTTON_CHARS && DESKTOP_WORDS_ANY_CASE().test(o.text))) return;
  const app = (sets.subjectNamesApp ??= subjectOrOpeningNamesApp(msg.subject, msg.visibleText)) ? appDownloadAsked(clicked, msg.visibleText) : undefined;
  if (app && DESKTOP_WORDS_ANY_CASE().test(app)) capped.emit('URL_DESKTOP_APP_DOWNLOAD', `"${app.slice(0, 80)}" names a computer, on the sender's own domain: ${shortUrl(url.href)}`, { href: url.href, call: app.slice(0, 200) });
}

/**
 * Session 39: Windows handlers that fetch and install or run a package from the address inside the link (`ms-appinstaller:?source=
 * https://…/x.appinstaller`, the App Installer lures of 2023–2024; `ms-msdt:`, Follina's troubleshooter) — no web page between the
 * click and the package.
 */
const INSTALLER_SCHEMES = new Set(['ms-appinstaller', 'ms-msdt']);
/**
 * Session 39: what a data: URI's media type says it carries when it is a file to save rather than a page to show: an archive, a
 * program, an installer, a disk image or an unnamed binary (`application/octet-stream`, `application/zip`, `application/x-msdownload`,
 * `application/vnd.microsoft.portable-executable`, `application/x-iso9660-image` …). Not pages, scripts, pictures, text, JSON,
 * XML or PDF (a page or a document shown in the browser: URL_DATA_URI's business).
 */
const DATA_FILE_TYPE =
  /^(?:application\/(?:octet-stream|zip|x-zip(?:-compressed)?|x-7z-compressed|x-rar(?:-compressed)?|vnd\.rar|gzip|x-gzip|x-tar|x-bzip2?|x-xz|x-msdownload|x-msdos-program|x-ms-?installer|x-msi|x-dosexec|x-executable|vnd\.microsoft\.portable-executable|x-ms-shortcut|x-iso9660-image|x-cd-image|x-apple-diskimage|java-archive|x-java-archive|vnd\.ms-cab-compressed|x-cab|hta|x-hta|x-bat|x-sh|vnd\.android\.package-archive|msix|appx|x-ms-application|download|force-download|x-download|binary)|binary\/octet-stream)$/;
/** Where a reader clicks a link written as markup: an anchor, a map area, a form, a frame, a refresh, a link in an attachment or QR code (not a URI quoted in the text). */
const CLICKED_MARKUP = new Set<LinkOccurrence['source']>(['a', 'area', 'form', 'iframe', 'meta-refresh', 'attachment', 'qr']);

/**
 * Session 39: a link that hands over a file or installs a package with no web page between (URL_INSTALLER_PROTOCOL, URL_DATA_FILE).
 * Read on clicked markup only: security write-ups quote `ms-msdt:` and `ms-appinstaller:` in their text.
 */
function fileWithoutPage(url: NormalisedUrl, occurrences: readonly LinkOccurrence[], capped: CappedFindings): void {
  const installer = INSTALLER_SCHEMES.has(url.scheme);
  if (!installer && url.scheme !== 'data') return;
  let clicked: LinkOccurrence | undefined;
  for (const o of occurrences) if (CLICKED_MARKUP.has(o.source)) { clicked = o; break; }
  if (!clicked) return;
  const where = clicked.text ? ` ("${clicked.text.slice(0, 60)}")` : '';
  if (installer) {
    capped.emit('URL_INSTALLER_PROTOCOL', `${url.scheme}: link${where} installs or runs what ${shortUrl(url.href, 120)} names`, { href: url.href.slice(0, 300), scheme: url.scheme });
    return;
  }
  const type = (url.path.split(/[;,]/)[0] ?? '').trim().toLowerCase();
  if (DATA_FILE_TYPE.test(type)) capped.emit('URL_DATA_FILE', `data: link${where} carries a ${type} file in the message`, { mediaType: type, source: clicked.source });
}

/** What a link marked `download` may save without being a program or an archive: pictures, PDFs, calendar and contact cards, text, sound and video. */
const SAVED_HARMLESS = /\.(?:jpe?g|png|gif|webp|bmp|heic|pdf|ics|vcf|txt|csv|mp3|mp4|m4a|wav|mov)$/i;

/** The first clicked anchor or area with the `download` attribute, unless the address names a harmless kind of file. */
function savedByAttribute(clicked: readonly LinkOccurrence[], lastSegment: string): LinkOccurrence | undefined {
  if (SAVED_HARMLESS.test(lastSegment)) return undefined;
  for (const o of clicked) if (o.download === true && (o.source === 'a' || o.source === 'area')) return o;
  return undefined;
}

/**
 * What the lures read once per message: the links' sets (by normalised href) — on file hosts, on storage hosts, on disposable
 * hosts, shortened —, and whether the subject names an app (read at the first link that asks, then kept for the others).
 */
interface LureSets {
  hosted: Set<string>;
  storage: Set<string>;
  disposable: Set<string>;
  shortened: Set<string>;
  /** Links whose shown text is an address of another domain (session 51). */
  shownElsewhere: Set<string>;
  /**
   * The app call the opening makes wherever it stands — the install on the reader's computer (desktopInstallAsked, session 54),
   * else the update to a newer version of a program (versionUpdateAsked, session 55) — read on the first link that needs it;
   * null when none.
   */
  openingAppCall: string | null | undefined;
  /**
   * versionUpdateAsked's answer (null when none), read on the first link or URL_UPDATE_ANNOUNCED's block that needs it (session 57:
   * a letter with a brand-mismatched link elsewhere asked it for both).
   */
  versionUpdate: string | null | undefined;
  /** Session 54: links to a host named after an IP address under a provider's domain (URL_IP_HOST's named hosts). */
  ipNamed: Set<string>;
  subjectNamesApp: boolean | undefined;
  /** The first password the letter gives (passwordsFromText), read on the first link that needs it; null when none. */
  letterPassword: string | null | undefined;
  /** Where the visible text holds a payload ending (payloadEndingsIn), read on the first link that needs it; null when too many. */
  payloadEndingsAt: number[] | null | undefined;
  /** Session 52: links whose words were read for a document to view (URL_DOCUMENT_VIEW_ELSEWHERE), at most VIEW_BUTTON_LINKS. */
  viewButtonLinks: number;
  /** Session 61: the device's message the subject or opening names (deviceMessageAnnounced), read on the first download button; null when none. */
  deviceMessage: string | null | undefined;
  /** Session 62: the viewer, player or browser update the opening asks with no secret asked (programUpdateOnce); null when none. */
  programUpdate: string | null | undefined;
  /** Session 62: the letter's errand is a program's update or download, no secret asked (programErrandOnce); null when not. */
  programErrand: string | null | undefined;
  /** Session 64: the subject or opening announces a desktop program (desktopProductNamed), read on the first button that needs it. */
  desktopProduct: boolean | undefined;
}

/**
 * Session 61 (helper mal62): a download of the office device's message from a link elsewhere — a clicked link's own words (a
 * button's, not a written address) hold a download call and name a scan, a fax or a voice message ("Download fax", "Baixar
 * mensagem de voz"), or the link is a document download button (documentButton: "Download document", a bare "Download" under the
 * document's sentence) in a letter whose subject or opening names the device's message ("Scanned document from MX-3071"). The
 * button's words and the message named, or undefined.
 */
function deviceMessageDownload(msg: ParsedMessage, clicked: readonly LinkOccurrence[], button: string | undefined, sets: LureSets): { call: string; named: string } | undefined {
  for (const o of clicked.slice(0, 4)) {
    if (!o.text || o.source === 'text' || o.text.length > MAX_BUTTON_CHARS || !DOWNLOAD_CALL.test(o.text)) continue;
    const named = deviceMessageInButton(o.text);
    if (named) return { call: o.text.trim(), named };
  }
  if (!button) return undefined;
  if (sets.deviceMessage === undefined) sets.deviceMessage = deviceMessageAnnounced(msg.subject, msg.visibleText) ?? null;
  return sets.deviceMessage === null ? undefined : { call: button, named: sets.deviceMessage };
}

/**
 * Session 62 (helper mal63): the update of a program that shows the content — a reader, viewer, player, browser, plug-in, meeting
 * client (viewerUpdateAsked) — asked in the opening with no secret asked in the letter (secretAsked), once a message; read only
 * when a link on a disposable host has an update word for its action.
 */
function programUpdateOnce(sets: LureSets, visibleText: string): string | undefined {
  // Session 63 (cpu64, issue 18): the update first (its hints answer most letters at once), the secret only when there is one —
  // the same answer; SECRET ran over the 6,000 characters of every letter with a link elsewhere (~105 K instructions a message).
  if (sets.programUpdate === undefined) {
    const update = viewerUpdateAsked(visibleText);
    sets.programUpdate = update === undefined || secretAsked(visibleText) ? null : update;
  }
  return sets.programUpdate ?? undefined;
}

/**
 * Session 62 (helper mal63): whether the letter's errand is a program — the viewer update above, a device's, firmware's, app's or
 * program's update asked (softwareUpdateAsked), an update to a newer version of something (versionUpdateAsked) — with no secret
 * asked in the letter. Not a subject that only says "update" (subjectOrOpeningNamesApp's APP_OFFER reads "Account Update" as one:
 * measured, six Nazario credential letters lost their sign-in page with it). Then an
 * update word on a button ("Update now", "Jetzt aktualisieren", "Atualizar") offers that program's update, not an account's
 * sign-in page (the lead's session-59 decision: a device or app update off the vendor's domain is the fake-update kind unless the
 * letter asks for a secret). Read once a message, only when such a button leads to a disposable host.
 */
function programErrandOnce(sets: LureSets, msg: ParsedMessage): string | undefined {
  if (sets.programErrand === undefined) {
    const text = msg.visibleText;
    // The errand first, the secret only when there is one (session 63, cpu64: the same answer). Session 63 (helper mal64): or the
    // opening asks to install a version or an update ("Install the latest version to keep access", "Installieren Sie die neueste
    // Version", installAsked): a program's errand, where the subject alone says "Update Trust Wallet before June 30" (the subject
    // arm stays out, above).
    const errand = programUpdateOnce(sets, text) ?? softwareUpdateAsked(text) ?? versionUpdateOnce(sets, text)
      ?? (installAsked(text.slice(0, OPENING_CHARS)) ? 'an install of a version or an update asked in the opening' : undefined);
    sets.programErrand = errand === undefined || secretAsked(text) ? null : errand;
  }
  return sets.programErrand ?? undefined;
}

/** versionUpdateAsked(visibleText) — the message's shown text, which `sets` are of —, asked once a message. */
function versionUpdateOnce(sets: LureSets, visibleText: string): string | undefined {
  if (sets.versionUpdate === undefined) sets.versionUpdate = versionUpdateAsked(visibleText) ?? null;
  return sets.versionUpdate ?? undefined;
}

/**
 * An HTML page's file name (the attachment a link was found in): .htm, .html, .xhtml, .shtml, .mht(ml); since session 64 (helper
 * mal65) .svg too — an SVG opens in the browser like a page, and one whose link is an archive ("Comprovante.svg" → …/Comprovante.zip)
 * is the same one-step download page.
 */
const HTML_FILE_NAME = /\.(?:x?html?|shtml|mhtml?|svg)$/i;

/** Links elsewhere read for a document-to-view button (URL_DOCUMENT_VIEW_ELSEWHERE): the legal-notice lures carry one to three. */
const VIEW_BUTTON_LINKS = 4;

function lureSets(facts: LinkFacts): LureSets {
  // Sets filled by loops, not from spread and mapped arrays: in the worker pool those chains kept throwing this
  // whole function's optimised code away ("wrong map"), and it was recompiled in every pass (NOTES, issue 18,
  // session 10). Same sets, same order.
  const hosted = new Set<string>();
  const storage = new Set<string>();
  for (const f of facts.fileHost) {
    hosted.add(f.href);
    if (STORAGE_HOSTS.has(f.entry)) storage.add(f.href);
  }
  const disposable = new Set(hosted);
  for (const f of facts.suspiciousTld) disposable.add(f.href);
  const ipNamed = new Set<string>();
  for (const f of facts.ipHost) {
    disposable.add(f.href);
    if (f.namedHost !== undefined) ipNamed.add(f.href);
  }
  const shortened = new Set<string>();
  for (const f of facts.shortener) {
    disposable.add(f.href);
    shortened.add(f.href);
  }
  // Session 51: links whose shown text is an address of another domain (URL_TEXT_DOMAIN_MISMATCH's facts).
  const shownElsewhere = new Set<string>();
  for (const f of facts.textMismatch) shownElsewhere.add(f.href);
  return { hosted, storage, disposable, shortened, shownElsewhere, ipNamed, openingAppCall: undefined, versionUpdate: undefined, subjectNamesApp: undefined, letterPassword: undefined, payloadEndingsAt: undefined, viewButtonLinks: 0, deviceMessage: undefined, programUpdate: undefined, programErrand: undefined, desktopProduct: undefined };
}

/**
 * One clicked http(s) link not to the sender's own domain (run's loop body, its own function since session 29 so that V8
 * compiles it apart from run: a late TurboFan job grows faster than the function): downloads, hosts, sign-in pages, then
 * on a disposable host what the link's words offer (disposableLinkLures).
 */
function linkLures(msg: ParsedMessage, url: NormalisedUrl, clicked: LinkOccurrence[], senderDomain: string, sets: LureSets, source: LinkFactsSource, capped: CappedFindings): void {
  const { hosted, storage, disposable, shortened } = sets;
  const lastSegment = url.path.slice(url.path.lastIndexOf('/') + 1);
  // Session 57: or a file host's address names it before its end, in the host's grammar (MediaFire's `/file/<id>/<name>/file`).
  const payload = PAYLOAD_PATH.test(lastSegment) ? lastSegment : (payloadInQuery(url.query) ?? uploadedPayload(url.host, url.path));
  // Session 23: an upload on a file transfer service (src/links/lists/transfer-hosts.ts and the operator's list) is one too.
  const fileHostDownload = !payload && (isFileHostDownload(url.host, url.query ? `${url.path}?${url.query}` : url.path) || transferUpload(source.lists.transferHosts.match(url.host, url.path), url.path, url.query));
  // A share page (or any link) whose words name the archive or program it hands over is a download of it. Session 57: a file
  // host's direct download too (Drive's `uc?export=download&id=…`, OneDrive's `/download?…`, pixeldrain's `/u/<id>`): its address
  // names no file, the letter beside it does ("Documentos_Envio_2291.zip").
  const offered = payload ? undefined : payloadOffered(clicked, msg.visibleText, disposable.has(url.href), sets);
  const fileName = payload ?? offered?.name;
  if (fileName && disguisedPayloadName(fileName)) {
    capped.emit('URL_PAYLOAD_DISGUISED', `${fileName.slice(0, 80)} (${offered?.where ?? 'the address'}): ${shortUrl(url.href)}`, { href: url.href, file: fileName.slice(0, 200) });
  }
  // Session 43: a program, script, shortcut or disk image (not an archive or a document) by its address or a name beside the link.
  if (fileName && isDangerousClass(analyzeName(fileName).extensionClass)) {
    capped.emit('URL_PROGRAM_DOWNLOAD', `${fileName.slice(0, 80)}: ${shortUrl(url.href)}`, { href: url.href, file: fileName.slice(0, 200) });
  }
  const archive = lockedArchiveLink(msg, clicked, fileName, fileHostDownload, disposable.has(url.href), sets);
  if (archive) capped.emit('URL_ARCHIVE_PASSWORD_DOWNLOAD', `${archive} at ${shortUrl(url.href)}, password "${sets.letterPassword!.slice(0, 40)}" in the letter`, { href: url.href });
  // Session 52: a button offering a document or a message to look at whose address is that file (file-button.ts).
  const button = payload ? documentButtonWords(clicked, BUTTON_DOCUMENT, true) : undefined;
  if (button) capped.emit('URL_DOCUMENT_BUTTON_FILE', `"${button.slice(0, 60)}" hands over ${payload!.slice(0, 80)}: ${shortUrl(url.href)}`, { href: url.href, file: payload!.slice(0, 200), call: button.slice(0, 200) });
  if (payload) {
    capped.emit('URL_PAYLOAD_DOWNLOAD', `link to ${payload.slice(0, 80)}: ${shortUrl(url.href)}`, { href: url.href, file: payload.slice(0, 200) });
    // Session 63 (issue 17, helper mal64): the archive or program linked only from an HTML attachment ("Salary_Adjustment.html" →
    // …/Salary_2025.zip): the attached "document" is a page whose one step is the download, and the letter, which only points to the
    // attachment, holds no link a reader would weigh. No points alone; ATTACH_MALWARE_HTML_PAYLOAD_LINK weighs it with the sender.
    const page = clicked.every((o) => o.source === 'attachment' && HTML_FILE_NAME.test(o.text ?? '')) ? clicked[0]!.text! : undefined;
    if (page) capped.emit('URL_PAYLOAD_IN_HTML_ATTACHMENT', `${page.slice(0, 80)} links to ${payload.slice(0, 80)}: ${shortUrl(url.href)}`, { href: url.href, file: payload.slice(0, 200), attachment: page.slice(0, 200) });
  } else if (offered) {
    capped.emit('URL_PAYLOAD_DOWNLOAD', `link offering ${offered.name.slice(0, 80)} (${offered.where}): ${shortUrl(url.href)}`, { href: url.href, file: offered.name.slice(0, 200), named: offered.where });
  } else if (fileHostDownload) {
    capped.emit('URL_FILE_HOST_DOWNLOAD', `direct download from ${url.host}: ${shortUrl(url.href)}`, { href: url.href, host: url.host });
  } else if (hosted.has(url.href) && isFileSharePage(url.host, url.path)) {
    // A one-file share page the letter asks to download: the file is handed over as by a direct download.
    const call = downloadAsked(clicked, msg.visibleText);
    if (call) capped.emit('URL_FILE_HOST_DOWNLOAD', `"${call}" asked for the file shared at ${url.host}: ${shortUrl(url.href)}`, { href: url.href, host: url.host, call });
  } else {
    // Session 21: a download address that names no file (opaque-download.ts), when the letter asks for the download.
    const shape = opaqueDownloadShape(url.path, url.query);
    const call = shape ? downloadAsked(clicked, msg.visibleText) : undefined;
    if (shape && call) capped.emit('URL_OPAQUE_DOWNLOAD', `"${call}" asked for a file ${url.host} names only by ${shape}: ${shortUrl(url.href)}`, { href: url.href, host: url.host, shape, call });
    else if (shortened.has(url.href) && url.path.length > 1) {
      // Session 23: a shortened link the letter asks to download a billing document from (the word and the call in the link's
      // text or the stretch before it): the address says nothing of what comes, the letter says it is a file.
      const billing = billingDownloadAsked(clicked, msg.visibleText);
      if (billing) capped.emit('URL_OPAQUE_DOWNLOAD', `"${billing}" asked for a file behind the shortened link ${url.host}: ${shortUrl(url.href)}`, { href: url.href, host: url.host, shape: 'a shortened link', call: billing });
    }
  }
  // Session 40: the link's element has the HTML `download` attribute — the browser saves what it returns as a file instead of
  // showing a page, whatever the address looks like and in any language (a boleto's "Baixar Segunda Via" button on a hosting
  // customer's server). Not for a picture, a PDF, a calendar entry or a sound (what newsletters and tickets offer to save).
  // Read once: disposableLinkLures asks it too (session 60).
  const saved = !payload && !fileHostDownload ? savedByAttribute(clicked, lastSegment) : undefined;
  if (saved) capped.emit('URL_DOWNLOAD_ATTRIBUTE', `${saved.text ? `"${saved.text.slice(0, 60)}" ` : ''}saves what ${url.host} returns as a file (the download attribute): ${shortUrl(url.href)}`, { href: url.href, host: url.host });
  if (!payload && !fileHostDownload && !offered) {
    // Session 24: a download button naming a document ("Download your case file") on a link to a host that is not the
    // sender's nor a brand's (own links were passed over above): no points alone — see the finding's row.
    const button = documentButton(clicked, msg.visibleText);
    // Session 51: a link that shows one address and leads to another, which the letter asks to download a document from ("To see
    // your Statement, please download the file from this link [www.ssa.gov/… → a shortener]"): the download disguised as the
    // official site's. No points alone; URL_MALWARE_DISGUISED_DOWNLOAD weighs it.
    const disguised = sets.shownElsewhere.has(url.href) ? disguisedDocumentAsked(clicked, msg.visibleText) : undefined;
    if (disguised) capped.emit('URL_DOCUMENT_DOWNLOAD_DISGUISED', `"${disguised}" from a link that shows another address and leads to ${url.host}: ${shortUrl(url.href)}`, { href: url.href, host: url.host, call: disguised });
    // Session 52: a button that offers a document to view or open ("Vorladung ansehen", "Unterlagen einsehen", "訴状を確認") on a
    // link elsewhere: no download named, so no URL_DOCUMENT_DOWNLOAD_ELSEWHERE; the legal-notice composites read it.
    // Read on the first VIEW_BUTTON_LINKS links elsewhere only: the notices carry one to three links, a newsletter fifty.
    // Session 53 (draw53e): the tax and pay documents too ("Steuerbescheid ansehen"), for URL_MALWARE_AUTHORITY_DOCUMENT.
    const look = button || sets.viewButtonLinks++ >= VIEW_BUTTON_LINKS ? undefined : (documentButtonWords(clicked, BUTTON_DOCUMENT) ?? documentButtonWords(clicked, LEGAL_DOCUMENT) ?? documentButtonWords(clicked, TAX_PAY_DOCUMENT));
    if (look) capped.emit('URL_DOCUMENT_VIEW_ELSEWHERE', `"${look.slice(0, 60)}" leads to ${url.host}, not the sender's ${senderDomain || '(no domain)'}: ${shortUrl(url.href)}`, { href: url.href, host: url.host, call: look.slice(0, 200) });
    if (button) {
      capped.emit('URL_DOCUMENT_DOWNLOAD_ELSEWHERE', `"${button}" leads to ${url.host}, not the sender's ${senderDomain || '(no domain)'}: ${shortUrl(url.href)}`, { href: url.href, host: url.host, call: button });
      // Session 52: the button names one of the malware lures' own documents — an invoice, a payment advice, a court's or a tax
      // office's paper — not files, photos or a brochure (the shop's, the photographer's buttons).
      const errand = BILLING_DOCUMENT.exec(button) ?? LEGAL_DOCUMENT.exec(button) ?? TAX_PAY_DOCUMENT.exec(button);
      if (errand) capped.emit('URL_BILLING_DOCUMENT_BUTTON', `"${button}" names ${errand[0]}: ${shortUrl(url.href)}`, { href: url.href, document: errand[0] });
    }
    // Session 61 (helper mal62): a download button for the office device's message — a scan, a fax, a voice message — named by
    // the button or announced by the subject or opening (device-message.ts). No points alone; URL_MALWARE_DEVICE_MESSAGE weighs it.
    // Not on a file or site host's share page (a colleague's "Download scans" from the company's SharePoint): what is shared there
    // is the file-host readings' business, with the pretext and the sender they weigh.
    const device = hosted.has(url.href) ? undefined : deviceMessageDownload(msg, clicked, button, sets);
    if (device) capped.emit('URL_DEVICE_MESSAGE_DOWNLOAD', `"${device.call.slice(0, 60)}" for the ${device.named.slice(0, 40)} leads to ${url.host}, not the sender's ${senderDomain || '(no domain)'}: ${shortUrl(url.href)}`, { href: url.href, host: url.host, call: device.call.slice(0, 200), device: device.named.slice(0, 80) });
    // Session 30: an app, update or extension to download or install from a host that is not the sender's nor a brand's: where
    // a fake desktop app is fetched when its host's name does not say "download" (URL_DOWNLOAD_HOST_ELSEWHERE). Only in a letter
    // whose subject is about the app too ("Update Electrum …", "the New Bisq Desktop App"): a footer's "download our app" under a
    // prize lure or an advert is not the letter's errand. No points alone.
    // Session 51: or whose opening announces a desktop program (DESKTOP_APP) or asks to install a version, an update or an app
    // ("… unless you install the latest version", "si vous n'installez pas la dernière version", "最新版をインストール").
    // Session 54: or whose opening asks to install something on the reader's computer, wherever the call stands (desktop-install.ts:
    // "install the app on your PC" after the buttons): read once a message, for every link elsewhere.
    // Session 55: or whose opening asks to update to a newer version (version-update.ts: "you must update to the latest version of
    // Ledger Live" above a tracker's "Update & Explore Features"): read once a message, for every link elsewhere.
    const app = ((sets.subjectNamesApp ??= subjectOrOpeningNamesApp(msg.subject, msg.visibleText)) ? appDownloadAsked(clicked, msg.visibleText) : undefined)
      ?? (sets.openingAppCall === undefined ? (sets.openingAppCall = desktopInstallAsked(msg.visibleText) ?? versionUpdateOnce(sets, msg.visibleText) ?? null) : sets.openingAppCall)
      // Session 63 (helper mal64): "Download MetaMask Desktop"; "download the latest version" on a disposable host.
      ?? namedDesktopOrVersionDownload(clicked, msg.visibleText, sets.disposable.has(url.href))
      // Session 64 (helper mal65): a download or "get" button under a desktop program the subject or opening announces.
      ?? desktopProductButton(clicked, msg, sets);
    if (app) {
      capped.emit('URL_APP_DOWNLOAD_ELSEWHERE', `"${app.slice(0, 80)}" leads to ${url.host}, not the sender's ${senderDomain || '(no domain)'}: ${shortUrl(url.href)}`, { href: url.href, host: url.host, call: app.slice(0, 200) });
      // Session 52: the call names a computer ("Download Exodus for Windows", "Télécharger pour Windows", "Windows版をダウンロード",
      // "desktop app"): an installer, not a phone app from a store nor a footer's "download our app".
      if (DESKTOP_WORDS_ANY_CASE().test(app)) capped.emit('URL_DESKTOP_APP_DOWNLOAD', `"${app.slice(0, 80)}" names a computer: ${shortUrl(url.href)}`, { href: url.href, call: app.slice(0, 200) });
    }
  }
  if (!payload && !fileHostDownload && !offered && !hosted.has(url.href)) {
    // Session 41: the "attachment" that is a link — the letter says a file is attached and the link's own words are that file's
    // name, while the address is not the file (a mailer's tracker, a page) and no part of the message is the file.
    const shown = attachmentShownAsLink(msg, clicked, lastSegment);
    if (shown) capped.emit('URL_ATTACHMENT_AS_LINK', `"${shown.name.slice(0, 80)}" is said to be attached (${shown.word}) but is a link to ${url.host}: ${shortUrl(url.href)}`, { href: url.href, host: url.host, file: shown.name.slice(0, 200) });
  }
  const named = hostNameFacts(url.host, url.domain);
  // Not for an IP host (no name to read) nor a file host's own download servers (the row above names those).
  const downloadLabel = url.ip === undefined && !hosted.has(url.href) ? named.downloadLabel : undefined;
  if (downloadLabel) {
    capped.emit('URL_DOWNLOAD_HOST_ELSEWHERE', `"${downloadLabel}" host ${url.host}, not the sender's ${senderDomain || '(no domain)'}: ${shortUrl(url.href)}`, {
      href: url.href, host: url.host, word: downloadLabel,
    });
  }
  if ((storage.has(url.href) && PAGE_PATH.test(lastSegment)) || /\/ipfs\/[a-z0-9]{20,}/i.test(url.path)) {
    capped.emit('URL_HOSTED_PAGE', `web page ${lastSegment.slice(0, 80)} in cloud storage: ${shortUrl(url.href)}`, { href: url.href });
  }
  const onDisposable = disposable.has(url.href);
  // The host's own name claiming a sign-in (`login-secure.example`, `webmail.example.net`) counts anywhere; a
  // sign-in path only on a disposable host (newsletters send readers to `/url_login` on their publisher's site).
  // The path's words are read only for a disposable host, the only place they count (most links are not).
  const pathWords = onDisposable ? wordsOf(`${url.path} ${url.query.slice(0, 200)}`) : [];
  // A file's path (a payload by name, a file host's download) names the file, not a sign-in page: `Payment_2291.7z`.
  const signin = named.signin ?? (onDisposable && !payload && !fileHostDownload ? namesSignin(pathWords) : undefined);
  if (signin) {
    capped.emit('URL_SIGNIN_PAGE_ELSEWHERE', `"${signin}" page at ${url.host}, not the sender's ${senderDomain || '(no domain)'}: ${shortUrl(url.href)}`, {
      href: url.href, word: signin, host: url.host,
    });
  }
  if (!onDisposable) return;
  // Session 60 (helper draw17d): a link whose element carries the download attribute saves a file; its words ("Baixar Segunda Via
  // do Boleto") name what the file is, not a page to type into (the payload's rule below, for the attribute).
  disposableLinkLures(url, clicked, lastSegment, offered, signin, pathWords, fileHostDownload, payload, saved !== undefined, capped, () => programErrandOnce(sets, msg));
}

/** A link to a disposable host: what its text names (an action, a document) and what its path names (linkLures' last part). */
function disposableLinkLures(
  url: NormalisedUrl, clicked: LinkOccurrence[], lastSegment: string, offered: { name: string; where: string } | undefined, signin: string | undefined,
  pathWords: string[], fileHostDownload: boolean, payload: string | undefined, savesFile: boolean, capped: CappedFindings,
  programUpdate: () => string | undefined,
): void {
  let joined = '';
  for (let k = 0; k < clicked.length; k++) joined += (k === 0 ? '' : ' ') + (clicked[k]!.text ?? '');
  const text = joined.slice(0, 200);
  // The file a share page offers by name (payloadOffered) is what its link presents, as a link text would.
  const textWords = wordsOf(offered ? `${text} ${offered.name.slice(0, 80)}` : text, 300);
  // Session 52: not on a link whose address is a file (`…/Payment_Schedule.zip`): what it hands over is that file, whatever
  // action its words name ("Payment_Schedule.pdf" is a document's name, not a payment page). Session 57: nor the name of the
  // file a link offers beside it ("Avviso_pagamento_2291.zip" names a document); the link's own words still count.
  const action = signin || payload || savesFile ? undefined : namesAction(offered ? wordsOf(text, 300) : textWords);
  // Session 62 (helper mal63): an "Update now" / "Jetzt aktualisieren" button in a letter whose errand is a program — the reader,
  // player, browser or meeting client that shows its content, a device's or app's update, a newer version, an app named in the
  // subject or opening (programErrandOnce), no secret asked — offers that program's update, a download, not an account to update on
  // a sign-in page. Other action words (log in, verify, pay, sync) still count.
  const programUpdateButton = action !== undefined && UPDATE_ACTIONS.has(action) && programUpdate() !== undefined;
  if (action && !programUpdateButton) {
    capped.emit('URL_SIGNIN_PAGE_ELSEWHERE', `link text "${text.slice(0, 60)}" (${action}) leads to ${url.host}, a disposable host: ${shortUrl(url.href)}`, {
      href: url.href, word: action, host: url.host, text: text.slice(0, 200),
    });
  }
  // A file host's download address says `download` in its own grammar (`uc?export=download`), and a share page the
  // service draws names the kind of file it shows (`docs.google.com/document/d/…`, session 24): only the link's text
  // offers a document there.
  const onSharePage = shareServicePages.match(url.host, url.path) !== undefined;
  // There a link whose text is only its address written out says no more than that grammar.
  const docWords = onSharePage && clicked.every((o) => !o.text || ADDRESS_ONLY.test(o.text)) ? wordsOf(offered ? offered.name.slice(0, 80) : '', 300) : textWords;
  // On a share page the path is the service's grammar but for a file name the uploader chose (`/scl/fi/<id>/statement.pdf`).
  const uploadedName = onSharePage && /\.[a-z0-9]{2,5}$/i.test(lastSegment) ? lastSegment : undefined;
  // Session 57: the Japanese words in the file's name the address gives too (`/file/<id>/請求書_2025_06.zip/file`, decoded).
  // Session 61 (helper mal62): and the name the address ends in, decoded (`/d/%E8%AB%8B%E6%B1%82%E6%9B%B8_0602.zip`): wordsOf reads
  // the path's ASCII words only.
  const named = offered?.name ?? (payload ? (PAYLOAD_PATH.test(lastSegment) ? decodedSegment(lastSegment) : payload) : undefined);
  // Session 57: a link that hands over a file it names (by its address or beside it) is a download whatever its words say; "Download"
  // there ("Download on MediaFire" over `…/HollowForge_Textures_3.1.zip/file`) names no document, the file's name does.
  const doc = namesDocument(payload !== undefined || offered ? docWords.filter((w) => !DOWNLOAD_VERBS.has(w)) : docWords) ?? (named ? DOCUMENT_WORDS_JA.exec(named.slice(0, 80))?.[0] : undefined) ?? (fileHostDownload ? undefined : onSharePage ? (uploadedName ? namesDocument(wordsOf(uploadedName, 120)) : undefined) : namesDocument(pathWords));
  if (doc) {
    capped.emit('URL_DOCUMENT_ON_DISPOSABLE_HOST', `"${doc}" offered at ${url.host}, a disposable host: ${shortUrl(url.href)}`, {
      href: url.href, word: doc, host: url.host,
    });
  }
}

/** A path segment with its escapes decoded; as written when an escape is malformed. */
function decodedSegment(segment: string): string {
  if (!segment.includes('%')) return segment;
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** A link text that is an address and nothing else (`https://docs.google.com/document/d/…`). */
const ADDRESS_ONLY = /^\s*(?:https?:\/\/|www\.)\S*\s*$/i;

/** The schemes of Windows Search (`search-ms:`, `search:`): a letter without them is not read for remote folders. */
export const SEARCH_SCHEME = /search(?:-ms)?:/i;

/** `c` is the ASCII letter `lower` in either case (`lower` a–z): setting bit 0x20 maps exactly A–Z onto a–z and no other unit. */
const isLetter = (c: number, lower: number): boolean => (c | 0x20) === lower;
/** `body` has "search" in any ASCII case in the six units that end before `end`. */
function searchEndsAt(body: string, end: number): boolean {
  return end >= 6 && isLetter(body.charCodeAt(end - 6), 0x73) && isLetter(body.charCodeAt(end - 5), 0x65) && isLetter(body.charCodeAt(end - 4), 0x61) &&
    isLetter(body.charCodeAt(end - 3), 0x72) && isLetter(body.charCodeAt(end - 2), 0x63) && isLetter(body.charCodeAt(end - 1), 0x68);
}
/**
 * SEARCH_SCHEME.test(body), from its rare character (session 62, issue 18, cpu63): every match ends at a colon, so each colon
 * `indexOf` finds is read backwards for "search" or "search-ms". Without `u`, `i` makes an ASCII letter of the pattern match
 * only itself in either case (a character beyond ASCII whose upper case is ASCII — ſ, ı, K — is not folded into it), which
 * isLetter reads. The pattern ran over the whole HTML and plain text of every message (~30 K instructions a message of the
 * SpamAssassin test split, callgrind); indexOf skips to the colons.
 */
export function hasSearchScheme(body: string): boolean {
  for (let at = body.indexOf(':', 6); at >= 0; at = body.indexOf(':', at + 1)) {
    if (searchEndsAt(body, at)) return true;
    if (at >= 9 && isLetter(body.charCodeAt(at - 1), 0x73) && isLetter(body.charCodeAt(at - 2), 0x6d) && body.charCodeAt(at - 3) === 0x2d && searchEndsAt(body, at - 3)) return true;
  }
  return false;
}

/**
 * Character references that can spell what marks a remote-folder address (`&#92;`, `&#x40;`, `&bsol;`, `&sol;`, `&commat;`,
 * `&colon;`, `&period;`): the letter's raw HTML does not show `\\host@SSL` or `search-ms:` written so, the reader's browser
 * does. Common references (`&nbsp;`, `&amp;`) spell none of them.
 */
export const ADDRESS_REFERENCE = /&(?:#|(?:bsol|sol|commat|colon|period);)/i;
/** ADDRESS_REFERENCE read at one place only (sticky). */
const ADDRESS_REFERENCE_AT = new RegExp(ADDRESS_REFERENCE.source, 'iy');
/**
 * ADDRESS_REFERENCE.test(html) from its ampersands (session 62, issue 18, helper cpu63): indexOf finds each `&`, a `#` after
 * it answers at once, and only a b, s, c or p (either case: without `u`, `i` folds no other unit into an ASCII letter) sends
 * the sticky pattern to read it; `&nbsp;` and `&amp;`, most of a letter's references, are passed over. The same answer.
 */
export function hasAddressReference(html: string): boolean {
  for (let at = html.indexOf('&'); at >= 0; at = html.indexOf('&', at + 1)) {
    const c = html.charCodeAt(at + 1);
    if (c === 0x23) return true;
    const l = c | 0x20;
    if (l !== 0x62 && l !== 0x73 && l !== 0x63 && l !== 0x70) continue;
    ADDRESS_REFERENCE_AT.lastIndex = at;
    if (ADDRESS_REFERENCE_AT.test(html)) return true;
  }
  return false;
}

/**
 * The remote locations of the `search-ms:`/`search:` queries in the letter's HTML and plain text, and its WebDAV addresses
 * (`file://host@SSL/…`, `\\host@SSL\DavWWWRoot\…`: webDavLocations), each once. HTML that holds character references is
 * read again as shown: its link targets and its shown text, references decoded by the parser (`file:&#47;&#47;host&#64;SSL`).
 */
export function remoteFolderLocations(msg: Pick<ParsedMessage, 'html' | 'text' | 'visibleText' | 'htmlFacts'>): string[] {
  const found: string[] = [];
  const bodies = [msg.html, msg.text];
  if (msg.html && hasAddressReference(msg.html)) {
    // One line per link target: both readers stop an address at white space.
    bodies.push((msg.htmlFacts?.links ?? []).map((link) => link.href).join('\n'), msg.visibleText);
  }
  for (const body of bodies) {
    if (!body) continue;
    const locations = hasSearchScheme(body) ? [...searchQueryLocations(body), ...webDavLocations(body)] : webDavLocations(body);
    for (const location of locations) if (!found.includes(location)) found.push(location);
  }
  return found;
}

/**
 * A Windows or desktop computer named as where a document must be opened (en; the computer's name in pt, es, fr, de,
 * nl too): `Windows PCs`, `Windows laptop`, `desktop or laptop`, `laptop device`, `desktop workstation`,
 * `laptop or personal computer`, `Windows 11 PC`, `computador com Windows`, `Windows-PC`, `ordinateur sous Windows`, `computer
 * met Windows`, `PC running Windows`. Runs on one
 * sentence of at most 400 characters; every repetition is bounded (`\s{0,3}`), so a try costs a few characters past its literal
 * start.
 */
const DESKTOP_GATE =
  /\b(?:windows[- ](?:(?:\d{1,2}|xp|vista)[- ])?(?:pcs?|computers?|laptops?|desktops?|devices?|workstations?|systems?|machines?|environment)|(?:desktop|laptop|pc|computer)s?\s{0,3}(?:or|\/|and|&)\s{0,3}(?:a\s)?(?:personal\s)?(?:desktop|laptop|pc|computer)s?|(?:desktop|laptop) (?:computer|device|workstation|pc|environment)s?|computador(?:es)?(?: com)? windows|(?:ordenador|computadora|ordinateur|computer|rechner|pc)(?: con| avec| sous| mit| met| with| running)? windows|windows-(?:pc|computer|rechner))\b/;
/**
 * What makes the computer a condition (en, pt, es, fr, de, nl): only, must, not supported, switch to (session 51: the French
 * "ne … que" as `ne peut`, `ne s'ouvre`; the Portuguese `só`). A recommendation
 * (`optimized for`, `we recommend`) counts only for Windows by name or for the sake of "security": a genuine statement
 * may well be best viewed on a desktop's larger screen, but no genuine document is safer on one kind of computer.
 */
const DESKTOP_CONDITION =
  /\b(?:only|must|required|requires|not supported|not compatible|unsupported|cannot|can't|will not|won't|switch to|somente|apenas|exclusivamente|nur|ausschlie\w{0,10}|uniquement|seulement|solo|solamente|alleen|ne (?:peut|peuvent|s'ouvre|s'ouvrent))\b|(?<![a-zà-ÿ])só(?![a-zà-ÿ])/;
/** A recommendation (en, pt, es, fr, de, nl): `we recommend`, `recomendamos`, `nous recommandons`, `empfohlen`, `aanbevolen`, `optimized`. */
const DESKTOP_ADVICE =
  /\b(?:optimi[sz]ed|recommend(?:ed|s)?|best|recomend\w{0,6}|recommand\w{0,6}|otimizad[oa]s?|optimizad[oa]s?|optimis[ée]e?s?|optimiert|geoptimaliseerd|empfohlen|empfehlen|aanbevolen|aan te raden|melhor|mejor|meilleure?s?|besten|beste)\b/;
const DESKTOP_SECURITY = /\b(?:windows|secur\w*|trusted|safe(?:ty)?|seguran\w{0,6}|segurid\w{0,4}|s\S?curit\w{0,4}|sicherheit\w*|veiligheid)\b/;
/** The thing to open: a document, a statement, a file (not "download": software is downloaded for Windows too). */
const DESKTOP_DOCUMENT =
  /\b(?:documents?|statements?|files?|invoices?|forms?|pdfs?|reports?|attachments?|documentos?|arquivos?|extratos?|faturas?|facturas?|dokumente?|datei(?:en)?|rechnung(?:en)?|unterlagen|fichiers?|factures?|bestand(?:en)?|factuur|facturen|archivos?|anexos?|fattur[ae]|allegat[oi])\b/;
/**
 * Words that must be somewhere in the text before its sentences are read (most mail names no computer). Only whether one is
 * there counts, so a word another begins with stands for it (`computador` for `computadora`) and shared beginnings are written
 * once (session 38: fewer alternatives tried at each character of every text).
 */
export const DESKTOP_WORDS = /windows|desktop|laptop|comput(?:ador|er)|ord(?:enador|inateur)|rechner|パソコン|デスクトップ/;
/**
 * DESKTOP_WORDS in any case, over the text as written: what the lower-cased copy holds, without making it for the mail that
 * names no computer. Lower-casing turns into an ASCII letter only ASCII capitals, the Kelvin sign (U+212A → `k`, which
 * `/i` without `u` does not equate: looked for apart) and dotted İ (U+0130 → `i` + U+0307, whose combining dot no word
 * of DESKTOP_WORDS has after its `i`); the Japanese words have no case.
 */
const DESKTOP_WORDS_ANY_CASE = lazyRegExp(() => new RegExp(DESKTOP_WORDS.source, 'i'));

/**
 * The same three parts in Japanese, where `\b` cannot bound words: a computer (`Windows パソコン`, `パソコン`,
 * `デスクトップ`), a document (`文書`, `ファイル`, `請求書`, `明細`…) and a condition (`のみ`, `だけ`, `必須`, `対応していません`,
 * `開けません`), or a recommendation (`推奨`, `お勧め`) for Windows or for security's sake. Each alternative is a literal.
 */
const JA_DESKTOP_GATE = /パソコン|デスクトップ|windows\s?(?:の\s?)?(?:pc|コンピュータ)/;
const JA_DESKTOP_DOCUMENT = /文書|書類|ドキュメント|ファイル|請求書|明細|通知書|資料|添付/;
const JA_DESKTOP_CONDITION = /のみ|だけ|限ります|限られ|必須|必要があります|対応していません|非対応|開けません|開くことができません|閲覧できません|表示できません/;
const JA_DESKTOP_ADVICE = /推奨|お勧め|おすすめ|お薦め|最適/;
const JA_DESKTOP_SECURITY = /windows|セキュリティ|安全/;
/** Where a sentence ends (en and ja). */
const SENTENCE_END = /[.!?\n。！？]+/;

/**
 * Issue 17: the instruction form of the gate, where the lure asks rather than states: "Please open the document on a Windows
 * computer", "abra o arquivo em um computador com Windows", "ouvrez le fichier sur un ordinateur Windows", "öffnen Sie die Datei
 * auf einem Windows-PC", "ábralo en una computadora con Windows", "apra il file su un PC Windows", "open het bestand op een
 * Windows-pc". Read as words, in order: a verb of opening, viewing or downloading in the imperative (or an infinitive the
 * sentence begins with or a request word precedes: "veuillez ouvrir", "por favor abrir", "aprire il file"), its object — a
 * determiner right after the verb, or a document word after a request word ("open the", "please open invoice"; so not "open
 * to", "open for business", "open source", "open positions"), a document word at most three words further — then, within 80
 * characters, the computer (DESKTOP_GATE). Not after a modal or a subject ("you can open") nor in a purpose clause ("to open
 * the file on a Windows PC, right-click it"), nor beside other devices ("on your Windows PC, Mac or phone") unless ruled out.
 * German and Dutch also put the verb last ("Bitte die Datei auf einem Windows-PC öffnen", "gelieve het document op een
 * Windows-pc te openen"). A pronoun object ("open it", "ábralo", "abra-o", "ouvrez-le") stands for a document
 * the sentence or the one before names. A request is weaker than a condition, so it counts only for Windows by name or for
 * security's sake (DESKTOP_SECURITY, as a recommendation does), and never in a sentence (or, for a pronoun, the one before)
 * about software: "download the installer on your Windows PC", "open the setup file on a Windows computer" are what IT
 * departments and vendors genuinely write.
 */
const INSTRUCTION_VERBS = new Set([
  'open', 'view', 'download', // en (nl open, download)
  'abra', 'abre', 'visualize', 'baixe', 'consulte', // pt (es abra, abre, consulte)
  'vea', 'visualice', 'descargue', // es (not descarga: the noun too)
  'ouvrez', 'ouvre', 'consultez', 'téléchargez', 'visualisez', 'affichez', // fr
  'öffne', 'bekijk', // de (du), nl
  'apra', 'apri', 'scarichi', 'scarica', 'visualizzi', 'visualizza', 'consulti', // it
]);
/** German polite imperatives, verb then `Sie`: "öffnen Sie", "laden Sie … herunter", "sehen Sie sich … an", "rufen Sie … auf". */
const INSTRUCTION_VERBS_SIE = new Set(['öffnen', 'laden', 'sehen', 'rufen']);
/** Infinitives that instruct at a sentence's start or after a request word (fr, pt, es, it; de and nl put theirs last). */
const INSTRUCTION_INFINITIVES = new Set([
  'abrir', 'visualizar', 'baixar', 'descargar', 'ouvrir', 'consulter', 'télécharger', 'visualiser', 'afficher',
  'aprire', 'scaricare', 'visualizzare', 'consultare',
]);
const REQUEST_WORDS = new Set(['please', 'kindly', 'veuillez', 'favor', 'prega', 'preghiamo', 'pedimos', 'solicitamos', 'bitte', 'gelieve']);
/** The verb at the end of a German or Dutch request ("bitte … öffnen", "gelieve … te openen"). */
const FINAL_INSTRUCTION_VERBS = new Set(['öffnen', 'herunterladen', 'ansehen', 'aufrufen', 'openen', 'downloaden', 'bekijken']);
/** Verbs with their pronoun object attached (es, it): "ábralo", "descárguelo", "aprilo". */
const INSTRUCTION_VERBS_WITH_PRONOUN = new Set([
  'ábralo', 'ábrala', 'ábralos', 'ábralas', 'ábrelo', 'ábrela', 'véalo', 'véala', 'descárguelo', 'descárguela', 'descárgalo', 'descárgala',
  'visualícelo', 'visualícela', 'consúltelo', 'consúltela', 'aprilo', 'aprila', 'scaricalo', 'scaricala', 'visualizzalo', 'visualizzala',
]);
/** What may begin the object: articles, demonstratives, possessives (en, pt, es, fr, de, nl, it) and "attached". */
const OBJECT_DETERMINERS = new Set([
  'the', 'this', 'that', 'these', 'those', 'your', 'our', 'attached', 'enclosed', 'secure',
  'o', 'a', 'os', 'as', 'seu', 'sua', 'seus', 'suas', 'este', 'esta', 'estes', 'estas', 'esse', 'essa',
  'el', 'la', 'los', 'las', 'su', 'sus',
  'le', 'les', 'l', 'votre', 'vos', 'ce', 'cet', 'cette', 'ces',
  'die', 'das', 'den', 'ihre', 'ihr', 'ihren', 'diese', 'dieses', 'diesen',
  'het', 'de', 'uw', 'dit', 'deze',
  'il', 'lo', 'gli', 'i', 'questo', 'questa', 'suo', 'sua', 'vostro', 'vostra',
]);
/** Object pronouns (some are articles too: the document word, when one follows, decides). */
const OBJECT_PRONOUNS = new Set(['it', 'them', 'o', 'a', 'os', 'as', 'lo', 'la', 'los', 'las', 'le', 'les', 'es', 'sie', 'het', 'li']);
/** A purpose clause, not a request: "To open the file on a Windows PC, right-click it". */
const PURPOSE_BEFORE = /(?:^|[,;:(])\s*(?:in order to|to|para|pour|afin de|per)\s*$/;
/** A word before the verb that makes it a statement, not a request: "you can open", "if you open", "word opens". */
const STATEMENT_BEFORE = new Set([
  'can', 'could', 'may', 'might', 'will', 'would', 'you', 'we', 'they', 'i', 'pode', 'podem', 'puede', 'pueden', 'se', 'peut', 'pouvez',
  'vous', 'on', 'kann', 'können', 'kunt', 'kun', 'je', 'può', 'puoi', 'possono', 'si',
]);
/** What follows a pronoun object: where to open it ("open it on", "abra-o em", "ouvrez-le sur", "öffnen Sie sie auf"). */
const PLACE_PREPOSITIONS = new Set(['on', 'in', 'using', 'from', 'em', 'no', 'num', 'numa', 'en', 'desde', 'sur', 'depuis', 'auf', 'an', 'op', 'su', 'sul', 'da']);
/**
 * Other kinds of device: a sentence that offers the document on a Windows PC and on a Mac or a phone sets no gate ("download your
 * files on your Windows PC, Mac or phone"), unless it rules them out ("not on a phone or a Mac"): a negation at most six words before.
 */
const OTHER_DEVICES = new Set([
  'mac', 'macs', 'macos', 'macbook', 'iphone', 'ipad', 'ios', 'android', 'linux', 'chromebook', 'smartphone', 'smartphones', 'tablet',
  'tablets', 'mobile', 'phone', 'phones', 'celular', 'móvil', 'teléfono', 'telemóvel', 'handy', 'tablette', 'téléphone', 'portable', 'mobiel',
  'telefoon', 'telefono', 'cellulare',
]);
const NEGATIONS = new Set(['not', 'no', 'never', 'than', 'instead', 'nicht', 'kein', 'keinem', 'keinen', 'statt', 'anstatt', 'pas', 'ne', 'plutôt', 'não', 'nem', 'vez', 'lugar', 'ni', 'nunca', 'niet', 'geen', 'non', 'invece', 'anziché']);
/** Words of software, whose Windows version is genuinely downloaded, installed and opened (as tokens; `mise à jour` apart). */
const SOFTWARE_WORDS = new Set([
  'setup', 'installer', 'installers', 'software', 'softwares', 'program', 'programs', 'programme', 'programmes', 'app', 'apps',
  'application', 'applications', 'logiciel', 'logiciels', 'driver', 'drivers', 'treiber', 'pilote', 'pilotes', 'update', 'updates',
  'upgrade', 'upgrades', 'tool', 'tools', 'client', 'plugin', 'plugins', 'extension', 'extensions', 'game', 'games', 'exe', 'msi',
]);
const SOFTWARE_PREFIXES = ['install', 'instala', 'installeer', 'programa', 'programm', 'aplica', 'applicazion', 'anwendung', 'toepassing', 'controlador', 'stuurprogramma', 'actualiza', 'atualiza', 'aggiorna', 'patch'];
const WORD = /[\p{L}\p{N}]+/gu;

interface Word {
  word: string;
  at: number;
  end: number;
}
const wordsIn = (sentence: string): Word[] => allMatches(WORD, sentence).map((m) => ({ word: m[0], at: m.index, end: m.index + m[0].length }));
const namesSoftware = (sentence: string, words: readonly Word[]) =>
  sentence.includes('mise à jour') || sentence.includes('mises à jour') || words.some(({ word }) => SOFTWARE_WORDS.has(word) || SOFTWARE_PREFIXES.some((p) => word.startsWith(p)));
const isDocumentWord = (word: string) => DESKTOP_DOCUMENT.test(word);

/** The first computer (DESKTOP_GATE) that begins from `from` to 80 characters past it, or undefined. */
const DESKTOP_GATE_FROM = lazyRegExp(() => new RegExp(DESKTOP_GATE.source, 'g'));
function computerAfter(sentence: string, from: number): RegExpExecArray | undefined {
  DESKTOP_GATE_FROM().lastIndex = from;
  const m = DESKTOP_GATE_FROM().exec(sentence);
  return m && m.index - from <= 80 ? m : undefined;
}

/**
 * The object after an instruction verb at words[i]: where it ends and whether it is a pronoun; undefined when the next words
 * are not one ("open to", "open for", "open source").
 */
function objectAfter(words: readonly Word[], i: number, bareNoun: boolean): { end: number; pronoun: boolean } | undefined {
  const first = words[i];
  if (!first) return undefined;
  if (bareNoun && isDocumentWord(first.word)) return { end: first.end, pronoun: false };
  if (OBJECT_DETERMINERS.has(first.word)) {
    for (let j = i + 1; j < Math.min(words.length, i + 4); j++) if (isDocumentWord(words[j]!.word)) return { end: words[j]!.end, pronoun: false };
  }
  return OBJECT_PRONOUNS.has(first.word) && PLACE_PREPOSITIONS.has(words[i + 1]?.word ?? '') ? { end: first.end, pronoun: true } : undefined;
}

/**
 * Whether the sentence asks to open, view or download a document on a Windows or desktop computer (the instruction form);
 * `previous` is the sentence before it, where a pronoun's document may be named.
 */
function desktopInstruction(sentence: string, previous: string): boolean {
  if (!DESKTOP_SECURITY.test(sentence)) return false;
  const words = wordsIn(sentence);
  if (namesSoftware(sentence, words)) return false;
  const anyDevice = words.some(({ word }, k) => OTHER_DEVICES.has(word) && !words.slice(Math.max(0, k - 6), k).some((w) => NEGATIONS.has(w.word)));
  if (anyDevice) return false;
  let named: boolean | undefined;
  const pronounNamed = () =>
    (named ??= DESKTOP_DOCUMENT.test(sentence) || (DESKTOP_DOCUMENT.test(previous) && !namesSoftware(previous, wordsIn(previous))));
  const requested = (i: number) => words.slice(Math.max(0, i - 3), i).some((w) => REQUEST_WORDS.has(w.word));
  for (let i = 0; i < words.length; i++) {
    const { word, at, end } = words[i]!;
    if (INSTRUCTION_VERBS_WITH_PRONOUN.has(word)) {
      if (PLACE_PREPOSITIONS.has(words[i + 1]?.word ?? '') && computerAfter(sentence, end) && pronounNamed()) return true;
      continue;
    }
    let objectAt: number;
    if (INSTRUCTION_VERBS.has(word)) objectAt = i + 1;
    else if (INSTRUCTION_VERBS_SIE.has(word) && words[i + 1]?.word === 'sie') objectAt = i + 2;
    else if (INSTRUCTION_INFINITIVES.has(word) && (i === 0 || requested(i))) objectAt = i + 1;
    else if (word === 'bitte' || word === 'gelieve') {
      // The verb last: the object, the computer, then the verb ("Bitte die Datei auf einem Windows-PC öffnen").
      const object = objectAfter(words, i + 1, true);
      const computer = object && !object.pronoun ? computerAfter(sentence, object.end) : undefined;
      if (computer && words.some((w) => w.at >= computer.index + computer[0].length && FINAL_INSTRUCTION_VERBS.has(w.word))) return true;
      continue;
    } else continue;
    if (PURPOSE_BEFORE.test(sentence.slice(Math.max(0, at - 20), at)) || STATEMENT_BEFORE.has(words[i - 1]?.word ?? '')) continue;
    // A bare document word ("open invoice") only after a request word: "open files on a Windows PC faster" is a headline.
    const object = objectAfter(words, objectAt, requested(i));
    if (!object || !computerAfter(sentence, object.end)) continue;
    if (!object.pronoun || pronounNamed()) return true;
  }
  return false;
}

/** Japanese requests: 開いてください, ご覧ください, ご確認ください, ダウンロードしてください … */
const JA_DESKTOP_INSTRUCTION = /開いてください|開いて下さい|お開きください|開封してください|ご覧ください|ご覧下さい|ご確認ください|ご確認下さい|閲覧してください|表示してください|ダウンロードしてください|ダウンロードして下さい/;
const JA_SOFTWARE = /インストール|ソフト|アプリ|プログラム|ドライバ|アップデート|更新/;

/**
 * The sentence that makes a Windows or desktop computer the condition for opening a document, or undefined: a computer
 * (DESKTOP_GATE), a document (DESKTOP_DOCUMENT) and a condition (DESKTOP_CONDITION, or DESKTOP_ADVICE for Windows or for
 * security's sake) in one sentence of the
 * shown text's first 20,000 characters. In 2002 mail (the SpamAssassin ham) such sentences are about software ("I don't
 * have a Windows machine"), never about opening a document: none has all three. Or the instruction form (issue 17:
 * desktopInstruction, JA_DESKTOP_INSTRUCTION): a request to open a document there, for Windows or for security's sake.
 */
export function desktopOnlyGate(text: string): string | undefined {
  const written = text.slice(0, 20_000);
  const anyCase = DESKTOP_WORDS_ANY_CASE().test(written);
  if (!anyCase && !written.includes('\u212a')) return undefined;
  const t = lowerCased(written);
  // A word found in any case is in the lower-cased copy too (the pattern's letters are ASCII, which the `i` flag without `u`
  // matches only in their two cases, and lower-casing maps them one by one): the copy is searched only for the Kelvin sign's.
  if (!anyCase && !DESKTOP_WORDS.test(t)) return undefined;
  // Each reading below needs its gate in one sentence, and a sentence is a piece of `t` cut at non-word characters (so `\b`
  // reads its edges as in `t`): no gate in all of `t`, none in any sentence. The Japanese reading needs a document word or an
  // instruction in the sentence. Most mail that names a computer names no such computer: one pass over `t`, no sentences.
  const english = DESKTOP_GATE.test(t);
  const japanese = JA_DESKTOP_DOCUMENT.test(t) || JA_DESKTOP_INSTRUCTION.test(t);
  if (!english && !japanese) return undefined;
  let previous = '';
  for (const sentence of t.split(SENTENCE_END)) {
    const before = previous;
    if (!blankOnly(sentence)) previous = sentence;
    if (sentence.length > 400 || sentence.length < 12) continue;
    if (english && sentence.length >= 20 && DESKTOP_GATE.test(sentence)) {
      if (DESKTOP_DOCUMENT.test(sentence) && (DESKTOP_CONDITION.test(sentence) || (DESKTOP_ADVICE.test(sentence) && DESKTOP_SECURITY.test(sentence)))) return sentence.trim();
      if (desktopInstruction(sentence, before)) return sentence.trim();
    }
    // Japanese sentences are short in characters: 12 is a sentence such as 「このファイルはパソコンでのみ開けます」 (18).
    if (japanese && JA_DESKTOP_GATE.test(sentence)) {
      const document = JA_DESKTOP_DOCUMENT.test(sentence);
      if (document && (JA_DESKTOP_CONDITION.test(sentence) || (JA_DESKTOP_ADVICE.test(sentence) && JA_DESKTOP_SECURITY.test(sentence)))) return sentence.trim();
      // The request form: a request to open it there, the document named here or in the sentence before, no software.
      if (JA_DESKTOP_INSTRUCTION.test(sentence) && JA_DESKTOP_SECURITY.test(sentence) && !JA_SOFTWARE.test(sentence)) {
        if (document || (JA_DESKTOP_DOCUMENT.test(before) && !JA_SOFTWARE.test(before))) return sentence.trim();
      }
    }
  }
  return undefined;
}

/**
 * Session 43: the step that runs a document's macros, as Office names its button and as the lures write it, in the eight
 * languages (lower case; Japanese as written). Not "Enable Editing" alone: that leaves Protected View for any attachment, and
 * colleagues explain it for plain spreadsheets.
 */
export const ENABLE_CONTENT_STEPS = [
  'enable content', 'enable the content', 'enable macros', 'enable the macros', 'inhalt aktivieren', 'makros aktivieren',
  'activer le contenu', 'activer les macros', 'activez le contenu', 'activez les macros', 'habilitar contenido', 'habilitar el contenido',
  'habilitar macros', 'habilite el contenido', 'habilitar conteúdo', 'habilitar o conteúdo', 'ativar conteúdo', 'ativar macros',
  'habilite o conteúdo', 'inhoud inschakelen', "macro's inschakelen", 'abilita contenuto', 'abilitare il contenuto', 'abilita macro',
  'abilitare le macro', 'コンテンツの有効化', 'マクロを有効',
];
/** The steps' first words (the whole step when it has no space: the Japanese ones), each once, and each step's among them. */
const firstWord = (step: string): string => (step.includes(' ') ? step.slice(0, step.indexOf(' ')) : step);
const FIRST_WORDS = [...new Set(ENABLE_CONTENT_STEPS.map(firstWord))];
const STEP_FIRST_WORD = Uint8Array.from(ENABLE_CONTENT_STEPS, (step) => FIRST_WORDS.indexOf(firstWord(step)));
/** enableContentStep's reading of the first words, one call at a time: 0 not read yet, 1 in the text, 2 not. */
const FIRST_WORD_KNOWN = new Uint8Array(FIRST_WORDS.length);
/** A word every enable-content step holds, in any case (the Kelvin sign, which lower-cases to k, is tested apart). */
const ENABLE_CONTENT_WORDS_ANY_CASE = /conten|conteúdo|macro|makro|inhalt|inhoud|コンテンツの有効化|マクロを有効/i;
/**
 * A warning rather than an instruction: "never click Enable Content", "nie … Inhalt aktivieren", "n'activez jamais les macros",
 * "マクロを有効にしないでください" — read in the clause before the step (at most 60 characters) (after it for Japanese, whose negation follows).
 */
const STEP_NEGATED = /(?:\bnever\b|\bnot\b|n't\b|\bnie\b|\bniemals\b|\bnicht\b|\bkeine?n?\b|\bjamais\b|\bne\b|\bn'|\bnunca\b|\bno\b|\bnão|\bnooit\b|\bniet\b|\bgeen\b|\bmai\b|\bnon\b|avoid|vermeiden|évitez|evite)/;
const JA_STEP_NEGATED = /^.{0,12}(?:しないで|しない|しません|禁止)/;
/** The first enable-content step the letter asks for (its first 20,000 characters), or undefined; a warning against it is none. */
export function enableContentStep(text: string): string | undefined {
  const written = text.slice(0, 20_000);
  // Every step holds one of these words; most letters hold none, so they are not lower-cased and searched 27 times (issue 18).
  if (!ENABLE_CONTENT_WORDS_ANY_CASE.test(written) && !written.includes('\u212a')) return undefined;
  const t = lowerCased(written);
  // A step's first word is looked for once for all the steps that begin with it (most letters that hold `content` hold no
  // `activer`, `habilitar` or `abilita`): a step is in the text only where its first word is.
  const known = FIRST_WORD_KNOWN.fill(0);
  for (let i = 0; i < ENABLE_CONTENT_STEPS.length; i++) {
    const first = STEP_FIRST_WORD[i]!;
    if (known[first] === 0) known[first] = t.includes(FIRST_WORDS[first]!) ? 1 : 2;
    if (known[first] === 1 && stepAskedIn(t, ENABLE_CONTENT_STEPS[i]!)) return ENABLE_CONTENT_STEPS[i];
  }
  return undefined;
}

/** Whether the lower-cased text `t` asks for `step` somewhere: an occurrence that no negation before (or after, in Japanese) makes a warning. */
export function stepAskedIn(t: string, step: string): boolean {
  let at = t.indexOf(step);
  while (at >= 0) {
    // The clause before the step: "if the document does not display correctly, click Enable Content" asks for it.
    const window = t.slice(Math.max(0, at - 60), at);
    const before = window.slice(Math.max(window.lastIndexOf(','), window.lastIndexOf(';'), window.lastIndexOf('.'), window.lastIndexOf('\n'), window.lastIndexOf('、'), window.lastIndexOf('。')) + 1);
    const after = t.slice(at + step.length, at + step.length + 20);
    if (!STEP_NEGATED.test(before) && !JA_STEP_NEGATED.test(after)) return true;
    at = t.indexOf(step, at + step.length);
  }
  return false;
}

/** Session 41: the extensions of documents a letter says are attached (archives and programs by name are payloadOffered's). */
const DOCUMENT_EXTENSIONS = new Set(['.pdf', '.doc', '.docx', '.docm', '.dotm', '.xls', '.xlsx', '.xlsm', '.xlsb', '.ppt', '.pptx', '.pptm', '.rtf', '.odt', '.ods', '.odp']);
/** A file size written after a name: "(212 KB)", "[1,2 MB]", " 87 kB". */
const SIZE_AFTER_NAME = /\s?[([]?\d[\d.,]{0,12}\s?[kmg]i?b[)\]]?$/i;
/** What no file name holds: quotes, angle brackets, slashes, colons, pipes, wildcards, line breaks. */
const NOT_IN_FILE_NAME = /["'<>/\\:|?*\n\r]/;

/**
 * Session 41 (issue 17): a document's file name as a link's whole text (`Anexo5587.pdf`, "Rechnung_0923.docx (212 KB)"): a PDF,
 * word-processor, spreadsheet or presentation file, at most 80 characters, one name only. Undefined when the text is anything else.
 */
export function documentFileName(text: string): string | undefined {
  let name = text.trim();
  if (name.length > MAX_NAME_TEXT) return undefined;
  name = name.replace(SIZE_AFTER_NAME, '').trim();
  const dot = name.lastIndexOf('.');
  if (dot < 1 || name.length > 80 || !DOCUMENT_EXTENSIONS.has(name.slice(dot).toLowerCase()) || NOT_IN_FILE_NAME.test(name)) return undefined;
  return name;
}
/**
 * The letter presents a file as attached (en, de, fr, es, pt, it, nl, ja): "attached", "attachment", "im Anhang", "anbei", "pièce
 * jointe", "ci-joint", "adjunto", "em anexo", "in allegato", "bijlage", "bijgevoegd", "添付". Read in the link's words and the
 * stretch before the link; `anexo` may run into a number ("Anexo5587.pdf").
 */
export const ATTACHED_WORD = /(?:^|[^\p{L}])(?:attach(?:ed|ments?)|anhang|anbei|angeh[äa]ngt|pi[èe]ces? jointes?|ci-joint(?:e|s|es)?|adjunt(?:o|a|os|as)|anex(?:o|a|os|as)|allegat(?:o|i|a)|bijlagen?|bijgevoegd)|添付/iu;
/** The longest link text read for a file name. */
const MAX_NAME_TEXT = 100;

/**
 * Session 41: the attachment that is a link. A clicked anchor or image-map area (not an address written in the text) whose whole
 * text is one document's file name (documentFileName), where the letter presents a file as attached (ATTACHED_WORD in the link's
 * words or in the AROUND_LINK_CHARS before it), while the address's last segment is not a file of that kind (the click goes to a
 * tracker, a redirect or a page that decides what comes) and no part of the message carries that name. A genuine "attached" file
 * is a part of the message; a link to the document itself (`…/Invoice_0923.pdf`) is read as a document link, and share pages on
 * file hosts by the file-host findings. Answers the name and the attachment word, or undefined.
 */
export function attachmentShownAsLink(msg: Pick<ParsedMessage, 'attachments' | 'visibleText'>, clicked: readonly LinkOccurrence[], lastSegment: string): { name: string; word: string } | undefined {
  // The first four occurrences, by index: this runs for every link of every message, so no copy of the list is made for it.
  for (let i = 0; i < clicked.length && i < 4; i++) {
    const o = clicked[i]!;
    if ((o.source !== 'a' && o.source !== 'area') || !o.text || o.text.length > MAX_NAME_TEXT) continue;
    const name = documentFileName(o.text);
    if (!name) continue;
    const extension = name.slice(name.lastIndexOf('.')).toLowerCase();
    let segment = lastSegment;
    try {
      segment = decodeURIComponent(lastSegment);
    } catch {
      // a malformed escape: the segment as written
    }
    if (segment.toLowerCase().endsWith(extension)) continue;
    const lower = name.toLowerCase();
    if (msg.attachments.slice(0, 40).some((a) => a.filename.trim().toLowerCase() === lower)) continue;
    const word = ATTACHED_WORD.exec(o.text) ?? ATTACHED_WORD.exec(textBeforeLink(o, msg.visibleText) ?? '');
    if (word) return { name, word: word[0].replace(/^[^\p{L}]/u, '').trim() };
  }
  return undefined;
}
