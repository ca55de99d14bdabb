import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultConfig } from '../../config/load.js';
import { pngOf, qrMatrix, rasterOf } from '../../files/test-support/qr-images.js';
import { createScanner } from '../../runtime/index.js';
import { activeIds } from '../../test-support/corpus-rows.js';
import { cryptoExtortion } from './scam-structure.js';

/**
 * Issue 17, session 22: the extortion letter that gives its address only as a QR picture ("scan the code with your wallet
 * app"). CONTENT_CRYPTO_EXTORTION reads the address in the message's QR codes (the links family's reading, once per
 * message) when the text has none; the threat is still read in the text. The same letter without the picture has no
 * address at all, so the finding can only come from the code.
 */
const BC1 = 'bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh';
const ETH = '0x52908400098527886E0F7030069857D2E4169EE7';
const XRP = 'rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh';

const scanner = await createScanner({ config: defaultConfig(), services: { now: () => new Date('2025-06-02T08:00:00Z') } });
const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64').replace(/.{76}/g, '$&\r\n');

function eml(from: string, subject: string, text: string, code: string | null): Uint8Array {
  const html = `<html><body>${text.split('\n').map((p) => `<p>${p}</p>`).join('')}${code === null ? '' : '<p><img src="cid:pay@t" width="180" height="180"></p>'}</body></html>`;
  const parts = [`Content-Type: text/html; charset=utf-8\r\n\r\n${html}\r\n`];
  if (code !== null) parts.push(`Content-Type: image/png; name="pay.png"\r\nContent-Transfer-Encoding: base64\r\nContent-ID: <pay@t>\r\nContent-Disposition: inline; filename="pay.png"\r\n\r\n${b64(pngOf(rasterOf(qrMatrix(code), 5)))}\r\n`);
  const body = parts.map((p) => `--b\r\n${p}`).join('') + '--b--\r\n';
  return new TextEncoder().encode(
    [`From: ${from}`, 'To: reader@mailbox.example', `Subject: ${subject}`, 'Date: Mon, 2 Jun 2025 10:00:00 +0200',
      `Message-ID: <qr.${subject.length}@${from.replace(/.*@|>.*/g, '')}>`, 'MIME-Version: 1.0', 'Content-Type: multipart/related; boundary="b"', '', body].join('\r\n'),
  );
}

/** `clean`: ordinary mail, which must stay clean as a whole (a threat with a broken address may be flagged by its words). */
const rows: { name: string; from: string; subject: string; text: string; code: string; reads: boolean; clean?: boolean }[] = [
  { name: 'en: a bitcoin: payment URI', reads: true, from: 'Anonymous <watcher.2291@proton.me>', subject: 'Final warning',
    text: 'I have access to your device and I recorded you.\nScan the code below with your wallet app and pay 1200 USD in Bitcoin within 48 hours.\nOtherwise I will send the video to all your contacts.',
    code: `bitcoin:${BC1}?amount=0.021` },
  { name: 'de: the bare address', reads: true, from: 'Anonym <zugriff.geraet@gmx.net>', subject: 'Letzte Warnung',
    text: 'Ich habe Zugriff auf Ihr Gerät und habe Sie aufgenommen.\nScannen Sie den Code und zahlen Sie 1000 € in Bitcoin.\nSonst schicke ich das Video an alle Ihre Kontakte. Sie haben 48 Stunden.',
    code: BC1 },
  { name: 'es: an ethereum: URI', reads: true, from: 'Anónimo <vigilante.77@gmail.com>', subject: 'Tengo tu video',
    text: 'Te grabé con tu cámara.\nEscanea el código y envía 0,4 ETH en 48 horas o enviaré el video a todos tus contactos.',
    code: `ethereum:${ETH}@1?value=4e17` },
  { name: 'fr: XRP', reads: true, from: 'Anonyme <oeil.distant@outlook.fr>', subject: 'Dernier avertissement',
    text: "J'ai accès à votre appareil et je vous ai filmé.\nScannez le code et envoyez 900 € en XRP sous 48 heures, sinon j'enverrai la vidéo à tous vos contacts.",
    code: `xrpl:${XRP}?dt=2291` },
  // Must not: a club's donation letter with a code (no threat), a threat whose code holds a broken address.
  { name: 'a club\'s donation letter with a bitcoin code', reads: false, clean: true, from: 'Radsportverein <vorstand@rsv-example.de>', subject: 'Spenden für die Jugendabteilung',
    text: 'Liebe Mitglieder, unsere Jugendabteilung braucht neue Helme.\nWer mit Bitcoin spenden möchte, scannt den Code. Vielen Dank an alle Kontakte und Freunde des Vereins!',
    code: `bitcoin:${BC1}?label=RSV` },
  { name: 'a code with a broken address beside the threat', reads: false, from: 'Anonymous <watcher.2291@proton.me>', subject: 'Final warning',
    text: 'I recorded you.\nScan the code and pay within 48 hours or I will send the video to all your contacts.',
    code: `bitcoin:${BC1.slice(0, -1)}m` },
];

for (const row of rows) {
  test(`extortion paid through a QR code: ${row.name}`, async () => {
    const r = await scanner.scan({ raw: eml(row.from, row.subject, row.text, row.code), source: 'qr-extortion.eml' });
    const ids = activeIds(r);
    const finding = r.findings.find((f) => f.id === 'CONTENT_CRYPTO_EXTORTION');
    assert.equal(ids.includes('CONTENT_CRYPTO_EXTORTION'), row.reads, `${r.verdict} ${r.score}: ${ids.join(', ')}`);
    if (row.reads) {
      assert.match(finding?.evidence ?? '', /in a QR code in pay\.png/);
      assert.notEqual(r.verdict, 'clean');
      // Without the picture the letter names no address: the finding came from the code.
      const without = await scanner.scan({ raw: eml(row.from, row.subject, row.text, null), source: 'no-qr.eml' });
      assert.ok(!activeIds(without).includes('CONTENT_CRYPTO_EXTORTION'), activeIds(without).join(', '));
    }
    if (row.clean) assert.equal(r.verdict, 'clean', `${r.verdict} ${r.score}: ${ids.join(', ')}`);
  });
}

test('cryptoExtortion: codes are asked only when the text has no address, and the text\'s address comes first', () => {
  let asked = 0;
  const codes = () => {
    asked++;
    return [{ payload: `bitcoin:${BC1}`, where: 'qr.png' }];
  };
  const threat = 'I recorded you. Pay within 48 hours or I will send the video to all your contacts.';
  assert.equal(cryptoExtortion(`${threat} Address: ${XRP}`, codes)?.wallet.coin, 'XRP');
  assert.equal(asked, 0);
  const fromCode = cryptoExtortion(threat, codes);
  assert.equal(asked, 1);
  assert.deepEqual([fromCode?.wallet.address, fromCode?.qr], [BC1, 'qr.png']);
  assert.equal(cryptoExtortion('Scan to donate to the archive.', codes), null);
});
