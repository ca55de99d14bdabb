import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseMessage, SUBJECT_READ_CHARS, subjectAsRead } from '../mail/parse/index.js';
import { DEFAULT_PARSE_OPTIONS as OPTS } from '../mail/parse/test-helpers.js';
import { ids, mail, scanner } from '../test-support/classifier-free-scan.js';
import { checkInput, FILLER_RUN_CHARS, withoutFillerRuns } from './input.js';

/**
 * The content family's input seam (input.ts, issue 17 item 8): a Subject of filler must not push the body's lure out of the
 * readers' bounded `subject + text` (the mutation sweep's "200 KB after the Subject" lowered 15 phishing verdicts, 3 to clean),
 * and the filler is itself a finding (HDR_SUBJECT_LIMIT). The classifier is off: the rows show what the readers decide.
 */

const FILLER = ' lorem ipsum dolor'.repeat(11_000);
const RANK: Record<string, number> = { clean: 0, spam: 1, phishing: 2, malware: 3 };

/** Must fire: each lure keeps every finding and its verdict under 200 KB of subject filler; the reader kind named must be among them. */
const LURES: { label: string; from: string; subject: string; html: string; reader: string }[] = [
  { label: 'en credential lure (categories: phishing terms)', reader: 'CONTENT_CATEGORY_PHISHING', from: 'IT Helpdesk <helpdesk@mailbox-admin.example.top>', subject: 'Mailbox quota exceeded', html: '<p>Dear user, your mailbox is full and incoming messages are on hold. Verify your account and sign in with your password to restore your mailbox within 24 hours or your account will be suspended.</p><p><a href="https://owa-verify.example.top/login">Sign in to verify</a></p>' },
  { label: 'de credential lure (a brand impersonated)', reader: 'PHISH_IMPERSONATION_CREDENTIAL_LURE', from: 'Sparkasse Kundenservice <service@kunden-info.example.top>', subject: 'Wichtige Mitteilung', html: '<p>Sehr geehrter Kunde, Ihr Konto wurde vorübergehend gesperrt. Bitte bestätigen Sie Ihre Identität und melden Sie sich mit Ihrem Passwort an, um Ihr Konto zu entsperren. Ihr Konto wird innerhalb von 48 Stunden gesperrt.</p><p><a href="https://sparkasse-verifizierung.example.top/login">Jetzt bestätigen</a></p>' },
  { label: 'ja credential lure (spam terms, brand)', reader: 'CONTENT_SPAM_TERMS', from: 'Amazon <info@amaz0n-support.example.top>', subject: 'お知らせ', html: '<p>お客様のアカウントは一時的に停止されました。アカウント情報を確認し、パスワードでログインしてください。24時間以内にご確認いただけない場合、アカウントは永久に停止されます。</p><p><a href="https://amazon-jp-verify.example.top/signin">今すぐ確認</a></p>' },
  { label: 'en crypto claim (crypto-host reader)', reader: 'CONTENT_CRYPTO_CLAIM', from: 'Wallet Rewards <rewards@airdrop.example.top>', subject: 'Notice', html: '<p>Congratulations! You are eligible to claim 0.85 BTC from our airdrop. Connect your wallet to claim your reward before it expires.</p><p><a href="https://claim-airdrop.example.top/">Claim now</a></p>' },
  { label: 'en 419 letter (advance fee from free mail)', reader: 'CONTENT_ADVANCE_FEE_FREEMAIL', from: 'Mr. James Brown <jamesbrown@gmail.com>', subject: 'Greetings', html: '<p>I am Barrister James Brown, the personal attorney to the late Mr. Robert, who died in a car accident with his family. He left a deposit of US$10.5 million (ten million five hundred thousand dollars) in a bank here. I seek your consent to present you as the next of kin so that the funds can be released to you; we share 50% each. Reply with your full name, address and phone number.</p>' },
];

for (const row of LURES) {
  test(`a 200 KB subject hides nothing of the body: ${row.label}`, async () => {
    const plain = await scanner.scan({ raw: mail(row.from, row.subject, row.html), source: row.label });
    const filled = await scanner.scan({ raw: mail(row.from, row.subject + FILLER, row.html), source: row.label });
    const before = ids(plain);
    const after = ids(filled);
    assert.ok(before.includes(row.reader), `the lure's own reading: ${before.join(' ')}`);
    assert.deepEqual(before.filter((id) => !after.includes(id)), [], 'findings lost under the filler');
    assert.ok(after.includes('HDR_SUBJECT_LIMIT'), after.join(' '));
    assert.ok(RANK[filled.verdict]! >= RANK[plain.verdict]!, `${plain.verdict} -> ${filled.verdict}`);
    // The report keeps the subject as written.
    assert.equal(filled.subject.length, row.subject.length + FILLER.length);
  });
}

/** Must not: long but genuine subjects (a ticket's, a list digest's, a Japanese notice's) are read whole and are no finding. */
const GENUINE: { label: string; subject: string }[] = [
  { label: 'en ticket subject of 300 characters', subject: `[JIRA] (PROJ-4711) Build fails on the release branch after the dependency update: ${'the integration tests time out while waiting for the database container to start, '.repeat(3)}`.slice(0, 300) },
  { label: 'de list digest subject', subject: `Zusammenfassung der Liste, Band 12, Ausgabe 34: ${'Themen der Woche: Sitzungsprotokoll, Kassenbericht, Termine für das Sommerfest und die Jahreshauptversammlung; '.repeat(4)}` },
  { label: 'ja notice subject', subject: `【ご案内】${'年末年始の営業日と配送スケジュールについてのお知らせ、および会員規約の改定について'.repeat(8)}` },
  { label: 'exactly SUBJECT_READ_CHARS characters', subject: 'Minutes of the meeting '.repeat(100).slice(0, SUBJECT_READ_CHARS) },
];

for (const row of GENUINE) {
  test(`a long genuine subject is read whole and is no finding (must not): ${row.label}`, async () => {
    assert.ok(row.subject.length <= SUBJECT_READ_CHARS && row.subject.length > 150, `${row.subject.length}`);
    const report = await scanner.scan({ raw: mail('Team <team@example.org>', row.subject, '<p>Hello, the notes from Tuesday are attached below. Best regards, Anna</p>'), source: row.label });
    assert.ok(!ids(report).includes('HDR_SUBJECT_LIMIT'), ids(report).join(' '));
    const msg = parseMessage(mail('Team <team@example.org>', row.subject, '<p>hi</p>'), OPTS);
    assert.equal(checkInput(msg), msg, 'no view is made');
  });
}

test('the content view: the subject cut to SUBJECT_READ_CHARS, never inside a surrogate pair, one view per message (table)', () => {
  const rows: { label: string; subject: string; read: number }[] = [
    { label: 'ASCII filler', subject: 'x'.repeat(SUBJECT_READ_CHARS + 1), read: SUBJECT_READ_CHARS },
    { label: 'an emoji across the cut', subject: `${'x'.repeat(SUBJECT_READ_CHARS - 1)}😀${'y'.repeat(50)}`, read: SUBJECT_READ_CHARS - 1 },
    { label: 'Japanese filler', subject: 'お知らせ'.repeat(1000), read: SUBJECT_READ_CHARS },
  ];
  for (const row of rows) {
    assert.equal(subjectAsRead(row.subject).length, row.read, row.label);
    const msg = parseMessage(mail('a <a@example.org>', row.subject, '<p>hi</p>'), OPTS);
    assert.equal(msg.subject, row.subject, `${row.label}: the parser keeps the whole subject`);
    const view = checkInput(msg);
    assert.equal(view.subject.length, row.read, row.label);
    assert.equal(checkInput(msg), view, `${row.label}: one view`);
    assert.equal(view.visibleText, msg.visibleText, row.label);
    assert.deepEqual(msg.anomalies.filter((a) => a.kind === 'limit-subject-length').length, 1, row.label);
  }
});

/**
 * Every family but the headers' reads the bounded subject (session 63): the sender family read `subject + text` cut at 24,000
 * characters for an organisation a free name claims, and under 200 KB of subject filler one pot design spam lost
 * FROM_ORGANISATION_UNRELATED. Rows: a display name with no organisation cue, claimed only by the text naming it twice.
 */
const SENDER_ROWS: { label: string; from: string; subject: string; html: string }[] = [
  { label: 'en', from: 'Harvelle <rewards@mshtavr.example>', subject: 'Your claim', html: '<p>Harvelle has approved your claim. Harvelle thanks you for your patience.</p><p><a href="https://matka.example/claim">Claim</a></p>' },
  { label: 'de', from: 'Quellwerk <service@mshtavr.example>', subject: 'Ihr Antrag', html: '<p>Quellwerk hat Ihren Antrag genehmigt. Quellwerk dankt Ihnen für Ihre Geduld.</p><p><a href="https://matka.example/antrag">Antrag</a></p>' },
  { label: 'pt', from: 'Vantora <contato@mshtavr.example>', subject: 'Seu pedido', html: '<p>A Vantora aprovou o seu pedido. A Vantora agradece a sua paciência.</p><p><a href="https://matka.example/pedido">Pedido</a></p>' },
];

for (const row of SENDER_ROWS) {
  test(`a 200 KB subject buries no claim of the sender family: ${row.label}`, async () => {
    const plain = await scanner.scan({ raw: mail(row.from, row.subject, row.html), source: row.label });
    const filled = await scanner.scan({ raw: mail(row.from, row.subject + FILLER, row.html), source: row.label });
    assert.ok(ids(plain).includes('FROM_ORGANISATION_UNRELATED'), `the claim's own reading: ${ids(plain).join(' ')}`);
    assert.deepEqual(ids(plain).filter((id) => !ids(filled).includes(id)), [], 'findings lost under the filler');
    assert.ok(ids(filled).includes('HDR_SUBJECT_LIMIT'));
  });
}

/**
 * Filler in the text (session 63, html-links-50000-before): 50,000 links of "." before the letter filled the readers' bounded
 * head of the shown text (content reads its first 30,000 characters) and the lure's words were never read. The view reads a run
 * of FILLER_RUN_CHARS or more characters without a letter or digit as its edges and a space.
 */
const DOTS = Array.from({ length: 50_000 }, (_, i) => `<a href="https://l.example.net/${i}">.</a>`).join('');
for (const row of LURES) {
  test(`50,000 links of "." before the letter hide nothing of it from the content readers: ${row.label}`, async () => {
    const plain = await scanner.scan({ raw: mail(row.from, row.subject, row.html), source: row.label });
    const filled = await scanner.scan({ raw: mail(row.from, row.subject, `${DOTS}${row.html}`), source: row.label });
    assert.ok(ids(filled).includes(row.reader), `the reader's finding under the filler: ${ids(filled).join(' ')}`);
    assert.ok(RANK[filled.verdict]! >= RANK[plain.verdict]!, `${plain.verdict} -> ${filled.verdict}`);
  });
}

test('withoutFillerRuns: runs of FILLER_RUN_CHARS or more read as their edges and a space; shorter ones, and letters, kept (table)', () => {
  const run = (n: number, c = '.') => c.repeat(n);
  // [why, text, expected]
  const rows: [string, string, string][] = [
    ['no filler: the same string', 'Dear customer, your parcel is waiting.', 'Dear customer, your parcel is waiting.'],
    ['a separator line of 80 dashes (must not)', `Hello\n${run(80, '-')}\nBye`, `Hello\n${run(80, '-')}\nBye`],
    ['a run just under the bound (must not)', `a${run(FILLER_RUN_CHARS - 1)}b`, `a${run(FILLER_RUN_CHARS - 1)}b`],
    ['a run at the bound', `a${run(FILLER_RUN_CHARS)}b`, `a${run(32)} ${run(32)}b`],
    ['dots and spaces before the letter, its PGP edge kept', `${run(30_000, '. ')}-----BEGIN PGP SIGNATURE-----`, `${run(16, '. ')} ${run(30_000, '. ').slice(-27)}-----BEGIN PGP SIGNATURE-----`],
    ['Japanese punctuation is no filler (not ASCII): kept', `お知らせ${run(3000, '。')}です`, `お知らせ${run(3000, '。')}です`],
    ['two runs around words', `${run(5000, '*')}Sign in now${run(5000, '=')}`, `${run(32, '*')} ${run(32, '*')}Sign in now${run(32, '=')} ${run(32, '=')}`],
  ];
  for (const [why, text, expected] of rows) {
    const out = withoutFillerRuns(text);
    assert.equal(out, expected, why);
    if (text === expected) assert.equal(out, text, `${why}: no copy`);
  }
  const msg = parseMessage(mail('a <a@example.org>', 'notes', `<p>Minutes</p>${'<p>-----</p>'.repeat(100)}`), OPTS);
  assert.equal(checkInput(msg), msg, 'short separators: no view');
});
