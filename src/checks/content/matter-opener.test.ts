import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ids, textMail, trusted } from '../../test-support/classifier-free-scan.js';

/**
 * Session 52 (issue 17, helper scam52): the one-line matter to discuss (matter-opener.ts, CONTENT_MATTER_OPENER and the
 * composite CONTENT_MATTER_OPENER_STRANGER). End to end with the classifier off; plain-text letters written for the test.
 */
const scan = (headers: string[], text: string) => trusted.scan({ source: 'matter-opener.test', raw: textMail(headers, text) });
const HIDDEN = 'To: undisclosed-recipients:;';

/** [language, headers, text]. */
const LURES: [string, string[], string][] = [
  ['en', ['From: Dr. Helen Carter <helencarter.office@gmail.com>', HIDDEN, 'Subject: Good day'], 'Good day,\n\nThere is an urgent issue I need to talk to you about. Kindly respond.\n\nDr. Helen Carter'],
  ['de', ['From: Herr Bernd Lange <bernd.lange.kanzlei@gmx.de>', 'Reply-To: b.lange.buero@outlook.com', 'To: kontakt@firma.example.de', 'Subject: Anfrage'], 'Guten Tag, ich möchte eine vertrauliche Sache mit Ihnen besprechen. Bitte melden Sie sich.'],
  ['fr', ['From: Mme Nadia Benali <nadia.benali.conseil@yahoo.fr>', HIDDEN, 'Subject: Bonjour'], "Bonjour, j'ai quelque chose d'urgent dont je voudrais vous parler. Merci de me répondre."],
  ['es', ['From: Lic. Jorge Ramos <jorgeramos.despacho@gmail.com>', HIDDEN, 'Subject: Saludos'], 'Saludos, necesito hablar con usted de un tema confidencial. Espero su respuesta.'],
  ['pt', ['From: Dr. Rui Almeida <ruialmeida.advogado@gmail.com>', HIDDEN, 'Subject: Assunto'], 'Bom dia, preciso de falar consigo sobre um assunto urgente. Aguardo a sua resposta.'],
  ['it', ['From: Dott. Luca Ferri <lucaferri.consulenze@gmail.com>', HIDDEN, 'Subject: Buongiorno'], 'Buongiorno, avrei una cosa riservata di cui parlarle. Attendo una sua risposta.'],
  ['nl', ['From: Dhr. Kees Smit <keessmit.notaris@gmail.com>', HIDDEN, 'Subject: Hallo'], 'Hallo, ik wil graag een dringende zaak met u bespreken. Laat me weten of u dit ontvangt.'],
  ['ja', ['From: Kato Hiroshi <kato.hiroshi.office@gmail.com>', HIDDEN, 'Subject: =?utf-8?b?44GU6YCj57Wh?='], '内密にご相談したいことがございます。ご返信いただけますでしょうか。'],
  // The proposal said to profit both (session 52's second probe set).
  ['en proposal', ['From: Mr. Victor Eze <victoreze.office@yahoo.com>', HIDDEN, 'Subject: Proposal'], 'Dear friend, I have a business proposal of mutual benefit for you. I will explain once I hear from you.'],
  ['it proposal', ['From: Sig. Dario Conti <darioconti.affari@gmail.com>', HIDDEN, 'Subject: Proposta'], 'Buongiorno, ho una proposta vantaggiosa per entrambi. Attendo sue notizie.'],
  // Session 62 (scam63): "write to my private e-mail" — the answer asked by "write to me", "m'écrire", "escreva para", "schrijf mij",
  // and the French matter "à vous confier" (en, fr and nl read clean before; the German and Portuguese forms are new words too).
  ['en, write to my private e-mail', ['From: Mrs Helen Carter <helen.carter1961@outlook.com>', HIDDEN, 'Subject: Hello'], 'Hello, I have something very important to discuss with you. Please write to me on my private e-mail: helen.carter.private@gmail.com so that I can give you more details.'],
  ["fr, m'écrire sur mon adresse privée", ['From: Mme Sophie Martin <sophie.martin1960@outlook.fr>', HIDDEN, 'Subject: Bonjour'], "Bonjour, j'ai une affaire très importante à vous confier. Veuillez m'écrire sur mon adresse e-mail privée : sophie.martin.prive@gmail.com."],
  ['pt, escreva para meu e-mail particular', ['From: Sra. Jane Moreira <jane.moreira1958@gmail.com>', HIDDEN, 'Subject: Olá'], 'Olá, obtive seu contato por meio de uma pesquisa. Por favor, escreva para meu e-mail particular: janemoreira@mail.example para uma discussão muito urgente e importante.'],
  ['nl, schrijf mij op mijn privé-adres', ['From: Mevrouw Els Jansen <els.jansen1959@outlook.com>', HIDDEN, 'Subject: Hallo'], 'Hallo, ik heb een zeer belangrijke zaak met u te bespreken. Schrijf mij alstublieft op mijn privé e-mailadres: els.jansen.prive@gmail.com.'],
  ['de, schreiben Sie an meine private Adresse', ['From: Frau Ingrid Weber <ingrid.weber1957@gmx.de>', HIDDEN, 'Subject: Guten Tag'], 'Guten Tag, ich habe eine sehr wichtige Angelegenheit mit Ihnen zu besprechen. Bitte schreiben Sie an meine private E-Mail-Adresse: ingrid.weber.privat@gmail.com.'],
];
for (const [lang, headers, text] of LURES) {
  test(`matter opener (${lang}) → CONTENT_MATTER_OPENER_STRANGER, flagged`, async () => {
    const r = await scan(headers, text);
    assert.ok(ids(r).includes('CONTENT_MATTER_OPENER_STRANGER'), ids(r).join(', '));
    assert.notEqual(r.verdict, 'clean', `${r.score}: ${ids(r).join(', ')}`);
  });
}

/** [why, headers, text, the finding (CONTENT_MATTER_OPENER) allowed]: none may raise the composite. */
const MUST_NOT: [string, string[], string, boolean][] = [
  ['a friend from free mail to the reader\'s own address, answered where he wrote from', ['From: Tom <tom.baker77@gmail.com>', 'To: anna.schmidt@gmail.com', 'Subject: tomorrow'], 'Hi Anna, I have something important to discuss with you about the trip. Reply when you can!', true],
  ['a colleague at the same company', ['From: Petra Keller <p.keller@firma.example.de>', 'To: m.braun@firma.example.de', 'Subject: Projekt'], 'Hallo Martin, ich muss etwas Wichtiges mit dir besprechen. Antworte mir bitte kurz.', true],
  ['a reply in a conversation', ['From: Tom <tom.baker77@gmail.com>', HIDDEN, 'Subject: Re: trip', 'In-Reply-To: <x@y.example>'], 'Yes, I have something important to discuss. Reply soon.', false],
  // Session 62 (scam63): a colleague who leaves gives her private address — to the reader's own address, no matter to discuss.
  ['a colleague leaving gives her private address', ['From: Petra Keller <p.keller@firma.example.de>', 'To: m.braun@firma.example.de', 'Subject: Abschied'], 'Lieber Martin, ab Montag bin ich nicht mehr im Büro. Schreib mir gern an meine private Adresse petra.keller@gmail.com, wenn du Fragen zum Projekt hast.', false],
  ['a friend writes "write to me" from her own free-mail address to the reader', ['From: Tom <tom.baker77@gmail.com>', 'To: anna.schmidt@gmail.com', 'Subject: news'], 'Hi Anna, I have something important to tell you about the wedding. Write to me tonight!', true],
  ['a longer newsletter with a link', ['From: Club <news@club.example.org>', HIDDEN, 'Subject: Members'], 'Important: we will discuss the budget at the meeting. Reply to register at https://club.example.org/meeting', false],
];
for (const [why, headers, text, findingAllowed] of MUST_NOT) {
  test(`matter opener must not: ${why}`, async () => {
    const r = await scan(headers, text);
    assert.ok(!ids(r).includes('CONTENT_MATTER_OPENER_STRANGER'), ids(r).join(', '));
    if (!findingAllowed) assert.ok(!ids(r).includes('CONTENT_MATTER_OPENER'), ids(r).join(', '));
    assert.equal(r.verdict, 'clean', `${r.score}: ${ids(r).join(', ')}`);
  });
}
