import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ids, scanner } from '../../test-support/classifier-free-scan.js';

/**
 * Session 55 (helper draw55d): a message sent through a Google Group carries a Message-ID at googlegroups.com, Google's own
 * domain, which the brand data did not list: LOOKALIKE_MESSAGE_ID called it "googlegroups.com imitates google.com by
 * combosquatting" (+2 on every Google Groups list message; read on an unlabelled pot file, 3381, whose crypto pitch was sent
 * through a group). googlegroups.com is now one of Google's infrastructure domains; a made-up combination stays a lookalike.
 */
function raw(messageIdDomain: string): Uint8Array {
  return new TextEncoder().encode([
    'Received: from out.sender.example (out.sender.example [203.0.113.9]) by mx.reader.example; Mon, 2 Jun 2025 07:59:00 +0000',
    'From: "List member" <member@club-mail.example>', 'To: reader@mailbox.example', 'Subject: Meeting notes',
    'Date: Mon, 2 Jun 2025 07:58:00 +0000', `Message-ID: <CAF1x2y3z@${messageIdDomain}>`, 'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8', '', 'The notes of Thursday\'s meeting are below.', '',
  ].join('\r\n'));
}
const ROWS: [string, boolean][] = [
  ['googlegroups.com', false],
  ['mail.gmail.com', false],
  ['google-groups-security.com', true],
];
for (const [domain, fires] of ROWS) {
  test(`Message-ID at ${domain}: LOOKALIKE_MESSAGE_ID ${fires ? 'fires' : 'does not fire'}`, async () => {
    const r = await scanner.scan({ source: 'google-groups-message-id.test', raw: raw(domain) });
    assert.equal(ids(r).includes('LOOKALIKE_MESSAGE_ID'), fires, ids(r).join(', '));
  });
}
