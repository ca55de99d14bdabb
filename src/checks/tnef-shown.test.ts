import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTnef, type TnefBodyForms } from '../files/test-support/tnef-builder.js';
import { parseMessage } from '../mail/parse/index.js';
import { DEFAULT_PARSE_OPTIONS } from '../mail/parse/test-helpers.js';
import { classifierInputFromMessage, tokenize } from '../classifier/index.js';
import { scannedClassifierInput } from './content/classifier.js';
import { structureCheck } from './headers/structure.js';
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
    // '' is no text: only the body's links are new (an RTF body's HYPERLINK fields, below).
    const text = tnefShown(letter(row.mime, buildTnef([], row.forms)))?.text || undefined;
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
  // The MIME text says the same: the words are not read again, the link the text/plain lacks is (session 65).
  const same = tnefShown(letter(`${LURE_EN}`, buildTnef([], { html })));
  assert.equal(same?.text, '', 'must not: the MIME text says the same');
  assert.deepEqual(same?.links?.map((l) => l.href), ['https://secure-login.example.com/verify']);
  // A head never closed (a newsletter's HTML as it came): the body's words still read.
  const unclosed = `<html><head><title>News</title><body><p>${LURE_DE}</p></body></head></html>`;
  assert.match(tnefShown(letter('', buildTnef([], { html: unclosed })))?.text ?? '', /Postfach ist voll/);
});

/** The classifier's tokens of a message as the scan reads it, and as the message itself reads. */
function classifierTokens(msg: ReturnType<typeof parseMessage>): { scanned: string[]; message: string[] } {
  const limits = { maxTokens: 5000, maxTextChars: 100_000 };
  return { scanned: tokenize(scannedClassifierInput(msg), limits), message: tokenize(classifierInputFromMessage(msg), limits) };
}

test('the classifier reads the letter a winmail.dat shows, as learning does (table)', () => {
  const rows: { label: string; msg: ReturnType<typeof parseMessage>; has: string[]; hasNot: string[] }[] = [
    { label: 'en: empty text/plain, the lure in compressed RTF', msg: letter('', buildTnef([], { rtf: `{\\rtf1\\ansi ${LURE_EN}\\par}` })), has: ['mailbox', 'verify'], hasNot: ['st:no-body'] },
    { label: 'de: empty text/plain, the lure in PR_BODY', msg: letter('', buildTnef([], { text: LURE_DE })), has: ['postfach'], hasNot: ['st:no-body'] },
    // An HTML body is the letter's HTML: read as the HTML-only letter it was before it was moved (its tags, no plain text).
    { label: 'ja: empty text/plain, the lure in the HTML body', msg: letter('', buildTnef([], { html: `<html><body><p><strong>${LURE_JA}</strong></p></body></html>` })), has: ['st:html-only', 'tag:strong'], hasNot: ['st:no-body', 'st:html-and-text'] },
  ];
  for (const row of rows) {
    const { scanned, message } = classifierTokens(row.msg);
    assert.ok(message.includes('st:no-body'), `${row.label}: the message alone shows no body`);
    for (const t of row.has) assert.ok(scanned.includes(t), `${row.label}: ${t}`);
    for (const t of row.hasNot) assert.ok(!scanned.includes(t), `${row.label}: not ${t}`);
  }
  // Must not: a letter with no winmail.dat, and an Outlook letter whose winmail.dat repeats it, read exactly as before.
  for (const msg of [letter(`Hi Anna,\r\nthe minutes are attached.\r\nRegards`, null), letter(`Hi Anna,\r\n${LURE_EN}`, buildTnef([], { rtf: `{\\rtf1 Hi Anna,\\par ${LURE_EN}}` }))]) {
    const { scanned, message } = classifierTokens(msg);
    assert.deepEqual(scanned, message);
  }
});

/** A word written with hidden letters inside it, as phishing writes a brand past word filters. */
const spliced = (word: string): string => [...word].map((c, i) => (i > 0 && i % 2 === 0 ? `<span style="font-size:0">x</span>${c}` : c)).join('');

test('hidden-text tricks in a winmail.dat HTML body are read as the letter\'s (the MIME structure check)', () => {
  const findings = (msg: ReturnType<typeof parseMessage>): string[] => (structureCheck.run(msg, {} as never) as { findings: { id: string }[] }).findings.map((f) => f.id);
  const trick = (lure: string): string => `<html><body><p>${lure.split(' ').map((w) => (w.length > 5 ? spliced(w) : w)).join(' ')}</p></body></html>`;
  for (const lure of [LURE_EN, LURE_DE]) {
    assert.ok(findings(letter('', buildTnef([], { html: trick(lure) }))).includes('MIME_HIDDEN_TEXT_IN_WORDS'), `${lure.slice(0, 20)}: winmail.dat beside an empty text/plain`);
    assert.ok(findings(letter('Siehe Anhang.', buildTnef([], { html: trick(lure) }))).includes('MIME_HIDDEN_TEXT_IN_WORDS'), `${lure.slice(0, 20)}: beside a harmless text/plain`);
    assert.ok(!findings(letter('', buildTnef([], { html: `<html><body><p>${lure}</p></body></html>` }))).includes('MIME_HIDDEN_TEXT_IN_WORDS'), `must not: ${lure.slice(0, 20)} written plainly`);
  }
  assert.ok(!findings(letter(LURE_EN, null)).includes('MIME_HIDDEN_TEXT_IN_WORDS'), 'must not: no winmail.dat');
});

test('an RTF body\'s HYPERLINK fields are the letter\'s links with the texts they show (table)', () => {
  const field = (href: string, text: string): string => `{\\field{\\*\\fldinst {\\rtlch HYPERLINK "${href}" \\\\o "${href}"}}{\\fldrslt {\\cs15\\ul ${text}}}}`;
  const rows: { label: string; mime: string; rtf: string; link: { href: string; text: string } | undefined }[] = [
    { label: 'en: empty text/plain, the button names the bank, links elsewhere', mime: '', rtf: `{\\rtf1\\ansi ${LURE_EN}\\par ${field('http://203.0.113.9/verify', 'https://www.paypal.com/signin')}\\par}`, link: { href: 'http://203.0.113.9/verify', text: 'https://www.paypal.com/signin' } },
    // The MIME text repeats the words: Outlook still shows the RTF, whose field links where the text/plain does not say.
    { label: 'de: the text/plain repeats the words, the RTF field links elsewhere', mime: `${LURE_DE}\r\nwww.sparkasse.de`, rtf: `{\\rtf1\\ansi ${LURE_DE}\\par ${field('https://sparkasse-konto.example.evil/', 'www.sparkasse.de')}\\par}`, link: { href: 'https://sparkasse-konto.example.evil/', text: 'www.sparkasse.de' } },
    { label: 'ja: a Unicode text shown', mime: '', rtf: `{\\rtf1\\ansi\\uc1 ${field('https://amaz0n.example.evil/', '\\u12525?\\u12464?\\u12452?\\u12531? www.amazon.co.jp')}\\par}`, link: { href: 'https://amaz0n.example.evil/', text: 'ログイン www.amazon.co.jp' } },
    { label: 'must not: a local link (HYPERLINK \\l) is no link out', mime: '', rtf: `{\\rtf1\\ansi ${LURE_EN} {\\field{\\*\\fldinst HYPERLINK \\\\l "top"}{\\fldrslt Back to top}}\\par}`, link: undefined },
    { label: 'must not: another field (PAGE)', mime: '', rtf: `{\\rtf1\\ansi ${LURE_EN} {\\field{\\*\\fldinst PAGE}{\\fldrslt 1}}\\par}`, link: undefined },
  ];
  for (const row of rows) {
    const msg = letter(row.mime, buildTnef([], { rtf: row.rtf }));
    const links = checkInput(msg).htmlFacts.links.filter((l) => l.kind === 'a');
    if (row.link) assert.deepEqual(links.map((l) => ({ href: l.href, text: l.text })), [row.link], row.label);
    else assert.deepEqual(links, [], row.label);
    assert.equal(msg.htmlFacts.links.length, 0, `${row.label}: the parsed message itself is unchanged`);
  }
  // The words read are rtfText's: the field's instruction is no word, its result is.
  const words = tnefShown(letter('', buildTnef([], { rtf: rows[0]!.rtf })))?.text ?? '';
  assert.match(words, /paypal\.com\/signin/);
  assert.doesNotMatch(words, /HYPERLINK|203\.0\.113/);
});

// Session 65 (issue 17 item 8): a winmail.dat HTML body whose words repeat the MIME text still has links of its own.
function htmlLetter(mimeText: string, mimeHtml: string, tnef: Buffer): ReturnType<typeof parseMessage> {
  const parts = ['From: "IT Service" <it@helpdesk.example.net>', 'To: user@example.org', 'Subject: Notice', 'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="b"', '', '--b', 'Content-Type: multipart/alternative; boundary="a"', '', '--a', 'Content-Type: text/plain; charset=utf-8', '', mimeText, '--a', 'Content-Type: text/html; charset=utf-8', '', mimeHtml, '--a--', '--b', 'Content-Type: application/ms-tnef; name="winmail.dat"', 'Content-Disposition: attachment; filename="winmail.dat"', 'Content-Transfer-Encoding: base64', '', tnef.toString('base64').replace(/.{76}/g, '$&\r\n'), '--b--', ''];
  return parseMessage(Buffer.from(parts.join('\r\n')), DEFAULT_PARSE_OPTIONS);
}

test('a winmail.dat HTML body that repeats the MIME words: its links the MIME lacks are read, with their texts (table)', () => {
  const page = (lure: string, href: string, text: string): string => `<html><body><p>${lure}</p><p><a href="${href}">${text}</a></p></body></html>`;
  const rows: { label: string; lure: string; mimeHref: string; tnefHref: string; text: string; added: boolean }[] = [
    { label: 'en: the same button, Outlook\'s links elsewhere', lure: LURE_EN, mimeHref: 'https://account.microsoft.com/', tnefHref: 'http://203.0.113.7/owa/login', text: 'https://account.microsoft.com/', added: true },
    { label: 'de: the same button, Outlook\'s links to a lookalike', lure: LURE_DE, mimeHref: 'https://www.sparkasse.de/', tnefHref: 'https://sparkasse-konto.example.evil/', text: 'www.sparkasse.de', added: true },
    { label: 'ja: the same button, Outlook\'s links elsewhere', lure: LURE_JA, mimeHref: 'https://www.amazon.co.jp/', tnefHref: 'https://amaz0n.example.evil/', text: 'アマゾンにログイン', added: true },
    { label: 'must not: an Outlook letter whose winmail.dat repeats its HTML, links and all', lure: LURE_EN, mimeHref: 'https://intranet.example.org/', tnefHref: 'https://intranet.example.org/', text: 'the intranet', added: false },
  ];
  for (const row of rows) {
    const msg = htmlLetter(`${row.lure}\r\n${row.text}`, page(row.lure, row.mimeHref, row.text), buildTnef([], { html: page(row.lure, row.tnefHref, row.text) }));
    const view = checkInput(msg);
    const links = view.htmlFacts.links.filter((l) => l.kind === 'a').map((l) => ({ href: l.href, text: l.text }));
    const expected = [{ href: row.mimeHref, text: row.text }, ...(row.added ? [{ href: row.tnefHref, text: row.text }] : [])];
    assert.deepEqual(links, expected, row.label);
    assert.equal(view.visibleText, msg.visibleText, `${row.label}: the words are not read twice`);
    if (!row.added) assert.equal(view, msg, `${row.label}: the message itself is the view`);
  }
});

test('a winmail.dat whose RTF body encapsulates HTML (\\fromhtml1) is read as that HTML: the anchor with its text (table)', () => {
  const rtf = (lure: string, href: string, shown: string): string =>
    `{\\rtf1\\ansi\\ansicpg1252\\fromhtml1 \\deff0{\\fonttbl{\\f0 Arial;}}\r\n{\\*\\htmltag19 <html>}{\\*\\htmltag50 <body>}\\htmlrtf {\\htmlrtf0 \r\n{\\*\\htmltag64 <p>}\\htmlrtf {\\htmlrtf0 ${lure}\\htmlrtf\\par}\\htmlrtf0{\\*\\htmltag72 </p>}\r\n{\\*\\htmltag84 <a href="${href}">}\\htmlrtf {\\field{\\*\\fldinst{HYPERLINK "${href}"}}{\\fldrslt\\ul \\htmlrtf0 ${shown}\\htmlrtf }\\htmlrtf0 \\htmlrtf }\\htmlrtf0 {\\*\\htmltag92 </a>}\r\n{\\*\\htmltag58 </body>}{\\*\\htmltag27 </html>}}`;
  const rows = [
    { label: 'en', lure: LURE_EN, href: 'http://203.0.113.9/verify', shown: 'https://www.paypal.com/signin', words: /mailbox is full/ },
    { label: 'de', lure: 'Ihr Postfach ist voll. Melden Sie sich innerhalb von 24 Stunden an, um Ihr Konto zu best\\\'e4tigen.', href: 'https://sparkasse-konto.example.evil/', shown: 'www.sparkasse.de', words: /Konto zu bestätigen/ },
    { label: 'ja', lure: '\\u12450?\\u12459?\\u12454?\\u12531?\\u12488?\\u12434?\\u30906?\\u35469?', href: 'https://amaz0n.example.evil/', shown: 'www.amazon.co.jp', words: /アカウントを確認/ },
  ];
  for (const row of rows) {
    const view = checkInput(letter('', buildTnef([], { rtf: rtf(row.lure, row.href, row.shown) })));
    const anchors = view.htmlFacts.links.filter((l) => l.kind === 'a').map((l) => ({ href: l.href, text: l.text }));
    assert.deepEqual(anchors, [{ href: row.href, text: row.shown }], row.label);
    assert.match(view.visibleText, row.words, row.label);
    assert.match(view.html, /<p>/, `${row.label}: an HTML-only letter, as it was before Outlook saved it`);
  }
});
