import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultConfig } from '../../config/load.js';
import { configSchema } from '../../config/schema.js';
import { translateEvidence } from '../../rules/explain.js';
import { createScanner } from '../../runtime/index.js';
import { loadContentModel } from '../../runtime/model.js';
import { activeIds, assertCorpusRows } from '../../test-support/corpus-rows.js';
import { categoriesCheck } from './categories.js';
import { buildMessage } from './fixtures/message.js';
import { AUDIT_MUST_NOT, AUDIT_ROWS, type AuditRow } from './fixtures/scam-audit.js';

/**
 * Issue 17, item 6 (session 13): the scam-kind × language audit, end to end (.eml → parser → every family → score, the
 * shipped classifier model). Every row must be flagged (spam or worse) and raise one of its kind's content findings.
 */
const shipped = await loadContentModel({ ...defaultConfig().content.classifier, useStore: false });
const scanner = await createScanner({ config: defaultConfig(), services: { now: () => new Date('2025-06-02T08:00:00Z'), classifierModel: shipped } });

/** A header value as mail carries it: RFC 2047 when it is not ASCII (raw UTF-8 in a header is a finding of its own). */
const encoded = (value: string) => (/^[\x20-\x7e]*$/.test(value) ? value : `=?UTF-8?B?${Buffer.from(value).toString('base64')}?=`);
const encodedFrom = (from: string) => from.replace(/^(.+?) </, (_all, name: string) => `${encoded(name)} <`);

function auditEml(row: Pick<AuditRow, 'from' | 'subject' | 'text' | 'headers'>, index: number): Uint8Array {
  const to = row.headers?.some((h) => /^to:/i.test(h)) ? [] : ['To: reader@mailbox.example'];
  return new TextEncoder().encode(
    [`From: ${encodedFrom(row.from)}`, `Subject: ${encoded(row.subject)}`, ...to, ...(row.headers ?? []), 'Date: Mon, 2 Jun 2025 10:00:00 +0200',
      `Message-ID: <audit.${index}@${row.from.replace(/.*@|>.*/g, '')}>`, 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8', '', row.text, ''].join('\r\n'),
  );
}

AUDIT_ROWS.forEach((row, i) => {
  const name = `scam audit${row.gap ? ', known gap' : ''}: ${row.kind} (${row.lang}) #${i}: ${row.subject}`;
  test(name, async () => {
    const r = await scanner.scan({ raw: auditEml(row, i), source: `audit-${i}.eml` });
    const ids = activeIds(r);
    const line = `${r.verdict} ${r.score}: ${ids.join(', ')}`;
    if (process.env.SCAM_AUDIT_PRINT) console.log(`AUDIT\t${row.kind}\t${row.lang}\t${i}\t${r.verdict}\t${r.score}\t${row.expect.some((id) => ids.includes(id))}\t${ids.join(',')}`);
    const met = row.expect.some((id) => ids.includes(id)) && r.verdict !== 'clean';
    if (row.gap) {
      // Still missed, for the reason the row gives; a change that closes the gap makes this fail: drop the row's `gap`.
      assert.equal(met, false, `known gap closed (${row.gap}): ${line} — remove the row's gap`);
      return;
    }
    assert.ok(row.expect.some((id) => ids.includes(id)), `one of ${row.expect.join(' | ')} expected; ${line}`);
    assert.notEqual(r.verdict, 'clean', line);
  });
});

AUDIT_MUST_NOT.forEach((row, i) => {
  test(`scam audit, must not: ${row.name}`, async () => {
    const r = await scanner.scan({ raw: auditEml(row, 1000 + i), source: `audit-not-${i}.eml` });
    const ids = activeIds(r);
    assert.ok(!ids.includes('CONTENT_SCAM_LETTER'), ids.join(', '));
    assert.equal(r.verdict, 'clean', `${r.verdict} ${r.score}: ${ids.join(', ')}`);
  });
});

// The scammer's own reassurance ("this is not a scam") is no warning: it contains the warning's words ("es una estafa"), so
// the warning rows must not be spelled so that it matches them. Every met row of these languages keeps its finding with it.
const REASSURANCE: Partial<Record<AuditRow['lang'], string>> = {
  es: 'Esto no es una estafa, le doy mi palabra.', pt: 'Isto não é um golpe, dou-lhe a minha palavra.', it: 'Questa non è una truffa, hai la mia parola.',
  en: 'This is not a scam, you have my word.', fr: 'Ce n\'est pas une arnaque, vous avez ma parole.', de: 'Das ist kein Betrug, Sie haben mein Wort.',
};
AUDIT_ROWS.forEach((row, i) => {
  const reassurance = REASSURANCE[row.lang];
  if (row.gap || !reassurance) return;
  test(`scam audit, "not a scam" kept: ${row.kind} (${row.lang}) #${i}`, async () => {
    const r = await scanner.scan({ raw: auditEml({ ...row, text: `${row.text} ${reassurance}` }, 2000 + i), source: `audit-reassured-${i}.eml` });
    const ids = activeIds(r);
    assert.ok(row.expect.some((id) => ids.includes(id)), `one of ${row.expect.join(' | ')} expected; ${r.verdict} ${r.score}: ${ids.join(', ')}`);
    assert.notEqual(r.verdict, 'clean');
  });
});

// CONTENT_SCAM_LETTER's bounds (categories.ts), on the category check alone: a kind at 6 with a strong term, at 8 without one;
// never a kind whose strong words are a newsletter's (dating), nor a text that warns about the scam.
const categories = categoriesCheck(configSchema.parse({}).content.categories);
const letterOf = async (subject: string, text: string) => {
  const out = await categories.run(buildMessage({ subject, text }), { now: new Date('2025-06-02T08:00:00Z'), signal: new AbortController().signal });
  return out.findings.find((f) => f.id === 'CONTENT_SCAM_LETTER')?.evidence ?? null;
};
const letterRows: { name: string; subject: string; text: string; kind: string | null }[] = [
  { name: 'sextortion at 6 with a strong term', subject: 'Hallo', text: 'Ik heb toegang tot uw apparaat en uw camera.', kind: 'sextortion' },
  { name: 'sextortion at 5 with a strong term is not yet', subject: 'Hallo', text: 'Ik heb toegang tot uw apparaat. Binnen 48 uur.', kind: null },
  { name: 'advance-fee at 6 without a strong term is a mention', subject: 'Appeal', text: 'The war orphans need the relief fund; the orphans thank you.', kind: null },
  { name: 'jobs at 8 without a strong term', subject: 'Vaga', text: 'Trabalho em casa, tarefas simples, pagamento diário, sem experiência.', kind: 'jobs' },
  { name: 'dating words are never a letter', subject: 'Sex dating', text: 'Hot singles, porn, xxx, naughty webcam, adult dating site, looking for a lover.', kind: null },
  { name: 'a wallet\'s warning about the recovery phrase', subject: 'Security', text: 'We will never ask for your recovery phrase. Do not enter your seed phrase to verify your wallet or claim your tokens.', kind: null },
  { name: 'the same words as an ask', subject: 'Security', text: 'Enter your recovery phrase to verify your wallet and claim your tokens.', kind: 'crypto-scam' },
  { name: 'a callback lure at 6 with a strong term', subject: 'Virus', text: 'Il tuo computer è infetto. Non spegnere il computer.', kind: 'callback-scam' },
  { name: 'a renewal receipt\'s words at 8 without a strong term are no callback letter', subject: 'Receipt',
    text: 'Your subscription has been renewed and will be automatically renewed next year; it has been charged. Renewal and refund in your account.', kind: null },
];
for (const row of letterRows) {
  test(`scam letter bounds: ${row.name}`, async () => {
    const evidence = await letterOf(row.subject, row.text);
    assert.equal(evidence?.split(':')[0] ?? null, row.kind, evidence ?? 'no letter');
  });
}

// CONTENT_ADVANCE_FEE_ASKED, CONTENT_DONATION_UNTRACEABLE and CONTENT_DATING_ADVERT (session 14), on the category check alone: every part needed,
// none in a text that says there is no fee or warns about the scheme.
const partsOf = async (subject: string, text: string) => {
  const out = await categories.run(buildMessage({ subject, text }), { now: new Date('2025-06-02T08:00:00Z'), signal: new AbortController().signal });
  return out.findings.filter((f) => ['CONTENT_ADVANCE_FEE_ASKED', 'CONTENT_DONATION_UNTRACEABLE', 'CONTENT_DATING_ADVERT', 'CONTENT_DEBT_CALLBACK', 'CONTENT_BANK_DETAILS_CHANGED'].includes(f.id)).map((f) => f.id);
};
const partRows: { name: string; text: string; ids: string[] }[] = [
  { name: 'fee, paid first, for a loan', text: 'Your loan is ready. Pay only the processing fee today.', ids: ['CONTENT_ADVANCE_FEE_ASKED'] },
  { name: 'fee and loan, nothing paid first', text: 'Your loan is ready. A processing fee of 1 % is deducted from the amount.', ids: [] },
  { name: 'fee paid first, no payout (a registration)', text: 'Your registration is approved. Please pay the registration fee in advance.', ids: [] },
  { name: 'paid first and a loan, no fee named', text: 'Your loan is ready. Pay only what you can, in advance or later.', ids: [] },
  { name: 'a bank saying there is no fee (de)', text: 'Ihr Kredit ist genehmigt. Zahlen Sie nur die Raten, keine Bearbeitungsgebühren.', ids: [] },
  { name: 'a prize released after a fee (it)', text: 'Ha vinto 20.000 euro! Per ricevere il premio paghi solo la tassa di sblocco.', ids: ['CONTENT_ADVANCE_FEE_ASKED'] },
  { name: 'a recovery fee before the funds you lost are released (en)', text: 'We traced the funds you lost. A recovery fee must be paid before we release them.', ids: ['CONTENT_ADVANCE_FEE_ASKED'] },
  { name: 'a recovery service with no fee asked first', text: 'We traced the funds you lost. Our recovery fee is a share of what comes back.', ids: [] },
  { name: 'a donation via Western Union', text: 'Please send your donation via Western Union today.', ids: ['CONTENT_DONATION_UNTRACEABLE'] },
  { name: 'a donation, gift cards not as the means', text: 'Donate online. Gift cards for our shop are on sale too.', ids: [] },
  { name: 'a channel as the means, no donation', text: 'Pay the invoice by Western Union.', ids: [] },
  { name: 'a warning about charity scams', text: 'Legitimate charities never ask for a donation by gift cards.', ids: [] },
  { name: 'a dating advert in the first person', text: 'I live near you and I am looking for a lover for sex tonight.', ids: ['CONTENT_DATING_ADVERT'] },
  { name: 'the first person without the dating category (a flat share)', text: 'I live near you and I am looking for a man to share my flat.', ids: [] },
  { name: 'the first person, the category only by the same phrase (a roofer)', text: 'I am looking for a man who can fix my roof. I live near you.', ids: [] },
  { name: 'the dating category without the first person (a newsletter)', text: 'Our column on sex, dating sites and porn addiction.', ids: [] },
  { name: 'Japanese: a donation by gift card', text: '寄付はギフトカードでお願いします。', ids: ['CONTENT_DONATION_UNTRACEABLE'] },
  // CONTENT_DEBT_CALLBACK (session 17): a debt, a legal threat, a deadline in hours and "call us now" — each part missing once, and a warning
  { name: 'a debt, court within hours, call now', text: 'Your unpaid balance goes to legal action within 24 hours. Call us now.', ids: ['CONTENT_DEBT_CALLBACK'] },
  { name: 'no debt named', text: 'Legal action within 24 hours. Call us now.', ids: [] },
  { name: 'no legal threat', text: 'Your unpaid balance is due within 24 hours. Call us now.', ids: [] },
  { name: 'a deadline in days', text: 'Your unpaid balance goes to legal action within 14 days. Call us now.', ids: [] },
  { name: 'no call asked', text: 'Your unpaid balance goes to legal action within 24 hours. Pay in your customer portal.', ids: [] },
  { name: 'a warning about fake collectors', text: 'Fake collectors claim an unpaid debt, threaten legal action within 24 hours and say call now. A real collector will never threaten arrest.', ids: [] },
  // CONTENT_BANK_DETAILS_CHANGED (session 17): new bank details, invoices to pay there, and no call to check — each part missing once, and a genuine change
  { name: 'new bank details, pending invoices, no calls', text: 'We have new bank details. Please pay the pending invoices there. We cannot take calls, reply by email only.', ids: ['CONTENT_BANK_DETAILS_CHANGED'] },
  { name: 'new bank details and pending invoices, calls welcome', text: 'We have new bank details. Please pay the pending invoices there. Questions? Call us.', ids: [] },
  { name: 'new bank details, no calls, nothing to pay', text: 'We have new bank details. We cannot take calls this week, reply by email only.', ids: [] },
  { name: 'pending invoices, no calls, the bank unchanged', text: 'Please pay the pending invoices. We cannot take calls, reply by email only.', ids: [] },
  { name: 'a genuine change: verify with your usual contact', text: 'We have new bank details for all future payments. By email only we cannot confirm them: verify any change by calling your usual contact.', ids: [] },
  // Session 23: funds held until a fee is paid first — each part missing once, and the genuine letters of the same kinds
  // (English ones scored spam end to end by the classifier on main already, so they are rows here, not audit must-nots).
  { name: 'a held withdrawal: a tax deposit that cannot be deducted', text: 'Your withdrawal request is on hold. A tax deposit of 20 % is due; it cannot be deducted from your balance.', ids: ['CONTENT_ADVANCE_FEE_ASKED'] },
  { name: 'a held withdrawal, no fee named', text: 'Your withdrawal request is on hold. The amount cannot be deducted from your balance.', ids: [] },
  { name: 'a dormant account: reactivation fee to withdraw (de)', text: 'Um das Konto zu reaktivieren und Ihr Guthaben auszuzahlen, zahlen Sie eine Reaktivierungsgebühr.', ids: ['CONTENT_ADVANCE_FEE_ASKED'] },
  { name: 'located funds, court fees first (nl)', text: 'Wij hebben uw geld teruggevonden. U moet eerst de gerechtskosten betalen.', ids: ['CONTENT_ADVANCE_FEE_ASKED'] },
  { name: 'an exchange\'s withdrawal notice with its network fee', text: 'We received your withdrawal request of 0.5 BTC. Network fee: 0.00015 BTC; the amount after the fee is sent once the request is approved.', ids: [] },
  { name: 'an accountant on a pension withdrawal\'s tax', text: 'About your pension withdrawal request: personal income tax is due on the taxable part. The tax must be paid by 31 January; after payment, HMRC will send you a statement.', ids: [] },
  { name: 'a prepaid line\'s reactivation', text: 'Your prepaid line has been inactive. To reactivate it, pay the reactivation fee of $5; your remaining balance of $12.40 will then be restored.', ids: [] },
  { name: 'a real lawyer asking court fees in advance for a claim', text: 'To file the claim, court fees of £455 must be paid in advance. We will seek to recover the funds you lost through the court.', ids: [] },
  { name: 'a tenant\'s deposit returned (de)', text: 'Ihre Kaution zahlen wir nach der Übergabe aus; vorher müssen Sie zuerst die Schlüssel zurückgeben. Ihre Auszahlung erfolgt in 14 Tagen.', ids: [] },
  { name: 'the VIP level bought before a withdrawal', text: 'Deposit 10,000 USDT to upgrade your account level; then the full balance including your deposit can be withdrawn.', ids: ['CONTENT_ADVANCE_FEE_ASKED'] },
  { name: 'an exchange\'s VIP tier mail', text: 'Your VIP level is now VIP 2, based on your 30-day trading volume. Lower fees apply. Your funds can be withdrawn at any time.', ids: [] },
  { name: 'a warning about held-withdrawal scams (en)', text: 'Scam alert: fake platforms say your withdrawal request is on hold until a tax deposit is paid that cannot be deducted from your balance. Never pay it.', ids: [] },
];
for (const row of partRows) {
  test(`fee and channel parts: ${row.name}`, async () => {
    assert.deepEqual(await partsOf('Notice', row.text), row.ids);
  });
}

test('scam letter evidence reads in Japanese: the kind named, the words as found', () => {
  assert.equal(translateEvidence('CONTENT_SCAM_LETTER', 'sextortion: te grabé, 48 horas', 'ja'), '性的脅迫(セクストーション): te grabé, 48 horas');
  assert.equal(translateEvidence('CONTENT_SCAM_LETTER', 'jobs: nebenjob, produkte bewerten', 'ja'), '副業・求人詐欺: nebenjob, produkte bewerten');
  assert.equal(translateEvidence('CONTENT_SCAM_LETTER', 'advance-fee: begunstigde', 'en'), 'advance-fee: begunstigde');
  assert.equal(translateEvidence('CONTENT_SCAM_LETTER', 'callback-scam: non ha autorizzato, rimborso', 'ja'), '偽の請求・更新・ウイルス警告(電話をかけさせる詐欺): non ha autorizzato, rimborso');
  assert.equal(translateEvidence('CONTENT_ADVANCE_FEE_ASKED', 'asked: 保証料, 先にお振込み; for: 融資', 'ja'), '先払いを求める語: 保証料, 先にお振込み; 支払いの名目: 融資');
  assert.equal(translateEvidence('CONTENT_DONATION_UNTRACEABLE', 'asked: donation; by: western union', 'ja'), '寄付の依頼: donation; 支払い方法: western union');
  assert.equal(translateEvidence('CONTENT_BANK_DETAILS_CHANGED', 'changed: 振込先の変更; pay: 未払いの請求書; no check: メールでのみ', 'ja'), '口座の変更: 振込先の変更; 支払いの依頼: 未払いの請求書; 確認を妨げる語: メールでのみ');
  assert.equal(translateEvidence('CONTENT_DEBT_CALLBACK', 'debt: 未払い; threat: 法的措置, 48時間以内; call: 至急お電話', 'ja'), '請求: 未払い; 脅し・期限: 法的措置, 48時間以内; 電話の要求: 至急お電話');
});

// Session 41: the honeypot's kinds the classifier alone carried (rule-only 1.1–4.1 on base41), each now met by its own
// words: the listed company's shares and the auto-trading platforms offered by bulk mail, the philanthropist's donation to
// claim, the French training-account lure, the casino's "payout verification" advert from a school's mailbox. Files outside
// bench/phishing-labels.tsv (and not the next draw's).
test('session 41 kinds in the honeypot: the pitch, the donation, the training account, the casino payout (corpus)', async (t) => {
  await assertCorpusRows(t, scanner, [
    { file: 'sample-5366.eml', expected: ['CONTENT_SCAM_LETTER', 'CONTENT_CATEGORY_FINANCE'], forbidden: [], why: '"Investissez dans l\'avenir, choisissez TotalEnergies" from an awsapps.com sender (session 53: in place of a row that draw 10 made held-out)' },
    { file: 'sample-5723.eml', expected: ['CONTENT_SCAM_LETTER'], forbidden: [], why: 'a fake news item sending to "Bitcoin Bank Breaker", "Investissez maintenant"' },
    { file: 'sample-2383.eml', expected: ['CONTENT_SCAM_LETTER'], forbidden: [], why: '"Bitcoin-Billionär … Wie man wirklich reich wird" (unlabelled, the same campaign; session 54: in place of a row that draw 11 made held-out)' },
    { file: 'sample-4351.eml', expected: ['CONTENT_SCAM_LETTER', 'CONTENT_ADVANCE_FEE_REPLY_ELSEWHERE'], forbidden: [], why: '"has donated $3.5million to you … claim your donation", Reply-To at gmail' },
    { file: 'sample-6016.eml', expected: ['PHISH_NOTICE_LURE'], forbidden: [], verdict: 'phishing', why: '"Vos droits CPF expirent bientôt" from a school in the Emirates (session 49: in place of a row that draw 6 made held-out)' },
    { file: 'sample-6288.eml', expected: ['PHISH_NOTICE_LURE'], forbidden: [], verdict: 'phishing', why: '"vos droits CPF arrivent bientôt à échéance"' },
    { file: 'sample-6693.eml', expected: ['CONTENT_GAMBLING_ADVERT_UNRELATED'], forbidden: [], why: '"Payout Verification": "welcome pack C$7,500 B0NUS + 400 FS … slot games" from a school\'s mailbox' },
  ]);
});
