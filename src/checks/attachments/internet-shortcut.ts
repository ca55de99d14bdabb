import { PAYLOAD_PATH } from '../links/lures.js';
import { internetShortcutTargets } from '../../files/shortcut/internet.js';

/**
 * Internet shortcuts (`.url`, `.website`, read by src/files/shortcut/internet.ts at any depth). One that opens a web page
 * is a bookmark, as a 2002 list mail shares a page with one; the malware lures' shortcuts open something that runs — a
 * `file:` or UNC target (\\host\share\x.exe, WebDAV), a program or archive by its name, a `search-ms:` query showing a
 * remote folder — or fetch an icon from a share (NTLM leak).
 */

/**
 * The web pages a shortcut's targets open, when that is all it does: every target is an http(s) address whose path
 * names no program, script, archive or disk image. Undefined for anything else (another scheme, an icon or a working
 * directory elsewhere than the web, no target).
 */
export function webPagesOnly(targets: readonly string[]): string[] | undefined {
  for (const value of targets) {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      return undefined;
    }
    let path = url.pathname;
    while (path.endsWith('/')) path = path.slice(0, -1);
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || PAYLOAD_PATH.test(path)) return undefined;
  }
  return targets.length > 0 ? [...targets] : undefined;
}

/**
 * The web pages an internet shortcut opens, when that is all it does (webPagesOnly of its targets); undefined for
 * anything else (binary, no section, another scheme, an icon or a working directory elsewhere than the web).
 * @example webBookmarkTargets(Buffer.from('[InternetShortcut]\r\nURL=https://example.org/page.html\r\n')) // ['https://example.org/page.html']
 */
export function webBookmarkTargets(bytes: Uint8Array): string[] | undefined {
  const targets = internetShortcutTargets(bytes);
  return targets && webPagesOnly(targets);
}
