import { test } from 'node:test';
import assert from 'node:assert/strict';
import { IMAGE_LURE_MAX_TEXT, imageLureFacts, ownLetters, withoutArmour } from './image-lure.js';
import { parseMessage } from '../../mail/parse/index.js';

test('withoutArmour: PGP armour blocks are not counted as text (session 45)', () => {
  const block = '-----BEGIN PGP SIGNATURE-----\nVersion: GnuPG v1\n\niD8DBQFBSI5pmqjQ0CJF\n=ui8Y\n-----END PGP SIGNATURE-----';
  const rows: [why: string, text: string, expected: string][] = [
    ['no armour: unchanged', 'Hello there', 'Hello there'],
    ['a signature after the text', `Hello\n${block}\n`, 'Hello\n\n'],
    ['two blocks, text between and after', `a ${block} b ${block.replace(/SIGNATURE/g, 'MESSAGE')} c`, 'a  b  c'],
    ['a block without its END line runs to the end', 'Hello -----BEGIN PGP SIGNATURE-----\niD8DBQFBSI5pmqjQ0CJF', 'Hello '],
    ['an END line without the closing dashes ends the text', 'x -----BEGIN PGP SIGNATURE----- abc -----END PGP SIGNATURE', 'x '],
    ['dashes that begin no PGP block are text', '----- Forwarded message -----', '----- Forwarded message -----'],
  ];
  for (const [why, text, expected] of rows) assert.equal(withoutArmour(text), expected, why);
});

// ---------------------------------------------------------------------------------------------------------------------
// A picture lure forwarded as an attached message (issue 17 item 8, session 63): ten covers that each say "please see the
// message below" are 300 letters of text, and Nazario phishing0#271 lost CONTENT_IMAGE_LURE (and its phishing class) wrapped
// ten or a hundred times. The attached message is judged on its own text, pictures and links; past the depth limit each text
// part read beyond it is.

const OPTS = { maxMessageBytes: 32 << 20, maxMimeDepth: 20, maxParts: 500, maxHeaderBytes: 256 << 10 };
const GIF = Buffer.from('R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==', 'base64');

/** A picture lure: multipart/related, an HTML body of one linked picture and a headline, the picture attached by Content-ID. */
function pictureLure(headline: string, host: string): string {
  return [
    `From: Notice <notice@${host}>`,
    'Subject: notice',
    'MIME-Version: 1.0',
    'Content-Type: multipart/related; boundary="rel"',
    '',
    '--rel',
    'Content-Type: text/html; charset=utf-8',
    'Content-Transfer-Encoding: base64',
    '',
    Buffer.from(`<html><body><p>${headline}</p><a href="https://${host}/claim?id=5"><img src="cid:pic1@x" width="600" height="400"></a></body></html>`).toString('base64'),
    '--rel',
    'Content-Type: image/gif; name="offer.gif"',
    'Content-Transfer-Encoding: base64',
    'Content-ID: <pic1@x>',
    '',
    GIF.toString('base64'),
    '--rel--',
    '',
  ].join('\r\n');
}

/** `inner` forwarded as an attached message `levels` times, each cover saying `cover`. */
function forwardedAs(inner: string, levels: number, cover: string): Buffer {
  let msg = inner;
  for (let i = levels; i > 0; i--) {
    msg = ['From: Forwarder <fw@example.org>', 'Subject: Fwd: notice', 'MIME-Version: 1.0', `Content-Type: multipart/mixed; boundary="fwd${i}"`, '', `--fwd${i}`, 'Content-Type: text/plain; charset=utf-8', '', cover, `--fwd${i}`, 'Content-Type: message/rfc822', 'Content-Disposition: inline', '', msg, `--fwd${i}--`, ''].join('\r\n');
  }
  return Buffer.from(msg, 'utf8');
}

test('a picture lure forwarded as an attached message keeps CONTENT_IMAGE_LURE, 1, 10 and 100 covers deep (table: en, de, ja)', () => {
  const rows: { label: string; lure: string; cover: string }[] = [
    { label: 'en', lure: pictureLure('Your parcel is waiting', 'parcel-desk.example.top'), cover: 'Please see the message below, forwarded for your records and review.' },
    { label: 'de', lure: pictureLure('Ihr Paket wartet auf Sie', 'paket-info.example.top'), cover: 'Bitte sehen Sie sich die unten stehende Nachricht an, zur Kenntnisnahme weitergeleitet.' },
    { label: 'ja', lure: pictureLure('お荷物のお届けについて', 'nimotsu-info.example.top'), cover: '以下のメッセージをご確認ください。記録のために転送いたします。ご査収のほどよろしくお願い申し上げます。念のため共有いたします。' },
  ];
  for (const row of rows) {
    assert.ok(imageLureFacts(parseMessage(Buffer.from(row.lure), OPTS)), `${row.label}: the lure itself`);
    for (const levels of [1, 10, 100]) {
      const msg = parseMessage(forwardedAs(row.lure, levels, row.cover), OPTS);
      assert.ok(ownLetters(msg).length > IMAGE_LURE_MAX_TEXT, `${row.label} ${levels}: the covers alone are more text than a picture lure has`);
      const facts = imageLureFacts(msg);
      assert.ok(facts && facts.images > 0 && facts.links > 0, `${row.label} ${levels}: ${JSON.stringify(facts)}`);
      if (levels === 100) assert.ok(msg.anomalies.some((a) => a.kind === 'limit-mime-depth'), `${row.label}: the limit is recorded`);
    }
  }
});

test('a forwarded letter with its own text, or a forwarded photo with no link, is no picture lure (must not; en, de, ja)', () => {
  const letter = (text: string) => pictureLure(text, 'shop.example.top');
  const rows: { label: string; inner: string }[] = [
    { label: 'en letter', inner: letter('Dear all, the minutes of Tuesday\'s meeting are in the picture below; the budget review moves to Thursday and the venue stays the same as last quarter.') },
    { label: 'de letter', inner: letter('Liebe Kolleginnen und Kollegen, das Protokoll der Sitzung vom Dienstag finden Sie im Bild unten; die Haushaltsprüfung wird auf Donnerstag verschoben.') },
    { label: 'ja letter', inner: letter('皆様、火曜日の会議の議事録を下の画像にまとめました。予算の見直しは木曜日に変更となり、会場は前回と同じです。ご確認のほどよろしくお願いいたします。議題の追加があればご連絡ください。') },
    { label: 'a photo, no link', inner: ['From: Aunt <aunt@example.org>', 'Subject: photo', 'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="m"', '', '--m', 'Content-Type: text/plain', '', 'Look!', '--m', 'Content-Type: image/gif; name="cat.gif"', 'Content-Transfer-Encoding: base64', '', GIF.toString('base64'), '--m--', ''].join('\r\n') },
  ];
  for (const row of rows) {
    for (const levels of [1, 10, 100]) {
      assert.equal(imageLureFacts(parseMessage(forwardedAs(row.inner, levels, 'Forwarding this on, as promised on the phone this morning; nothing to do.'), OPTS)), null, `${row.label} ${levels}`);
    }
  }
});
