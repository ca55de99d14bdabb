import { PAYLOAD_PATH } from '../links/lures.js';
import { registrableDomain } from '../../brands/registry.js';
import type { ParsedMessage } from '../../mail/types.js';
import type { Finding } from '../types.js';

/**
 * Calendar invitations that hand over a file (session 39, issue 17): an attached `.ics` (iCalendar, RFC 5545) whose ATTACH
 * property, URL or description links to a program, script, installer, disk image or archive by its name — the invitation
 * itself is the download lure ("Invoice 2291 review: download the invoice before the meeting"), and its words are not the
 * letter's, so the body's lure words never see them. Genuine invitations attach documents inline (ATTACH;VALUE=BINARY), or link
 * to a meeting, an agenda page or an office document; an archive on the sender's own domain (a conference's slides) is left.
 */

/** Bytes of a calendar read (an invitation is a few kilobytes; a calendar export larger). */
const MAX_CALENDAR_BYTES = 256 * 1024;
/** Addresses read per calendar. */
const MAX_CALENDAR_URLS = 40;
/** An http(s) address in unfolded iCalendar text (TEXT values escape `,` `;` `\` and write newlines as `\n`). */
const CALENDAR_URL = /https?:\/\/[^\s"'<>\\]+/gi;
/** A program, script, installer or disk image (not an archive): PAYLOAD_PATH's endings that run or mount. */
const RUNS = /\.(?:exe|scr|pif|bat|cmd|vbs|vbe|js|jse|wsf|wsh|hta|ps1|msi|msix|appx|appinstaller|jar|lnk|iso|img|vhdx?|apk|dmg|xll|iqy|one|scf|cpl|msc|chm|library-ms|searchconnector-ms)$/i;

/** Whether an attachment is an iCalendar file: by its name, its declared type, or its first line. */
export function isCalendar(filename: string, declaredType: string, bytes: Uint8Array): boolean {
  if (/\.(?:ics|ical|icalendar|ifb|vcs)$/i.test(filename) || declaredType === 'text/calendar') return true;
  const head = Buffer.from(bytes.subarray(0, 64)).toString('latin1').replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart();
  return head.toUpperCase().startsWith('BEGIN:VCALENDAR');
}

/**
 * The addresses of a calendar's text whose path names a payload (PAYLOAD_PATH), with the file name: lines unfolded (a CRLF and a
 * blank continue a line), TEXT escapes read as blanks.
 * @example calendarPayloadLinks('BEGIN:VCALENDAR\r\nATTACH:https://x.example/Invoice_2291.zip\r\nEND:VCALENDAR') // [{ href: 'https://x.example/Invoice_2291.zip', file: 'Invoice_2291.zip' }]
 */
export function calendarPayloadLinks(text: string): { href: string; file: string }[] {
  const unfolded = text.slice(0, MAX_CALENDAR_BYTES).replace(/\r?\n[ \t]/g, '').replace(/\\[nN,;]/g, ' ');
  const out: { href: string; file: string }[] = [];
  let seen = 0;
  for (const m of unfolded.matchAll(CALENDAR_URL)) {
    if (++seen > MAX_CALENDAR_URLS) break;
    let url: URL;
    try {
      url = new URL(m[0]);
    } catch {
      continue;
    }
    let path = url.pathname;
    while (path.endsWith('/')) path = path.slice(0, -1);
    if (!PAYLOAD_PATH.test(path)) continue;
    let file = path.slice(path.lastIndexOf('/') + 1);
    try {
      file = decodeURIComponent(file);
    } catch {
      // kept as written
    }
    out.push({ href: url.href, file });
  }
  return out;
}

/**
 * ATTACH_CALENDAR_PAYLOAD for each message whose attached calendar links to a payload: a program, script, installer or disk
 * image anywhere; an archive only on a host that is not the sender's own registrable domain. One finding per message.
 */
export function calendarFindings(msg: ParsedMessage): Finding[] {
  const sender = msg.from[0];
  const senderDomain = registrableDomain((sender?.asciiDomain || sender?.domain || '').toLowerCase()) ?? '';
  for (const att of msg.attachments.slice(0, 50)) {
    if (!isCalendar(att.filename, att.declaredType, att.content)) continue;
    // Unfolded as bytes before the UTF-8 is read: a fold may fall inside a character (RFC 5545 folds at 75 octets).
    const folded = Buffer.from(att.content.subarray(0, MAX_CALENDAR_BYTES)).toString('latin1').replace(/\r?\n[ \t]/g, '');
    const text = Buffer.from(folded, 'latin1').toString('utf8');
    for (const link of calendarPayloadLinks(text)) {
      const runs = RUNS.test(link.file);
      if (!runs) {
        const host = new URL(link.href).hostname.toLowerCase();
        if (senderDomain && registrableDomain(host) === senderDomain) continue;
      }
      const name = att.filename || `part-${att.partPath || 'root'}`;
      return [{
        id: 'ATTACH_CALENDAR_PAYLOAD',
        evidence: `the invitation ${JSON.stringify(name.slice(0, 80))} links to ${runs ? 'a program' : 'an archive'} ${JSON.stringify(link.file.slice(0, 80))}: ${link.href.slice(0, 120)}`,
        data: { file: name.slice(0, 256), href: link.href.slice(0, 300), payload: link.file.slice(0, 200) },
      }];
    }
  }
  return [];
}
