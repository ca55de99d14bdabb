import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ownSubject } from './own-words.js';

test('ownSubject: a forward prefix then the attached letter\'s own subject leaves the prefix (en, de, fr, es, ja, nested)', () => {
  const cases: [string, string, string][] = [
    // [outer subject, attached letter's subject, the sender's own subject]
    ['Fwd: Your easyJet booking confirmation EJY7QK2', 'Your easyJet booking confirmation EJY7QK2', 'Fwd:'],
    ['FW: Your Apple receipt', 'Your Apple receipt', 'FW:'],
    ['fwd:   your  APPLE receipt', 'Your Apple receipt', 'fwd:'],
    ['WG: Ihre Fahrkarte der Deutschen Bahn', 'Ihre Fahrkarte der Deutschen Bahn', 'WG:'],
    ['TR: Votre colis La Poste est en route', 'Votre colis La Poste est en route', 'TR:'],
    ['RV: Confirmación de tu reserva en Booking.com', 'Confirmación de tu reserva en Booking.com', 'RV:'],
    ['転送: 【楽天市場】注文内容ご確認', '【楽天市場】注文内容ご確認', '転送:'],
    ['転送：Amazon.co.jp ご注文の確認', 'Amazon.co.jp ご注文の確認', '転送：'],
    ['Fwd: WG: Rechnung von Vodafone', 'WG: Rechnung von Vodafone', 'Fwd:'],
    ['Fwd: WG: Rechnung von Vodafone', 'Rechnung von Vodafone', 'Fwd: WG:'],
  ];
  for (const [subject, attached, own] of cases) assert.equal(ownSubject(subject, attached), own, subject);
});

test('ownSubject: words the sender wrote stay the sender\'s (must-not: en, de, fr, ja)', () => {
  const cases: [string, string][] = [
    ['Fwd: PayPal says my account is limited?', 'Your account has been limited'],
    ['PayPal: your account has been limited', 'PayPal: your account has been limited'],
    ['Sparkasse: Ihr Konto wurde gesperrt', 'Ihr Konto wurde gesperrt'],
    ['TR: Votre colis La Poste (regarde ça)', 'Votre colis La Poste'],
    ['転送: 三井住友カードから', '【重要】カードのご利用を一時停止しました'],
    ['Fwd:', ''],
    ['Re: Your Apple receipt', 'Your Apple receipt'],
  ];
  for (const [subject, attached] of cases) assert.equal(ownSubject(subject, attached), subject, subject);
});
