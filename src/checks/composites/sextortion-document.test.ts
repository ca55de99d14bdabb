import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dmarcPass, ids, trusted } from '../../test-support/classifier-free-scan.js';
import { buildPdf } from '../../files/test-support/pdf-builder.js';

/**
 * Session 61 (issue 17, helper scam62): the sextortion letter sent as a PDF under a line of noise, from a sender who owns no domain
 * (ATTACH_DOCUMENT_SEXTORTION_STRANGER), end to end with the classifier off. Design sample-96's shape: gmail, undisclosed
 * recipients, the body a row of random capitals. Must-not: the same document from an organisation's authenticated domain (a
 * security-awareness course's example), and a genuine letter in a PDF from free mail.
 */
function pdfOf(lines: string[]): Buffer {
  const esc = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`);
  return buildPdf({ flate: true, content: ['BT /F1 11 Tf 14 TL 56 760 Td', ...lines.map((l) => `(${esc(l)}) Tj T*`), 'ET'].join('\n'), fonts: [{ name: 'F1' }] });
}

function withPdf(headers: string[], body: string, name: string, pdf: Buffer): Uint8Array {
  const b = 'b0undary-sx';
  return new TextEncoder().encode(
    [
      'Received: from out.sender.example (out.sender.example [203.0.113.9]) by mx.reader.example; Mon, 2 Jun 2025 07:59:00 +0000', ...headers,
      'Date: Mon, 2 Jun 2025 07:58:00 +0000', `Message-ID: <${name.length}.${body.length}@sender.example>`, 'MIME-Version: 1.0',
      `Content-Type: multipart/mixed; boundary="${b}"`, '', `--${b}`, 'Content-Type: text/plain; charset=utf-8', '', body, `--${b}`,
      `Content-Type: application/pdf; name="${name}"`, `Content-Disposition: attachment; filename="${name}"`, 'Content-Transfer-Encoding: base64', '',
      pdf.toString('base64').replace(/(.{76})/g, '$1\r\n'), `--${b}--`, '',
    ].join('\r\n'),
  );
}

const THREAT = [
  'Hello. I have some bad news for you.', 'I hacked your device a few months ago and got access to your camera and your contact list.',
  'I recorded a compromising video of you. Send 1200 USD in Bitcoin to my BTC wallet within 48 hours,',
  'or the video goes to every contact you have.',
];
const GENUINE = ['Hi Ana,', 'here is the programme for the reunion on Saturday: lunch at one, a walk by the lake at three.', 'See you there, Bea'];

test('a sextortion letter in a PDF from free mail, noise in the body → ATTACH_DOCUMENT_SEXTORTION_STRANGER, spam without the classifier', async () => {
  const r = await trusted.scan({ source: 'sx.eml', raw: withPdf(['From: Gaming Club <jody.krier60@gmail.com>', 'To: undisclosed-recipients:;', 'Subject: Information in attachment'], 'UPCBY-ZFQK-IAAYF-TOOB-GJ-MQL-SGXQSH', 'file.pdf', pdfOf(THREAT)) });
  assert.ok(ids(r).includes('ATTACH_DOCUMENT_SEXTORTION_STRANGER'), ids(r).join(', '));
  assert.equal(r.verdict, 'spam', `${r.score}: ${ids(r).join(', ')}`);
});

test('the same document from an organisation\'s authenticated domain: the document\'s finding alone', async () => {
  const r = await trusted.scan({ source: 'sx-course.eml', raw: withPdf(['From: Awareness Training <course@awareness.example>', 'To: reader@mailbox.example', 'Subject: Module 3: an example of sextortion', ...dmarcPass('awareness.example')], 'Module 3 example attached.', 'example.pdf', pdfOf(THREAT)) });
  assert.ok(!ids(r).includes('ATTACH_DOCUMENT_SEXTORTION_STRANGER'), ids(r).join(', '));
});

test('a genuine letter in a PDF from free mail: no sextortion finding', async () => {
  const r = await trusted.scan({ source: 'letter.eml', raw: withPdf(['From: Bea <bea.lima@gmail.com>', 'To: reader@mailbox.example', 'Subject: reunion'], 'Programme attached.', 'programme.pdf', pdfOf(GENUINE)) });
  assert.deepEqual(ids(r).filter((id) => id.startsWith('ATTACH_DOCUMENT_SEXTORTION')), [], ids(r).join(', '));
  assert.equal(r.verdict, 'clean', `${r.score}: ${ids(r).join(', ')}`);
});
