import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldBrandText } from '../../brands/normalize.js';
import { ownWriting, unrelatedOrganisation } from './organisation.js';

/** Impersonation without a registry entry (issue 17, item 1): rows of display name, domains, text → claim. */
const rows: { name: string; hosts: string[]; text?: string; ignore?: string[]; claim: string[] | null }[] = [
  // An organisation cue and no domain of the message related to the name.
  { name: 'Receita Federal', hosts: ['824564rctaregular', 'regularizar-agora.southamerica-east1.run.app'], claim: ['receita', 'federal'] },
  { name: 'Alerta Detran', hosts: ['detran', 'function-4.us-central1.run.app'], text: 'CNH em suspensão', claim: null }, // named in the From "domain"
  { name: 'Volksbank Kundenservice', hosts: ['mailer.example.net', 'login-secure.example.org'], claim: ['volksbank'] },
  { name: 'Sparkasse KölnBonn', hosts: ['sparkasse-koelnbonn.de'], claim: null }, // umlaut written out in the domain
  { name: 'Bradesco Prime', hosts: ['bradesco.com.br'], claim: null },
  // No cue: only when the message keeps naming the organisation as itself.
  { name: 'Celsius', hosts: ['mshtavr.com', 'matka.solutions'], text: 'Celsius has approved your claim. Celsius thanks you.', claim: ['celsius'] },
  { name: 'John Smith', hosts: ['example.com'], text: 'Hi, see you tomorrow. John', claim: null },
  { name: 'Apple pie club', hosts: ['bakery.example'], text: 'Our apple pie recipes', claim: null },
  // Domains shown in the name and the recipient's own words are not the claim.
  { name: 'CNET News.com Daily Dispatch', hosts: ['newsletter.online.com', 'home.cnet.com'], text: 'News.com daily dispatch', claim: null },
  { name: 'Rodrigo Support', hosts: ['mailer.example.net'], ignore: ['rodrigo'], claim: null },
  { name: 'Google (via Google Docs)', hosts: ['google.com'], claim: null },
  // An organisation word ending a compound name (session 6): the compound is the name, the tail its cue.
  { name: 'Consorsbank', hosts: ['mailer.example.net', 'files.example.org'], claim: ['consorsbank'] },
  { name: 'Raiffeisenbank Info', hosts: ['raiffeisenbank-info.example'], claim: null }, // named in the domain
  { name: 'Riverbank Cinema', hosts: ['riverbankcinema.com'], claim: null },
  { name: 'Databank', hosts: ['databank.example'], claim: null },
  { name: 'Dragonia Spielbank', hosts: ['casino-mailer.example'], claim: null }, // a casino, not a bank
  // Initials joined to one organisation word (session 10): looked up in the domains as the organisation writes them.
  { name: 'Tf_Bank', hosts: ['melitaltd.example', 'ln.run'], claim: ['tfbank'] },
  { name: 'TF Bank', hosts: ['tfbank.de'], claim: null },
  { name: 'La Poste', hosts: ['mailer.example.net'], claim: ['laposte'] },
  { name: 'La Poste', hosts: ['laposte.fr'], claim: null },
  { name: 'de Bank', hosts: ['mailer.example.net'], claim: null }, // a preposition is no initial: "Bank" alone says too little
  { name: 'Bank', hosts: ['mailer.example.net'], claim: null },
  { name: 'AB CD EF Bank', hosts: ['mailer.example.net'], claim: null }, // a run of letter pairs is no name
  { name: 'Ranking', hosts: ['mailer.example.net'], claim: null }, // no tail: a word like any other
  // A name in a script without Latin lookalikes relates to no ASCII domain, whoever sends (session 20): a Japanese shop
  // writes its name in kana and kanji from a romanised domain. Among internationalised hosts it is still looked up.
  { name: 'さくら文具店', hosts: ['sakura-bungu.jp'], text: 'さくら文具店のご注文確認です。さくら文具店', claim: null },
  { name: '中国银行 客服', hosts: ['mail.example.cn'], text: '中国银行 中国银行', claim: null },
  { name: '국민은행 Support', hosts: ['mailer.example.net'], claim: null },
  { name: 'さくら文具店', hosts: ['mailer.example.net', 'ドメイン例.jp'], text: 'さくら文具店のお知らせ。さくら文具店', claim: ['サクラ文具店'] },
  { name: 'Sakura Bank', hosts: ['mailer.example.net'], claim: ['sakura'] },
  // A bounce's sender (session 20): the mail system names no organisation; a court system still does.
  { name: 'Mail Delivery System', hosts: ['mx.example.net'], claim: null },
  { name: 'Mail Delivery Subsystem', hosts: ['mail.example.org'], claim: null },
  { name: 'U.S. Federal Court System', hosts: ['mailer.example.net'], claim: ['federal', 'court'] },
  // A conference's bodies named by their function (session 21): neither a name nor a cue; an organisation word still cues.
  { name: 'Program Committee', hosts: ['devconf-eu.org', 'u.pcloud.link'], claim: null },
  { name: 'Organizing Committee', hosts: ['conf-2027.example'], claim: null },
  { name: 'Comité scientifique', hosts: ['colloque-lyon.fr'], claim: null },
  { name: 'JDC Editorial Staff', hosts: ['hermes.example.com'], claim: null },
  { name: 'Federal Tax Committee', hosts: ['mailer.example.net'], claim: ['federal', 'tax'] },
  // A research group named by its work (session 38): no organisation's name; a name before it still claims.
  { name: 'Study Team', hosts: ['psych.uni.example', 'survey.psych.uni.example'], claim: null },
  { name: 'Sleep Study Team', hosts: ['psych.uni.example'], claim: ['sleep'] },
  { name: 'Forschungsprojekt Team', hosts: ['uni-example.de'], claim: ['forschungsprojekt'] },
  { name: 'Research Team', hosts: ['med.example.edu'], claim: null },
  { name: 'Walmart Survey Team', hosts: ['rewards-now.example'], claim: ['walmart'] },
  // A person's name repeated only by what a reply or a forward quotes (session 29): the attribution line, the quoted
  // message's From line, the quoted signature. The writer's own text naming it twice still makes it a claim.
  { name: 'Chris Garrigues', hosts: ['deepeddy.com'], text: 'Yes, fixed in CVS.\n\n> From:  Chris Garrigues <cwg@deepeddy.com>\n> Date: Mon\n> Chris Garrigues\nThanks', claim: null },
  { name: 'Chris Garrigues', hosts: ['deepeddy.com'], text: 'On Tue, 2 Jun 2025, Chris Garrigues <cwg@deepeddy.com> wrote:\n> it breaks\n\nIt does.\nChris Garrigues', claim: null },
  { name: 'Rachel Kim', hosts: ['northwind.example'], text: 'Thursday works.\nRachel Kim\n\n*From:* Rachel Kim <rachel@northwind.example>\n*Sent:* Monday\nCan we meet?', claim: null },
  { name: 'Rachel Kim', hosts: ['northwind.example'], text: 'Danke!\nRachel Kim\n\nAm 2. Juni 2025 um 10:00 schrieb Rachel Kim <rachel@northwind.example>:\nHallo', claim: null },
  { name: 'Rachel Kim', hosts: ['northwind.example'], text: 'Merci.\nRachel Kim\n\nLe lun. 2 juin 2025 à 10:00, Rachel Kim <rachel@northwind.example> a écrit :\nBonjour', claim: null },
  { name: 'Rachel Kim', hosts: ['northwind.example'], text: 'Merci.\nRachel Kim\n\nDe : Rachel Kim\nEnvoyé : lundi', claim: null },
  { name: '山田太郎', hosts: ['ドメイン例.jp'], text: '了解です。\n山田太郎\n\n2025年6月2日(月) 10:00 山田太郎 <taro@ドメイン例.jp>:\n> 会議の件', claim: null },
  { name: '山田太郎', hosts: ['ドメイン例.jp'], text: '了解です。\n山田太郎\n\n差出人： 山田太郎\n送信日時： 2025年6月2日', claim: null },
  { name: 'Celsius', hosts: ['mshtavr.com'], text: 'Celsius has approved your claim.\n> quoted\nCelsius thanks you.', claim: ['celsius'] },
  { name: 'Celsius', hosts: ['mshtavr.com'], text: 'From: Celsius\nCelsius has approved your claim. Celsius thanks you.', claim: ['celsius'] },
  { name: 'Livelo', hosts: ['mailer.example.net'], text: 'Livelo: seus pontos expiram hoje!\nEquipe Livelo', claim: ['livelo'] },
  { name: 'R. A. Hettinga', hosts: ['shipwright.com'], text: '---\nFrom: someone\nTo: "R. A. Hettinga" <rah@shipwright.com>\nSubject: x\n\narticle\n-- \nR. A. Hettinga', claim: null },
  // A name of three letters counted as written, not as folded (`m` folds to `rn`: `Tom` is `torn`, inside `custom` and `bottom`).
  { name: 'Tom', hosts: ['slack.net'], text: 'Tomorrow at the bottom of the custom form.\n-tom', claim: null },
  { name: 'Tomas', hosts: ['mailer.example.net'], text: 'Tomas informa: Tomas', claim: ['tornas'] },
  // A foundation is an organisation (session 48: crypto foundations' staking and airdrop lures); one known by its initials
  // writes from them, and only three letters or more relate.
  { name: 'Stellar Foundation', hosts: ['ayurmithrawellness.example', 'bit.ly'], claim: ['stellar'] },
  { name: 'Stellar Development Foundation', hosts: ['stellar.org'], claim: null },
  { name: 'Electronic Frontier Foundation', hosts: ['eff.org'], claim: null },
  { name: 'Free Software Foundation', hosts: ['lists.fsf.org'], claim: null },
  { name: 'Free Software Foundation', hosts: ['mailer.example.net'], claim: ['free', 'software'] },
  { name: 'Stichting Pensioenfonds', hosts: ['mailer.example.net'], claim: ['pensloenfonds'] },
  { name: 'Solana Foundation', hosts: ['sf.example.net'], claim: ['solana'] }, // two letters relate nothing
];

for (const row of rows) {
  test(`organisation claim: "${row.name}" with ${row.hosts.join(', ')}`, () => {
    // Words are compared as foldBrandText folds them (`receita` is `recelta` there: i and l are one letter).
    const fold = (w: string) => foldBrandText(w).text;
    const got = unrelatedOrganisation(row.name, row.hosts, { subject: '', text: row.text ?? '' }, new Set((row.ignore ?? []).map(fold)));
    assert.deepEqual(got?.words ?? null, row.claim?.map(fold) ?? null);
  });
}

test('mayNameTwice is false only where the fold holds the word fewer than twice', async () => {
  const { foldBrandWords } = await import('../../brands/normalize.js');
  const { mayNameTwice } = await import('./organisation.js');
  const countOf = (text: string, word: string): number => {
    let n = 0;
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) n++;
    return n;
  };
  // A small alphabet dense in the letters the fold maps onto each other (m → rn, 0 → o, 1/i/I → l, 3 → e, 5 → s),
  // separators the fold drops, capitals, and now and then a character that is not ASCII (no shortcut then).
  const alphabet = 'johnJOHNsmitSMITrnm015 3-.,\ncukCUKlIiMe';
  let seed = 7;
  const random = (n: number): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed % n;
  };
  const names = ['john', 'smith', 'johnsmith', 'tom', 'hoj', 'jjoh', 'mitt', 'ham', 'celsius', 'kim', 'cuck', 'tick', 'jut'].map((w) => foldBrandWords(w));
  const spellings = ['Celsius', 'CELS IUS', 'ce-lslus', 'c3l5ius', 'John', 'J0HN', 'jo hn', 'Smith', 'SMlTH', 'sm-ith', 'Kim', 'KlM', 'tick', 'T.I.C.K', 'cuck', 'jut', 'Ham'];
  let skipped = 0;
  let twice = 0;
  for (let round = 0; round < 6000; round++) {
    let text = '';
    const length = random(60);
    for (let k = 0; k < length; k++) {
      // Now and then a spelling of a name (case, digits for letters, separators inside), so that texts holding one twice are common.
      if (random(8) === 0) text += spellings[random(spellings.length)];
      else text += round % 10 === 9 && random(20) === 0 ? 'é' : alphabet[random(alphabet.length)];
    }
    for (const word of names) {
      const holds = countOf(foldBrandWords(text, 24_000), word) >= 2;
      if (holds) twice++;
      if (!mayNameTwice(text, word)) {
        skipped++;
        assert.equal(holds, false, `${JSON.stringify(text)} holds ${word} twice`);
      }
    }
  }
  // The shortcut must actually fire (a test that never skips would pass with `return true`).
  assert.ok(skipped > 10_000 && twice > 2_000, `skipped ${skipped}, holding a name twice ${twice}`);
  assert.equal(mayNameTwice('John wrote. John', foldBrandWords('john')), true);
  assert.equal(mayNameTwice('John wrote', foldBrandWords('john')), false);
  assert.equal(mayNameTwice('J0hn wrote. jOHN', foldBrandWords('john')), true);
  assert.equal(mayNameTwice('Jóhn wrote', foldBrandWords('john')), true); // not ASCII: fold and count
});

test('mayNameTwiceIn reads a subject and a body as mayNameTwice reads them joined by a space', async () => {
  const { foldBrandWords } = await import('../../brands/normalize.js');
  const { mayNameTwice, mayNameTwiceIn } = await import('./organisation.js');
  const alphabet = 'johnJOHNsmitSMITrnm015 3-.,\ncukCUKlIiMe';
  let seed = 5;
  const random = (n: number): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed % n;
  };
  const names = ['john', 'smith', 'johnsmith', 'jjoh', 'kim', 'cuck'].map((w) => foldBrandWords(w));
  const piece = (): string => {
    let text = '';
    for (let k = random(30); k > 0; k--) text += random(6) === 0 ? ['John', 'jo', 'hn', 'Smith', 'KIM', 'cuck'][random(6)] : alphabet[random(alphabet.length)];
    return text;
  };
  let trueCount = 0;
  for (let round = 0; round < 4000; round++) {
    const head = piece();
    const tail = round % 50 === 0 ? `${piece()}é` : piece();
    for (const word of names) {
      const joined = mayNameTwice(`${head} ${tail}`, word);
      if (joined) trueCount++;
      assert.equal(mayNameTwiceIn(head, tail, word), joined, `${JSON.stringify(head)} + ${JSON.stringify(tail)}: ${word}`);
    }
  }
  assert.ok(trueCount > 1_000, `true ${trueCount}`);
  // A name split by the join: its first letters end the subject, the rest begin the body.
  assert.equal(mayNameTwiceIn('Jo', 'hn wrote: John', foldBrandWords('john')), true);
});

test('recipientWords: the folded parts of the recipients\' addresses, plain addresses folded whole', async () => {
  const { foldBrandWords } = await import('../../brands/normalize.js');
  const { recipientWords } = await import('./organisation.js');
  const byParts = (addresses: string[]): string[] => {
    const out = new Set<string>();
    for (const a of addresses.slice(0, 20)) for (const part of a.toLowerCase().split(/[@.+_-]/)) if (foldBrandWords(part).length >= 3) out.add(foldBrandWords(part));
    return [...out];
  };
  const alphabet = [...'abcmMIil0135@.+_-xyzQ'];
  const rare = ["'", '=', '/', 'é', 'K', '\u212a', '#'];
  let seed = 21;
  const random = (n: number): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed % n;
  };
  for (let round = 0; round < 3000; round++) {
    const addresses: string[] = [];
    for (let k = 1 + random(4); k > 0; k--) {
      let a = '';
      for (let n = random(30); n > 0; n--) a += random(25) === 0 ? rare[random(rare.length)] : alphabet[random(alphabet.length)];
      addresses.push(a);
    }
    const msg = { to: addresses.map((address) => ({ address })), cc: [], deliveredTo: [], envelope: undefined } as unknown as Parameters<typeof recipientWords>[0];
    assert.deepEqual([...recipientWords(msg)], byParts(addresses), JSON.stringify(addresses));
  }
});

test('ownWriting: what a reply or forward quotes is left out; a text that quotes nothing comes back whole', () => {
  const rows: { name: string; text: string; expected: string }[] = [
    { name: 'quoted lines and the attribution', text: 'Thanks!\nOn Mon, Bob wrote:\n> the offer\n>> older\nBye', expected: 'Thanks!\nBye' },
    { name: "the quoted message's header lines, starred, spaced or full-width", text: 'See below\n*Von:* Rachel\nTo : Anna\n差出人：田中\nSubject: kept', expected: 'See below\nSubject: kept' },
    { name: 'a colon in the writer\'s own line is kept', text: 'Note: we ship today\nTime: 10:00', expected: 'Note: we ship today\nTime: 10:00' },
    { name: 'no quote mark or colon at all', text: 'plain\nlines\n', expected: 'plain\nlines\n' },
    { name: 'a trailing line break kept when a line is dropped', text: 'a\n> b\n', expected: 'a\n' },
    { name: 'empty', text: '', expected: '' },
  ];
  for (const row of rows) assert.equal(ownWriting(row.text), row.expected, row.name);
});
