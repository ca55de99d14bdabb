import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testMessage } from '../sender/fixtures/message.js';
import { lookalikeCandidate, lookalikeReading, noticeLure, noticeLureCheck, spacedOutReading } from './notice-lure.js';
import { cpuStopwatch } from '../../test-support/cpu-time.js';

/** The lure written on the envelope (issue 17, fourth pass). Rows: subject and display name, and the pair found or null. */
const rows: { description: string; name?: string; subject: string; found: [string, string] | null }[] = [
  { description: 'en: payment failed, photos deleted', subject: 'Payment failed: Your Photos Will Be Deleted Today!!', found: ['payment', 'failed'] },
  { description: 'en: account suspended in capitals', subject: 'ACCOUNT SUSPENDED: Update card details .', found: ['account', 'suspended'] },
  { description: 'en: the problem in the display name, the object in the subject', name: 'Limit Notice', subject: 'final warning: all your photos will be removed', found: ['photos', 'removed'] },
  { description: 'en: asked to verify an account', subject: 'One last step to verify your account!', found: ['account', 'verify'] },
  { description: 'de: a payment to confirm, the object in the display name', name: 'Zahlungsbestätigung', subject: 'Sie haben Geld auf Ihr Konto erhalten. Bitte bestätigen Sie Ihre Angaben.', found: ['konto', 'bestätigen'] },
  { description: 'de: a parcel held', subject: 'Ihre Sendung ist ausstehend', found: ['sendung', 'ausstehend'] },
  { description: 'pt: delivery failed', name: '~..Entrega perdida..', subject: 'Falha na entrega: sua entrega está pendente', found: ['entrega', 'falha'] },
  { description: 'pt: account blocked, photos to be deleted', subject: 'Bloqueamos sua conta! Suas fotos e vídeos serão excluídos hoje.', found: ['conta', 'bloqueamos'] },
  { description: 'es: storage files to be deleted', name: 'Almacenamiento completo', subject: 'Actúa ahora antes de que se eliminen los archivos de tu unidad de almacenamiento', found: ['archivos', 'eliminen'] },
  { description: 'es: payment declined in the display name', name: 'Pago rechazado', subject: 'Actualice su información', found: ['pago', 'rechazado'] },
  { description: 'fr: a payment waiting is not "en attente" alone, but refused is', subject: 'Votre paiement a été refusé', found: ['paiement', 'refusé'] },
  { description: 'nl: photos removed tonight', name: 'Cloud Storage', subject: "Je foto’s worden vanavond verwijderd.", found: ["foto's", 'verwijderd'] },
  { description: 'nl: delivery failed', subject: 'Levering mislukt: bestel 3788546-03', found: ['levering', 'mislukt'] },
  { description: 'pt: points about to expire', name: 'BANCO', subject: 'Seus 397.378 pontos expiram hoje', found: ['pontos', 'expiram'] },
  { description: 'en: a parcel held (a postal service\'s words)', subject: 'Item being held, addressee being notified', found: ['item', 'held'] },
  { description: 'en: a membership expired', subject: 'Your Membership Has Expired! Reactivate Now', found: ['membership', 'expired'] },
  { description: 'pt: a transaction pending', subject: 'Transação pendente. Protocolo: 7164942633959263', found: ['transação', 'pendente'] },
  { description: 'ja: account suspended', subject: '【重要】アカウントが停止されました', found: ['アカウント', '停止'] },
  // Session 9: a parcel left waiting, and letters spaced out of the words.
  { description: 'nl: a parcel waiting for delivery', name: '-Bezorging-van-NL .WMLCVCH', subject: '-U heeft..(1).pakket dat op bezorging-wacht...!', found: ['pakket', 'wacht'] },
  { description: 'de: lookalike letters, a parcel waiting', name: 'D P D Versand ...NM623', subject: 'Ihr P aket wartet auf ZusteIIung', found: ['zustellung', 'wartet'] },
  { description: 'de: a letter spaced out of the object', subject: 'Ihr P aket ist ausstehend', found: ['paket', 'ausstehend'] },
  { description: 'pt: a parcel awaiting payment', subject: 'Sua encomenda aguarda pagamento', found: ['pagamento', 'aguarda'] },
  // Session 30: a failed attempt is the notice by itself (en, de, pt, es, fr, nl, ja).
  { description: 'es: the third failed attempt, no object named', subject: 'RE: Re: Tercer intento fallido. Este es su aviso final.', found: ['intento', 'fallido'] },
  { description: 'en: a delivery attempt unsuccessful', subject: 'Delivery attempt unsuccessful - action required', found: ['delivery', 'attempt'] },
  { description: 'en: a failed attempt with nothing else named', subject: 'Second failed attempt #88213', found: ['attempt', 'failed'] },
  { description: 'de: a delivery attempt failed', subject: 'Zustellversuch fehlgeschlagen', found: ['zustellversuch', 'fehlgeschlagen'] },
  { description: 'pt: the attempt failed', subject: 'Última tentativa falhou - reagende', found: ['tentativa', 'falhou'] },
  { description: 'fr: the attempt failed (tentative beside a failure word)', subject: 'Tentative de livraison échouée', found: ['tentative', 'échouée'] },
  { description: 'nl: a delivery attempt failed', subject: 'Bezorgpoging mislukt', found: ['bezorgpoging', 'mislukt'] },
  { description: 'ja: a delivery that failed', subject: '【再配達】配達に失敗しました', found: ['配達', '失敗'] },
  { description: 'an attempt with no failure is news', subject: 'Our second attempt at a community newsletter', found: null },
  { description: 'a failure with no attempt names nothing the reader holds', subject: 'Re: build failed on sparc64', found: null },
  { description: 'fr: a tentative meeting is no failed attempt', subject: 'Tentative: réunion de projet', found: null },
  { description: 'ja: a delivery schedule is no failure', subject: '配達予定のお知らせ', found: null },
  { description: 'a reward waiting names nothing the reader holds', subject: 'Ihre Belohnung wartet auf Sie!', found: null },
  { description: 'a lone capital joined to the next word finds nothing new in ordinary text', subject: 'A new parcel of books for I am reading', found: null },
  { description: 'en: an action needed on the account', subject: 'Account Notification – Action Needed', found: ['account', 'needed'] },
  // Session 41: the French training-account lure — the entitlement ("droits") and its balance ("solde") to verify or about to expire.
  { description: 'fr: rights to verify', name: 'Service CPF', subject: 'Vérifiez vos droits CPF maintenant', found: ['droits', 'vérifiez'] },
  { description: 'fr: rights about to expire', subject: 'Utilisez vos droits CPF avant qu\u2019ils n\u2019expirent', found: ['droits', 'expirent'] },
  { description: 'fr: rights reaching their end date', subject: '📌 Important : vos droits CPF arrivent bientôt à échéance', found: ['droits', 'échéance'] },
  { description: 'fr: the balance to verify', subject: 'Votre formation peut être financée — vérifiez votre solde!', found: ['solde', 'vérifiez'] },
  { description: 'fr: a copyright notice is no problem with rights', subject: 'Droits d\'auteur : nouvelle édition du guide', found: null },
  { description: 'fr: a balance shown is news', subject: 'Votre solde du mois de mai', found: null },
  { description: 'an action required with nothing the reader holds named is no notice lure', subject: 'Action required: RSVP for the team offsite', found: null },
  { description: 'an account statement is news, not a problem', subject: 'Your account statement is ready', found: null },
  { description: 'a full refund is an offer ("full" is not a problem word)', subject: 'Full refund guaranteed on every order', found: null },
  { description: 'confirming a subscription is not confirming an account', subject: 'Please confirm your subscription', found: null },
  { description: 'a subscription renewed is news, not a problem', subject: 'Your subscription has been renewed', found: null },
  { description: 'an order pending names nothing the reader holds', subject: 'Your order is pending', found: null },
  // Session 58 (draw15d): an order, parcel or shipment delayed (en, de, pt, es, fr, nl, ja); a delay beside nothing of the reader's is news.
  { description: 'de: the order delayed, the courier in the display name', name: 'EXPRESS, jehd', subject: 'Die Bestellung 29194772 hat sich verzögert.', found: ['bestellung', 'verzögert'] },
  { description: 'en: the order delayed', subject: 'Your order #88120 has been delayed', found: ['order', 'delayed'] },
  { description: 'en: the package delayed', subject: 'Package delayed: reschedule your delivery', found: ['package', 'delayed'] },
  { description: 'de: the parcel late', subject: 'Ihr Paket ist verspätet', found: ['paket', 'verspätet'] },
  { description: 'pt: the order late', subject: 'Seu pedido está atrasado', found: ['pedido', 'atrasado'] },
  { description: 'es: the shipment delayed', subject: 'Su envío se ha retrasado', found: ['envío', 'retrasado'] },
  { description: 'fr: the order delayed', subject: 'Votre commande est retardée', found: ['commande', 'retardée'] },
  { description: 'nl: the order delayed', subject: 'Uw bestelling is vertraagd', found: ['bestelling', 'vertraagd'] },
  { description: 'ja: the delivery delayed', subject: '【重要】お荷物の配達遅延のお知らせ', found: ['お荷物', '遅延'] },
  { description: 'a delayed flight names nothing the reader holds', subject: 'Your flight SK 412 is delayed', found: null },
  { description: 'a delay noun in an advert is no problem', subject: 'Order today, delivered without delay', found: null },
  { description: 'pt: an advert\'s "sem atraso" is no delay participle', subject: 'Peça hoje e receba sem atraso', found: null },
  { description: 'a delayed payment is no parcel notice (a delay counts with an order or parcel only)', subject: 'Payment delayed until Friday', found: null },
  { description: 'an order shipped is news', subject: 'Your order has shipped', found: null },
  { description: 'a mail server\'s delayed-mail notice is about a message, not a parcel', name: 'Mail Delivery System', subject: 'Delayed Mail (still being retried)', found: null },
  { description: 'de: a delayed message from the mail server', name: 'Mail Delivery Subsystem', subject: 'Warnung: Nachricht verzögert zugestellt', found: null },
  // Session 45: the payment the sender "cannot" cancel or process (the 2005–2007 "We cannot cancel your payment N…" run, whose
  // body was a picture): what the reader holds and that something about it went wrong, said as an inability.
  { description: 'en: a payment that cannot be cancelled', subject: 'We cannot cancel your payment N11422863', found: ['payment', 'cannot'] },
  { description: 'en: unable to process a payment', subject: 'Unable to process your payment', found: ['payment', 'unable'] },
  { description: 'en: a card rejected', name: 'Billing Team', subject: 'Your card was rejected', found: ['card', 'rejected'] },
  { description: 'en: an unsuccessful delivery', subject: 'Parcel delivery unsuccessful', found: ['parcel', 'unsuccessful'] },
  { description: 'an inability about nothing the reader holds is news', subject: 'We cannot make the meeting on Friday', found: null },
  { description: 'a parcel confirmed is not a credential to confirm', subject: 'Please confirm your parcel delivery slot', found: null },
  { description: 'ja: confirming a delivery time is not confirming an account', subject: '配達日時のご確認', found: null },
  { description: 'ja: a card to confirm', subject: 'カード情報のご確認のお願い', found: ['カード', '確認'] },
  // Session 6: what threatens the object (a sign-in attempt, a risk), and words read through lookalike letters.
  { description: 'en: a sign-in attempt, "log" written with a capital I', subject: 'Someone tried to Iog in To Your Account', found: ['account', 'tried'] },
  { description: 'en: storage at risk, billing to fix', name: 'Cloud Security Team', subject: 'Your Storage Is at Risk – Fix Billing Now', found: ['billing', 'risk'] },
  { description: 'pt: a suspicious login on the account', subject: 'Um login suspeito em sua conta foi detectado', found: ['conta', 'suspeito'] },
  { description: 'es: an unusual access to the account', subject: 'Acceso inusual a su cuenta', found: ['cuenta', 'inusual'] },
  { description: 'de: the account at risk', subject: 'Ihr Konto ist gefährdet', found: ['konto', 'gefährdet'] },
  { description: 'en: zeros for the O of account and blocked', subject: 'Y0ur acc0unt is BL0CKED', found: ['account', 'blocked'] },
  // Session 8: a small capital ɪ written for l, read both ways; IPA and small capitals written properly are read as written.
  { description: 'en: small capitals, ɪ for the l of declined (display name)', name: '--ᴘᴀʏᴍᴇɴᴛ ᴅᴇᴄɪɪɴᴇᴅ--', subject: 'Final Chance to Restore iCloud Storage', found: ['payment', 'declined'] },
  { description: 'en: small capitals written properly', subject: 'ᴘᴀʏᴍᴇɴᴛ ᴅᴇᴄʟɪɴᴇᴅ', found: ['payment', 'declined'] },
  { description: 'en: ɪ for the l of blocked and the i of mailbox', subject: 'ᴍᴀɪʟʙᴏx ʙɪᴏᴄᴋᴇᴅ', found: ['mailbox', 'blocked'] },
  { description: 'an IPA pronunciation is not read for l', subject: 'Account pronunciation: /əˈkaʊnt/, /ɪnˈvaɪt/, /ˈbɪld/', found: null },
  { description: 'small capitals with a genuine i stay as written', subject: 'ᴘᴀʏᴍᴇɴᴛ ʀᴇᴄᴇɪᴠᴇᴅ', found: null },
  { description: 'de: a doubled capital I for ll (ZusteIIung) with a problem word', subject: 'ZusteIIung fehlgeschlagen', found: ['zustellung', 'fehlgeschlagen'] },
  { description: 'de: an inflected participle (fehlgeschlagene Zustellung)', subject: 'GLS-Benachrichtigung über fehlgeschlagene Zustellung', found: ['zustellung', 'fehlgeschlagene'] },
  { description: 'de: an account to check', name: 'Systembenachrichtigung', subject: '„⚠️ Überprüfen Sie Ihr Konto – Dringender Sicherheits-Hinweis "', found: ['konto', 'überprüfen'] },
  { description: 'en: payment details to update', subject: 'Your Cloud Data Is in Danger – Update Your Payment Details Now', found: ['payment', 'danger'] },
  { description: 'en: a payment issue is a problem', subject: 'There is a problem with your payment', found: ['payment', 'problem'] },
  { description: 'en: a deletion announced as a noun', name: 'Cloud Storage Renewal Dept', subject: '24 Hours Left – Prevent Photos & Videos Deletion', found: ['photos', 'deletion'] },
  { description: 'fr: a delivery missed', name: 'AVIS DE COLIS', subject: 'RE : Votre livraison a été manquée.', found: ['livraison', 'manquée'] },
  { description: 'nl: a file deletion planned', name: 'Cloud Backup', subject: 'LAATSTE MEDEDELING: Verwijdering van bestand gepland', found: ['cloud', 'verwijdering'] },
  { description: 'en: a payment issue on the account', name: 'Support Team', subject: 'Your account is experiencing a payment issue.', found: ['account', 'issue'] },
  { description: 'a magazine issue of a subscription is news', subject: 'Your subscription: the June issue is here', found: null },
  { description: 'an update of a newsletter names nothing the reader holds', subject: 'Product update: new features in June', found: null },
  { description: 'an update with an object that is no credential is news ("Update: your parcel")', subject: 'Update: your parcel is on its way', found: null },
  { description: 'a calendar reply "Tentative:" is no problem word', subject: 'Tentative: Payment system review', found: null },
  { description: 'a risk without anything the reader holds', subject: 'Is your business at risk? Our webinar', found: null },
  { description: 'capitals and digits that are no disguise stay as written', subject: 'In 2021 your ID and 2FA', found: null },
  { description: 'an "In" read as "ln" finds no word of its own', subject: 'In the news: payments', found: null },
];

for (const row of rows) {
  test(`notice lure on the envelope: ${row.description}`, async () => {
    const msg = testMessage({ from: `${row.name ?? 'Someone'} <a@sender.example>`, subject: row.subject, text: 'Hello', visibleText: 'Hello' });
    const found = noticeLure(msg);
    assert.deepEqual(found ? [found.object, found.problem] : null, row.found);
    const out = await noticeLureCheck().run(msg, { now: new Date(0), signal: new AbortController().signal });
    assert.deepEqual(out.findings.map((f) => f.id), row.found ? ['CONTENT_NOTICE_LURE'] : []);
  });
}

test('notice lure: only the envelope is read, not the text', () => {
  const text = 'Your account has been suspended and your payment failed.';
  assert.equal(noticeLure(testMessage({ from: 'Newsletter <a@sender.example>', subject: 'Weekly digest', text, visibleText: text })), null);
});

test('notice lure: the envelope read is bounded', () => {
  const subject = `${'news '.repeat(1_000)} account suspended`;
  assert.equal(noticeLure(testMessage({ from: 'A <a@sender.example>', subject, text: '', visibleText: '' })), null);
});

/** The lookalike-letter reading (session 6): the words a person reads, or null when no word changes. */
const readings: [string, string | null][] = [
  ['Someone tried to Iog in', 'Someone tried to log in'],
  ['ZusteIIung', 'Zustellung'],
  ['C0NFIRMATI0N acc0unt', 'CONFIRMATION account'],
  ['paypa1 bi11ing', 'paypal billing'],
  ['iPhone 14 Pro', null],
  ['2021 ID 2FA', null],
  ['Plain words', null],
];
for (const [text, read] of readings) {
  test(`lookalike reading: ${text}`, () => assert.equal(lookalikeReading(text), read));
}

test('spacedOutReading joins a lone capital to the word or capitals it was spaced from (table)', () => {
  const rows: [string, string | null][] = [
    ['D P D Versand', 'DPD Versand'],
    ['Ihr P aket wartet', 'Ihr Paket wartet'],
    ['G emeentelijk E nergieadvies', 'Gemeentelijk Energieadvies'],
    ['U S A', 'USA'],
    // Nothing to join: ordinary words, a capital before a short word or a number, capitals already together.
    ['Your parcel is waiting', null],
    ['Plan B is ready', null],
    // A lone article joins too (`Anew`): harmless, the written words are looked up as well.
    ['A new parcel', 'Anew parcel'],
    ['Model X 2024', null],
    ['UPS Paket', null],
  ];
  for (const [text, expected] of rows) assert.equal(spacedOutReading(text), expected, text);
});

test('lookalike candidates: read from a word\'s first character only, the same words as before, in linear time', () => {
  const old = /[\p{L}\d]*[I01][\p{L}\d]*/gu;
  let seed = 23;
  const pick = <T>(xs: readonly T[]): T => xs[(seed = (seed * 1103515245 + 12345) & 0x7fffffff) % xs.length]!;
  const pieces = ['I', '0', '1', 'l', 'a', 'а', '2', '😀', '𝐏', ' ', '-', 'é', 'e\u0301', '\n', 'Iog', 'acc0unt'];
  for (let n = 0; n < 3000; n++) {
    let text = '';
    for (let i = 0, count = 1 + (n % 16); i < count; i++) text += pick(pieces);
    assert.deepEqual([...text.matchAll(lookalikeCandidate())].map((m) => [m.index, m[0]]), [...text.matchAll(old)].map((m) => [m.index, m[0]]), JSON.stringify(text));
  }
  // Before: one word of 8 KB of Cyrillic а took 3.4 s, of 32 KB 44 s (quadratic); 300 KB now takes milliseconds.
  const cpuMs = cpuStopwatch();
  assert.equal(lookalikeReading(`acc0unt ${'а'.repeat(300_000)}`)?.slice(0, 8), 'account ');
  const ms = cpuMs();
  assert.ok(ms < 1500, `${ms.toFixed(0)} ms of CPU`);
});
