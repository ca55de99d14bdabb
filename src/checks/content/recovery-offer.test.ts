import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dmarcPass, ids, mail, trusted } from '../../test-support/classifier-free-scan.js';

/**
 * Session 51 (issue 17, helper scam51): the recovery room by its structure (recovery-offer.ts, CONTENT_RECOVERY_OFFER and the
 * composite CONTENT_RECOVERY_OFFER_STRANGER). End to end with the classifier off; letters written for the test, plain paragraphs
 * from free mail, no links.
 */
const html = (text: string): string => `<html><body>${text.split('\n\n').map((p) => `<p>${p}</p>`).join('')}</body></html>`;
const scan = (from: string, subject: string, text: string, auth: string[] = []) => trusted.scan({ source: 'recovery-offer.test', raw: mail(from, subject, html(text), auth) });

/** [language, sender, subject, text]. */
const LURES: [string, string, string, string][] = [
  ['en', 'Asset Return Bureau <asset.return.bureau@outlook.com>', 'Your case', 'Were you cheated by an online broker? Many people lost savings to crypto schemes last year.\n\nOur attorneys recovered the funds of over 300 clients. Send us what happened and we will assess it free of charge.'],
  ['de', 'Kanzlei Richter <kanzlei.richter.hilfe@gmail.com>', 'Ihr Verlust', 'Wurden Sie von einem Krypto-Broker betrogen?\n\nUnsere Kanzlei hat für viele Geschädigte das Geld zurückgeholt. Wir helfen Ihnen, Ihr Geld zurückzubekommen.'],
  ['fr', 'Cabinet Juridique <cabinet.juridique.aide@yahoo.fr>', 'Votre dossier', "Vous avez été escroqué par un courtier en crypto ?\n\nNotre cabinet a permis à de nombreuses victimes de récupérer leur argent. Nous pouvons vous aider."],
  ['es', 'Bufete Legal <bufete.legal.ayuda@gmail.com>', 'Su caso', 'Si fue estafado por un bróker de criptomonedas, nuestro bufete puede ayudarle.\n\nHemos ayudado a muchas víctimas a recuperar su dinero perdido.'],
  ['pt', 'Escritório Jurídico <escritorio.juridico.br@gmail.com>', 'Seu caso', 'Você foi enganado por uma corretora de cripto?\n\nNosso escritório já ajudou muitas vítimas a recuperar o dinheiro perdido. Podemos ajudar você também.'],
  ['it', 'Studio Legale <studio.legale.aiuto@libero.it>', 'Il suo caso', "È stato truffato da un broker di criptovalute?\n\nIl nostro studio ha aiutato molte vittime a recuperare il denaro perso. Possiamo aiutare anche lei."],
  ['nl', 'Juridisch Bureau <juridisch.bureau.hulp@outlook.com>', 'Uw zaak', 'Bent u opgelicht door een cryptobroker?\n\nOnze advocaten hebben veel gedupeerden geholpen hun geld terug te krijgen. Wij kunnen ook u helpen.'],
  // Session 57 (scam57): the "victim's" testimonial recommending a person (no first-person offer).
  ['en, the testimonial', 'Karen Mills <karen.mills.4471@gmail.com>', 'finally!', 'I was scammed on a fake forex platform and lost $40,000. A certified hacker named Mr. Victor Hale traced everything and I got my money back in days.\n\nIf you lost funds too, contact him at victor.hale.recovery@gmail.com.'],
  ['fr, le témoignage', 'Sylvie Moreau <sylvie.moreau.77@yahoo.fr>', 'Merci à lui', "J'ai perdu 30 000 euros sur une fausse plateforme de trading. Un expert m'a permis de récupérer mon argent en une semaine.\n\nSi vous êtes victime vous aussi, contactez-le : expert.recuperation@gmail.com."],
  ['ja', '被害回復センター <higai.kaifuku.center@gmail.com>', 'ご相談', '仮想通貨の投資で被害に遭われていませんか。\n\n私たちはこれまで多くの方の資金を取り戻してきました。お気軽にご返信ください。'],
];
for (const [lang, from, subject, text] of LURES) {
  test(`recovery offer (${lang}): ${subject} → CONTENT_RECOVERY_OFFER_STRANGER, flagged`, async () => {
    const r = await scan(from, subject, text);
    assert.ok(ids(r).includes('CONTENT_RECOVERY_OFFER_STRANGER'), ids(r).join(', '));
    assert.notEqual(r.verdict, 'clean', `${r.score}: ${ids(r).join(', ')}`);
  });
}

/** [why, sender, subject, text, authenticated domain]: none may raise the composite. */
const MUST_NOT: [string, string, string, string, string][] = [
  ['a consumer office\'s advice from its own domain', 'Verbraucherzentrale <info@verbraucher.example.de>', 'Anlagebetrug', 'Viele Verbraucher haben Geld bei falschen Online-Plattformen verloren. Wir helfen Ihnen, Ansprüche zu prüfen und Ihr Geld zurückzuholen.', 'verbraucher.example.de'],
  ['a friend who lost money and got it back', 'Tom <tom.baker77@gmail.com>', 'good news', 'Remember the crypto platform where I lost 2,000? The bank got my money back last week! We can celebrate on Friday.', ''],
  // Session 57: a friend who names the bank that helped, and says "contact them": no person recommended.
  ['a friend who got money back through the bank, "contact them"', 'Rita <rita.oliveira@gmail.com>', 'that crypto thing', 'I lost 1,500 on that crypto trading platform too, but my bank got my money back after I reported it. Contact them as soon as you can!', ''],
  ['a shop\'s account recovery notice', 'Support <help@shop.example.com>', 'Account recovery', 'Lost access to your account? Our team can help you recover your password on our platform.', 'shop.example.com'],
];
for (const [why, from, subject, text, auth] of MUST_NOT) {
  test(`recovery offer must not: ${why}`, async () => {
    const r = await scan(from, subject, text, auth ? dmarcPass(auth) : []);
    assert.ok(!ids(r).includes('CONTENT_RECOVERY_OFFER_STRANGER'), ids(r).join(', '));
  });
}
