import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dmarcPass, ids, textMail, trusted } from '../../test-support/classifier-free-scan.js';
import { cpuGrowth } from '../../test-support/growth.js';
import { buildMessage } from './fixtures/message.js';
import { blessingHook } from './blessing-hook.js';

/**
 * Session 59 (issue 17 item 6, helper scam59): the blessing that opens a 419 or romance conversation (blessing-hook.ts,
 * CONTENT_BLESSING_HOOK and the composite CONTENT_BLESSING_HOOK_STRANGER). End to end with the classifier off; letters written
 * for the test (other words than scam-variants' rows), plain text, no links.
 */
const scan = (from: string, subject: string, text: string, extra: string[] = []) =>
  trusted.scan({ source: 'blessing-hook.test', raw: textMail([`From: ${from}`, 'To: reader@mailbox.example', `Subject: ${subject}`, ...extra], text) });

/** [language, sender, subject, text]: each raises CONTENT_BLESSING_HOOK_STRANGER (2 + 3, under the spam line alone: by design). */
const LURES: [string, string, string, string][] = [
  ['en, Sister and an address', 'Sister Ruth <sisterruth.blessed4@gmail.com>', 'God is good', 'The Lord has blessed you beyond measure. His grace is sufficient for you, in Jesus name. Amen.\n\nRemain blessed,\nSister Ruth\nsisterruth.blessed4@gmail.com'],
  ['en, Reverend', 'Rev. Samuel <rev.samuel.grace@outlook.com>', 'Greetings in Christ', 'Peace of our Lord Jesus Christ be with you. May the Almighty God shower you with His blessings today.\n\nRev. Samuel'],
  ['es, Hermano', 'Hermano José <hno.jose.fe@hotmail.com>', 'Dios le bendiga', 'Que Dios todopoderoso le llene de bendiciones. Usted es bendecido por el Señor en todo momento.\n\nHermano José'],
  ['pt, Irmão', 'Irmão Paulo <irmao.paulo.fe@gmail.com>', 'Deus é fiel', 'Que Deus abençoe a sua casa. Você foi abençoado pelo Senhor Todo-Poderoso.\n\nIrmão Paulo'],
  ['de, Bruder', 'Bruder Johannes <bruder.johannes@gmx.de>', 'Gottes Segen', 'Gott segne Sie und Ihre Familie. Sie sind vom allmächtigen Gott gesegnet.\n\nBruder Johannes'],
  ['fr, Frère', 'Frère Luc <frere.luc.foi@yahoo.fr>', 'Que Dieu vous bénisse', 'Le Seigneur vous a béni. Rendons gloire à Dieu pour sa bonté.\n\nFrère Luc'],
  ['it, Fratello', 'Fratello Paolo <fratello.paolo@libero.it>', 'Dio ti benedica', 'Il Signore Onnipotente ti ha benedetto. Sia lodato Dio per la sua grazia.\n\nFratello Paolo'],
  ['nl, Broeder', 'Broeder Pieter <broeder.pieter@outlook.com>', 'Gods zegen', 'U bent gezegend door de Almachtige God. Wij danken de Heer.\n\nBroeder Pieter'],
];
for (const [kind, from, subject, text] of LURES) {
  test(`blessing hook (${kind}) → CONTENT_BLESSING_HOOK_STRANGER`, async () => {
    const r = await scan(from, subject, text);
    assert.ok(ids(r).includes('CONTENT_BLESSING_HOOK_STRANGER'), ids(r).join(', '));
  });
}

test('the hook sent through a server that forges the free-mail provider\'s name is spam (design sample-2013\'s envelope)', async () => {
  const helo = 'Received: from gmail.com (relay.hosting-lat.example [187.141.71.58]) by mx.reader.example; Mon, 2 Jun 2025 07:58:30 +0000';
  const r = await scan('Sister Ruth <sisterruth.blessed4@gmail.com>', 'God is good', 'The Lord has blessed you beyond measure. His grace is sufficient for you, in Jesus name. Amen.\n\nRemain blessed,\nSister Ruth', [helo]);
  assert.ok(ids(r).includes('CONTENT_BLESSING_HOOK_STRANGER'), ids(r).join(', '));
  assert.equal(r.verdict, 'spam', `${r.score}: ${ids(r).join(', ')}`);
});

/** [why, sender, subject, text, authenticated domain ('' for none)]: none may raise CONTENT_BLESSING_HOOK. */
const MUST_NOT: [string, string, string, string, string][] = [
  ['a mother\'s blessing before an exam (no title)', 'Mom <maria.silva.1958@gmail.com>', 'good luck', 'My dear, I prayed for you this morning. God is with you and He will bless you. Call me when you finish. Love, Mom', ''],
  ['a brother\'s Easter greeting ("your brother")', 'Tom <tom.reis.82@gmail.com>', 'Happy Easter', 'Happy Easter! Christ is risen. God bless you all.\n\nYour brother Tom', ''],
  ['a sister\'s greeting in de ("deine Schwester")', 'Eva <eva.braun.77@gmx.de>', 'Frohe Ostern', 'Frohe Ostern! Gott segne euch alle.\n\nDeine Schwester Eva', ''],
  ['a pastor\'s letter to a member about her father', 'Pastor Mike Reynolds <mike.reynolds.pastor@gmail.com>', 'thinking of you', 'Hi Ana,\nI heard from Sarah that your father is in hospital again. We are praying for him at Wednesday\'s group. If you want me to visit him on Friday, let me know. God bless you.\n\nPastor Mike', ''],
  ['a nun thanking a donor, own domain', 'Schwester Agnes <agnes@kloster.example>', 'Danke', 'Liebe Frau Silva,\nherzlichen Dank für Ihre Spende für unsere Suppenküche. Gott segne Sie. Wir beten für Sie.\n\nSchwester Agnes', 'kloster.example'],
  ['a Spanish business letter to "el señor" (Mr), signed by a person', 'Ana Ruiz <ana.ruiz@despacho.example>', 'Reunión', 'Estimado señor García: el señor López confirma la reunión del lunes. Un saludo.\n\nAna Ruiz', 'despacho.example'],
  ['a long sermon newsletter with no title at its end', 'Grace Church <news@gracechurch.example>', 'Sunday sermon', 'God is love. The Lord is my shepherd. Praise the Lord, for He is good.\n\nSee you on Sunday, the Grace Church team', 'gracechurch.example'],
];
for (const [why, from, subject, text, auth] of MUST_NOT) {
  test(`blessing hook must not: ${why}`, async () => {
    const r = await scan(from, subject, text, auth ? dmarcPass(auth) : []);
    assert.ok(!ids(r).includes('CONTENT_BLESSING_HOOK'), ids(r).join(', '));
  });
}

test('linear on hostile text: 10× the text (both under MAX_LETTER, read whole) takes ~10× the CPU', () => {
  const growth = cpuGrowth((n) => buildMessage({ subject: 'God', text: `${'god bless. sister ana '.repeat(n / 22)}` }), (m) => {
    blessingHook(m);
  }, 80);
  assert.ok(growth < 40, `10× the text took ${growth.toFixed(1)}× the CPU`);
});
