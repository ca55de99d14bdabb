import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ids, mail, trusted } from '../../test-support/classifier-free-scan.js';
import { cryptoDoubling } from './scam-structure.js';

/**
 * Session 51 (issue 17, helper scam51): the giveaway that sends back double (scam-structure.ts cryptoDoubling,
 * CONTENT_CRYPTO_DOUBLING) — in words other than the term rows' fixed phrases. Letters written for the test.
 */
const ETH = '0x742d35Cc6634C0532925a3b844Bc454e4438f44e';
const BTC = 'bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh';
const LURES: [string, string][] = [
  ['en', `Celebrating 10 years! Transfer from 0.2 to 30 ETH to ${ETH} and we will send you twice the amount within an hour.`],
  ['de', `Zum Jubiläum: Sende 0,1 bis 10 BTC an ${BTC} und du bekommst sofort das Doppelte zurück.`],
  ['fr', `Pour fêter notre anniversaire, envoyez entre 0,1 et 10 ETH à ${ETH} : vous recevrez immédiatement le double.`],
  ['es', `Envíe de 0,1 a 10 BTC a ${BTC} y recibirá al instante el doble en su billetera.`],
  ['pt', `Envie de 0,1 a 20 ETH para ${ETH} e receba o dobro em poucos minutos.`],
  ['it', `Invia da 0,1 a 10 BTC a ${BTC} e riceverai subito il doppio.`],
  ['nl', `Stuur 0,1 tot 10 ETH naar ${ETH} en je ontvangt direct het dubbele terug.`],
  ['ja', `記念イベント：${ETH} に0.1〜10 ETHを送金すると、2倍にしてお返しします。`],
];
for (const [lang, text] of LURES) {
  test(`crypto doubling (${lang}) → CONTENT_CRYPTO_DOUBLING, flagged`, async () => {
    const r = await trusted.scan({ source: 'crypto-doubling.test', raw: mail('Crypto Event <crypto.event.team@gmail.com>', 'Event', `<html><body><p>${text}</p></body></html>`) });
    assert.ok(ids(r).includes('CONTENT_CRYPTO_DOUBLING'), ids(r).join(', '));
    assert.notEqual(r.verdict, 'clean', `${r.score}: ${ids(r).join(', ')}`);
  });
}

const MUST_NOT: [string, string][] = [
  ['a charity: every donation doubled by a sponsor', `Donate to ${BTC}: every gift received this week is doubled by our sponsor.`],
  ['a newsletter: the price may double, tips to an address', `Analysts think bitcoin could double this year. Tips welcome at ${BTC}.`],
  ['a warning quoting the scam', `Scam alert: fraudsters say "send 1 ETH to ${ETH} and receive double back". Do not pay.`],
];
for (const [why, text] of MUST_NOT) {
  test(`crypto doubling must not: ${why}`, () => {
    assert.equal(cryptoDoubling(text), null);
  });
}
