import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dmarcPass, ids, mail, scanner, trusted } from '../../test-support/classifier-free-scan.js';

/**
 * Session 29: the phishing composites rest on the sender's and the links' evidence, not on the classifier's spam vote (the
 * model learnt from modern renderings of its ham no longer reads modern HTML mail as spam). The classifier is switched off
 * here, so that each row shows what the rules decide alone: rows that fire, and must-not rows of everyday mail.
 */
const PARCEL_HTML = '<p>Your parcel could not be delivered. Please verify your account and confirm your address to schedule a new delivery.</p><p><a href="https://parcel-desk.example/track/8812">Schedule delivery</a></p>';
const RESET_HTML = '<p>We received a request to reset the password of your account. Please verify your account to continue.</p><p><a href="https://sender.example/reset?t=1">Reset password</a></p>';

const rows: { name: string; raw: Uint8Array; auth?: boolean; expected: string[]; forbidden: string[] }[] = [
  // Fire: the notice's sender is not the account holder by the envelope or the way it is written.
  { name: 'a parcel notice under a sender name spelt with spread letters', raw: mail('E n t r e g a fallida <info.x@mailer.example>', 'Paquete pendiente de entrega', PARCEL_HTML), expected: ['CONTENT_WORDS_JOINED', 'PHISH_NOTICE_LURE'], forbidden: [] },
  { name: 'an account notice whose only link is shortened', raw: mail('Support <info@knitting-shop.example>', 'Someone tried to log in to your account', '<p>Secure your account now.</p><p><a href="https://bit.ly/41wiPPt">Secure account</a></p>'), expected: ['PHISH_NOTICE_LURE'], forbidden: [] },
  { name: 'credential words from an app host', raw: mail('Mail Admin <noreply@mailbox-team-4471.web.app>', 'Mailbox storage', '<p>Your mailbox will stop sending and receiving messages. Verify your account to restore access.</p><p><a href="https://mailbox-team-4471.web.app/v">Verify</a></p>'), expected: ['PHISH_CREDENTIAL_LURE_UNWANTED'], forbidden: [] },
  { name: 'a brand\'s name on a sender of another domain, links elsewhere', raw: mail('DHL <hi@soltv.example>', 'Planen Sie Ihre Lieferung', '<p>Ihre Sendung ist unterwegs.</p><p><a href="https://track.vitality.example/x">Lieferung planen</a></p>'), expected: ['FROM_BRAND_DISPLAY_NAME', 'PHISH_BRAND_NAME_UNANSWERED'], forbidden: [] },
  { name: 'a picture over text hidden from the reader', raw: mail('Offers <news@promo.example>', 'See what everyone is whispering about', `<a href="https://promo.example/go"><img src="https://img.example/banner.png" width="600" height="800"></a><div style="display:none">${'energy stocks future growth dividends market report weekly news summary '.repeat(4)}</div>`), expected: ['CONTENT_IMAGE_LURE', 'CONTENT_IMAGE_LURE_HIDDEN_TEXT'], forbidden: [] },
  // Must not: the holder's own notice, a person's mail, a shop that answers for its own name.
  { name: 'a password reset whose every link is the sender\'s own (no result known)', raw: mail('Sender <noreply@sender.example>', 'Please reset your password', RESET_HTML), expected: ['FROM_OWN_LINKS_ONLY'], forbidden: ['PHISH_NOTICE_LURE', 'PHISH_CREDENTIAL_LURE_UNWANTED'] },
  { name: 'a parcel notice from a sender whose domain passes DMARC', raw: mail('Parcel Desk <notify@parcel-desk.example>', 'Your parcel could not be delivered', PARCEL_HTML, dmarcPass('parcel-desk.example')), auth: true, expected: ['AUTH_DMARC_PASS'], forbidden: ['PHISH_NOTICE_LURE', 'PHISH_CREDENTIAL_LURE_UNWANTED'] },
  { name: 'a friend from free mail asking how to verify an account', raw: mail('Jo Smith <jo.smith@gmail.com>', 'Re: the new router', '<p>I got a mail asking me to verify your account details for the club site; is that you? I did not confirm my password.</p>'), expected: [], forbidden: ['PHISH_CREDENTIAL_LURE_UNWANTED', 'PHISH_NOTICE_LURE'] },
  { name: 'a shop naming the courier, DMARC-authenticated as itself', raw: mail('DHL Versand <versand@shop.example>', 'Ihre Bestellung ist unterwegs', '<p>Ihre Sendung ist unterwegs.</p><p><a href="https://www.dhl.de/track?x=1">Sendung verfolgen</a></p>', dmarcPass('shop.example')), auth: true, expected: [], forbidden: ['PHISH_BRAND_NAME_UNANSWERED'] },
  { name: 'a newsletter picture with no hidden text', raw: mail('Shop <news@shop.example>', 'Spring sale', '<a href="https://shop.example/sale"><img src="https://shop.example/banner.png" width="600" height="800"></a>'), expected: [], forbidden: ['CONTENT_IMAGE_LURE_HIDDEN_TEXT'] },
  { name: 'ja: お届け通知 from a sender whose every link is its own', raw: mail('配送センター <info@haisou.example>', 'お荷物のお届けについて', '<p>お荷物の配達に失敗しました。アカウントを確認してください。</p><p><a href="https://haisou.example/r">再配達</a></p>'), expected: [], forbidden: ['PHISH_NOTICE_LURE', 'PHISH_CREDENTIAL_LURE_UNWANTED'] },
];

for (const row of rows) {
  test(`classifier-free phishing composites: ${row.name}`, async () => {
    const r = await (row.auth ? trusted : scanner).scan({ raw: row.raw, source: 'row.eml' });
    const found = ids(r);
    for (const id of row.expected) assert.ok(found.includes(id), `${id} expected in ${found.join(', ')}`);
    for (const id of row.forbidden) assert.ok(!found.includes(id), `${id} not expected in ${found.join(', ')}`);
  });
}
