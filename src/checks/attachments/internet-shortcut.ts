import { PAYLOAD_PATH } from '../links/lures.js';

/**
 * Internet shortcuts (`.url`, `.website`): an INI text whose `[InternetShortcut]` section names a `URL=` to open and
 * optionally an `IconFile=`. One that opens a web page is a bookmark, as a 2002 list mail shares a page with one; the
 * malware lures' shortcuts open something that runs — a `file:` or UNC target (\\host\share\x.exe, WebDAV), a program or
 * archive by its name, a `search-ms:` query showing a remote folder — or fetch an icon from a share (NTLM leak).
 */

/** Bytes of a shortcut read at most: a bookmark is a few hundred bytes. */
const MAX_SHORTCUT_BYTES = 8 * 1024;
/** Keys whose value Windows opens or fetches (lower case). */
const TARGET_KEYS = new Set(['url', 'baseurl', 'iconfile', 'workingdirectory']);

/**
 * The web pages an internet shortcut opens, when that is all it does: every target is an http(s) address whose path
 * names no program, script, archive or disk image. Undefined for anything else (binary, no section, another scheme,
 * an icon or a working directory elsewhere than the web).
 * @example webBookmarkTargets(Buffer.from('[InternetShortcut]\r\nURL=https://example.org/page.html\r\n')) // ['https://example.org/page.html']
 */
export function webBookmarkTargets(bytes: Uint8Array): string[] | undefined {
  if (bytes.length > MAX_SHORTCUT_BYTES) return undefined;
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  // Line by line (no pattern over the whole text): control characters mean a binary file, not an INI text.
  if (/[\x00-\x08\x0e-\x1f]/.test(text)) return undefined;
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  if (!lines.some((l) => l.toLowerCase() === '[internetshortcut]')) return undefined;
  const targets: string[] = [];
  for (const line of lines) {
    const eq = line.indexOf('=');
    if (eq < 0 || !TARGET_KEYS.has(line.slice(0, eq).trim().toLowerCase())) continue;
    const value = line.slice(eq + 1).trim();
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      return undefined;
    }
    let path = url.pathname;
    while (path.endsWith('/')) path = path.slice(0, -1);
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || PAYLOAD_PATH.test(path)) return undefined;
    if (!targets.includes(value)) targets.push(value);
  }
  return targets.length > 0 ? targets : undefined;
}
