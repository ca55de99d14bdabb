import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dmarcPass, ids, textMail, trusted } from '../../test-support/classifier-free-scan.js';
import { cpuGrowth } from '../../test-support/growth.js';
import { buildMessage } from './fixtures/message.js';
import { debtReliefCallback } from './debt-relief-callback.js';

/**
 * Session 61 (issue 17, helper scam62): the debt-relief callback (debt-relief-callback.ts, CONTENT_DEBT_RELIEF_CALLBACK and its
 * _STRANGER composite) — the reader's own debt said to be forgiven or reduced, with only a number to call. End to end with the
 * classifier off; letters written for the test (en, es), plain text, no links. Must-not rows: a friend's own loans, a servicer's
 * notice with a link, a debt charity's helpline from its own domain (the reading alone, not flagged), a payment reminder, a
 * warning about the scheme.
 */
const scan = (from: string, subject: string, text: string, extra: string[] = []) =>
  trusted.scan({ source: 'debt-relief-callback.test', raw: textMail([`From: ${from}`, 'To: reader@mailbox.example', `Subject: ${subject}`, ...extra], text) });

/** [language and wording, sender, subject, text]. */
const LURES: [string, string, string, string][] = [
  ['en, student loans marked eligible for forgiveness, one more day', 'Karen Ruiz <karen.ruiz.loandesk@hotmail.com>', 'Your file #48213', 'Hello, this is Karen on behalf of the Student Loan Relief Department. Your federal student loans have been marked as eligible for forgiveness under the new guidelines. Your file will remain open for one more day. Please give your dedicated line a call at 877-555-0142 to have this applied.'],
  ['en, tax debt qualifies for a reduction', 'Tax Resolution <resolution.desk.77@gmail.com>', 'Final notice on your balance', 'Our records show that your IRS tax debt qualifies for a reduction under the Fresh Start program. Call our agents today at (888) 555-0172 before the program closes.'],
  ['en, loans approved for discharge', 'Dept. of Loan Services <loan.services.dept@outlook.com>', 'Approved', 'Good news: your student loans were approved for full discharge. Call 1-866-555-0199 to confirm your enrollment before Friday.'],
  ['es, préstamos estudiantiles aprobados para la condonación', 'Centro de Alivio <centro.alivio.prestamos@gmail.com>', 'Su expediente', 'Hola, sus préstamos estudiantiles han sido aprobados para la condonación total. Llame al 1-877-555-0163 hoy mismo para completar el trámite.'],
];
for (const [kind, from, subject, text] of LURES) {
  test(`debt-relief callback (${kind}) → CONTENT_DEBT_RELIEF_CALLBACK_STRANGER, flagged`, async () => {
    const r = await scan(from, subject, text);
    assert.ok(ids(r).includes('CONTENT_DEBT_RELIEF_CALLBACK_STRANGER'), ids(r).join(', '));
    assert.notEqual(r.verdict, 'clean', `${r.score}: ${ids(r).join(', ')}`);
  });
}

/** [why, sender, subject, text, authenticated domain ('' for none)]: none may raise the reading. */
const MUST_NOT: [string, string, string, string, string][] = [
  ['a friend: her own loans forgiven, call her', 'Jess <jess.miller.87@gmail.com>', 'guess what', 'My student loans were approved for forgiveness!! I cannot believe it. Call me at 617-555-0134 tonight, we have to celebrate.', ''],
  ["a servicer's notice with a link to the account", 'Loan Servicing <notices@servicer.example>', 'Forgiveness update', 'Your loans may be eligible for forgiveness under the new plan. Sign in at https://servicer.example/account to apply, or call 800-555-0100.', 'servicer.example'],
  ['a payment reminder', 'Card Services <alerts@bank.example>', 'Payment due', 'Your loan payment of $250 is due on June 5. Questions? Call us at 800-555-0111.', 'bank.example'],
  ['a warning about the scheme', 'Consumer Alert <alerts@consumer.example.gov>', 'Student loan scams', 'Scammers write that your student loans are eligible for forgiveness and ask you to call 877-555-0142. This is a scam: do not call.', 'consumer.example.gov'],
];
for (const [why, from, subject, text, auth] of MUST_NOT) {
  test(`debt-relief callback must not: ${why}`, async () => {
    const r = await scan(from, subject, text, auth ? dmarcPass(auth) : []);
    assert.deepEqual(ids(r).filter((id) => id.startsWith('CONTENT_DEBT_RELIEF_CALLBACK')), [], ids(r).join(', '));
  });
}

test("debt-relief callback: a debt charity's helpline from its own domain reads the reading alone, not flagged", async () => {
  const r = await scan('Debt Advice <help@debtcharity.example>', 'Struggling with bills?', 'If your debts feel too much, you may be eligible for a debt relief order. Call our free helpline on 0800 138 1111.', dmarcPass('debtcharity.example'));
  assert.ok(!ids(r).includes('CONTENT_DEBT_RELIEF_CALLBACK_STRANGER'), ids(r).join(', '));
  assert.equal(r.verdict, 'clean', `${r.score}: ${ids(r).join(', ')}`);
});

test('linear on hostile text: 10× the text (up to the characters read) takes ~10× the CPU', () => {
  const growth = cpuGrowth((n) => buildMessage({ subject: 'x', text: `${'your student loan eligible approved relief forgiveness call 877 '.repeat(n / 64)}` }), (m) => {
    debtReliefCallback(m);
  }, 600);
  assert.ok(growth < 40, `10× the text took ${growth.toFixed(1)}× the CPU`);
});
