import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultConfig } from '../../config/load.js';
import { parseMessage } from '../../mail/parse/index.js';
import { DEFAULT_PARSE_OPTIONS } from '../../mail/parse/test-helpers.js';
import { createScanner } from '../../runtime/index.js';
import { assertCorpusRows, activeIds } from '../../test-support/corpus-rows.js';
import { cpuStopwatch } from '../../test-support/cpu-time.js';
import { becOpener, strangerLetter, STRANGER_APPROACH, STRANGER_MATTER } from './bec-opener.js';
import { BALANCE_FORFEIT, BALANCE_HELD, dormantBalance, ROMANCE_ASK, ROMANCE_FOUND_YOU, ROMANCE_SELF, romanceOpener } from './first-contact.js';

/**
 * Issue 17, session 30: the romance opener and the dormant balance (first-contact.ts), the stranger's letter that names no money
 * yet (bec-opener.ts STRANGER_APPROACH / STRANGER_MATTER) and the opener answered by a mailto link. Each table: the scams' real
 * shapes that must be read, in the languages the words matter in, and the ordinary mail of the same words that must not —
 * dating sites' notices, lists, business letters, newsletters, a bank's own dormancy letter.
 */
const FREEMAIL = new Set(['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com', 'gmx.de', 'web.de', 'orange.fr', 'hotmail.fr', 'yahoo.es', 'uol.com.br', 'mail.com', 'yandex.com']);

function eml(headers: string[], body: string, opts: { html?: boolean; to?: string } = {}): Uint8Array {
  const to = opts.to ?? 'someone@hotmail.com';
  return new TextEncoder().encode(
    [...headers, ...(to ? [`To: ${to}`] : []), 'Date: Mon, 2 Jun 2025 10:00:00 +0200', `Message-ID: <${body.length}.${headers.length}@mail.example>`, 'MIME-Version: 1.0', `Content-Type: text/${opts.html ? 'html' : 'plain'}; charset=utf-8`, '', body, ''].join('\r\n'),
  );
}
const parse = (raw: Uint8Array) => parseMessage(raw, DEFAULT_PARSE_OPTIONS);

test('romance opener: a woman presents herself, asks about the reader or promises her photo, answered elsewhere — and the dating site, the list, the agency, the friend (table)', () => {
  const rows: { name: string; raw: Uint8Array; reads: boolean }[] = [
    { name: 'en: lonely lady, where are you from, write at gmail (the honeypot\'s forward)', reads: true,
      raw: eml(['From: phishing@pot', 'Subject: Fw: Good afternoon. May be You\'re free to talk!', 'In-Reply-To: <c7@secure.example.nl>'], 'De: Miss Anna <support@secure.example.nl>\nGood morning! How\'s everything? I hope You are free to talk.\nI am a alone thoughtful lady in Moldova.\nPresently I am waiting for adequate dude.\nWhere r You from and how old r You?\nI\'m going to send to You my picture attached;)\nE-mail me to anna.moldova77@gmail.com') },
    { name: 'en: looking for a serious man, Instagram handle', reads: true,
      raw: eml(['From: "Yara" <yara@shop.example.com>', 'Subject: Wish to see me?'], 'We decided to end our relationship and today I\'m looking for a serious man! Do you wish to meet me? My Instagram: @yaracolibri') },
    { name: 'en: seeking a dude, reply me at gmail, I can send you my picture (session 48)', reads: true,
      raw: eml(['From: "Ms. monumental" <gago@mail.example.es>', 'Subject: can u please do me a favor'], 'salut, My Mister awesome, I hope u can speak. Currently I am seeking juicy dude. Reply me pittr4789@gmail.com ) I can send You my picture. thank you') },
    { name: 'de: ich bin eine einsame Frau, woher kommst du, free mail', reads: true,
      raw: eml(['From: "Olga" <olga.sonnig@gmx.de>', 'Subject: Hallo'], 'Hallo! Ich bin eine einsame Frau aus Kiew. Woher kommst du und wie alt bist du? Ich schicke dir gerne mein Foto.') },
    { name: 'nl: ik ben een eenzame vrouw, Reply-To elsewhere', reads: true,
      raw: eml(['From: "Irina" <info@winkel.example.nl>', 'Reply-To: irina.liefde@gmail.com', 'Subject: Hoi'], 'Hoi, ik ben een eenzame vrouw uit Oekraïne. Waar kom je vandaan? Ik stuur je graag mijn foto.') },
    { name: 'fr: je suis une femme seule, quel âge as-tu', reads: true,
      raw: eml(['From: "Natalia" <natalia.douce@orange.fr>', 'Subject: Bonjour'], 'Bonjour, je suis une jeune femme seule. D\'où viens-tu et quel âge as-tu ? Je t\'envoie ma photo.') },
    { name: 'es: soy una mujer soltera, ¿de dónde eres?', reads: true,
      raw: eml(['From: "Elena" <elena.sola@yahoo.es>', 'Subject: Hola'], 'Hola, soy una mujer soltera de Rusia. ¿De dónde eres y cuántos años tienes? Te envío mis fotos.') },
    { name: 'pt: sou uma mulher sozinha, de onde você é', reads: true,
      raw: eml(['From: "Katia" <katia.amor@uol.com.br>', 'Subject: Olá'], 'Olá, sou uma mulher sozinha e procuro um homem sério. De onde você é? Te envio minhas fotos.') },
    { name: 'ja: 寂しい女性, おいくつですか', reads: true,
      raw: eml(['From: "Yui" <yui.sabishii@gmail.com>', 'Subject: はじめまして'], 'はじめまして。寂しい女性です。どこに住んでいますか？おいくつですか？写真を送りますね。') },
    // Must not: a dating site's notice from its own domain (nowhere else to answer); a list's discussion of romance scams; an
    // applicant writing to an agency's address; a friend's note with neither part; a woman's business letter with no question.
    { name: 'a dating site\'s notice of a member\'s message', reads: false,
      raw: eml(['From: "DateSite" <notify@datesite.example.com>', 'Subject: Anna sent you a message'], '<p>Anna (34) wrote: "I am a single woman looking for a kind man. Where are you from?"</p><a href="https://datesite.example.com/inbox">Answer Anna</a>', { html: true }) },
    { name: 'a list discussing romance scams', reads: false,
      raw: eml(['From: "Bob" <bob@yahoo.com>', 'Subject: Re: scam of the week', 'List-Id: <fraud-watch.lists.example.org>'], 'They always start with "I am a lonely lady, where are you from?" and a gmail address to write to.') },
    { name: 'an applicant to a modelling agency\'s address', reads: false,
      raw: eml(['From: "Lina" <lina.model@gmail.com>'], 'Hello, I am a young woman from Porto looking to start modelling. How old are your youngest models? I will send you my photos.', { to: 'casting@agency.example.com' }) },
    { name: 'a friend\'s note', reads: false,
      raw: eml(['From: "Ana" <ana.souza@gmail.com>', 'Subject: saturday'], 'Hi! Are you coming on Saturday? I will bring the photos from the trip.') },
    { name: 'a job advert seeking a handy man, photos of the work (no first person)', reads: false,
      raw: eml(['From: "Hiring" <jobs.example@gmail.com>', 'Subject: Work'], 'We are seeking a reliable handy man for weekend work. Send your photos of past work to this address.') },
    { name: 'a business woman\'s letter with no question about the reader', reads: false,
      raw: eml(['From: "Maria" <maria.exports@gmail.com>', 'Subject: Offer'], 'I am a business woman exporting coffee. Please reply to my private email for prices.') },
  ];
  for (const row of rows) assert.equal(romanceOpener(parse(row.raw), FREEMAIL) !== null, row.reads, row.name);
});

/** A first message with one picture attached (a tiny JPEG: the bytes do not matter, the part's type does). */
function withPhoto(headers: string[], body: string, to: string): Uint8Array {
  return new TextEncoder().encode(
    [...headers, `To: ${to}`, 'Date: Mon, 2 Jun 2025 10:00:00 +0200', `Message-ID: <p${body.length}@mail.example>`, 'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="b"', '',
      '--b', 'Content-Type: text/plain; charset=utf-8', '', body, '--b', 'Content-Type: image/jpeg; name="me.jpg"', 'Content-Disposition: attachment; filename="me.jpg"',
      'Content-Transfer-Encoding: base64', '', '/9j/4AAQSkZJRgABAQEASABIAAD/2Q==', '--b--', ''].join('\r\n'),
  );
}

test('romance opener, session 44: Italian, "I found your address" (to any recipient) and the photo attached are the stranger\'s signs (table)', () => {
  const rows: { name: string; raw: Uint8Array; reads: boolean; unsolicited: number }[] = [
    { name: 'it: sono una ragazza, ti mando la mia foto, free mail', reads: true, unsolicited: 0,
      raw: eml(['From: "Anna" <anna.dolce@gmail.com>', 'Subject: Ciao'], 'Ciao caro, sono una ragazza seria e cerco un uomo per una relazione. Di dove sei? Ti mando la mia foto.') },
    { name: 'it: ho trovato il tuo indirizzo, to an organisation\'s address', reads: true, unsolicited: 1,
      raw: eml(['From: "Anna" <anna.dolce@gmail.com>', 'Subject: Ciao'], 'Ciao, ho trovato il tuo indirizzo e ho deciso di scriverti. Sono una donna sola. Quanti anni hai?', { to: 'info@azienda.example.it' }) },
    { name: 'de: deine E-Mail-Adresse gefunden, to an organisation\'s address', reads: true, unsolicited: 1,
      raw: eml(['From: "Katja" <katja.lieb@web.de>', 'Subject: Hallo mein Lieber'], 'Hallo, ich habe deine E-Mail-Adresse im Internet gefunden. Ich bin eine einsame Frau und suche einen ernsthaften Mann. Ich schicke dir mein Foto.', { to: 'kontakt@firma.example.de' }) },
    { name: 'en: found your email, photo attached, to an organisation\'s address', reads: true, unsolicited: 2,
      raw: withPhoto(['From: "Natalia" <natalia.sweet@yahoo.com>', 'Subject: Hello dear'], 'Hello dear, I found your email and decided to write. I am a lonely girl looking for a kind man. I send you my photo, I hope you like me.', 'sales@company.example.com') },
    { name: 'fr: photo attached, free-mail recipient', reads: true, unsolicited: 1,
      raw: withPhoto(['From: "Natalia" <natalia.douce@orange.fr>', 'Subject: Bonjour'], 'Bonjour, je suis une jeune femme seule. Quel âge as-tu ? Je t\'envoie ma photo.', 'someone@hotmail.com') },
    // Must not: the applicant to an agency still is not read (she says nothing of finding the address); a colleague's photo.
    { name: 'an applicant to an agency, photo attached', reads: false, unsolicited: 0,
      raw: withPhoto(['From: "Lina" <lina.model@gmail.com>', 'Subject: Application'], 'Hello, I am a young woman from Porto looking to start modelling. How old are your youngest models? I will send you my photos.', 'casting@agency.example.com') },
    { name: 'a colleague found your address in the directory, asks nothing of a man', reads: false, unsolicited: 0,
      raw: eml(['From: "Maria" <maria.r@gmail.com>', 'Subject: Conference'], 'Hi, I found your email on the conference site. I am a researcher working on soil carbon; could we talk next week?', { to: 'prof@uni.example.edu' }) },
  ];
  for (const row of rows) {
    const found = romanceOpener(parse(row.raw), FREEMAIL);
    assert.equal(found !== null, row.reads, row.name);
    assert.equal(found?.unsolicited.length ?? 0, row.unsolicited, `${row.name}: ${found?.unsolicited.join('; ')}`);
  }
});

test('romance opener, session 51: ja "found your profile" (the \\b that never held before kana), nl "ik zag je profiel", "en zoek", the photos promised in pt/nl (table)', () => {
  const rows: { name: string; raw: Uint8Array; reads: boolean }[] = [
    { name: 'ja: プロフィールを拝見, to an organisation\'s address', reads: true,
      raw: eml(['From: "Mika" <mika.heart1996@gmail.com>', 'Subject: はじめまして'], 'はじめまして。あなたのプロフィールを拝見しました。独身の女性です。素敵な男性を探しています。写真を送りますね。', { to: 'info@kaisha.example.co.jp' }) },
    { name: 'nl: ik zag je profiel, en zoek een man, to an organisation\'s address', reads: true,
      raw: eml(['From: "Sanne" <sanne.lief1993@gmail.com>', 'Subject: Hoi'], 'Hoi, ik zag je profiel en wilde je schrijven. Ik ben alleen en zoek een lieve man. Hoe oud ben je?', { to: 'info@bedrijf.example.nl' }) },
    { name: 'pt: eu envio minhas fotos, free-mail recipient', reads: true,
      raw: eml(['From: "Bia" <bia.carinho@gmail.com>', 'Subject: Oi'], 'Oi querido, sou uma mulher sozinha e procuro um homem sério. Me escreva e eu envio minhas fotos.') },
    { name: 'nl: dan stuur ik je foto\'s, free-mail recipient', reads: true,
      raw: eml(['From: "Eva" <eva.zoet@outlook.com>', 'Subject: Hallo'], 'Hallo, ik ben een eenzame vrouw en zoek een eerlijke man. Schrijf me, dan stuur ik je foto\'s.') },
    // Must not: a colleague who saw the profile on a professional site; a Japanese shop that saw the customer's profile.
    { name: 'nl: a recruiter saw the profile, seeks no man', reads: false,
      raw: eml(['From: "Pieter" <pieter.recruit@gmail.com>', 'Subject: Vacature'], 'Hallo, ik zag je profiel op LinkedIn. Wij zoeken een ontwikkelaar. Hoe oud is je diploma?', { to: 'info@bedrijf.example.nl' }) },
    { name: 'ja: a shop that saw the profile, no romance', reads: false,
      raw: eml(['From: "店長" <tencho.shop@gmail.com>', 'Subject: ご案内'], 'プロフィールを拝見しました。新商品のご案内です。写真を送りますのでご覧ください。', { to: 'info@kaisha.example.co.jp' }) },
  ];
  for (const row of rows) assert.equal(romanceOpener(parse(row.raw), FREEMAIL) !== null, row.reads, row.name);
});

test('romance opener, session 50: the man she seeks as "male", "men", "fellow", "lover" and their twins in the other languages (table)', () => {
  const rows: { name: string; raw: Uint8Array; reads: boolean }[] = [
    { name: 'en: searching for yummy male, write to gmail, send you my photo (the honeypot\'s forward)', reads: true,
      raw: eml(['From: phishing@pot', 'Subject: Fw: I wish to talk', 'In-Reply-To: <c9@mail.example.com>'], 'De: Laura <contact@shop.example.com>\nciao! at present Im hunting for a sweet male) Write to: laura.sweet321@gmail.com , I\'m going to send You my photo attach) Talk to you later') },
    { name: 'en: hoping to meet real men, where are you from, free mail', reads: true,
      raw: eml(['From: "Kate" <kate.sunny88@outlook.com>', 'Subject: hi there'], 'Hi! I am hoping to meet real men here. Where are you from? I will send you my pics.') },
    { name: 'en: looking for a gentle lover, reply-to elsewhere', reads: true,
      raw: eml(['From: "Mila" <info@store.example.com>', 'Reply-To: mila.love@gmail.com', 'Subject: Hello'], 'Hello dear, I am looking for a gentle lover. How old are you? I can send you my photo.') },
    { name: 'de: ich suche einen netten Kerl, woher kommst du', reads: true,
      raw: eml(['From: "Olga" <olga.sonne@gmx.de>', 'Subject: Hallo'], 'Hallo! Ich suche einen netten Kerl. Woher kommst du? Ich schicke dir gerne mein Foto.') },
    { name: 'fr: je cherche un mec sérieux, quel âge as-tu', reads: true,
      raw: eml(['From: "Nadia" <nadia.douce@orange.fr>', 'Subject: Coucou'], 'Coucou, je cherche un mec sérieux. Quel âge as-tu ? Je t\'envoie ma photo.') },
    { name: 'es: busco un chico cariñoso, ¿de dónde eres?', reads: true,
      raw: eml(['From: "Lucia" <lucia.sol@yahoo.es>', 'Subject: Hola'], 'Hola, busco un chico cariñoso. ¿De dónde eres? Te envío mis fotos.') },
    { name: 'pt: procuro um rapaz carinhoso, de onde você é', reads: true,
      raw: eml(['From: "Bia" <bia.amor@uol.com.br>', 'Subject: Oi'], 'Oi, procuro um rapaz carinhoso. De onde você é? Te envio minhas fotos.') },
    { name: 'it: cerco un ragazzo dolce, di dove sei', reads: true,
      raw: eml(['From: "Giulia" <giulia.dolce@gmail.com>', 'Subject: Ciao'], 'Ciao, cerco un ragazzo dolce. Di dove sei? Ti mando la mia foto.') },
    { name: 'nl: ik zoek een lieve kerel, waar kom je vandaan', reads: true,
      raw: eml(['From: "Sanne" <sanne.lief@hotmail.com>', 'Subject: Hoi'], 'Hoi, ik zoek een lieve kerel. Waar kom je vandaan? Ik stuur je graag mijn foto.') },
    // Must not: a business letter seeking a partner ("partner" is not read), a club's note seeking men for its choir.
    { name: 'a business letter looking for a partner, where are you from', reads: false,
      raw: eml(['From: "Maria" <maria.exports@gmail.com>', 'Subject: Cooperation'], 'I am looking for a reliable partner for coffee exports. Where are you from? I will send you our catalogue.') },
    { name: 'a choir seeking male voices (no first person, no ask)', reads: false,
      raw: eml(['From: "Choir" <choir.town@gmail.com>', 'Subject: Singers wanted'], 'Our choir is looking for male voices for the spring concert. Rehearsals are on Tuesdays.') },
  ];
  for (const row of rows) assert.equal(romanceOpener(parse(row.raw), FREEMAIL) !== null, row.reads, row.name);
});

test('romance opener, session 50: the answer asked at another mailbox or handle than the sending address is the stranger\'s sign (table)', () => {
  const rows: { name: string; raw: Uint8Array; elsewhere: boolean }[] = [
    { name: 'a shop\'s address, "Write at …@gmail.com"', elsewhere: true,
      raw: eml(['From: "Darya" <support@fashion.example.com>', 'Subject: Salutations'], 'Greet. I\'m a solitary savory female. Where r You from and how old r You? I\'ll reply to You my photo;) Write at darya.sweet92@gmail.com') },
    { name: 'a Reply-To at free mail', elsewhere: true,
      raw: eml(['From: "Irina" <info@winkel.example.nl>', 'Reply-To: irina.liefde@gmail.com', 'Subject: Hoi'], 'Hoi, ik ben een eenzame vrouw uit Oekraïne. Waar kom je vandaan? Ik stuur je graag mijn foto.') },
    { name: 'an Instagram handle', elsewhere: true,
      raw: eml(['From: "Yara" <yara@shop.example.com>', 'Subject: Wish to see me?'], 'Today I\'m looking for a serious man! Do you wish to meet me? My Instagram: @yaracolibri') },
    { name: 'free mail, answered at the sending address', elsewhere: false,
      raw: eml(['From: "Olga" <olga.sonnig@gmx.de>', 'Subject: Hallo'], 'Hallo! Ich bin eine einsame Frau aus Kiew. Woher kommst du und wie alt bist du? Ich schicke dir gerne mein Foto.') },
  ];
  for (const row of rows) {
    const found = romanceOpener(parse(row.raw), FREEMAIL);
    assert.ok(found, row.name);
    assert.equal(found.unsolicited.some((u) => u.startsWith('the answer asked at ')), row.elsewhere, `${row.name}: ${found.unsolicited.join('; ')}`);
  }
});

test('dormant balance: a sum held, lost unless the reader acts, at a link from free mail or elsewhere — and the bank\'s own letter, points, a newsletter (table)', () => {
  const rows: { name: string; raw: Uint8Array; reads: boolean }[] = [
    { name: 'en: score released, inactive accounts blocked, gmail', reads: true,
      raw: eml(['From: <awvu.latow@gmail.com>', 'Subject: Score released: +$189 date 2023.12.21'], '<p>Dear user, you signed up an account in our system a year ago. We intend to block inactive accounts shortly. Please be aware that your account balance will be reset upon blocking.</p><a href="https://docs.google.com/drawings/d/x">View</a>', { html: true }) },
    { name: 'en: cloud mining, hours left, a link elsewhere', reads: true,
      raw: eml(['From: "Diana" <d.soto@seguros.example.com>', 'Subject: You have earned +0.303472 BTC using our cloud mining service!'], '<p>This withdrawal is pending! Please withdraw your savings! You still have 19:58 hours to request a withdrawal.</p><a href="https://btc-partners.example.net/go">Withdraw</a>', { html: true }) },
    { name: 'de: Ihr Guthaben wird gelöscht', reads: true,
      raw: eml(['From: "Team" <team.krypto@gmx.de>', 'Subject: Ihr Konto'], '<p>Ihr Guthaben von 2.340 € wartet. Inaktive Konten: Ihr Guthaben wird automatisch gelöscht.</p><a href="https://auszahlung.example.com/">Auszahlen</a>', { html: true }) },
    { name: 'fr: votre solde sera supprimé', reads: true,
      raw: eml(['From: "Service" <service@boutique.example.fr>', 'Subject: Dernier rappel'], '<p>Votre solde de 1 250 € : votre compte sera supprimé dans 24 heures.</p><a href="https://retrait.example.com/">Retirer</a>', { html: true }) },
    { name: 'pt: seu saldo será zerado', reads: true,
      raw: eml(['From: "Plataforma" <suporte.plataforma@gmail.com>', 'Subject: Aviso'], '<p>Seu saldo de R$ 3.480,00: sua conta será bloqueada e o saldo será zerado.</p><a href="https://saque.example.com/">Sacar</a>', { html: true }) },
    // Must not: a bank's dormancy letter to its own pages; loyalty points (no currency); an exchange's newsletter with many
    // destinations; a balance with no threat; the same lure with no link to act on.
    { name: 'a bank\'s own dormancy letter', reads: false,
      raw: eml(['From: "Bank" <service@bank.example.com>', 'Subject: Your account is inactive'], '<p>Your account balance of $12.34: inactive accounts will be closed after 12 months.</p><a href="https://www.bank.example.com/activate">Sign in</a>', { html: true }) },
    { name: 'loyalty points expiring', reads: false,
      raw: eml(['From: "Miles" <news@miles.example.com>', 'Subject: Points'], '<p>Your balance: 48,210 miles. Inactive accounts will be closed.</p><a href="https://click.tracker.example.net/m">Keep them</a>', { html: true }) },
    { name: 'an exchange newsletter, five destinations', reads: false,
      raw: eml(['From: <news.exchange@gmail.com>', 'Subject: Weekly'], `<p>Your balance of $100 will be reset upon blocking? No: read our news.</p>${['a', 'b', 'c', 'd', 'e'].map((d) => `<a href="https://${d}.example/${d}">${d}</a>`).join('')}`, { html: true }) },
    { name: 'a balance and a link, no threat', reads: false,
      raw: eml(['From: <a.friend@gmail.com>', 'Subject: pool'], '<p>Your balance in the holiday pool is $40. Details: </p><a href="https://sheet.example.com/pool">sheet</a>', { html: true }) },
    { name: 'the lure with no link', reads: false,
      raw: eml(['From: <awvu.latow@gmail.com>', 'Subject: Score released: +$189'], 'Your account balance will be reset upon blocking. Reply to this mail.') },
  ];
  for (const row of rows) assert.equal(dormantBalance(parse(row.raw), FREEMAIL) !== null, row.reads, row.name);
});

test('the stranger\'s letter that names no money yet, and the approaches beyond the name; the neighbour, the club, the colleague (table)', () => {
  const rows: { name: string; raw: Uint8Array; reads: boolean }[] = [
    { name: 'en: a vital subject, confide, reply at hotmail', reads: true,
      raw: eml(['From: Mark Zanelli <wpalmer653@gmail.com>', 'Reply-To: ka.hota653@hotmail.com', 'Subject: URGENT RESPONSE NEEDED'], 'Greetings to you, pardon me for intruding your privacy. I really need to confide in you despite that we have never met. I have a vital subject to discuss with you as soon as you get back to me.', { to: '' }) },
    { name: 'en: the address randomly selected, a sum, reply at yandex', reads: true,
      raw: eml(['From: Foundation <j.morales@uni.example.edu.ec>', 'Subject: Hello'], 'Your email address was randomly selected from a database. You own shares worth $4,124,270.00. Please reply to this email: foundation.office@yandex.com', { to: '' }) },
    { name: 'en: the lottery\'s random selection broken over two lines, Reply-To outlook', reads: true,
      raw: eml(['From: Mr. Adam Williams <ssekamatte270@gmail.com>', 'Reply-To: winning.desk@outlook.com', 'Subject: CONGRATULATIONS'], 'You have won £5,000,000. After the online randomly selection of\nemails you are among the 5 lucky winners. Kindly get back to me with your full name.', { to: '' }) },
    { name: 'en: dear friend, a loan, get back to me (free mail, undisclosed)', reads: true,
      raw: eml(['From: Nina <nina.funding55@gmail.com>', 'Subject: LOAN DEAL OFFER'], 'Dear Friend, we fund projects through loan and debt finance at 3% interest. Please get back to me if you are interested.', { to: '' }) },
    { name: 'pt: desculpe invadir, meu e-mail particular, escreva para', reads: true,
      raw: eml(['From: Jane Woody <j91843451@gmail.com>', 'Reply-To: janewoody@mail.com', 'Subject: Olá'], 'Olá, desculpe invadir sua privacidade, meu nome é Sra. Jane Woody. Por favor, escreva para meu e-mail particular: janewoody@mail.com para uma discussão muito urgente e importante.') },
    { name: 'es: disculpe la intrusión, asunto confidencial', reads: true,
      raw: eml(['From: Sr. Ruiz <ruiz.abogado@yahoo.es>', 'Subject: Hola'], 'Disculpe la intrusión. Tengo un asunto muy confidencial para usted. Escríbame a mi correo privado ruiz.privado@gmail.com, espero su respuesta.', { to: '' }) },
    { name: 'de: lieber Freund, vertrauliche Angelegenheit', reads: true,
      raw: eml(['From: Herr Klein <klein.kanzlei@gmx.de>', 'Subject: Hallo'], 'Lieber Freund, ich habe eine vertrauliche Angelegenheit mit Ihnen zu besprechen. Bitte antworten Sie an klein.privat@gmail.com.', { to: '' }) },
    // Must not: a new neighbour (no matter, no money); a club's letter from its list; a colleague to the company address; a
    // stranger with a vital subject answered at his own company domain.
    { name: 'a new neighbour', reads: false,
      raw: eml(['From: Jan <jan.neighbour@gmail.com>', 'Subject: Hello'], 'Dear friend, we have just moved into number 12. Please reply if you can come on Saturday.', { to: '' }) },
    { name: 'a club\'s letter from its list', reads: false,
      raw: eml(['From: Club <club.news@gmail.com>', 'List-Id: <club.example.org>', 'Subject: AGM'], 'Dear friend, an important matter to discuss at the AGM: the fees. Please reply by Friday.', { to: '' }) },
    { name: 'a colleague to the company address', reads: false,
      raw: eml(['From: Eva <eva.k@gmail.com>', 'Subject: budget'], 'My name is Eva from accounts: an urgent matter to discuss with you about the budget. Please reply.', { to: 'team@company.example.com' }) },
    { name: 'a stranger answered at his own company', reads: false,
      raw: eml(['From: Peter Lang <p.lang@lang-consulting.example.de>', 'Subject: Anfrage'], 'Entschuldigen Sie die Störung, ich habe eine vertrauliche Angelegenheit. Bitte antworten Sie mir direkt.', { to: '' }) },
  ];
  for (const row of rows) assert.equal(strangerLetter(parse(row.raw), FREEMAIL) !== null, row.reads, row.name);
});

test('the opener answered by a mailto link reads; a web link still keeps it out (table)', () => {
  const html = (href: string) => `<p>I have a profitable business opportunity that I would like to share. Reply me via: <a href="${href}">msjoannaliu29@gmail.com</a></p>`;
  assert.ok(becOpener(parse(eml(['From: Eduardo <e.favela@uni.example.mx>', 'Subject: Oportunidade'], html('mailto:msjoannaliu29@gmail.com'), { html: true, to: '' })), 600, FREEMAIL));
  assert.equal(becOpener(parse(eml(['From: Eduardo <e.favela@uni.example.mx>', 'Subject: Oportunidade'], html('https://deal.example.com/'), { html: true, to: '' })), 600, FREEMAIL), null);
  assert.ok(becOpener(parse(eml(['From: E <e.f@uni.example.mx>', 'Subject: Oi'], 'Tenho uma oportunidade de negócio lucrativa que gostaria de compartilhar. Responda-me.', { to: '' })), 600, FREEMAIL));
  assert.equal(becOpener(parse(eml(['From: E <e.f@uni.example.mx>', 'Subject: Oi'], 'Obrigado pela reunião sobre o negócio de ontem.', { to: '' })), 600, FREEMAIL), null);
});

/** A first contact longer than the opener's 600 characters (a short one is CONTENT_BEC_OPENER's). */
const LETTER = 'Greetings to you, please I want you to confirm if you ever received the first email I sent to you because I have been waiting for your response since then. I do not know if you are still making use of the same email address, so please check and pardon me for intruding your privacy. I did this because I really need to confide in you despite that we have never met or known ourselves before, but I am taking a bold step out of trust. I have a vital subject to discuss with you as soon as you get back to me, and I will tell you everything about it then. Thanks, Mark.';

const scanner = await createScanner({ config: defaultConfig(), services: { now: () => new Date('2025-06-02T08:00:00Z') } });

test('end to end: the composites weigh who is answered and who sent it (table)', async () => {
  const rows: { name: string; raw: Uint8Array; expected: string[]; forbidden: string[]; verdict?: string }[] = [
    { name: 'the stranger answered at another box', expected: ['CONTENT_STRANGER_LETTER', 'CONTENT_STRANGER_LETTER_REDIRECTED'], forbidden: [],
      raw: eml(['From: Mark Zanelli <wpalmer653@gmail.com>', 'Subject: URGENT'], `${LETTER} Write to ka.hota653@hotmail.com`, { to: '' }) },
    { name: 'the stranger answered at his own free-mail box: the letter only', expected: ['CONTENT_STRANGER_LETTER'], forbidden: ['CONTENT_STRANGER_LETTER_REDIRECTED'],
      raw: eml(['From: Mark Zanelli <wpalmer653@gmail.com>', 'Subject: URGENT'], LETTER, { to: '' }) },
    { name: 'the dormant balance from gmail', expected: ['CONTENT_DORMANT_BALANCE', 'CONTENT_DORMANT_BALANCE_UNRELATED'], forbidden: [],
      raw: eml(['From: <awvu.latow@gmail.com>', 'Subject: Score released: +$189'], '<p>We intend to block inactive accounts shortly. Your account balance will be reset upon blocking.</p><a href="https://docs.google.com/drawings/d/x">View</a>', { html: true }) },
    { name: 'the romance opener', expected: ['CONTENT_ROMANCE_OPENER'], forbidden: [],
      raw: eml(['From: "Olga" <olga.sonnig@gmx.de>', 'Subject: Hallo'], 'Hallo! Ich bin eine einsame Frau aus Kiew. Woher kommst du und wie alt bist du? Ich schicke dir gerne mein Foto.') },
    // Session 44: the stranger's sign adds to the opener, enough for a verdict with nothing else.
    { name: 'romance opener with her photo attached', expected: ['CONTENT_ROMANCE_OPENER', 'CONTENT_ROMANCE_OPENER_STRANGER'], forbidden: [], verdict: 'spam',
      raw: withPhoto(['From: "Katja" <katja.lieb@web.de>', 'Subject: Hallo mein Lieber'], 'Hallo, ich bin eine einsame Frau und suche einen ernsthaften Mann. Woher kommst du? Ich schicke dir mein Foto.', 'someone@hotmail.com') },
  ];
  for (const row of rows) {
    const result = await scanner.scan({ raw: row.raw, source: `${row.name}.eml` });
    const ids = activeIds(result);
    for (const id of row.expected) assert.ok(ids.includes(id), `${row.name}: ${id} expected in ${ids.join(', ')}`);
    for (const id of row.forbidden) assert.ok(!ids.includes(id), `${row.name}: ${id} not expected`);
    if (row.verdict) assert.equal(result.verdict, row.verdict, row.name);
  }
});

test('first contacts, corpus: the honeypot\'s romance openers, balance lures and 419 first contacts (design part and unlabelled)', async (t) => {
  await assertCorpusRows(t, scanner, [
    { file: 'sample-676.eml', expected: ['CONTENT_ROMANCE_OPENER'], forbidden: [], verdict: 'spam' }, // forwarded: "Im a unmarried sincere girl … Write at …" (session 42: in place of a held-out row)
    { file: 'sample-736.eml', expected: ['CONTENT_ROMANCE_OPENER'], forbidden: [] }, // "trying to find desirable guy … Response to me at …@outlook.com"
    { file: 'sample-1506.eml', expected: ['CONTENT_ROMANCE_OPENER'], forbidden: [] }, // "a solitary savory female … Write at …@gmail.com"
    { file: 'sample-576.eml', expected: ['CONTENT_ROMANCE_OPENER'], forbidden: [] }, // "looking for class dude … My Instagram: @…"
    { file: 'sample-5766.eml', expected: ['CONTENT_STRANGER_LETTER_SCAM', 'CONTENT_CATEGORY_FINANCE', 'CONTENT_SCAM_LETTER'], forbidden: [], verdict: 'spam' }, // "We fund projects through loan/debt finance … 1% commission to brokers", gmail (session 50, unlabelled)
    // (Session 54: the forwarded "Write to: …@gmail.com" opener of session 50 became a held-out row of draw 11; no design or
    // free file besides the five romance rows here carries CONTENT_ROMANCE_OPENER; the end-to-end table's built rows keep it.)
    { file: 'sample-583.eml', expected: ['CONTENT_ROMANCE_OPENER'], forbidden: [] }, // forwarded: "currently I am seeking juicy dude. Reply me …@gmail.com" (draw 5, session 48)
    { file: 'sample-2566.eml', expected: ['CONTENT_DORMANT_BALANCE', 'CONTENT_DORMANT_BALANCE_UNRELATED'], forbidden: [] }, // design: "Score released: +$83 … registered an account on our platform" from gmail (session 54: in place of a row that draw 11 made held-out)
    { file: 'sample-776.eml', expected: ['CONTENT_DORMANT_BALANCE'], forbidden: [] }, // unlabelled: "registered on our platform for automatic cloud Bitcoin mining" (session 49: in place of a row that draw 6 made held-out)
    { file: 'sample-7666.eml', expected: ['CONTENT_STRANGER_LETTER', 'CONTENT_STRANGER_LETTER_REDIRECTED'], forbidden: [] }, // "Joint Venture": a procurement head's proposal from hotmail (session 53: in place of a row that draw 10 made held-out)
    // "Your email address was randomly selected" (Tesla shares): since session 41 the phrase is advance-fee vocabulary, so the
    // letter is the scam composite (which keeps the redirected one off).
    // (Session 49: that letter became a held-out row of draw 6; sample-126, design, is a banker's "Dear Friend" letter the same way.)
    { file: 'sample-126.eml', expected: ['CONTENT_STRANGER_LETTER', 'CONTENT_STRANGER_LETTER_SCAM'], forbidden: ['CONTENT_STRANGER_LETTER_REDIRECTED'] },
    { file: 'sample-71.eml', expected: ['CONTENT_STRANGER_LETTER'], forbidden: [] }, // "the online randomly selection of\nemails"
    { file: 'sample-278.eml', expected: ['CONTENT_BEC_OPENER', 'CONTENT_BEC_SCAM'], forbidden: [] }, // "Business Partnership" from a government account, replies to free mail (session 53: in place of a row that draw 8 made held-out)
    { file: 'sample-1271.eml', expected: [], forbidden: ['CONTENT_STRANGER_LETTER', 'CONTENT_ROMANCE_OPENER'] }, // a web designer's cold pitch
  ]);
});

test('the new tables stay linear on 32 KB of their own words (CPU guard)', () => {
  const words = 'i am a lonely lady looking for a man where are you from how old are you dear friend vital subject your balance will be reset ';
  const text = words.repeat(Math.ceil(32_768 / words.length));
  const patterns = [...ROMANCE_SELF.map(([, p]) => p), ...ROMANCE_ASK.map(([, p]) => p), ROMANCE_FOUND_YOU, STRANGER_APPROACH, STRANGER_MATTER, BALANCE_HELD, BALANCE_FORFEIT];
  // Near misses: every trigger word taken out, so each pattern tries and fails at every position.
  const miss = text.replace(/ (?:dear|vital|your|where|how|looking|lonely)/g, ' x');
  const elapsed = cpuStopwatch();
  for (const p of patterns) p.exec(miss);
  const ms = elapsed();
  assert.ok(ms < 2_000, `${ms} ms`);
});
