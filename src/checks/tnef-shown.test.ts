import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTnef, type TnefBodyForms } from '../files/test-support/tnef-builder.js';
import { parseMessage } from '../mail/parse/index.js';
import { DEFAULT_PARSE_OPTIONS } from '../mail/parse/test-helpers.js';
import { checkInput } from './input.js';
import { tnefShown } from './tnef-shown.js';

/**
 * The body a winmail.dat carries is the letter Outlook shows (issue 17 item 8): read as the letter's text when the MIME text
 * does not already say it — an empty text/plain beside winmail.dat, or a harmless one — and not when it repeats the MIME
 * body, as an Outlook letter's does.
 */
function letter(mimeText: string, tnef: Buffer | null): ReturnType<typeof parseMessage> {
  const parts = ['From: "IT Service" <it@helpdesk.example.net>', 'To: user@example.org', 'Subject: Notice', 'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="b"', '', '--b', 'Content-Type: text/plain; charset=utf-8', '', mimeText];
  if (tnef) parts.push('--b', 'Content-Type: application/ms-tnef; name="winmail.dat"', 'Content-Disposition: attachment; filename="winmail.dat"', 'Content-Transfer-Encoding: base64', '', tnef.toString('base64').replace(/.{76}/g, '$&\r\n'));
  parts.push('--b--', '');
  return parseMessage(Buffer.from(parts.join('\r\n')), DEFAULT_PARSE_OPTIONS);
}

const LURE_EN = 'Your mailbox is full and incoming mail is on hold. Sign in within 24 hours to verify your account or it will be closed.';
const LURE_DE = 'Ihr Postfach ist voll. Melden Sie sich innerhalb von 24 Stunden an, um Ihr Konto zu bestätigen.';
const LURE_JA = 'メールボックスの容量が上限に達しました。24時間以内にアカウントを確認してください。';

test('the winmail.dat body is the letter\'s text when the MIME text does not say it (table)', () => {
  const rows: { label: string; mime: string; forms: TnefBodyForms; shown: RegExp | undefined }[] = [
    { label: 'en: empty text/plain, the lure in compressed RTF', mime: '', forms: { rtf: `{\\rtf1\\ansi ${LURE_EN}\\par}` }, shown: /mailbox is full.*verify your account/ },
    { label: 'de: a harmless text/plain, the lure in the HTML body', mime: 'Siehe Anhang.', forms: { html: `<p>${LURE_DE}</p>` }, shown: /Postfach ist voll/ },
    { label: 'ja: the lure in PR_BODY (Unicode)', mime: '', forms: { text: LURE_JA }, shown: /アカウントを確認/ },
    { label: 'must not: an Outlook letter whose winmail.dat repeats its MIME body', mime: `Hi Anna,\r\n${LURE_EN}\r\nRegards`, forms: { rtf: `{\\rtf1 Hi Anna,\\par ${LURE_EN}\\par Regards}` }, shown: undefined },
    { label: 'must not: a winmail.dat with no body', mime: 'See attached.', forms: {}, shown: undefined },
    // SpamAssassin easy-ham-2/01177 (Outlook 2002): the RTF reads a link's written form as its text only, and joins the lines.
    {
      label: 'must not: an Outlook letter whose RTF drops the written link and joins lines',
      mime: 'I would like to install RPM itself. I have tried to get the information by\r\nvisiting www.rpm.org <http://www.rpm.org>  and the related links they give\r\nbut they all seem to assume that RPM already is installed.\r\nBest regards Manfred',
      forms: { rtf: '{\\rtf1\\ansi I would like to install RPM itself. I have tried to get the information by visiting {\\field{\\*\\fldinst HYPERLINK "http://www.rpm.org"}{\\fldrslt www.rpm.org}} and the related links they give but they all seem to assume that RPM already is installed.\\par Best regards Manfred\\par }\0' },
      shown: undefined,
    },
  ];
  for (const row of rows) {
    const text = tnefShown(letter(row.mime, buildTnef([], row.forms)))?.text;
    if (row.shown) assert.match(text ?? '', row.shown, row.label);
    else assert.equal(text, undefined, row.label);
  }
  assert.equal(tnefShown(letter(LURE_EN, null)), undefined, 'must not: no winmail.dat');
});

test('every family but the headers\' reads the winmail.dat body through the one seam (checkInput)', () => {
  const msg = letter('', buildTnef([], { rtf: `{\\rtf1\\ansi ${LURE_EN}\\par}` }));
  const view = checkInput(msg);
  assert.match(view.text, /verify your account/);
  assert.match(view.visibleText, /verify your account/);
  assert.equal(msg.text.includes('verify'), false, 'the parsed message itself is unchanged (the report shows what was sent)');
  const outlook = letter(`Hi Anna,\r\n${LURE_EN}`, buildTnef([], { rtf: `{\\rtf1 Hi Anna,\\par ${LURE_EN}}` }));
  assert.equal(checkInput(outlook), outlook, 'must not: a winmail.dat that repeats the MIME body adds nothing (no view made)');
});

test('an HTML body in winmail.dat is rendered as a text/html part is: its links keep their texts', () => {
  const html = `<html><body><p>${LURE_EN}</p><a href="https://secure-login.example.com/verify">https://www.microsoft.com/account</a></body></html>`;
  const view = checkInput(letter('', buildTnef([], { html })));
  assert.equal(view.html, html);
  const link = view.htmlFacts.links.find((l) => l.href === 'https://secure-login.example.com/verify');
  assert.equal(link?.text, 'https://www.microsoft.com/account', 'the written address beside the real one (the link checks compare them)');
  assert.match(view.visibleText, /verify your account/);
  assert.equal(tnefShown(letter(`${LURE_EN}`, buildTnef([], { html })))?.text, undefined, 'must not: the MIME text says the same');
  // A head never closed (a newsletter's HTML as it came): the body's words still read.
  const unclosed = `<html><head><title>News</title><body><p>${LURE_DE}</p></body></head></html>`;
  assert.match(tnefShown(letter('', buildTnef([], { html: unclosed })))?.text ?? '', /Postfach ist voll/);
});
