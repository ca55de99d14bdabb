import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultConfig } from '../../config/load.js';
import { createScanner } from '../../runtime/index.js';
import { assertCorpusRows, activeIds } from '../../test-support/corpus-rows.js';
import { cpuStopwatch } from '../../test-support/cpu-time.js';
import { hasUnfilledOpener, mayHoldNameSlot, nameSlotLure, templateSlotPatterns, UNFILLED_OPENER, unfilledFields } from './template-slots.js';

/**
 * Issue 17, session 38: a template's slots (template-slots.ts). A merge field sent as written, and a form's name slot holding a
 * lure. Each table: the honeypot's shapes that must be read, and ordinary mail with the same characters that must not — a
 * programmer's template code, a price in a greeting, a user name that is a mail address, a shared link.
 */
test('unfilled merge fields: the template syntaxes of mailing tools and forms — and code, prices, percentages (table)', () => {
  const rows: { text: string; fields: string[] }[] = [
    { text: 'Hey {{ FNAME }}, während die Temperaturen steigen', fields: ['{{ FNAME }}'] },
    { text: 'Bonjour {{FIRST_NAME}}, nous vous contactons', fields: ['{{FIRST_NAME}}'] },
    { text: 'Derila {{campaign.address}} +1 862 329-7011', fields: ['{{campaign.address}}'] },
    { text: '© 2025 {{CompanyName}} | Abmelden', fields: ['{{CompanyName}}'] },
    { text: 'Hallo %%firstname%% %%Surname%%, wir gratulieren', fields: ['%%firstname%%', '%%Surname%%'] },
    { text: 'Hallo %Email%, machen Sie sich bereit', fields: ['%Email%'] },
    { text: 'Dear *|FNAME|*, your account', fields: ['*|FNAME|*'] },
    { text: 'Hi [[First Name]], thanks', fields: ['[[First Name]]'] },
    { text: 'Olá ##NOME##, tudo bem?', fields: ['##NOME##'] },
    { text: 'Hello {$name}!', fields: ['{$name}'] },
    { text: 'kette "[your-subject]"', fields: ['[your-subject]'] },
    // Must not: template code that is no merge field, a perl one-liner, a discount, a hashtag, a reference in brackets.
    { text: 'In the template write {{ item.price }} and {{ x }} for the loop variable.', fields: [] },
    { text: "perl -e'print$_{$_} for sort%_=`lynx -dump svanstrom.com/t`'", fields: [] },
    { text: 'Save 20% on everything, 50% off shoes', fields: [] },
    { text: 'Join the #name# game and #winners', fields: [] },
    { text: 'See [1] and [your list] for details', fields: [] },
  ];
  for (const row of rows) assert.deepEqual(unfilledFields(row.text), row.fields, row.text);
});

test('the name slot holding a lure: a sum gained after the greeting, a blog host or sum as user name — and prices, links, mail addresses (table)', () => {
  const rows: { subject?: string; text: string; reads: boolean }[] = [
    { text: 'Thank you for subscribing to Via Trading Hi ✅ +$1,733 ➡️ https://forms.yandex.com/cloud/657c. Thank you', reads: true },
    { text: 'Confirm your account Hi ✅ +$4,811 ➡️ ok.me/rCQE1, One last step to confirm', reads: true },
    { text: 'Hello, 0.35 BTC is waiting for you', reads: true },
    { text: 'Olá 🎁 +R$ 5.000', reads: false }, // R$ is no sign this table reads: the row keeps the boundary explicit
    { subject: '[Pacific Dive] Login Details', text: 'Username: www.dfurrt.blogspot.jp - TRADE T0 EARN To set your password, visit the following address', reads: true },
    { subject: '[Spiderwiz] Login Details', text: 'Username: www.jygihc.blogspot.qa - 1.3409642 BTC To set your password', reads: true },
    { text: 'Identifiant : www.drgyrw.blogspot.fr - 1.355 BTC Pour définir votre mot de passe', reads: true },
    { text: 'Benutzername: 0.87 BTC auszahlen', reads: true },
    { text: 'Username: gift-4u.blogspot.com', reads: true },
    // Must not: a shop's discount after the greeting, a colleague's link, a user name that is a mail address or a plain name,
    // a login page given as such, a balance stated later in a statement.
    { text: 'Hi! $20 off your next order this weekend', reads: false },
    { text: 'Hi, https://docs.google.com/document/d/abc please review before Monday', reads: false },
    { subject: 'Your account', text: 'Username: jane.doe@example.com To set your password, visit https://example.com/wp-login.php', reads: false },
    { text: 'Username: jdoe42 Login: https://example.com/wp-login.php', reads: false },
    { text: 'Dear customer, your statement shows a balance of +$1,733.20 as of 1 June', reads: false },
  ];
  for (const row of rows) assert.equal(nameSlotLure(row.subject ?? '', row.text) !== null, row.reads, row.text);
});

/** Every code point that `letter` matches under `iu`, as V8 reads it. */
function caseMatches(letter: string): string[] {
  const pattern = new RegExp(`^${letter}$`, 'iu');
  const found: string[] = [];
  for (let cp = 0; cp <= 0x10ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const ch = String.fromCodePoint(cp);
    if (pattern.test(ch)) found.push(ch);
  }
  return found;
}

test('the patterns\' gates (start-up): the letters they read in small letters match nothing else under iu, on every code point', () => {
  // UNFILLED_OPENER lists each first letter in its two ASCII forms: nothing else may match it under `iu`.
  for (const letter of 'ceflnpvy') assert.deepEqual(caseMatches(letter).sort(), [letter.toUpperCase(), letter].sort(), letter);
  // mayHoldNameSlot reads small letters with the long s as s: every character matching a letter of its words must read so.
  const small = (ch: string): string => ch.toLowerCase().replaceAll('ſ', 's');
  for (const letter of new Set('btcethusdtusdcbnbxrpsoltrxltcnamenaamutilisateuridentifiantusuariousuário')) {
    for (const ch of caseMatches(letter)) assert.equal(small(ch), letter, `${letter}: U+${ch.codePointAt(0)!.toString(16)}`);
  }
});

/** A fixed pseudo-random sequence (an LCG's high bits, in [0, 1)) and a pick from a list by it, for the generated-text tests. */
function seeded(seed: number): { next: () => number; pick: <T>(list: readonly T[]) => T } {
  const next = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) / (1 << 24);
  return { next, pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]! };
}

test('unfilledFields reads ASCII text in small letters without `iu` (start-up): the same fields as the `giu` pattern, on generated texts', () => {
  const { unfilled } = templateSlotPatterns();
  const reference = (text: string): string[] => {
    const found: string[] = [];
    unfilled.lastIndex = 0;
    for (let m = unfilled.exec(text); m && found.length < 4; m = unfilled.exec(text)) if (!found.includes(m[0])) found.push(m[0]);
    return found;
  };
  const { next, pick } = seeded(48);
  const ends = ['{{', '}}', '{', '}', '*|', '|*', '%%', '%', '[[', ']]', '[', ']', '##', '#', '{$', '${', '$', ''];
  const pairs = [['{{', '}}'], ['*|', '|*'], ['%%', '%%'], ['%', '%'], ['[[', ']]'], ['[', ']'], ['##', '##'], ['{$', '}'], ['${', '}']] as const;
  const names = ['first', 'FNAME', 'fName', 'F_NAME', 'name', 'Name', 'first name', 'First_Name', 'LAST_NAME', 'email', 'E-Mail', 'EMAIL_ADDRESS', 'your-subject', 'YOUR-NAME', 'Subject', 'campaign.address', 'Contact.First_Name', 'VORNAME', 'Nome', 'PRENOM', 'company_name', 'CompanyName', 'Zip', 'x', 'item.price', '_'];
  const noise = ['', ' ', 'Hi ', 'a', 'A', '\n', '%', '[', '#', '$', 'x%', '20% ', '_'];
  let seen = 0;
  for (let i = 0; i < 20000; i++) {
    let text = pick(noise);
    for (let n = 1 + Math.floor(next() * 3); n > 0; n--) {
      const [open, close] = next() < 0.5 ? pick(pairs) : [pick(ends), pick(ends)];
      text += open + pick(['', ' ']) + pick(names) + pick(['', ' ']) + close + pick(noise);
    }
    const want = reference(text);
    if (want.length > 0) seen++;
    assert.deepEqual(unfilledFields(text), want, JSON.stringify(text));
  }
  assert.ok(seen > 2000, `${seen} generated texts hold a merge field`);
  // Text that is not ASCII is read by the `giu` pattern itself: the long s and the Kelvin sign fold to s and k there.
  assert.deepEqual(unfilledFields('Hi {{ ſubject }} and [email]'), reference('Hi {{ ſubject }} and [email]'));
  assert.deepEqual(unfilledFields('Olá {{ Nome }}, é hoje'), ['{{ Nome }}']);
});

test('the name slot in ASCII text is read in small letters without `iu` (start-up): the same matches as the `iu` pattern, on generated texts', () => {
  const { nameSlot, nameSlotSmall } = templateSlotPatterns();
  const { next, pick } = seeded(480);
  const greetings = ['Hi', 'hello', 'HEY', 'Ola', 'ola', 'Dear', 'CIAO', 'Prezado', 'xhi', 'Hallo', 'Hi5', '_hi'];
  const marks = ['', ' ', ', ', '! ', ' -> ', ',,,,,', 'x ', ' ** ', ' #_ ', '!!!!!'];
  const sums = ['+$1,733', '+ $5', '+$ 3', '+$9', '0.35 BTC', '1 btc', '12 ETH', '3usdt', '4,5 USDC', '$20', 'R$ 5', '5 eur', '7', '+$', 'BTC', '9 bnbx', '2 SOLx', '8 Ltc'];
  const labels = ['Username', 'user name', 'USERNAME', 'Benutzername', 'gebruiKersnaam', 'Identifiant', "nom d'utilisateur", 'USUARIO', 'nombre de usuario', 'Login', 'name', 'xusername'];
  const values = ['www.x.com', 'HTTPS://y', '0.87 BTC', '$5', '5 USD', 'gift-4u.BLOGSPOT.com', 'a.wordpress.', 'jdoe', 'jane@example.com', '12 eurx'];
  let seen = 0;
  for (let i = 0; i < 20000; i++) {
    const form = next() < 0.5 ? pick(greetings) + pick(marks) + pick(sums) : pick(labels) + pick([':', ' :', ': ', ' : ', '', ' - ']) + pick(values);
    const read = pick(['', 'Subject\n', 'a', 'x ', '9']) + form + pick(['', ' more', '\n', 'x', '1']);
    const want = nameSlot.exec(read);
    const got = nameSlotSmall.exec(read.toLowerCase());
    if (want) seen++;
    assert.deepEqual(got && [got.index, got[0].length], want && [want.index, want[0].length], JSON.stringify(read));
  }
  assert.ok(seen > 2000, `${seen} generated texts hold a lure in the name slot`);
  // The lure as nameSlotLure reports it, from ASCII text and from text that is not.
  assert.equal(nameSlotLure('Welcome', 'Hi ✅ +$1,733 ➡️ https://forms.example/x'), 'Hi ✅ +$1,733 ➡️ https://forms.example/x');
  assert.equal(nameSlotLure('Login Details', 'USERNAME: www.x.blogspot.jp - 1.3 BTC'), 'USERNAME: www.x.blogspot.jp - 1.3 BTC');
});

test('the patterns\' gates (start-up): a text they refuse has no match, on generated near misses', () => {
  const { unfilled, nameSlot } = templateSlotPatterns();
  const { next, pick } = seeded(39);
  // A syntax's opening and closing, as a pair or chosen apart, a field name or something near one, noise around.
  const ends = ['{{', '}}', '{', '}', '*|', '|*', '*', '|', '%%', '%', '[[', ']]', '[', ']', '##', '#', '{$', '${', '$', '(', ''];
  const pairs = [['{{', '}}'], ['*|', '|*'], ['%%', '%%'], ['%', '%'], ['[[', ']]'], ['[', ']'], ['##', '##'], ['{$', '}'], ['${', '}']] as const;
  const names = ['first', 'FNAME', 'fname', 'f_name', 'name', 'Name', 'NAME', 'first name', 'First_Name', 'email', 'E-Mail', 'eMail', 'email_address', 'your-subject', 'your-name', 'subject', 'campaign.address', 'contact.first_name', 'Vorname', 'prénom', 'PRÉNOM', 'nome', 'nombre', 'company_name', 'CompanyName', 'x', 'item.price', 'ſubject', 'uſername', 'Kompany', '_', 'é'];
  const noise = ['', ' ', 'Hi ', 'a', '\n', '%', '[', '#', '$', 'ﬀ', 'İ', 'x%', '20% '];
  let unfilledSeen = 0;
  let openerSeen = 0;
  for (let i = 0; i < 30000; i++) {
    let text = pick(noise);
    for (let n = 1 + Math.floor(next() * 2); n > 0; n--) {
      const [open, close] = next() < 0.5 ? pick(pairs) : [pick(ends), pick(ends)];
      text += open + pick(['', ' ', '']) + pick(names) + pick(['', ' ', '']) + close + pick(noise);
    }
    unfilled.lastIndex = 0;
    const matches = unfilled.test(text);
    if (matches) unfilledSeen++;
    if (!UNFILLED_OPENER.test(text)) assert.equal(matches, false, JSON.stringify(text));
    // Session 62: hasUnfilledOpener (indexOf of each opening's first character) is UNFILLED_OPENER's test, the text cut too.
    for (const t of [text, text.slice(0, 1 + (i % 7)), text.slice(i % 5)]) {
      const opener = UNFILLED_OPENER.test(t);
      if (opener) openerSeen++;
      assert.equal(hasUnfilledOpener(t), opener, JSON.stringify(t));
    }
  }
  assert.ok(openerSeen > 10_000 && openerSeen < 85_000, `${openerSeen} openers`);
  assert.ok(unfilledSeen > 1000, `${unfilledSeen} generated texts hold a merge field`);
  // A greeting and a sum, or a user-name label and its value — each near the shapes the pattern reads, in other cases and spellings.
  const greetings = ['Hi', 'hello', 'HEY', 'Olá', 'OLÁ', 'ola', 'Dear', 'ciao', 'Prezado', 'xhi', 'Hallo'];
  const marks = ['', ' ', ', ', '! ✅ ', ' ➡️ ', ',,,,,', 'x ', ' 🎁 '];
  const sums = ['+$1,733', '+ $5', '+€ 3', '+£9', '0.35 BTC', '1 btc', '2ſol', '12 ETH', '3usdt', '4,5 USDC', '$20', 'R$ 5', '5 eur', '7', '+$', 'BTC', '9 bnbx'];
  const labels = ['Username', 'user name', 'uſer name', 'USERNAME', 'Benutzername', 'gebruiKersnaam', 'Identifiant', "nom d'utilisateur", 'usuário', 'USUÁRIO', 'nombre de usuario', 'Login', 'name'];
  const values = ['www.x.com', 'https://y', '0.87 BTC', '$5', '5 usd', 'gift-4u.blogspot.com', 'a.wordpress.', 'jdoe', 'jane@example.com'];
  let slotSeen = 0;
  for (let i = 0; i < 30000; i++) {
    const form = next() < 0.5 ? pick(greetings) + pick(marks) + pick(sums) : pick(labels) + pick([':', ' :', ': ', ' : ', '', ' - ']) + pick(values);
    const read = pick(['', 'Subject\n', 'a', 'x ']) + form + pick(['', ' more', '\n', 'x']);
    const matches = nameSlot.test(read);
    if (matches) slotSeen++;
    if (!mayHoldNameSlot(read)) assert.equal(matches, false, JSON.stringify(read));
  }
  assert.ok(slotSeen > 1000, `${slotSeen} generated texts hold a lure in the name slot`);
});

const scanner = await createScanner({ config: defaultConfig(), services: { now: () => new Date('2025-06-02T08:00:00Z') } });

function eml(headers: string[], body: string): Uint8Array {
  return new TextEncoder().encode(
    [...headers, 'To: someone@example.net', 'Date: Mon, 2 Jun 2025 10:00:00 +0200', `Message-ID: <${body.length}@mail.example>`, 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8', '', body, ''].join('\r\n'),
  );
}

test('end to end: the findings are reported with the fields or the slot as evidence', async () => {
  const report = await scanner.scan({ raw: eml(['From: Coole Angebote <support@shop.example.de>', 'Subject: Jeden Raum kühlen'], 'Hey {{ FNAME }}, während die Temperaturen steigen …'), source: 'unfilled.eml' });
  const unfilled = report.findings.find((f) => f.id === 'CONTENT_TEMPLATE_UNFILLED');
  assert.ok(unfilled, activeIds(report).join(', '));
  assert.match(unfilled.evidence ?? '', /\{\{ FNAME \}\}/);
  const slot = await scanner.scan({ raw: eml(['From: WordPress <wordpress@dive.example.ph>', 'Subject: [Pacific Dive] Login Details'], 'Username: www.dfurrt.blogspot.jp - TRADE T0 EARN\n\nTo set your password, visit the following address:'), source: 'slot.eml' });
  const lure = slot.findings.find((f) => f.id === 'CONTENT_NAME_SLOT_LURE');
  assert.ok(lure, activeIds(slot).join(', '));
  assert.match(lure.evidence ?? '', /blogspot\.jp - TRADE T0 EARN/);
  const plain = await scanner.scan({ raw: eml(['From: Shop <news@shop.example.de>', 'Subject: Angebot'], 'Hallo Jana, 20% Rabatt auf alles bis Sonntag.'), source: 'plain.eml' });
  assert.deepEqual(activeIds(plain).filter((id) => id === 'CONTENT_TEMPLATE_UNFILLED' || id === 'CONTENT_NAME_SLOT_LURE'), []);
});

test('template slots, corpus: the honeypot\'s forms filled with a lure and templates sent unfilled (unlabelled dev files)', async (t) => {
  await assertCorpusRows(t, scanner, [
    { file: 'sample-5463.eml', expected: ['CONTENT_NAME_SLOT_LURE'], forbidden: [], verdict: 'phishing' }, // WordPress "Login Details", user name "www.….blogspot.hk - 1.355 BTC BINANCE" (the notice's password link; session 42: in place of a held-out row)
    // A genuine service's notice whose user name is a lure, "www.….blogspot.fr - 1.343 BTC BINANCE" (design, French; session 54: in
    // place of a row that draw 11 made held-out, itself a replacement since sessions 42 and 53).
    { file: 'sample-5606.eml', expected: ['CONTENT_NAME_SLOT_LURE'], forbidden: [] },
    { file: 'sample-5441.eml', expected: ['CONTENT_NAME_SLOT_LURE'], forbidden: [] }, // "Username: www.….blogspot.qa - 1.3409642 BTC"
    { file: 'sample-5551.eml', expected: ['CONTENT_TEMPLATE_UNFILLED'], forbidden: [] }, // "Hey {{ FNAME }}," (a cooler advert)
    { file: 'sample-6888.eml', expected: ['CONTENT_TEMPLATE_UNFILLED'], forbidden: [] }, // "Bonjour {{FIRST_NAME}}," (a credential lure)
    { file: 'sample-4741.eml', expected: [], forbidden: ['CONTENT_TEMPLATE_UNFILLED', 'CONTENT_NAME_SLOT_LURE'] }, // a genuine help-desk notice (labelled ham)
  ]);
});

test('a subscription notice whose name slot holds a sum and a form link is spam, not phishing (session 42: in place of a held-out corpus row)', async () => {
  const report = await scanner.scan({
    raw: eml(['From: Daily Market Notes <news@marketnotes.example>', 'Subject: Your subscription is confirmed'], 'Hi ✅ +$1,733 ➡️ forms.yandex.ru/u/65a1b2c3d4e5/,\n\nthank you for subscribing to Daily Market Notes. Our first issue arrives on Monday.\n\nTo unsubscribe, reply STOP.'),
    source: 'slot-subscription.eml',
  });
  assert.ok(activeIds(report).includes('CONTENT_NAME_SLOT_LURE'), activeIds(report).join(', '));
  assert.equal(report.verdict, 'spam', `${report.score}: ${activeIds(report).join(', ')}`);
});

test('the slot patterns stay linear on 32 KB of near misses (CPU guard)', () => {
  const text = 'Hi ✅ ➡️ +$ {{ FNAME %%first Username: www %Email '.repeat(700);
  const elapsed = cpuStopwatch();
  unfilledFields(text);
  nameSlotLure('', text);
  const ms = elapsed();
  assert.ok(ms < 2_000, `${ms} ms`);
});

// A second table of the same syntaxes (written apart in the same session by spam38): a subject and a body, as the check joins them.
test('unfilled merge field: list tools\' placeholders for the reader, and look-alikes in ordinary mail (table)', () => {
  const rows: { name: string; subject: string; body: string; field?: string }[] = [
    { name: 'Mustache first name', subject: 'Jeden Raum kühlen', body: 'Hey {{ FNAME }}, während die Temperaturen steigen …', field: '{{ FNAME }}' },
    { name: 'Handlebars, capitalised', subject: 'Sie sind zugelassen', body: 'Hallo {{Firstname}}, Ihr Camper wartet.', field: '{{Firstname}}' },
    { name: 'Mailchimp', subject: 'Hi *|FNAME|*, your deal', body: 'Only today.', field: '*|FNAME|*' },
    { name: 'double percent', subject: 'Wir gratulieren', body: 'Liebe(r) %%firstname%%, Sie haben gewonnen.', field: '%%firstname%%' },
    { name: 'single percent, e-mail', subject: 'Bonus', body: 'Ihr Konto %Email% ist bereit.', field: '%Email%' },
    { name: 'contact form field', subject: 'kette "[your-subject]"', body: 'Nachricht: TRANSFERS TO YOUR CARD', field: '[your-subject]' },
    { name: 'upper-case Liquid with a prefix', subject: 'Offer', body: 'Dear {{ contact.FIRSTNAME }}, look.', field: '{{ contact.FIRSTNAME }}' },
    { name: 'square brackets, a reader field', subject: 'Angebot', body: 'Hallo [Vorname], nur heute.', field: '[Vorname]' },
    { name: 'dollar braces', subject: 'Deal', body: 'Hi ${firstname}, one day left.', field: '${firstname}' },
    { name: 'a hashtag pair that is no field', subject: 'Trip', body: 'Photos tagged #name# are from #Lisbon#, #summer.', field: undefined },
    { name: 'a template engine\'s other variable', subject: 'Jinja question', body: 'Why does {{ item.price }} render empty in my loop?' },
    { name: 'a filled greeting', subject: 'Your order', body: 'Hi Anna, your order has shipped.' },
    { name: 'a Windows variable', subject: 'Path problem', body: 'Set it under %USERPROFILE% and %USERNAME% then reboot.' },
    { name: 'a bracketed word that is no field', subject: 'Minutes', body: 'The [name of the venue] is still to be decided, says Bob.' },
  ];
  for (const row of rows) assert.deepEqual(unfilledFields(`${row.subject}\n${row.body}`), row.field ? [row.field] : [], row.name);
});

test('mayHoldNameSlot: asking the words in any case first answers as the small-letter copy alone did', () => {
  const before = (read: string): boolean =>
    /\+\s?[$€£]/.test(read) || /[\d.,]\s?(?:btc|eth|usdt|usdc|bnb|xrp|sol|trx|ltc)|(?:name|naam|utilisateur|identifiant|usuario|usuário)\s?:/.test(read.toLowerCase().replaceAll('ſ', 's'));
  const parts = ['Name', 'NAME:', 'name :', 'naam:', 'NAAM', 'Utilisateur:', 'identifiant', 'USUÁRIO:', 'usuÁrio :', 'uſuario:', 'i\u0307', '\u0130', 'NA\u212aM', '0.5 BTC', '1,2eth', '3 SOL', 'sol', '.ltc',
    'x', ' ', ':', '\n', '5', 'é', 'ſ', '\u212a', 'Nam', 'e:'];
  let seed = 40;
  const next = (n: number): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
  let held = 0;
  for (let k = 0; k < 20_000; k++) {
    let read = '';
    for (let j = 1 + next(5); j > 0; j--) read += parts[next(parts.length)];
    const expected = before(read);
    if (expected) held++;
    assert.equal(mayHoldNameSlot(read), expected, JSON.stringify(read));
  }
  assert.ok(held > 1000, `${held} generated texts hold a word`);
});

test("hasUnfilledOpener: UNFILLED_OPENER's answer for each opening character before every ASCII character, ſ, K, é, and the text's end", () => {
  const seconds = [...Array.from({ length: 0x5f }, (_, k) => String.fromCharCode(0x20 + k)), 'ſ', '\u212a', 'é', '\n', ''];
  let yes = 0;
  for (const first of ['{', '*', '%', '[', '#', '$', 'a', '']) {
    for (const second of seconds) {
      for (const text of [`${first}${second}`, `Dear ${first}${second} customer`, `${first}${second}`.repeat(2)]) {
        const expected = UNFILLED_OPENER.test(text);
        if (expected) yes++;
        assert.equal(hasUnfilledOpener(text), expected, JSON.stringify(text));
      }
    }
  }
  assert.ok(yes > 100, `${yes}`);
});
