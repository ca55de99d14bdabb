import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dmarcPass, ids, mail, scanner, trusted } from '../../test-support/classifier-free-scan.js';
import { htmlEml } from '../../test-support/html-eml.js';

/**
 * Session 29: the phishing composites rest on the sender's and the links' evidence, not on the classifier's spam vote (the
 * model learnt from modern renderings of its ham no longer reads modern HTML mail as spam). The classifier is switched off
 * here, so that each row shows what the rules decide alone: rows that fire, and must-not rows of everyday mail.
 */
const PARCEL_HTML = '<p>Your parcel could not be delivered. Please verify your account and confirm your address to schedule a new delivery.</p><p><a href="https://parcel-desk.example/track/8812">Schedule delivery</a></p>';
const RESET_HTML = '<p>We received a request to reset the password of your account. Please verify your account to continue.</p><p><a href="https://sender.example/reset?t=1">Reset password</a></p>';

/** mail() with its own To line: a message addressed to its sender (HDR_TO_SELF). */
function mailTo(from: string, to: string, subject: string, html: string, extra: readonly string[] = []): Uint8Array {
  const received = 'Received: from out.sender.example (out.sender.example [203.0.113.9]) by mx.reader.example; Mon, 2 Jun 2025 07:59:00 +0000';
  return htmlEml([...extra, received, `From: ${from}`, `To: ${to}`, `Subject: ${subject}`, 'Date: Mon, 2 Jun 2025 07:58:00 +0000', `Message-ID: <m.${subject.length}@sender.example>`], html);
}

const rows: { name: string; raw: Uint8Array; auth?: boolean; expected: string[]; forbidden: string[] }[] = [
  // Fire: the notice's sender is not the account holder by the envelope or the way it is written.
  { name: 'a parcel notice under a sender name spelt with spread letters', raw: mail('E n t r e g a fallida <info.x@mailer.example>', 'Paquete pendiente de entrega', PARCEL_HTML), expected: ['CONTENT_WORDS_JOINED', 'PHISH_NOTICE_LURE'], forbidden: [] },
  { name: 'an account notice whose only link is shortened', raw: mail('Support <info@knitting-shop.example>', 'Someone tried to log in to your account', '<p>Secure your account now.</p><p><a href="https://bit.ly/41wiPPt">Secure account</a></p>'), expected: ['PHISH_NOTICE_LURE'], forbidden: [] },
  { name: 'credential words from an app host', raw: mail('Mail Admin <noreply@mailbox-team-4471.web.app>', 'Mailbox storage', '<p>Your mailbox will stop sending and receiving messages. Verify your account to restore access.</p><p><a href="https://mailbox-team-4471.web.app/v">Verify</a></p>'), expected: ['PHISH_CREDENTIAL_LURE_UNWANTED'], forbidden: [] },
  { name: 'a brand\'s name on a sender of another domain, links elsewhere', raw: mail('DHL <hi@soltv.example>', 'Planen Sie Ihre Lieferung', '<p>Ihre Sendung ist unterwegs.</p><p><a href="https://track.vitality.example/x">Lieferung planen</a></p>'), expected: ['FROM_BRAND_DISPLAY_NAME', 'PHISH_BRAND_NAME_UNANSWERED'], forbidden: [] },
  { name: 'a picture over text hidden from the reader', raw: mail('Offers <news@promo.example>', 'See what everyone is whispering about', `<a href="https://promo.example/go"><img src="https://img.example/banner.png" width="600" height="800"></a><div style="display:none">${'energy stocks future growth dividends market report weekly news summary '.repeat(4)}</div>`), expected: ['CONTENT_IMAGE_LURE', 'CONTENT_IMAGE_LURE_HIDDEN_TEXT'], forbidden: [] },
  { name: 'a picture and a link from free mail', raw: mail('Rewards <promo.desk.4471@gmail.com>', 'Notifications#7643', '<a href="https://offer-page.example/go"><img src="https://img.example/banner.png" width="600" height="800"></a>'), expected: ['CONTENT_IMAGE_LURE', 'CONTENT_IMAGE_LURE_NO_OWN_DOMAIN'], forbidden: [] },
  { name: 'a picture and a link under a display name showing another domain', raw: mail('"wallet-site.org" <smith.k8@mailer.example>', '', '<a href="https://claim-page.example/x"><img src="https://img.example/drop.png" width="600" height="800"></a>'), expected: ['FROM_DISPLAY_NAME_DOMAIN_MISMATCH', 'CONTENT_IMAGE_LURE_NO_OWN_DOMAIN'], forbidden: [] },
  { name: 'a picture and a link from an app host\'s subdomain', raw: mail('Offers <noreply@deals-4471.web.app>', 'Today only', '<a href="https://deals-4471.web.app/go"><img src="https://img.example/banner.png" width="600" height="800"></a>'), expected: ['FROM_TENANT_HOST', 'CONTENT_IMAGE_LURE_NO_OWN_DOMAIN'], forbidden: [] },
  { name: 'a security alert from an app host, answered at free mail', raw: mail('Sicherheitswarnung <noreply@kelvo-542cb.firebaseapp.com>', 'Ihr Gerät ist in Gefahr', '<p>Bedrohungen auf Ihrem System erkannt.</p><p><a href="https://scan-page.example/de">Jetzt scannen</a></p>', ['Reply-To: alert.desk26@gmail.com']), expected: ['FROM_TENANT_HOST', 'CONTENT_TENANT_HOST_THROWAWAY'], forbidden: [] },
  { name: 'an app host\'s sender linking to a page in cloud storage', raw: mail('Art & Fenêtre <noreply@qtn-app-649908.firebaseapp.com>', 'Votre devis', '<p>Découvrez nos fenêtres.</p><p><a href="https://storage.googleapis.com/isk-pure-dev-536940/index.html#cl">Voir</a></p>'), expected: ['FROM_TENANT_HOST', 'URL_HOSTED_PAGE', 'CONTENT_TENANT_HOST_THROWAWAY'], forbidden: [] },
  { name: 'an investment pitch from a WorkMail organisation\'s default domain', raw: mail('Energy Invest <desk@ptf-invest-88.awsapps.com>', 'Earn from energy', '<p>Invest 250 EUR today.</p><p><a href="https://energy-returns.example/start">Start</a></p>'), expected: ['FROM_TENANT_HOST'], forbidden: [] },
  { name: 'a Firebase app\'s own address check, linking to its own project', raw: mail('Quiz Club <noreply@quiz-club-5521.firebaseapp.com>', 'Verify your email for Quiz Club', '<p>Follow this link to verify your email address.</p><p><a href="https://quiz-club-5521.firebaseapp.com/__/auth/action?mode=verifyEmail&oobCode=x1">Verify</a></p>'), expected: ['FROM_TENANT_HOST'], forbidden: ['CONTENT_TENANT_HOST_THROWAWAY'] },
  { name: 'an announcement to the sender alone, answers to the sender', raw: mailTo('Club Secretary <secretary@club.example>', 'secretary@club.example', 'AGM on Friday', '<p>The AGM is on Friday at 8pm in the hall. Reply to this mail to send apologies.</p>'), expected: ['HDR_TO_SELF'], forbidden: ['CONTENT_ADDRESS_ELSEWHERE', 'CONTENT_SELF_ADDRESSED_ELSEWHERE'] },
  { name: 'a list\'s post addressed to its sender, a free-mail address in the text', raw: mailTo('Loren C <lc@rr.example>', 'lc@rr.example', '[teana] Ray Wallace', '<p>Write to me at loren.c@yahoo.com about the talk.</p>', ['List-Id: <teana.yahoogroups.com>']), expected: [], forbidden: ['CONTENT_SELF_ADDRESSED_ELSEWHERE'] },
  { name: 'a reply in a thread with a free-mail address, not addressed to the sender', raw: mail('Ana Dias <ana.dias@ministry.example>', 'RE: contacts', '<p>Her private address is maria.r@gmail.com.</p>', ['In-Reply-To: <a1@ministry.example>']), expected: [], forbidden: ['CONTENT_ADDRESS_ELSEWHERE', 'CONTENT_SELF_ADDRESSED_ELSEWHERE'] },
  { name: 'a person on free mail naming a brand in the subject', raw: mail('Jo Smith <jo.smith@gmail.com>', 'My KuCoin account question', '<p>Did you ever get your KuCoin withdrawal sorted? Mine took three days.</p>'), expected: [], forbidden: ['CONTENT_ORGANISATION_FREEMAIL_BRAND'] },
  { name: 'a friend\'s photo from free mail, no link', raw: mail('Jo Smith <jo.smith@gmail.com>', 'Photos from Sunday', '<p>Here!</p><img src="https://lh3.googleusercontent.com/p/abc.jpg" width="600" height="800">'), expected: [], forbidden: ['CONTENT_IMAGE_LURE', 'CONTENT_IMAGE_LURE_NO_OWN_DOMAIN'] },
  { name: 'a borrowed mailbox to itself, answers at a free-mail Reply-To', raw: mailTo('BAUDOUIN Aurélien <a.baudouin@agglo.example>', 'BAUDOUIN Aurélien <a.baudouin@agglo.example>', 'RE: FYI GRANT.', '<p>Humanitarian Cash Grant. Can We Talk</p>', ['Reply-To: mrs.lery30@gmail.com']), expected: ['HDR_TO_SELF', 'CONTENT_SELF_ADDRESSED_ELSEWHERE'], forbidden: [] },
  { name: 'a borrowed mailbox replying to itself, a free-mail address in the text', raw: mailTo('Alexandra Dias <alexandra.dias@ministry.example>', 'alexandra.dias@ministry.example', 'RE: APPROVED', '<p>SEND YOUR NAME TO THIS EMAIL ( pro.bett833@gmail.com ) FOR CLAIMS</p>', ['In-Reply-To: <a1@srvexch.ministry.example>', 'References: <a1@srvexch.ministry.example>']), expected: ['HDR_TO_SELF', 'CONTENT_ADDRESS_ELSEWHERE', 'CONTENT_SELF_ADDRESSED_ELSEWHERE'], forbidden: [] },
  { name: 'an organisation\'s name on a free-mail account, a brand\'s sign-off', raw: mail('Rewards Hub <matt.bradt3@gmail.com>', 'Welcome Bonus: Earn Up to 8,200 USDT!', '<p>Claim your newcomer bonus today.</p><p><a href="https://stem-girls.example/ssl/">Sign Up and Earn Your Rewards</a></p><p>The KuCoin Team</p>'), expected: ['FROM_ORGANISATION_UNRELATED', 'FROM_BRAND_SUBJECT', 'CONTENT_ORGANISATION_FREEMAIL_BRAND'], forbidden: [] },
  // Must not: the holder's own notice, a person's mail, a shop that answers for its own name.
  { name: 'a password reset whose every link is the sender\'s own (no result known)', raw: mail('Sender <noreply@sender.example>', 'Please reset your password', RESET_HTML), expected: ['FROM_OWN_LINKS_ONLY'], forbidden: ['PHISH_NOTICE_LURE', 'PHISH_CREDENTIAL_LURE_UNWANTED'] },
  { name: 'a parcel notice from a sender whose domain passes DMARC', raw: mail('Parcel Desk <notify@parcel-desk.example>', 'Your parcel could not be delivered', PARCEL_HTML, dmarcPass('parcel-desk.example')), auth: true, expected: ['AUTH_DMARC_PASS'], forbidden: ['PHISH_NOTICE_LURE', 'PHISH_CREDENTIAL_LURE_UNWANTED'] },
  { name: 'a friend from free mail asking how to verify an account', raw: mail('Jo Smith <jo.smith@gmail.com>', 'Re: the new router', '<p>I got a mail asking me to verify your account details for the club site; is that you? I did not confirm my password.</p>'), expected: [], forbidden: ['PHISH_CREDENTIAL_LURE_UNWANTED', 'PHISH_NOTICE_LURE'] },
  { name: 'a shop naming the courier, DMARC-authenticated as itself', raw: mail('DHL Versand <versand@shop.example>', 'Ihre Bestellung ist unterwegs', '<p>Ihre Sendung ist unterwegs.</p><p><a href="https://www.dhl.de/track?x=1">Sendung verfolgen</a></p>', dmarcPass('shop.example')), auth: true, expected: [], forbidden: ['PHISH_BRAND_NAME_UNANSWERED'] },
  { name: 'a newsletter picture with no hidden text', raw: mail('Shop <news@shop.example>', 'Spring sale', '<a href="https://shop.example/sale"><img src="https://shop.example/banner.png" width="600" height="800"></a>'), expected: [], forbidden: ['CONTENT_IMAGE_LURE_HIDDEN_TEXT', 'CONTENT_IMAGE_LURE_NO_OWN_DOMAIN'] },
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
