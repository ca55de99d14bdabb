import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultConfig } from '../../config/load.js';
import { createScanner } from '../../runtime/index.js';
import type { ScanReport } from '../../scan/report.js';
import { assertCorpusRows } from '../../test-support/corpus-rows.js';

/**
 * Issue 17, session 10: a free-mail address to write to in the text of a first message (CONTENT_ADDRESS_ELSEWHERE,
 * bec-opener.ts, now read in any first message) and the two scam composites over it and over a free-mail sender
 * (CONTENT_SCAM_BORROWED_ACCOUNT, CONTENT_ADVANCE_FEE_FREEMAIL), end to end (.eml → parser → every family → score).
 * Rows that must fire, and the colleague's, list's and reply's mail with the same address or words that must not.
 */
const scanner = await createScanner({ config: defaultConfig(), services: { now: () => new Date('2025-06-02T08:00:00Z') } });
const active = (r: ScanReport) => r.findings.filter((f) => !f.replacedBy).map((f) => f.id);

function eml(headers: string[], body: string): Uint8Array {
  return new TextEncoder().encode(
    [...headers, 'To: ana@company.example', 'Date: Mon, 2 Jun 2025 10:00:00 +0200', `Message-ID: <${body.length}.${headers.length}@mail.example>`, 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8', '', body, ''].join('\r\n'),
  );
}

const DONATION = 'Hello, I am reaching out on behalf of the Harbour Charity Foundation. You have been selected to receive a $1 million USD donation from the foundation.';
const WIDOW = 'Querida, sou viúva e quero que estes fundos sejam usados de acordo com os desejos de meu falecido marido. Quero que você seja o parente mais próximo deste fundo de 5 milhões de dólares dos Estados Unidos para obras de caridade.';

interface Row {
  name: string;
  raw: Uint8Array;
  expected: string[];
  forbidden: string[];
  /** The verdict is flagged (or clean); left out where the classifier alone decides it on a made-up text. */
  flagged?: boolean;
}

const rows: Row[] = [
  { name: 'a donation letter from a council account, answers at gmail', raw: eml(['From: Clerk <clerk@council.example.gov.za>', 'Subject: Re:'], `${DONATION} Please contact the foundation at harbour.foundation11@gmail.com`), expected: ['CONTENT_ADDRESS_ELSEWHERE', 'CONTENT_SCAM_BORROWED_ACCOUNT', 'CONTENT_ADVANCE_FEE_REPLY_ELSEWHERE'], forbidden: [], flagged: true },
  { name: 'a loan offer (pt) from a municipal account, answers at gmail', raw: eml(['From: Jonas <jonas@city.example.lt>', 'Subject: RE'], 'Somos uma empresa de investimentos certificada. Oferecemos empréstimos flexíveis a uma taxa de juros de apenas 2%. Envie sua inscrição por e-mail para: movida.finance.example@gmail.com'), expected: ['CONTENT_ADDRESS_ELSEWHERE', 'CONTENT_SCAM_BORROWED_ACCOUNT'], forbidden: [], flagged: true },
  { name: 'money "received" by a transfer service, answers at gmail', raw: eml(['From: Dr Ben <ben@faculty.example.hr>', 'Subject: '], 'You have just received a €520,000 from moneygram reply back to have it activated immediately. Reply drben.example63@gmail.com'), expected: ['CONTENT_SCAM_BORROWED_ACCOUNT'], forbidden: [], flagged: true },
  { name: 'a widow letter (pt) from gmail', raw: eml(['From: Dorothy <dorothy.example2000@gmail.com>', 'Subject: Querido amigo'], WIDOW), expected: ['CONTENT_ADVANCE_FEE_MANY', 'CONTENT_ADVANCE_FEE_FREEMAIL'], forbidden: ['CONTENT_SCAM_BORROWED_ACCOUNT'], flagged: true },
  // Must not: the same address shapes and words in ordinary mail.
  { name: 'a colleague giving a private gmail address (no scam words)', raw: eml(['From: Jean <jean@company.example>', 'Subject: holidays'], 'I am off from Monday; for anything urgent write to my private address jean.dupont.example@gmail.com. Thanks!'), expected: ['CONTENT_ADDRESS_ELSEWHERE'], forbidden: ['CONTENT_SCAM_BORROWED_ACCOUNT', 'CONTENT_ADVANCE_FEE_REPLY_ELSEWHERE'], flagged: false },
  // Its text is the donation letter itself ("selected to receive a $1 million USD donation"): since session 13 that density
  // is CONTENT_SCAM_LETTER and the message is spam whatever list carries it; the row holds the contact composites only.
  { name: 'a charity newsletter on a list naming a gmail contact', raw: eml(['From: News <news@charity.example>', 'List-Id: <news.charity.example>', 'Subject: our donation drive'], `${DONATION} Volunteers: write to drive.volunteers.example@gmail.com`), expected: [], forbidden: ['CONTENT_ADDRESS_ELSEWHERE', 'CONTENT_SCAM_BORROWED_ACCOUNT'] },
  { name: 'a reply quoting a letter with a gmail address', raw: eml(['From: Ana <ana.souza@company.example>', 'Subject: Re: donation', 'In-Reply-To: <1@mail.example>'], `Is this real?\n> ${DONATION} Please contact the foundation at harbour.foundation11@gmail.com`), expected: [], forbidden: ['CONTENT_ADDRESS_ELSEWHERE', 'CONTENT_SCAM_BORROWED_ACCOUNT'] },
  { name: 'the sender\'s own free-mail address in its signature', raw: eml(['From: Sister M <sister.m.example@gmail.com>', 'Subject: blessings'], 'We give thanks to the Lord. Yours faithfully, Sister M sister.m.example@gmail.com'), expected: [], forbidden: ['CONTENT_ADDRESS_ELSEWHERE'] },
  { name: 'a forwarded header\'s recipient in angle brackets', raw: eml(['From: Desk <desk@company.example>', 'Subject: Fw: prize'], 'From: Shop <shop@shop.example> To: Ana <ana.private.example@hotmail.com> Subject: You have been selected to receive a prize'), expected: [], forbidden: ['CONTENT_ADDRESS_ELSEWHERE', 'CONTENT_SCAM_BORROWED_ACCOUNT'] },
  { name: 'a few advance-fee words from gmail (not dense)', raw: eml(['From: Ana <ana.souza.example@gmail.com>', 'Subject: lottery'], 'Did you see the lottery results? Nobody won the million this week.'), expected: [], forbidden: ['CONTENT_ADVANCE_FEE_FREEMAIL', 'CONTENT_ADVANCE_FEE_MANY'], flagged: false },
];

for (const row of rows) {
  test(`scam contact: ${row.name}`, async () => {
    const r = await scanner.scan({ raw: row.raw, source: `${row.name}.eml` });
    const ids = active(r);
    for (const id of row.expected) assert.ok(ids.includes(id), `${id} expected in ${ids.join(', ')}`);
    for (const id of row.forbidden) assert.ok(!ids.includes(id), `${id} not expected in ${ids.join(', ')}`);
    if (row.flagged !== undefined) assert.equal(r.verdict !== 'clean', row.flagged, `${r.verdict} ${r.score}: ${ids.join(', ')}`);
  });
}

// Honeypot messages outside the held-out part of the labelled sample (bench/phishing-labels.tsv), clean before this pass.
test('scam contact: honeypot rows outside the held-out part', async (t) => {
  await assertCorpusRows(t, scanner, [
    { file: 'sample-5198.eml', expected: ['CONTENT_ADDRESS_ELSEWHERE', 'CONTENT_SCAM_BORROWED_ACCOUNT'], forbidden: ['CONTENT_ADVANCE_FEE_FREEMAIL'], verdict: 'spam', why: 'de: $1 million donation from a gob.ve account, contact at gmail (session 42: in place of a held-out row)' },
    { file: 'sample-1281.eml', expected: ['CONTENT_SCAM_BORROWED_ACCOUNT'], forbidden: [], verdict: 'spam', why: 'pt loan offer from a municipal account, gmail contact' },
    { file: 'sample-761.eml', expected: ['CONTENT_SCAM_BORROWED_ACCOUNT', 'CONTENT_ADVANCE_FEE_REPLY_ELSEWHERE'], forbidden: [], verdict: 'spam', why: 'moneygram "received", reply at gmail' },
    { file: 'sample-3263.eml', expected: ['CONTENT_ADVANCE_FEE_FREEMAIL'], forbidden: ['CONTENT_SCAM_BORROWED_ACCOUNT'], verdict: 'spam', why: 'pt widow letter from gmail (session 53: in place of a row that draw 10 made held-out)' },
    { file: 'sample-2013.eml', expected: [], forbidden: ['CONTENT_ADDRESS_ELSEWHERE'], why: 'its own gmail address in the signature' },
  ]);
});
