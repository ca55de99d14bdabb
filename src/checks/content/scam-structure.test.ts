import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpuGrowth } from '../../test-support/growth.js';
import { cryptoLoginGiven } from './crypto-host.js';
import { parseMessage } from '../../mail/parse/index.js';
import { DEFAULT_PARSE_OPTIONS } from '../../mail/parse/test-helpers.js';
import { buildMessage } from './fixtures/message.js';
import { CRYPTO_ASSET_LISTED, callbackCharge, cryptoAssetIn, cryptoClaim, cryptoExtortion, donationToWallet, walletAddresses } from './scam-structure.js';

/**
 * Issue 17, session 20: scams by their structure (scam-structure.ts). Each table: what must be read, and the ordinary mail
 * with the same parts that must not.
 */
const BC1 = 'bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh';
const P2PKH = '14gGEHf3JbDNirZGYduVwvsSFnTri7m6A6';
const P2SH = '3K5NFJz4TUhFc1bkmc2Guu96cvmQR7SmTj';
const TRON = 'TZ4eeQ8aQyhkLdTtvAXjHPiKySGqiXypqf';
const ETH = '0x52908400098527886E0F7030069857D2E4169EE7';
/** Session 21: the coins beyond Bitcoin and TRON (LTC, DOGE made with Base58Check / bech32 over fixed bytes; XMR the Monero project's). */
const ETH55 = '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed';
const LTC_L = 'LVPH4aMEa2v7NQkah6252QtWLcnTwijBpp';
const LTC_M = 'MGyM7pCio6neRS8TPfi2s4Y9jMtjFnaZfZ';
const LTC1 = 'ltc1qdfgptuj0ryy0t2ukhyrraacxdtxeet3yzmfc6w';
const DOGE = 'DQr89Cz4WqEj7aouuumFunbhhuwuudDDTk';
const XMR = '44AFFq5kSiGBoZ4NMDwYtN18obc8AemS33DBLWs3H7otXft3XjrpDtQGv7SqSsaBYBb98uNbr2VBBEt7f2wfn3RVGQBEP3A';
const SOL = 'H3KZc8eTKyxaUBhY4LZgFD6q4f9dbUequSFoF5wt7PGU';
/**
 * Session 22: XRP's classic addresses (the genesis account's, and one made with Base58Check in Ripple's alphabet over fixed
 * bytes) and Cardano's Shelley addresses (CIP-19's test vectors: a base address and an enterprise address).
 */
const XRP = 'rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh';
const XRP2 = 'rhCMLiUKVndEqr1KhudVdZcLtD7oRLwhAU';
const ADA = 'addr1qx2fxv2umyhttkxyxp8x0dlpdt3k6cwng5pxj3jhsydzer3n0d3vllmyqwsx5wktcd8cc3sq835lu7drv2xwl2wywfgse35a3x';
const ADA_ENTERPRISE = 'addr1vx2fxv2umyhttkxyxp8x0dlpdt3k6cwng5pxj3jhsydzers66hrl8';
/**
 * Session 23: Bitcoin Cash's CashAddr (the spec's examples: a key hash and a script hash), Stellar's accounts (SEP-23's
 * examples: a G… account and a muxed M… one) and XRP's X-addresses (XLS-5d's examples: without a tag and with one).
 */
const BCH = 'bitcoincash:qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6a';
const BCH_P2SH = 'bitcoincash:ppm2qsznhks23z7629mms6s4cwef74vcwvn0h829pq';
const XLM = 'GA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSGZ';
const XLM_MUXED = 'MA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVAAAAAAAAAAAAAJLK';
const XADDR = 'X7AcgcsBL6XDcUb289X4mJ8djcdyKaB5hJDWMArnXr61cqZ';
const XADDR_TAG = 'X7gJ5YK8abHf2eTPWPFHAAot8Knck11QGqmQ7a6a3Z8PJvk';

test('wallet addresses: checksums and forms', () => {
  const coins = (text: string) => walletAddresses(text, 8).map((w) => `${w.coin}:${w.address}`);
  assert.deepEqual(coins(`${BC1} ${P2PKH} ${P2SH} ${TRON} ${ETH}`), [`BTC:${BC1}`, `BTC:${P2PKH}`, `BTC:${P2SH}`, `TRON:${TRON}`, `ETH:${ETH}`]);
  assert.deepEqual(coins(BC1.toUpperCase()), [`BTC:${BC1.toUpperCase()}`]);
  // One character changed breaks each checksum; an order number or a hash of digits only is no address.
  assert.deepEqual(coins(`${BC1.slice(0, -1)}m ${P2PKH.slice(0, -1)}7 ${TRON.slice(0, -1)}r`), []);
  assert.deepEqual(coins('Order 1234567890123456789012345678 and 0x0000000000000000000000000000000000000000'), []);
  assert.deepEqual(coins(`part of a word: x${BC1}`), []);
});

test('wallet addresses, session 21: EIP-55, Litecoin, Dogecoin, Monero, Solana where named', () => {
  const coins = (text: string) => walletAddresses(text, 8).map((w) => `${w.coin}:${w.address}`);
  assert.deepEqual(coins(`${ETH55} ${LTC_L} ${LTC_M} ${LTC1} ${DOGE} ${XMR}`), [`ETH:${ETH55}`, `LTC:${LTC_L}`, `LTC:${LTC_M}`, `LTC:${LTC1}`, `DOGE:${DOGE}`, `XMR:${XMR}`]);
  assert.deepEqual(coins(LTC1.toUpperCase()), [`LTC:${LTC1.toUpperCase()}`]);
  // A mixed-case Ethereum address whose case breaks EIP-55; one character changed in each other checksum.
  const flipped = `${ETH55.slice(0, -1)}D`;
  assert.deepEqual(coins(`${flipped} ${LTC_L.slice(0, -1)}q ${LTC1.slice(0, -1)}q ${DOGE.slice(0, -1)}m ${XMR.slice(0, -1)}B`), []);
  // Solana's key has no checksum: read only where the text names the coin, never inside a URL.
  assert.deepEqual(coins(`Send 2 SOL to ${SOL} today`), [`SOL:${SOL}`]);
  assert.deepEqual(coins(`Your order ${SOL} ships today`), []);
  assert.deepEqual(coins(`Solana explorer: https://explorer.example/address/${SOL}`), []);
  assert.deepEqual(coins('Solana fans: abcdefghijkmnopqrstuvwxyzABCDEFGH is a word of letters'), []);
  // Session 38: the coin's name is looked for only where a run could hold a key, or where the address loop stopped early
  // (more than MAX_CANDIDATES address-shaped runs before the key: 31 characters, too short to be keys themselves).
  const shaped = Array.from({ length: 9 }, (_, i) => `1${'ABCDEFGHJ'[i]!.repeat(30)}`).join(' ');
  assert.deepEqual(coins(`${shaped} send 2 SOL to ${SOL}`), [`SOL:${SOL}`]);
  assert.deepEqual(coins(`Send 2 SOL to ${SOL.slice(0, 31)} today`), []);
});

test('wallet addresses, session 22: XRP (Ripple\'s Base58Check) and Cardano (bech32 addr1)', () => {
  const coins = (text: string) => walletAddresses(text, 8).map((w) => `${w.coin}:${w.address}`);
  assert.deepEqual(coins(`Send XRP to ${XRP} or ${XRP2}; ADA to ${ADA} or ${ADA_ENTERPRISE}.`), [`XRP:${XRP}`, `XRP:${XRP2}`, `ADA:${ADA}`, `ADA:${ADA_ENTERPRISE}`]);
  // One character changed breaks each checksum; Bitcoin's alphabet order is not Ripple's; a word starting with r is no address.
  assert.deepEqual(coins(`${XRP.slice(0, -1)}j ${XRP2.slice(0, -1)}B ${ADA.slice(0, -1)}q ${ADA_ENTERPRISE.slice(0, -1)}9`), []);
  assert.deepEqual(coins('rrrrrrrrrrrrrrrrrrrrrrrrrrrrrr and reimbursementsAndRefundsSchedule2025 and addr1 alone'), []);
  assert.deepEqual(coins(`inside a word: x${XRP} y${ADA}`), []);
});

test('wallet addresses, session 23: Bitcoin Cash (CashAddr), Stellar (strkey), XRP X-addresses', () => {
  const coins = (text: string) => walletAddresses(text, 8).map((w) => `${w.coin}:${w.address}`);
  const bare = (a: string) => a.slice('bitcoincash:'.length);
  assert.deepEqual(coins(`Send BCH to ${BCH} or ${bare(BCH_P2SH)}; XLM to ${XLM} or ${XLM_MUXED}; XRP to ${XADDR} or ${XADDR_TAG}.`), [
    `BCH:${bare(BCH)}`, `BCH:${bare(BCH_P2SH)}`, `XLM:${XLM}`, `XLM:${XLM_MUXED}`, `XRP:${XADDR}`, `XRP:${XADDR_TAG}`,
  ]);
  assert.deepEqual(coins(BCH.toUpperCase()), [`BCH:${bare(BCH).toUpperCase()}`]);
  // One character changed breaks each checksum; mixed case is no CashAddr; a long word of capitals is no Stellar account.
  assert.deepEqual(coins(`${BCH.slice(0, -1)}b ${XLM.slice(0, -1)}A ${XLM_MUXED.slice(0, -1)}A ${XADDR.slice(0, -1)}Y ${XADDR_TAG.slice(0, -1)}j`), []);
  assert.deepEqual(coins(`${bare(BCH).slice(0, 20)}${bare(BCH).slice(20).toUpperCase()} ${'G'.repeat(56)} ${'GREETINGSFROMTHEBOARD'.repeat(3).slice(0, 56)}`), []);
  assert.deepEqual(coins(`inside a word: x${bare(BCH)} y${XLM} z${XADDR}`), []);
});

const callbackRows: { name: string; text: string; html?: string; reads: boolean }[] = [
  { name: 'en: antivirus renewal, not authorised', reads: true, text: 'Your Norton 360 subscription has been renewed for $399.99. If you did not authorize this charge, call +1 (808) 555-0199 within 24 hours.' },
  { name: 'en: an order, "not you?"', reads: true, text: 'Order #A-55120 confirmed: MacBook Air, total USD 1,249.00. Not you? Call our cancellation desk at 1-888-555-0142.' },
  { name: 'en: tel: link, cancel the subscription', reads: true, text: '', html: '<p>Invoice 88213: Geek Squad Total Protection, $299.99 charged today.</p><p>To cancel the subscription call <a href="tel:+18885550142">our billing team</a>.</p>' },
  { name: 'de: Verlängerung, nicht autorisiert', reads: true, text: 'Ihr Abonnement wurde für 289,99 € verlängert. Falls Sie dies nicht autorisiert haben, rufen Sie uns sofort an: 0800 123 4567.' },
  { name: 'fr: commande, pas à l\'origine', reads: true, text: 'Votre commande de 749,00 € a été validée. Si vous n\'êtes pas à l\'origine de cet achat, appelez le 01 86 95 21 40.' },
  { name: 'es: cargo no autorizado', reads: true, text: 'Se ha realizado un cargo de 349,99 € por la renovación. Si no autorizó esta compra, llame al 910 123 456.' },
  { name: 'pt: não foi você', reads: true, text: 'Pedido confirmado: R$ 2.499,90. Não foi você? Ligue imediatamente para 0800 591 2210 para cancelar este pedido.' },
  { name: 'nl: niet door u', reads: true, text: 'Uw verlenging van € 299,00 is afgeschreven. Is deze betaling niet door u gedaan? Bel dan direct 020 123 4567.' },
  { name: 'it: non autorizzato', reads: true, text: 'Il rinnovo di 329,99 € è stato addebitato. Se non ha autorizzato il pagamento, chiami subito il numero 02 1234 5678.' },
  { name: 'ja: 心当たりがない', reads: true, text: 'ご注文ありがとうございます。合計金額：39,800円。ご注文に心当たりがない場合は、至急お電話ください：0120-123-456' },
  // Session 21: the call word after the number (Japanese puts the verb last; German's and Dutch's verb at the end too).
  { name: 'ja: the number before までお電話', reads: true, text: 'ご注文の決済が完了しました。お支払い金額：218,900円。身に覚えのない場合は 0120-558-221 までお電話ください。' },
  { name: 'ja: the number in brackets before へご連絡', reads: true, text: '自動更新により 39,800円 が請求されました。心当たりがない場合はサポートセンター（050-5533-7781）へご連絡ください。' },
  { name: 'ja: an aside between the number and its call word', reads: true, text: '合計 ¥148,000 を決済しました。返金をご希望の場合は 0120-558-221（通話無料）までお電話ください。' },
  { name: 'ja: the number glued to kana (お電話は…まで)', reads: true, text: '合計 ¥148,000 を決済しました。心当たりのない場合、お電話は0120-558-221まで。' },
  { name: 'de: the verb last (anrufen)', reads: true, text: 'Für Ihr Abonnement wurden 449,00 € abgebucht. Wenn Sie diese Zahlung nicht autorisiert haben, bitte umgehend unter 0800 589 3312 anrufen.' },
  { name: 'nl: the verb last (bellen)', reads: true, text: 'Uw betaling van € 389,99 is ontvangen. Niet door u gedaan? Dan kunt u ons op 020 208 4471 bellen.' },
  // Session 52: the order or charge disowned as not placed or not agreed.
  { name: 'nl: "Heeft u deze bestelling niet geplaatst?"', reads: true, text: 'Uw jaarabonnement is verlengd. Bedrag: € 399,99. Heeft u deze bestelling niet geplaatst? Bel dan onze klantenservice op 085 208 4471.' },
  { name: 'nl: "Niet akkoord?"', reads: true, text: 'Wij hebben € 289,00 afgeschreven voor de verlenging van uw abonnement. Niet akkoord? Neem direct telefonisch contact op via 020 808 1472.' },
  { name: 'fr: "Vous n\'êtes pas d\'accord ?"', reads: true, text: "Prélèvement de 429,00 € pour votre licence annuelle. Vous n'êtes pas d'accord ? Contactez notre service au 09 70 73 88 21." },
  { name: 'ja: a number with no call word after it', reads: false, text: '合計 ¥148,000 を決済しました。心当たりのない場合の窓口 0120-558-221 受付時間は9時から18時です。' },
  { name: 'ja: the call word a sentence after the number', reads: false, text: '合計 ¥148,000 を決済しました。心当たりのない場合は 0120-558-221。営業時間内に担当者からお電話いたします。' },
  { name: 'a reference glued to Latin letters is no phone', reads: false, text: 'Charge of $399.99. Not you? Reference AB0120558221 までお電話ください' },
  // Must not: a shop with links to the order, a utility bill, a restaurant booking, a meeting's dial-in, a newsletter's footer, a warning.
  { name: 'a shop\'s confirmation with a link to the order', reads: false, text: 'Order 5512 confirmed, total $84.20. Not you? Call 1-800-555-0100 or see https://shop.example.com/orders/5512.' },
  { name: 'a shop\'s HTML confirmation with a link', reads: false, text: '', html: '<p>Order total: $84.20. Did not order? Call <a href="tel:18005550100">1-800-555-0100</a>.</p><p><a href="https://shop.example.com/orders/5512">View your order</a></p>' },
  { name: 'a utility bill', reads: false, text: 'Your electricity bill for May is €84.20 and will be debited on 5 June. Questions? Call us on 0800 123 456.' },
  { name: 'a restaurant booking', reads: false, text: 'Thank you for your reservation for 4 on Friday. Cancellations within 24 hours are charged €15 per person. To cancel your reservation, call us on 030 1234567.' },
  { name: 'a meeting invitation with a dial-in', reads: false, text: 'Budget review, Tuesday 10:00. Dial-in: +1 646 558 8656, meeting ID 812 3345 9910. Agenda: the $40,000 marketing line.' },
  { name: 'a newsletter with a phone in the footer', reads: false, text: 'Spring sale: 20% off all sofas from €499. Call our showroom on 020 123 4567. Unsubscribe: https://news.example.com/unsubscribe?u=1 — visit https://furniture.example.com' },
  { name: 'a warning about callback scams', reads: false, text: 'Scammers send fake invoices of $399.99: "if you did not authorize this charge, call 1-888-555-0142". Do not call the number.' },
  { name: 'dates and order numbers are no phone', reads: false, text: 'Your subscription of $9.99 was renewed on 02.06.2025 10:00. If you did not authorize it, contact order 2025-06-02-1234.' },
];
for (const row of callbackRows) {
  test(`callback charge: ${row.name}`, () => {
    const msg = row.html
      ? parseMessage(Buffer.from(['From: billing@shop.example', 'To: ana@example.org', 'Subject: Notice', 'MIME-Version: 1.0', 'Content-Type: text/html; charset=utf-8', '', row.html, ''].join('\r\n')), DEFAULT_PARSE_OPTIONS)
      : buildMessage({ subject: 'Notice', text: row.text });
    const found = callbackCharge(msg);
    assert.equal(found !== null, row.reads, JSON.stringify(found));
  });
}

const extortionRows: { name: string; text: string; reads: boolean }[] = [
  { name: 'en: recorded, contacts, 48 hours', reads: true, text: `I recorded you through your webcam. Send $1500 in Bitcoin to ${BC1} within 48 hours or I will send the video to all your contacts.` },
  { name: 'en: data extortion with USDT TRC20', reads: true, text: `We have downloaded your company's files. Pay 5,000 USDT (TRC20) to ${TRON} or your data will be published in 72 hours.` },
  { name: 'de', reads: true, text: `Ich habe Zugriff auf Ihr Gerät und habe Sie aufgenommen. Überweisen Sie 1200 € in Bitcoin an ${P2SH}, sonst schicke ich das Video an alle Ihre Kontakte. Sie haben 48 Stunden.` },
  { name: 'fr', reads: true, text: `J'ai accès à votre appareil. Envoyez 1000 € en Bitcoin à ${P2PKH} sous 48 heures, sinon j'enverrai la vidéo à tous vos contacts.` },
  { name: 'es', reads: true, text: `Te grabé con tu cámara. Envía 900 USD en Bitcoin a ${BC1} en 48 horas o enviaré el video a todos tus contactos.` },
  { name: 'pt', reads: true, text: `Tenho acesso ao seu dispositivo e gravei você. Envie 1000 USD em Bitcoin para ${BC1} em 48 horas ou enviarei o vídeo para todos os seus contatos.` },
  { name: 'nl', reads: true, text: `Ik heb toegang tot uw apparaat en ik heb u opgenomen. Stuur 1000 euro in Bitcoin naar ${P2PKH} binnen 48 uur, anders stuur ik de video naar al uw contacten.` },
  { name: 'it', reads: true, text: `Ho accesso al tuo dispositivo e ti ho registrato. Invia 1000 € in Bitcoin a ${BC1} entro 48 ore o invierò il video a tutti i tuoi contatti.` },
  { name: 'ja', reads: true, text: `あなたのデバイスにアクセスし、ウェブカメラで録画しました。48時間以内に10万円分のビットコインを ${BC1} に送金してください。さもなければ動画をすべての連絡先に送ります。` },
  { name: 'ETH with the threat', reads: true, text: `I hacked your phone. Pay 0.5 ETH to ${ETH} within 24 hours or everything will be published and sent to your contacts.` },
  { name: 'en: written in borrowed letters, sent to phishing@pot', reads: true, text: `Hey phishing@pot. Ι ցаіոеⅾ ассеѕѕ tο уοսr ⅾеⅴісеѕ and captured some footage of you. Send $2000 to ${P2PKH}. Once I receive payment, I will delete the materials.` },
  // Session 21: the other coins.
  { name: 'en: ETH in EIP-55 case', reads: true, text: `I have access to your computer and recorded you on an adult site. Send 0.4 ETH to ${ETH55} within 48 hours or the video goes to all your contacts.` },
  { name: 'es: Litecoin', reads: true, text: `Te grabé con tu cámara. Envía 700 USD en Litecoin a ${LTC_L} en 48 horas o enviaré el video a todos tus contactos.` },
  { name: 'de: Litecoin bech32', reads: true, text: `Ich habe Sie aufgenommen. Senden Sie 900 € in Litecoin an ${LTC1}, sonst schicke ich das Video an alle Ihre Kontakte.` },
  { name: 'it: Dogecoin', reads: true, text: `Ti ho registrato. Invia 500 € in Dogecoin a ${DOGE} entro 48 ore o invierò il video a tutti i tuoi contatti.` },
  { name: 'pt: Monero', reads: true, text: `Tenho acesso ao seu dispositivo. Pague 600 USD em Monero para ${XMR} ou seus dados serão publicados em 72 horas.` },
  { name: 'fr: Solana, named', reads: true, text: `Je vous ai filmé. Envoyez 800 € en Solana à ${SOL} sous 48 heures, sinon j'enverrai la vidéo à tous vos contacts.` },
  // Session 22: XRP and Cardano.
  { name: 'en: XRP', reads: true, text: `I recorded you through your camera. Send 900 USD in XRP to ${XRP} within 48 hours or I will send the video to all your contacts.` },
  { name: 'de: XRP with a destination tag', reads: true, text: `Ich habe Zugriff auf Ihr Gerät und habe Sie aufgenommen. Senden Sie 1000 € in XRP an ${XRP2} (Destination Tag 2291), sonst schicke ich das Video an alle Ihre Kontakte.` },
  { name: 'es: Cardano', reads: true, text: `Te grabé con tu cámara. Envía 800 USD en ADA a ${ADA} en 48 horas o enviaré el video a todos tus contactos.` },
  { name: 'nl: Cardano enterprise address, data extortion', reads: true, text: `Ik heb toegang tot uw apparaat. Betaal 700 euro in Cardano naar ${ADA_ENTERPRISE} binnen 72 uur, anders worden uw gegevens gepubliceerd.` },
  // Session 52: the threat in the present tense after "or" ("o lo pubblico"), two days as the deadline.
  { name: 'it: "entro due giorni o lo pubblico"', reads: true, text: `Ho il video della tua webcam. Manda 900 € in bitcoin al wallet ${P2PKH} entro due giorni o lo pubblico.` },
  { name: 'a friend: two days and a wallet, nothing published', reads: false, text: `Send the 0.1 BTC to ${P2PKH} within two days, the webcam I sold you ships on Monday.` },
  { name: 'an XRP exchange\'s deposit notice', reads: false, text: `Your deposit of 250 XRP to ${XRP} has been credited. Funds are available within 24 hours.` },
  { name: 'a Cardano stake pool\'s newsletter', reads: false, text: `Delegate to our pool: rewards are paid every epoch to ${ADA}. Watch our video on staking with all your contacts.` },
  { name: 'a threat with an ETH address whose case breaks EIP-55', reads: false, text: `I recorded you. Send 0.4 ETH to ${ETH55.slice(0, -1)}D within 48 hours or the video goes to all your contacts.` },
  { name: 'a threat with a Solana-shaped key, the coin not named', reads: false, text: `I recorded you. Send the money to ${SOL} within 48 hours or the video goes to all your contacts.` },
  // Session 24: the key without the coin's name where the letter says the payment is in crypto (the threat still needed).
  { name: 'en: a Solana key, "send the crypto to my wallet"', reads: true, text: `I recorded you. Send $900 in crypto to my wallet ${SOL} within 48 hours or the video goes to all your contacts.` },
  { name: 'de: a Solana key, "in Krypto"', reads: true, text: `Ich habe Sie aufgenommen. Senden Sie 900 € in Krypto an ${SOL}, sonst schicke ich das Video an alle Ihre Kontakte.` },
  { name: 'ja: a Solana key, 暗号資産で', reads: true, text: `あなたを録画しました。48時間以内に暗号資産で900ドルを${SOL}に送金しなければ、動画をすべての連絡先に送ります。` },
  { name: 'a wallet app\'s notice with a Solana-shaped key and no threat', reads: false, text: `Your wallet ${SOL} was backed up. Watch our video on backups within the app.` },
  // Session 23: Bitcoin Cash, Stellar, XRP's X-address; must-nots with the same addresses.
  { name: 'en: Bitcoin Cash with its prefix', reads: true, text: `I recorded you through your webcam. Send $1200 in Bitcoin Cash to ${BCH} within 48 hours or I will send the video to all your contacts.` },
  { name: 'pt: Bitcoin Cash without its prefix', reads: true, text: `Tenho acesso ao seu dispositivo e gravei você. Envie 900 USD em BCH para ${BCH_P2SH.slice(12)} em 48 horas ou enviarei o vídeo para todos os seus contatos.` },
  { name: 'de: Stellar', reads: true, text: `Ich habe Zugriff auf Ihr Gerät und habe Sie aufgenommen. Senden Sie 1000 € in XLM an ${XLM}, sonst schicke ich das Video an alle Ihre Kontakte. Sie haben 48 Stunden.` },
  { name: 'fr: XRP X-address', reads: true, text: `J'ai accès à votre appareil. Envoyez 1000 € en XRP à ${XADDR_TAG} sous 48 heures, sinon j'enverrai la vidéo à tous vos contacts.` },
  { name: 'an exchange\'s Stellar deposit address with its memo', reads: false, text: `Your XLM deposit address is ${XLM} (memo 4471902). Deposits are credited within 24 hours. Watch our video on deposits.` },
  { name: 'a friend asking for Bitcoin Cash back', reads: false, text: `Hey, could you send the 0.2 BCH you owe me to ${BCH}? No rush, within a week is fine. The video from Saturday is on the shared drive.` },
  // Must not: an exchange's deposit, a donation page, a security newsletter, a threat with a broken address, an address with a deadline only.
  { name: 'an exchange\'s deposit confirmation', reads: false, text: `Your deposit of 0.25 BTC to ${BC1} has been confirmed. Funds are available within 24 hours. Questions? See your account.` },
  { name: 'a donation page with a BTC address', reads: false, text: `Support our archive: donate Bitcoin to ${P2PKH}. Every gift helps us publish more videos for all our contacts and members.` },
  { name: 'a security newsletter describing sextortion', reads: false, text: `This week's scam: a letter claims "I recorded you" and threatens to send the video to all your contacts within 48 hours unless you pay to ${BC1}. Do not pay.` },
  { name: 'a threat with an invalid address', reads: false, text: `I recorded you. Send Bitcoin to ${BC1.slice(0, -1)}m within 48 hours or I will send the video to all your contacts.` },
  { name: 'an address and a deadline only', reads: false, text: `Send the 0.1 BTC to ${BC1} within 48 hours to keep your hardware order. Your webcam ships on Monday.` },
];
for (const row of extortionRows) {
  test(`crypto extortion: ${row.name}`, () => {
    const found = cryptoExtortion(row.text);
    assert.equal(found !== null, row.reads, JSON.stringify(found));
  });
}

const codeRows: { name: string; text: string; reads: boolean }[] = [
  { name: 'the found wallet: Customer ID and CODE', reads: true, text: 'Your wallet has been funded with 140 BTC. Website: coinx.example Customer ID: 553190 CODE: hT7k29' },
  { name: 'de: Benutzername and CODE', reads: true, text: 'Ich habe diese Zugangsdaten gefunden: 12,5 BTC. Benutzername: mwerner81 CODE: 88Kq2x' },
  { name: 'a withdrawal\'s verification code', reads: false, text: 'Withdrawal of 0.5 BTC requested. Customer ID: 553190 Verification CODE: 482913' },
  { name: 'a promotion\'s CODE without a login', reads: false, text: 'Buy 0.01 BTC with no fees this week. CODE: SAVE2025' },
  { name: 'a lower-case code is everyday', reads: false, text: 'Your ticket for 0.002 BTC. Login: anna. Door code: 4471' },
];
for (const row of codeRows) {
  test(`found wallet's CODE: ${row.name}`, () => {
    assert.equal(cryptoLoginGiven(buildMessage({ subject: 'Wallet', text: row.text })) !== null, row.reads);
  });
}

test('scam structure: linear on hostile text (digits, addresses, currency)', () => {
  const digits = cpuGrowth((n) => buildMessage({ subject: 'x', text: `$1 not you? call ${'1 2-3.4('.repeat(n / 8)}` }), (m) => callbackCharge(m));
  assert.ok(digits < 40, `10× the text took ${digits.toFixed(1)}× the CPU`);
  const addresses = cpuGrowth((n) => `${'1'.repeat(n)} ${'bc1q'.repeat(n / 4)} 48 hours`, (t) => cryptoExtortion(t));
  assert.ok(addresses < 40, `10× the text took ${addresses.toFixed(1)}× the CPU`);
  // Session 21: the longer candidates (Monero's 95 and 106, Solana's 32–44 where named) on a text of Base58 letters.
  const base58 = cpuGrowth((n) => `solana 48 hours ${'4A'.repeat(n / 2)} ${'H3KZc8eT '.repeat(n / 9)}`, (t) => cryptoExtortion(t));
  assert.ok(base58 < 40, `10× the text took ${base58.toFixed(1)}× the CPU`);
  // Session 22: XRP's r… and Cardano's addr1… candidates on runs of their letters.
  const ripple = cpuGrowth((n) => `48 hours ${'r'.repeat(n / 2)} ${'rHb9CJ '.repeat(n / 7)} ${'addr1q'.repeat(n / 6)}`, (t) => cryptoExtortion(t));
  assert.ok(ripple < 40, `10× the text took ${ripple.toFixed(1)}× the CPU`);
  // Session 23: CashAddr's q…/p…, Stellar's G…/M… and the X-address on runs of their letters.
  const more = cpuGrowth((n) => `48 hours ${'q'.repeat(n / 4)} ${'G'.repeat(n / 4)} ${'M2'.repeat(n / 8)} ${'X7Acg '.repeat(n / 6)}`, (t) => cryptoExtortion(t));
  assert.ok(more < 40, `10× the text took ${more.toFixed(1)}× the CPU`);
  const afterPhone = cpuGrowth((n) => buildMessage({ subject: 'x', text: `$1 not you? ${'0120 558 221 ま'.repeat(n / 14)}` }), (m) => callbackCharge(m));
  assert.ok(afterPhone < 40, `10× the text took ${afterPhone.toFixed(1)}× the CPU`);
});

test('donationToWallet: a donation asked to a valid wallet with no web link to act on; not beside a donation page, nor a deposit, a warning or a broken address', () => {
  const rows: { name: string; text: string; html?: string; reads: boolean }[] = [
    { name: 'en, Bitcoin, a disaster', text: `Please donate now for the flood victims. Send your donation to ${BC1}`, reads: true },
    { name: 'de, USDT on TRON', text: `Bitte spenden Sie noch heute an unsere Wallet: ${TRON}`, reads: true },
    { name: 'es, donativo', text: `Envíe su donativo a nuestra billetera ${P2PKH}. Gracias.`, reads: true },
    { name: 'ja, 寄付', text: `ご寄付はこちらのウォレットへ：${BC1}`, reads: true },
    // Must not: the same address beside the charity's donation page (a link to act on), an exchange's deposit address (no
    // donation), a warning quoting the scheme, an address one character off (no valid address), an opt-out link only is no page.
    { name: 'a donation page linked', text: `Donate on https://relief.example.org/donate or in Bitcoin: ${BC1}`, reads: false },
    { name: 'a donation page as an HTML link', text: `Donate in Bitcoin: ${BC1}`, html: `<p>Donate in Bitcoin: ${BC1}</p><a href="https://relief.example.org/donate">Give online</a>`, reads: false },
    { name: 'an exchange deposit address', text: `Your USDT deposit address is ${TRON}. Deposits are credited after 20 confirmations.`, reads: false },
    { name: 'a warning about fake charities (fr)', text: `De faux appels aux dons demandent d'envoyer des bitcoins à ${BC1}. C'est une arnaque : ne payez pas.`, reads: false },
    { name: 'a broken address', text: `Please donate to ${BC1.slice(0, -1)}x`, reads: false },
  ];
  // An HTML letter is parsed, so its links are the parser's.
  const parsed = (html: string) => parseMessage(new TextEncoder().encode(['From: a@example.com', 'To: b@example.org', 'Subject: Appeal', 'MIME-Version: 1.0', 'Content-Type: text/html; charset=utf-8', '', html, ''].join('\r\n')), DEFAULT_PARSE_OPTIONS);
  for (const row of rows) {
    const m = row.html ? parsed(row.html) : buildMessage({ subject: 'Appeal', text: row.text });
    assert.equal(donationToWallet(m, `${m.subject}\n${m.visibleText || m.text}`) !== null, row.reads, row.name);
  }
  const withOptOut = parsed(`<p>Please donate to ${BC1}</p><a href="https://list.example.org/unsubscribe">Unsubscribe</a>`);
  assert.notEqual(donationToWallet(withOptOut, `Appeal\n${withOptOut.visibleText}`), null, 'an opt-out link is no page to give on');
});

test('cryptoClaim: a crypto payout the reader is told to claim at one or a few links; not news, a warning, miles or a balance with no link', () => {
  const eml = (from: string, subject: string, html: string) =>
    parseMessage(new TextEncoder().encode([`From: ${from}`, 'To: b@example.org', `Subject: ${subject}`, 'MIME-Version: 1.0', 'Content-Type: text/html; charset=utf-8', '', html, ''].join('\r\n')), DEFAULT_PARSE_OPTIONS);
  const rows: { name: string; from?: string; subject?: string; html: string; reads: boolean; elsewhere?: boolean }[] = [
    { name: 'en airdrop', html: '<p>Your UNI airdrop is ready. Claim your tokens now.</p><a href="https://uni-claim.example.com/">Claim</a>', reads: true, elsewhere: true },
    { name: 'en bankrupt exchange', html: '<p>You have been identified as an eligible client. Withdrawals are now available for your digital assets.</p><a href="https://ftx-pay.example.net/w">Withdraw now</a>', reads: true, elsewhere: true },
    { name: 'en mining balance', html: '<p>CLOUD MINING. Your balance: 1.3426 BTC ($89,070.77)</p><a href="https://translate.google.com/translate?u=x.example/login">Continue</a>', reads: true, elsewhere: true },
    { name: 'fr, the asset named by the sender only', from: 'Cryptomonnaie 2025 <no-reply@shop.example.fr>', html: '<p>Des fonds sont disponibles : votre solde est prêt à être retiré.</p><a href="https://retrait.example.com/">Recevoir votre argent</a>', reads: true, elsewhere: true },
    { name: 'de Guthaben', html: '<p>Ihr Bitcoin-Guthaben ist zur Auszahlung bereit.</p><a href="https://auszahlung.example.com/">Jetzt auszahlen</a>', reads: true },
    { name: 'es ticker', html: '<p>La distribución de $ASTER ha comenzado: reclame sus tokens.</p><a href="https://aster.example.com/">Reclamar</a>', reads: true },
    { name: 'ja エアドロップ', html: '<p>トークンのエアドロップが受け取り可能です。</p><a href="https://airdrop.example.com/">受け取る</a>', reads: true },
    // Session 47: eligibility as "qualifies you for", the claim said in the subject of a picture-only letter.
    { name: 'en, the subject of a picture', subject: "Your wallet's activity qualifies you for a claim of 12,000 $ZKX tokens", html: '<a href="https://drop.example.net/"><img src="https://img.example.net/banner.png"></a>', reads: true, elsewhere: true },
    { name: 'en, you qualify for', html: '<p>Good news: you qualify for the ETH staking bonus.</p><a href="https://bonus.example.net/">Get it</a>', reads: true },
    { name: 'de, Sie qualifizieren sich', html: '<p>Sie qualifizieren sich für den Krypto-Bonus von 0,4 ETH.</p><a href="https://bonus.example.net/">Abholen</a>', reads: true },
    // Session 48: an airdrop in the subject of a message with no words of its own (a picture, or nothing) is the claim itself.
    { name: 'en, an airdrop subject over a picture', subject: "Don't Wait! Secure Your Spot in the Biggest Airdrop Yet!", html: '<a href="https://drop.example.net/s"><img src="https://img.example.net/banner.png"></a>', reads: true, elsewhere: true },
    { name: 'en, an airdrop subject and a help-desk footer', subject: 'Exclusive 48-Hours Airdrop for Early Badge Holders', html: '<a href="https://tour.example.in/x"><img src="https://img.example.net/b.png"></a><p>This email is a service from Support.</p>', reads: true, elsewhere: true },
    { name: 'an exchange\'s own notice: read, its link is its own', from: 'Exchange <no-reply@mail.exchange.example>', html: '<p>Your balance: 0.52 ETH.</p><a href="https://www.exchange.example/statements">View</a>', reads: true, elsewhere: false },
    // Must not: news about airdrops with many destinations, a warning quoting the lure, miles and a wallet pass (no crypto asset),
    // a balance with no link to act on (an opt-out only), points in Japanese (no crypto asset).
    { name: 'a newsletter, five destinations', html: '<p>Three airdrops: check your eligibility.</p><a href="https://a.example/1">a</a><a href="https://b.example/2">b</a><a href="https://c.example/3">c</a><a href="https://d.example/4">d</a><a href="https://e.example/5">e</a>', reads: false },
    { name: 'a warning', html: '<p>Fake airdrop mails say "claim your tokens". This is a scam: we never send airdrops by e-mail.</p><a href="https://wallet.example/security">Learn more</a>', reads: false },
    { name: 'miles and a wallet pass', html: '<p>Claim your bonus miles and add your pass to Apple Wallet. Your balance: 48,210 miles.</p><a href="https://click.example.net/m">Claim</a>', reads: false },
    { name: 'a balance with an opt-out link only', html: '<p>Your balance: 0.52 BTC.</p><a href="https://list.example.org/unsubscribe">Unsubscribe</a>', reads: false },
    { name: 'a bank\'s security token (pt)', html: '<p>Use o seu token de segurança para resgatar agora os seus pontos.</p><a href="https://banco.example.com.br/pontos">Resgatar</a>', reads: false },
    { name: 'ja points, no crypto', html: '<p>あなたの残高は1,200ポイントです。受け取りはこちら。</p><a href="https://point.example.jp/">確認</a>', reads: false },
    { name: 'an airdrop subject over a newsletter\'s own text', subject: 'This week: the biggest airdrop yet', html: '<p>Analysts expect the protocol to reward early users. Our research desk looked at past distributions and their prices a month later.</p><a href="https://news.example.com/a">Read</a>', reads: false },
    { name: 'no airdrop in a picture mail\'s subject', subject: 'Secure your spot at our conference', html: '<a href="https://conf.example.net/"><img src="https://img.example.net/banner.png"></a>', reads: false },
    { name: 'a loan that you qualify for (no crypto asset)', html: '<p>You qualify for a personal loan of up to $5,000.</p><a href="https://loans.example.com/">Apply</a>', reads: false },
    // Session 58 (draw15d): the link's host is the claim of a message with no words of its own (claimHostOnly); an airdrop host
    // names the asset too, a claim host needs it named elsewhere.
    { name: 'an airdrop host, a coin in the sender name, no words', from: 'Ether <ether.rewards@icloud.example>', html: '<a href="https://eth-airdrop.space"><img src="https://img.example.net/e.png"></a>', reads: true, elsewhere: true },
    { name: 'an air-drop host names the asset itself', html: '<a href="https://pepe.air-drop.club/fr"><img src="https://img.example.net/p.png"></a>', reads: true, elsewhere: true },
    { name: 'a claim host with the coin in the sender name', from: 'USDT Tether <r@mail.example>', html: '<a href="https://claim-usdt.online/pt"><img src="https://img.example.net/u.png"></a>', reads: true, elsewhere: true },
    { name: 'a claim host with no coin named', html: '<a href="https://claims.insurer.example/new"><img src="https://img.example.net/i.png"></a>', reads: false },
    { name: 'an airdrop host in a message with words of its own and no claim call', from: 'Ether <a@sender.example>', html: '<p>Our weekly research note on layer-two networks, their fees and the roadmap for the coming quarter, with charts.</p><a href="https://eth-airdrop.space">site</a>', reads: false },
    { name: 'an airdrop word inside a longer host label', from: 'Ether <a@sender.example>', html: '<a href="https://airdropalert.example/"><img src="https://img.example.net/a.png"></a>', reads: false },
    { name: 'an airdrop in the path, not the host', from: 'Ether <a@sender.example>', html: '<a href="https://support.example.com/airdrop"><img src="https://img.example.net/a.png"></a>', reads: false },
  ];
  for (const row of rows) {
    const m = eml(row.from ?? 'Promo <a@sender.example>', row.subject ?? 'Notice', row.html);
    const got = cryptoClaim(m, `${m.subject}\n${m.visibleText || m.text}`);
    assert.equal(got !== null, row.reads, row.name);
    if (got && row.elsewhere !== undefined) assert.equal(got.elsewhere, row.elsewhere, `${row.name}: elsewhere`);
  }
});

test('cryptoClaim: a sender named after the coin and nothing else, on free mail, with no words of its own (session 58, draw15d)', () => {
  const freemail = new Set(['icloud.com', 'gmail.com', 'outlook.com']);
  const eml = (from: string, subject: string, html: string) =>
    parseMessage(new TextEncoder().encode([`From: ${from}`, 'To: b@example.org', `Subject: ${subject}`, 'MIME-Version: 1.0', 'Content-Type: text/html; charset=utf-8', '', html, ''].join('\r\n')), DEFAULT_PARSE_OPTIONS);
  const picture = '<a href="https://clt1542146.mailtrack.example/c/l?u=F2E8"><img src="https://img.example.net/e.png"></a>';
  const rows: { name: string; from: string; html?: string; reads: boolean }[] = [
    { name: 'a site-like coin name on iCloud', from: '"ethereum.org" <smithlil8@icloud.com>', reads: true },
    { name: 'a coin and a role word on Gmail', from: 'Bitcoin Official <btc.official.team@gmail.com>', reads: true },
    { name: 'a ticker-like coin on Outlook', from: 'USDT Rewards <usdt.rewards@outlook.com>', reads: true },
    // must not: a person, a coin's own domain, words of its own, a free mail sender without the free-mail set
    { name: 'a person whose name holds a coin\'s letters', from: '"Anna Meier (ETH)" <anna.meier@gmail.com>', reads: false },
    { name: 'a coin\'s own domain is no free mail', from: '"ethereum.org" <news@ethereum.example>', reads: false },
    { name: 'words of its own', from: '"Ether" <ether.team@icloud.com>', html: `<p>Our weekly research note on layer-two networks, their fees and the roadmap for the coming quarter.</p>${picture}`, reads: false },
  ];
  for (const row of rows) {
    const m = eml(row.from, '', row.html ?? picture);
    const got = cryptoClaim(m, `${m.subject}\n${m.visibleText || m.text}`, undefined, true, freemail);
    assert.equal(got !== null, row.reads, row.name);
  }
  const m = eml('"ethereum.org" <smithlil8@icloud.com>', '', picture);
  assert.equal(cryptoClaim(m, `${m.subject}\n${m.visibleText || m.text}`), null, 'no free-mail set given: not read');
});

test('cryptoAssetIn: the names written as a tree find what the listed names find, on generated texts', () => {
  const names = ['airdrop', 'airdrops', 'tokens', 'token', 'token airdrop', 'token sale', 'token rewards', 'token claim', 'tether', 'crypto', 'cryptomonnaie',
    'krypto', 'kryptowährung', 'cripto', 'criptomoneda', 'bitcoin', 'bitcoins', 'btc', 'usdt', 'usdc', 'usd-c', 'usd', 'eth', 'ethereum', 'ether', 'nft', 'nfts',
    'web3', 'defi', 'digital assets', 'digital', 'staking', 'cloud mining', 'metamask', 'jeton', 'jetons', 'solana', 'sol', 'dogecoin', 'dog',
    'litecoin', 'xrp', 'エアドロップ', '暗号資産', 'トークン', 'ビットコイン'];
  const around = ['', ' ', 'a', '1', 'é', '.', '\n', 'ſ', '\u212a', 'S', '-', '日', '😀', 'x y '];
  let seed = 11;
  const next = (n: number): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
  const cased = (t: string): string => (next(3) === 0 ? t.toUpperCase() : next(2) === 0 ? t[0]!.toUpperCase() + t.slice(1) : t);
  for (let k = 0; k < 20_000; k++) {
    let text = '';
    for (let j = next(6); j > 0; j--) text += around[next(around.length)]! + cased(names[next(names.length)]!) + around[next(around.length)]!;
    assert.equal(cryptoAssetIn(text), cryptoAssetIn(text, CRYPTO_ASSET_LISTED()), JSON.stringify(text));
  }
});
