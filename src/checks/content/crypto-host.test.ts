import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildLinkLists } from '../../links/lists/index.js';
import { cpuGrowth } from '../../test-support/growth.js';
import { address, testMessage } from '../sender/fixtures/message.js';
import { amountsIn, cryptoAmountHost, cryptoHostCheck, cryptoLoginGiven } from './crypto-host.js';

/** A sum of coins beside a host on a publishing service, as text (issue 17, item 6). Rows: what fires, what must not. */
const lists = buildLinkLists();
const rows: { description: string; from?: string; subject?: string; text: string; host: string | null }[] = [
  { description: 'WordPress sign-up notification carrying a Blogger host and a BTC sum', from: 'WordPress <wordpress@shop.example>', subject: '[Shop] Login Details',
    text: 'Username: www.jygihc.blogspot.qa - 1.3409642 BTC\n\nTo set your password, visit the following address:\nhttps://shop.example/wp-login.php?action=rp', host: 'www.jygihc.blogspot.qa' },
  { description: 'an app host and a USDT sum in capitals', text: 'Username: acicfhz.transfer705.pages.dev - WITHDRAW FUNDS 120097 USDT', host: 'acicfhz.transfer705.pages.dev' },
  { description: 'thousands separators and a cheap suffix', text: 'Your balance of 12,500.75 USDT is waiting at claim-now.top', host: 'claim-now.top' },
  { description: 'the word bitcoin as the unit, a French notification', subject: '[Sud Conseil] Votre identifiant', text: 'Identifiant : www.gdrhbx.blogspot.fr - 1,343 bitcoins', host: 'www.gdrhbx.blogspot.fr' },
  { description: 'the sender\'s own domain is its own business', from: 'Wallet <no-reply@mywallet.pages.dev>', text: 'You received 0.5 BTC. Open mywallet.pages.dev to see it.', host: null },
  { description: 'an established site, not a publishing host', text: 'Bitcoin closed at 97,000 USDT yesterday, coindesk.com reports.', host: null },
  { description: 'an e-mail address is not a host written as text', text: 'Send 0.1 BTC and write to someone@example.blogspot.de', host: null },
  { description: 'a file name is not a host', text: 'Attached: FZGVsRiH.png shows the 0.03 BTC bonus', host: null },
  { description: 'the amount far from the host', text: `Claim 1.2 BTC today. ${'Plain words of a long letter. '.repeat(10)} Our blog: news.blogspot.com`, host: null },
  { description: 'a ticker without an amount', text: 'Learn about BTC on learn.github.io', host: null },
  // The funds without a sum (session 10).
  { description: 'an incoming transaction and the withdrawal of funds beside an app host', text: 'Hello. You have a new incoming transaction 21337712216. Verify, and order the withdrawal of funds ->--> transfer705.pages.dev/evas-dparun?flexchase', host: 'transfer705.pages.dev' },
  { description: 'a bank\'s note on the withdrawal of funds names its own site', text: 'The withdrawal of funds from a savings account is possible at any branch; see bank.example.com', host: null },
  // A fiat sum credited "at" an exchange (session 11).
  { description: 'a USD sum at an exchange beside a Blogger host, in a shop\'s sign-up mail', from: 'Berenice Store <info@shop.example>', subject: '[Shop] Dettagli di accesso',
    text: 'Nome utente: www.dryyue.blogspot.jp - 138 788 USD BINANCE Per impostare la tua password, visita il seguente indirizzo: https://shop.example/wp-login.php', host: 'www.dryyue.blogspot.jp' },
  { description: 'a price in USD and an exchange\'s name on its own site is news, not a form lure', text: 'Bitcoin traded at 97 000 USD Binance said on binance.com', host: null },
  { description: 'an incoming transaction far from a blog host', text: `You have an incoming transaction. ${'Plain words of a long letter. '.repeat(10)} Our blog: news.blogspot.com`, host: null },
];

for (const row of rows) {
  test(`crypto amount beside a host: ${row.description}`, async () => {
    const msg = testMessage({ from: row.from ?? 'Someone <a@sender.example>', subject: row.subject ?? 'Hello', text: row.text, visibleText: row.text });
    assert.equal(cryptoAmountHost(msg, lists)?.host ?? null, row.host);
    const out = await cryptoHostCheck(lists).run(msg, { now: new Date(0), signal: new AbortController().signal });
    assert.deepEqual(out.findings.map((f) => f.id), row.host ? ['CONTENT_CRYPTO_AMOUNT_HOST'] : []);
    for (const f of out.findings) assert.match(f.evidence, new RegExp(row.host!.replaceAll('.', '\\.')));
  });
}

test('crypto amount beside a host: typed into a form as the subscriber\'s name, it is read in the To display name', () => {
  const name = 'Hello. You have a new incoming transaction 21337712216. Verify, and order the withdrawal of funds -> transfer705.pages.dev/evas';
  const msg = testMessage({ from: 'Shop <hi@shop.example>', to: [{ ...address('victim@example.org'), name }], subject: 'Willkommen', text: 'Danke für deine Anmeldung!', visibleText: 'Danke für deine Anmeldung!' });
  assert.equal(cryptoAmountHost(msg, lists)?.host, 'transfer705.pages.dev');
  const plain = testMessage({ from: 'Shop <hi@shop.example>', to: [address('Anna Beispiel <anna@example.org>')], subject: 'Willkommen', text: 'Danke!', visibleText: 'Danke!' });
  assert.equal(cryptoAmountHost(plain, lists), null);
});

test('crypto amount beside a host: the text read and the amounts looked at are bounded', () => {
  const many = `${'1 BTC coindesk.com '.repeat(5_000)} 2 BTC x.pages.dev`;
  assert.equal(cryptoAmountHost(testMessage({ from: 'A <a@b.example>', subject: 'Hi', text: many, visibleText: many }), lists), null);
});

test('amountsIn: the matches of the old single pattern (amounts and funds as alternatives), in order, at most max — 400 generated texts', () => {
  const OLD =
    /(?<![\p{L}\p{N}])\d{1,3}(?:[.,\s]?\d{3})*(?:[.,]\d+)?\s?(?:BTC|USDT|USDC|ETH|XRP|BNB|SOL|LTC|TRX|DOGE|bitcoins?)(?![\p{L}\p{N}])|\bwithdraw(?:al)?\s+(?:of\s+)?(?:the\s+)?funds\b|\bincoming\s+transaction\b|\b(?:usd|eur)\s+(?:binance|coinbase|bybit|kucoin|okx|kraken|bitget|mexc)\b/giu;
  const pieces = ['0.5 BTC', '1,250 USDT', '12 000 eth', 'bitcoins', '3bitcoin', 'Withdrawal of the funds', 'withdraw funds', 'INCOMING  transaction', 'incoming transactions', 'funds', 'x5 BTC', 'é7 BTC', '42', ' ', '\n', 'to', 'wallet.pages.dev', '-', 'withdrawal of', 'transaction', 'USD BINANCE', 'eur  kraken', 'usdbinance', 'USD'];
  let seed = 7;
  const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
  for (let round = 0; round < 400; round++) {
    let text = '';
    const count = next(60);
    for (let i = 0; i < count; i++) text += pieces[next(pieces.length)] + (next(3) ? ' ' : '');
    const max = 1 + next(25);
    const expected = [...text.matchAll(OLD)].slice(0, max).map((m) => [m.index, m[0]]);
    assert.deepEqual(amountsIn(text, max).map((m) => [m.index, m[0]]), expected, text);
  }
});

test('a sum of coins and the password of the account said to hold it, given in the text (table)', async () => {
  const table: [text: string, fires: boolean][] = [
    ['Hello, Your bitcoin wallet has been funded with 51.85 BTC making a total of $ 1,204,519.22 USD. Login with details below; Website : Astarcoin .net Customer ID : 87453088 Password : module@22', true],
    ['Hi Mrs. Johnson, we have deposited the 27 BTC as you requested into your portfolio. Customer Id: 97654621 Password: TG22M487', true],
    ['Ihr Konto wurde mit 3,5 BTC aufgeladen. Benutzer: 5521 Passwort: sommer77', true],
    ['Sua carteira recebeu 2.4 USDT. Login: 8812 Senha: abc123', true],
    // Session 18: the short labels of the found-wallet letter, before a word with a digit.
    ['Details I found in a lost bag: website cryptoncoin .net ID : 39829496 Pass: tHvb862M The current balance is 90.8 BTC', true],
    ['Saldo: 42,1 BTC. Web: coinvault .net ID: 76302211 Pwd: Hs8vLq40', true],
    ['拾ったメモ：サイト cryptoncoin .net ID：39829496 パスワード：tHvb862M 残高は 90.8 BTC です', true],
    ['ウォレットに 1.2 BTC が入金されました。ID: 5521 パスワード = sommer77', true],
    // Must not: a password without coins, coins without a password, a password mentioned but not given.
    ['Welcome to the list. Your password: hunter22 — keep it safe.', false],
    ['Deposit of 0.5 BTC confirmed. Your user ID: 1234. Never share your password with anyone.', false],
    ['You received 0.5 BTC. To set your password, visit the following address.', false],
    ['Your conference ticket is confirmed: 0.012 BTC paid. Pass: Full access, both days. Badge pickup at the desk.', false],
    ['Boarding pass: see the app. Fare paid 0.02 BTC via our partner.', false],
    ['0.5 BTC の入金を確認しました。パスワードは誰にも教えないでください。', false],
  ];
  for (const [text, fires] of table) {
    const msg = testMessage({ from: 'Someone <a@sender.example>', subject: 'Hello', text, visibleText: text });
    assert.equal(cryptoLoginGiven(msg) !== null, fires, text);
    const out = await cryptoHostCheck(lists).run(msg, { now: new Date(0), signal: new AbortController().signal });
    assert.equal(out.findings.some((f) => f.id === 'CONTENT_CRYPTO_LOGIN_GIVEN'), fires, text);
  }
});

test('the password label search is linear in the text it reads (session 18: the short labels and their digit look-ahead)', () => {
  // The text read is bounded (MAX_TEXT), so the sizes stay below it; a coin sum first, so the password is looked for.
  for (const unit of ['pass:abcdefghijklmnopqrstuvwxyzabcd ', 'pass: pass: ', 'pwd:', 'pass :x', 'パスワード：', 'パスワード パスワード']) {
    const ratio = cpuGrowth((n) => {
      const text = `1 BTC ${unit.repeat(Math.ceil(n / unit.length))}`;
      return testMessage({ from: 'Someone <a@sender.example>', subject: 'Hello', text, visibleText: text });
    }, (msg) => cryptoLoginGiven(msg), 700);
    assert.ok(ratio < 40, `${JSON.stringify(unit)}: 10× the text took ${ratio.toFixed(1)}× the CPU`);
  }
});
