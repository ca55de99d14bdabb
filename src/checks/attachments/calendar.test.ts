import { test } from 'node:test';
import assert from 'node:assert/strict';
import { calendarFindings, calendarPayloadLinks, isCalendar } from './calendar.js';
import { emptyMessage } from '../../test-support/empty-message.js';
import type { Attachment } from '../../mail/types.js';

// Session 39 (issue 17): a calendar invitation whose link hands over a program or an archive is the download lure itself.

/** An invitation as calendar clients write it: CRLF lines, one VEVENT, `extra` properties inside it. */
function ics(extra: string, summary = 'Invoice 2291 review'): string {
  return `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Example//Calendar//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:2291@example\r\nSUMMARY:${summary}\r\nDTSTART:20250603T090000Z\r\nDTEND:20250603T093000Z\r\n${extra}END:VEVENT\r\nEND:VCALENDAR\r\n`;
}

function messageWith(from: string, name: string, text: string, declaredType = 'text/calendar') {
  const content = Buffer.from(text, 'utf8');
  const att: Attachment = { partPath: '2', filename: name, declaredType, disposition: 'attachment', content, size: content.length };
  const at = from.indexOf('@');
  return emptyMessage({ from: [{ name: '', address: from, local: from.slice(0, at), domain: from.slice(at + 1), asciiDomain: from.slice(at + 1) } as never], attachments: [att] });
}

const linkRows: { name: string; text: string; files: string[] }[] = [
  { name: 'ATTACH by URI, an archive', text: ics('ATTACH:https://cdn.storage-node.net/get/Invoice_2291.zip\r\n'), files: ['Invoice_2291.zip'] },
  { name: 'a program in the description, escaped text', text: ics('DESCRIPTION:Please download the invoice before the meeting\\: https://files.example.net/d/Invoice_2291.exe\\nThanks\r\n'), files: ['Invoice_2291.exe'] },
  { name: 'a folded line cuts the address', text: ics('DESCRIPTION:Unterlagen: https://files.example.net/d/Rech\r\n nung_2291.iso\r\n'), files: ['Rechnung_2291.iso'] },
  { name: 'an escaped name', text: ics('URL:https://files.example.net/d/Fattura%202291.msi\r\n'), files: ['Fattura 2291.msi'] },
  { name: 'a meeting link and an agenda PDF', text: ics('URL:https://meet.example.com/j/123456\r\nATTACH;FMTTYPE=application/pdf:https://intranet.example.com/agenda.pdf\r\n'), files: [] },
  { name: 'a document inside (VALUE=BINARY)', text: ics('ATTACH;FMTTYPE=application/zip;ENCODING=BASE64;VALUE=BINARY:UEsDBBQAAAAIAA==\r\n'), files: [] },
  { name: 'a Drive folder', text: ics('DESCRIPTION:Photos: https://drive.example.com/drive/folders/1AbC\r\n'), files: [] },
];
for (const row of linkRows) {
  test(`calendar payload links: ${row.name}`, () => assert.deepEqual(calendarPayloadLinks(row.text).map((l) => l.file), row.files));
}

test('calendar: recognised by name, declared type or first line', () => {
  assert.equal(isCalendar('invite.ics', 'application/octet-stream', Buffer.from('x')), true);
  assert.equal(isCalendar('', 'text/calendar', Buffer.from('x')), true);
  assert.equal(isCalendar('ATT00001', 'application/octet-stream', Buffer.from('\uFEFFBEGIN:VCALENDAR\r\n')), true);
  assert.equal(isCalendar('notes.txt', 'text/plain', Buffer.from('BEGIN:VCARD\r\n')), false);
});

const findingRows: { name: string; from: string; file: string; text: string; fires: boolean }[] = [
  { name: 'a lure invitation, an archive elsewhere', from: 'billing@acme-supplies.com', file: 'invite.ics', text: ics('ATTACH:https://cdn.storage-node.net/get/Invoice_2291.zip\r\n'), fires: true },
  { name: 'a program on the sender\'s own domain still', from: 'it@kessler-handel.de', file: 'invite.ics', text: ics('DESCRIPTION:Bitte vorher installieren: https://downloads.kessler-handel.de/Setup.exe\r\n', 'Schulung'), fires: true },
  { name: 'Japanese: a disk image', from: 'keiri@yamada-shoji.co.jp', file: '招待.ics', text: ics('DESCRIPTION:請求書はこちら https://dl.example.net/請求書_2291.img\r\n', '請求書の確認'), fires: true },
  { name: 'must not: a conference\'s slides zip on its own site', from: 'program@devconf.example.org', file: 'session.ics', text: ics('DESCRIPTION:Slides: https://www.devconf.example.org/2025/slides/keynote.zip\r\n', 'Keynote'), fires: false },
  { name: 'must not: a colleague\'s invite with a Teams link and an agenda', from: 'anna@kessler-handel.de', file: 'invite.ics', text: ics('DESCRIPTION:Agenda: https://kesslerhandel.sharepoint.com/sites/team/Agenda.docx\\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting\r\n', 'Team sync'), fires: false },
  { name: 'must not: a calendar invite with a WeTransfer share page', from: 'studio@photo-muller.de', file: 'invite.ics', text: ics('DESCRIPTION:Photos from the shoot: https://wetransfer.com/downloads/4f2a9c1e8b7d/5e6f\r\n', 'Photo review'), fires: false },
  { name: 'must not: an archive link in a plain text attachment, not a calendar', from: 'billing@acme-supplies.com', file: 'notes.txt', text: 'See https://cdn.storage-node.net/get/Invoice_2291.zip', fires: false },
];
for (const row of findingRows) {
  test(`calendar finding: ${row.name}`, () => {
    const msg = messageWith(row.from, row.file, row.text, row.file.endsWith('.txt') ? 'text/plain' : 'text/calendar');
    const ids = calendarFindings(msg).map((f) => f.id);
    assert.deepEqual(ids, row.fires ? ['ATTACH_CALENDAR_PAYLOAD'] : []);
  });
}

test('calendar finding: the invitation as the letter\'s text/calendar alternative (no file name) is read too, end to end', async () => {
  const { defaultConfig } = await import('../../config/load.js');
  const { createScanner } = await import('../../runtime/index.js');
  const scanner = await createScanner({ config: defaultConfig() });
  const raw = (description: string) => [
    'From: Accounts <accounts@acme-supplies.com>', 'To: b@example.org', 'Subject: Invitation: Invoice 2291 review', 'MIME-Version: 1.0',
    'Content-Type: multipart/alternative; boundary="b"', '', '--b', 'Content-Type: text/plain; charset=utf-8', '', 'You have been invited.',
    '--b', 'Content-Type: text/calendar; method=REQUEST; charset=utf-8', '', ics(`DESCRIPTION:${description}\r\n`), '--b--', ''].join('\r\n');
  const fires = async (description: string) => (await scanner.scan({ raw: Buffer.from(raw(description)), source: 'alt.eml' })).findings.some((f) => f.id === 'ATTACH_CALENDAR_PAYLOAD');
  assert.equal(await fires('Download the invoice: https://docs-share.com/d/Invoice_2291.zip'), true);
  assert.equal(await fires('Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting'), false);
});
