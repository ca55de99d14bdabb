/**
 * Files that open a folder on someone else's server as if it were local (the WebDAV lures of 2023–2025): a `search-ms:`
 * (or `search:`) query whose `crumb=location:` is a share (`\\host@SSL\DavWWWRoot`, `\\1.2.3.4@80\share`), reached from an
 * HTML page's link or script; a Windows library (`.library-ms`) or search connector (`.searchConnector-ms`) whose
 * `<url>` is a share or a web address. The folder then lists the sender's programs and shortcuts as the reader's own
 * documents. Read without patterns over the whole text: indexOf loops, each look at most 600 characters.
 */

/** Locations kept at most per file. */
const MAX_LOCATIONS = 8;
/** `search-ms:` queries read at most per text (a lure has one or two). */
const MAX_TRIES = 64;
/** Characters of text read at most (a page or a library description is small). */
const MAX_TEXT = 1024 * 1024;

/** A location outside the computer: a UNC path (`\\host\…`, `//host/…`), or a web or file address with a host. */
export function isRemoteLocation(value: string): boolean {
  const v = value.trim();
  return /^(?:\\\\|\/\/)[^\\/]/.test(v) || /^(?:https?|file|davs?):\/\/[^/]/i.test(v);
}

function decoded(s: string): string {
  if (!s.includes('%')) return s;
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The remote `crumb=location:` of each `search-ms:`/`search:` query in `text` (a page, a script, a shortcut). */
export function searchQueryLocations(text: string): string[] {
  const s = text.slice(0, MAX_TEXT);
  const lower = s.toLowerCase();
  const found: string[] = [];
  if (!lower.includes('location')) return found;
  let tries = 0;
  for (let at = lower.indexOf('search'); at >= 0 && found.length < MAX_LOCATIONS && tries < MAX_TRIES; at = lower.indexOf('search', at + 6)) {
    const scheme = lower.startsWith('search-ms:', at) ? 10 : lower.startsWith('search:', at) ? 7 : 0;
    if (scheme === 0 || (at > 0 && /[a-z0-9]/.test(lower[at - 1]!))) continue;
    tries++;
    let end = at + scheme;
    while (end < s.length && end - at < 600 && !/["'`\s<>]/.test(s[end]!)) end++;
    const query = decoded(s.slice(at + scheme, end));
    const crumb = query.toLowerCase().indexOf('location:');
    if (crumb < 0) continue;
    // A script string writes each backslash twice ('…location:\\\\host@SSL\\share' in the page's text): read as the browser does.
    const written = query.slice(crumb + 9).split('&')[0]!.slice(0, 300);
    const value = written.startsWith('\\\\\\\\') ? written.replace(/\\\\/g, '\\') : written;
    if (isRemoteLocation(value) && !found.includes(value)) found.push(value);
  }
  return found;
}

/** The remote `<url>` locations of a Windows library or search connector description (XML). */
export function libraryLocations(text: string): string[] {
  const s = text.slice(0, MAX_TEXT);
  const lower = s.toLowerCase();
  const found: string[] = [];
  // The closing tag is searched forward only (never again from each opening tag): linear in the text.
  let end = -1;
  for (let at = lower.indexOf('<url>'); at >= 0 && found.length < MAX_LOCATIONS; at = lower.indexOf('<url>', at + 5)) {
    if (end < at + 5) end = lower.indexOf('</url>', at + 5);
    if (end < 0) break;
    if (end - at > 600) continue;
    const value = s.slice(at + 5, end).trim().replace(/&amp;/g, '&');
    if (isRemoteLocation(value) && !found.includes(value)) found.push(value);
  }
  return found;
}

/**
 * WebDAV addresses written in a letter (session 17): `file://host@SSL/…`, `file://1.2.3.4@80/…`, `\\host@SSL\DavWWWRoot\…`,
 * `\\host@SSL@443\…` — Windows opens them in Explorer over WebDAV (a `.lnk` or `.exe` there runs from the sender's server,
 * the folder looks local). Only a host marked `@SSL` or `@port`, or a `DavWWWRoot` folder, counts: an office's own
 * `\\fileserver\share` or `file://server/…` does not, nor a SharePoint library (`\\tenant.sharepoint.com@SSL\DavWWWRoot\…`).
 * indexOf loops, ≤ MAX_TRIES looks of ≤ 600 characters each.
 */
export function webDavLocations(text: string): string[] {
  const found: string[] = [];
  const s = text.slice(0, MAX_TEXT);
  if (!mayNameWebDav(s)) return found;
  const lower = s.toLowerCase();
  let tries = 0;
  for (const opener of ['file:', '\\\\']) {
    for (let at = lower.indexOf(opener); at >= 0 && found.length < MAX_LOCATIONS && tries < MAX_TRIES; at = lower.indexOf(opener, at + opener.length)) {
      // A UNC path's opening backslashes, not the middle of a longer run, of a path already read or of a word.
      if (opener === '\\\\' && at > 0 && /[\\/:\p{L}\p{N}]/u.test(lower[at - 1]!)) continue;
      tries++;
      let end = at + opener.length;
      while (end < s.length && end - at < 600 && !/["'`\s<>()]/.test(s[end]!)) end++;
      const value = decoded(s.slice(at, end));
      if (isWebDav(value) && !found.includes(value)) found.push(value);
    }
  }
  return found;
}

/** The folder mark of a WebDAV address, in any case. */
const DAV_FOLDER = /davwwwroot/i;

/**
 * Whether `text` has a mark of a WebDAV address: what `/@ssl|davwwwroot|@\d{1,5}[\\/]/i` finds, read at each `@` (`@SSL` in
 * either case — `/i` without `u` equates only the ASCII cases —, or one to five digits then a slash or backslash) and then
 * the folder mark. A letter with neither is not read further. Session 38: the pattern tried both marks at every character
 * of up to a megabyte of HTML for every message; `@` is rare and found by indexOf.
 */
function mayNameWebDav(text: string): boolean {
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    if ((text.charCodeAt(at + 1) | 0x20) === 0x73 && (text.charCodeAt(at + 2) | 0x20) === 0x73 && (text.charCodeAt(at + 3) | 0x20) === 0x6c) return true;
    let digits = 0;
    while (digits < 6 && isDigitCode(text.charCodeAt(at + 1 + digits))) digits++;
    const after = text.charCodeAt(at + 1 + digits);
    if (digits >= 1 && digits <= 5 && (after === 0x2f || after === 0x5c)) return true;
  }
  return DAV_FOLDER.test(text);
}

function isDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** `file:` or UNC address whose host is marked for WebDAV (`@SSL`, `@port`) or whose path goes through `DavWWWRoot`. */
function isWebDav(value: string): boolean {
  const rest = value.replace(/^file:/i, '').replace(/^[\\/]+/, '');
  const slash = rest.search(/[\\/]/);
  const host = slash < 0 ? rest : rest.slice(0, slash);
  if (!host || host.length > 255) return false;
  // SharePoint's document libraries are opened so by their own staff ("Open with Explorer", a mapped drive): not a lure.
  if (/(?:^|\.)sharepoint\.com@/i.test(host)) return false;
  return /@(?:ssl|\d{1,5})(?:@\d{1,5})?$/i.test(host) || /[\\/]davwwwroot(?:[\\/]|$)/i.test(rest);
}
