import { test } from 'node:test';
import assert from 'node:assert/strict';
import { encodeQuotedPrintable } from '../test-support/quoted-printable.js';
import { CLIENT_STYLES, renderModern, seeded, styleFor, type ClientStyle } from '../../bench/lib/modern-render.js';
import { hamTrainingTokens, PLAIN_RECIPE, recipeFromEnv, tokenizerFor, trainWithRecipe } from '../../bench/lib/training-recipe.js';
import { defaultConfig } from '../config/load.js';
import { parseMessage } from '../mail/parse/index.js';
import { decodeQuotedPrintable } from '../mail/parse/transfer.js';
import { LogisticModel } from './logistic.js';

const LIMITS = { maxMessageBytes: 32 << 20, maxMimeDepth: 20, maxParts: 500, maxHeaderBytes: 256 << 10 };
const tokensOf = tokenizerFor(defaultConfig());

/** A message as the 2002 corpus has them: list headers, Latin-1 8bit text, a link, a www. host, a quoted reply, a long line, a signature. */
const BODY = [
  'Hi all,',
  '',
  'The new build is up at http://example.org/builds/2.4/index.html, and the notes at www.example.net/notes.',
  'Café = 3 € is what it costs;  trailing blank here ',
  'This line is deliberately longer than seventy-six characters so that quoted-printable must break it softly somewhere.',
  '',
  'On Tue, Bob wrote:',
  '> Does anyone know <where> the "notes" & the tarball went?',
  '> > Older question in the same thread',
  '> Thanks',
  '',
  '-- ',
  'Alice Example',
  'http://example.org/~alice/',
].join('\n');
const ORIGINAL = Buffer.from(
  [
    'From alice@example.org  Thu Aug 22 14:44:26 2002',
    'Received: from mail.example.org (mail.example.org [192.0.2.1])',
    '\tby list.example.com (8.11.6/8.11.6) with ESMTP id g7MDcOZ08504;',
    '\tThu, 22 Aug 2002 14:38:25 +0100',
    'Message-Id: <3D64E94E.8060301@example.org>',
    'From: Alice Example <alice@example.org>',
    'To: list@example.com',
    'Subject: Re: [list] where did the notes go',
    'Date: Thu, 22 Aug 2002 14:38:22 +0100',
    'User-Agent: Mutt/1.4i',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=iso-8859-1',
    'Content-Transfer-Encoding: 8bit',
    '',
    BODY.replace('€', 'EUR'),
    '',
  ].join('\n'),
  'latin1',
);
const words = (tokens: readonly string[]) => new Set(tokens.filter((t) => !t.includes(':') || /^(?:s|fn):/.test(t)));

for (const style of CLIENT_STYLES) {
  test(`modern rendering (${style}): valid MIME that spamlab's parser reads back with the same words, links and header fields`, () => {
    const bytes = renderModern(ORIGINAL, style, seeded(7));
    assert.ok(bytes);
    const original = parseMessage(ORIGINAL, LIMITS);
    const msg = parseMessage(bytes, LIMITS);
    assert.equal(msg.subject, original.subject);
    assert.deepEqual(msg.from, original.from);
    assert.equal(msg.headerIndex.get('received')?.length, 1);
    assert.equal(msg.headerIndex.get('message-id')?.[0]?.value, '<3D64E94E.8060301@example.org>');
    assert.equal(msg.headerIndex.get('user-agent')?.[0]?.value, 'Mutt/1.4i');
    assert.equal(msg.headerIndex.get('content-transfer-encoding')?.[0]?.value, style === 'plain' ? 'quoted-printable' : undefined);
    const text = (t: string | undefined) => (t ?? '').replace(/\r\n/g, '\n').replace(/[ \t]+$/gm, '').trimEnd();
    const tokens = tokensOf(bytes);
    assert.deepEqual(words(tokens), words(tokensOf(ORIGINAL)), 'the same words, subject and sender-name tokens');
    assert.ok(!tokens.some((t) => t.startsWith('st:hidden-text') || t === 'st:invisible-chars'), 'nothing reads as hidden');
    assert.equal(msg.anomalies.length, 0, JSON.stringify(msg.anomalies));
    if (style === 'plain') {
      assert.equal(msg.root.contentType, 'text/plain');
      assert.equal(msg.root.charset, 'utf-8');
      assert.equal(text(msg.root.text), text(original.text));
      assert.ok(tokens.includes('content-transfer-encoding:quoted-printable'));
      return;
    }
    assert.equal(msg.root.contentType, 'multipart/alternative');
    assert.deepEqual(msg.root.children.map((p) => p.contentType), ['text/plain', 'text/html']);
    assert.equal(text(msg.root.children[0]!.text), text(original.text), 'the text part is the original text');
    assert.deepEqual(
      msg.htmlFacts.links.map((l) => l.href),
      ['http://example.org/builds/2.4/index.html', 'http://www.example.net/notes', 'http://example.org/~alice/'],
    );
    assert.ok(tokens.includes('ct0:multipart/alternative') && tokens.includes('st:html-and-text') && tokens.includes('tag:a'));
    const expected: Record<Exclude<ClientStyle, 'plain'>, string[]> = {
      gmail: ['tag:div', 'tag:blockquote', 'tag:span', 'cs:utf-8'],
      outlook: ['tag:html', 'tag:meta', 'tag:style', 'tag:p', 'tag:o', 'tag:blockquote', 'cs:utf-8'],
      apple: ['tag:html', 'tag:meta', 'tag:body', 'tag:div', 'tag:blockquote', 'cs:utf-8'],
      thunderbird: ['tag:html', 'tag:meta', 'tag:p', 'tag:pre', 'tag:blockquote', 'cs:utf-8'],
      owa: ['tag:html', 'tag:meta', 'tag:style', 'tag:div', 'cs:iso-8859-1'],
      yahoo: ['tag:html', 'tag:div', 'tag:blockquote', 'cs:utf-8'],
    };
    for (const t of expected[style]) assert.ok(tokens.includes(t), `${style}: ${t}`);
  });
}

test('modern rendering: the same seed gives the same bytes, another seed another boundary; styles are drawn with every one in use', () => {
  assert.deepEqual(renderModern(ORIGINAL, 'apple', seeded(3)), renderModern(ORIGINAL, 'apple', seeded(3)));
  assert.notDeepEqual(renderModern(ORIGINAL, 'apple', seeded(3)), renderModern(ORIGINAL, 'apple', seeded(4)));
  const drawn = Array.from({ length: 2000 }, (_, i) => styleFor(seeded(i)));
  assert.deepEqual(new Set(drawn), new Set(CLIENT_STYLES));
  assert.ok(drawn.filter((s) => s === 'gmail').length > drawn.filter((s) => s === 'plain').length * 2, 'HTML clients drawn more than plain-text ones');
});

test('modern rendering: only one plain-text part is re-rendered (HTML, multipart and empty messages are not)', () => {
  const html = Buffer.from('From: a@example.org\nSubject: x\nContent-Type: text/html\n\n<p>hello there</p>\n');
  const multipart = Buffer.from('From: a@example.org\nSubject: x\nContent-Type: multipart/mixed; boundary="b"\n\n--b\nContent-Type: text/plain\n\nhello\n--b--\n');
  const empty = Buffer.from('From: a@example.org\nSubject: x\n\n\n');
  for (const raw of [html, multipart, empty]) assert.equal(renderModern(raw, 'gmail', seeded(1)), undefined);
});

test('modern rendering: quoted-printable round-trips through the parser\'s decoder, lines at most 76 characters', () => {
  const random = seeded(11);
  const lines = Array.from({ length: 40 }, (_, i) => {
    const n = Math.floor(random() * 200);
    return Array.from({ length: n }, () => (random() < 0.1 ? '=' : random() < 0.1 ? ' ' : random() < 0.1 ? 'é' : String.fromCharCode(33 + Math.floor(random() * 90)))).join('') + (i % 3 ? ' ' : '');
  });
  const text = lines.join('\r\n');
  const encoded = encodeQuotedPrintable(Buffer.from(text, 'utf8'), '\n');
  assert.ok(encoded.split('\n').every((l) => l.length <= 76));
  const decoded = Buffer.from(decodeQuotedPrintable(Buffer.from(encoded.replace(/\n/g, '\r\n'), 'latin1')).bytes).toString('utf8');
  assert.equal(decoded, text);
});

test('training recipe: every K-th ham by its place is learnt from its rendering; the environment names a recipe', () => {
  assert.equal(hamTrainingTokens(ORIGINAL, 0, 2, tokensOf).rendered, true);
  assert.equal(hamTrainingTokens(ORIGINAL, 1, 2, tokensOf).rendered, false);
  assert.equal(hamTrainingTokens(ORIGINAL, 4, 0, tokensOf).rendered, false);
  assert.deepEqual(hamTrainingTokens(ORIGINAL, 6, 3, tokensOf).tokens, hamTrainingTokens(ORIGINAL, 6, 3, tokensOf).tokens);
  assert.ok(hamTrainingTokens(ORIGINAL, 0, 2, tokensOf).tokens.includes('ct0:multipart/alternative') || hamTrainingTokens(ORIGINAL, 0, 2, tokensOf).tokens.includes('ct0:text/plain'));
  assert.deepEqual(recipeFromEnv({}, PLAIN_RECIPE), PLAIN_RECIPE);
  assert.deepEqual(recipeFromEnv({ SPAMLAB_TRAIN_POT: '1', SPAMLAB_RENDER_HAM: '2', SPAMLAB_HAM_WEIGHT: '4' }, PLAIN_RECIPE), { ...PLAIN_RECIPE, pot: 'words', renderHam: 2, hamWeight: 4 });
  assert.equal(recipeFromEnv({ SPAMLAB_TRAIN_POT: '0' }, { ...PLAIN_RECIPE, pot: 'words' }).pot, 'none');
  assert.throws(() => recipeFromEnv({ SPAMLAB_TRAIN_POT: 'all' }, PLAIN_RECIPE), /SPAMLAB_TRAIN_POT/);
  assert.throws(() => recipeFromEnv({ SPAMLAB_RENDER_HAM: 'two' }, PLAIN_RECIPE), /not a number/);
});

/** A logistic model that records the token lists its `train` is given (what the recipe made of its sources). */
function trainingSpy(): { model: LogisticModel; seen: (readonly string[])[] } {
  const seen: (readonly string[])[] = [];
  const model = new LogisticModel();
  const origTrain = model.train.bind(model);
  model.train = (samples) => {
    for (const s of samples) seen.push(s.tokens);
    origTrain(samples);
  };
  return { model, seen };
}

test('training recipe: the pot learnt only below potBelow, its words only or with format tokens, ham weighted to the 2002 ratio', () => {
  const corpus = [
    { tokens: ['meeting', 'agenda', 'minutes', 'tag:p'], isSpam: false },
    { tokens: ['cheap', 'meds', 'offer', 'tag:font'], isSpam: true },
  ];
  const pot = [
    ['cheap', 'meds', 'offer', 'tag:font'], // the model is sure already: not learnt
    ['verify', 'account', 'tag:table', 'h:x-ms-exchange-organization-scl', 'rcvd:outlook.com'],
  ];
  const { model, seen } = trainingSpy();
  const learnt = trainWithRecipe(model, corpus, pot, { ...PLAIN_RECIPE, pot: 'words', potBelow: 0.7 }, () => new LogisticModel());
  assert.equal(learnt.potUsed, 1);
  assert.equal(learnt.hamWeight, 2, 'two spam now against one 2002 spam: ham twice');
  assert.deepEqual(seen.find((t) => t.includes('verify')), ['verify', 'account']);
  assert.equal(seen.filter((t) => t.includes('meeting')).length, 2);
  seen.length = 0;
  trainWithRecipe(model, corpus, pot, { ...PLAIN_RECIPE, pot: 'format', potBelow: 0.7, hamWeight: 1 }, () => new LogisticModel());
  assert.deepEqual(seen.find((t) => t.includes('verify')), ['verify', 'account', 'tag:table']);
});

test('training recipe: the hard ham repeated hardHamWeight times on top of the ham weight, the rest once', () => {
  const corpus = [
    { tokens: ['meeting', 'agenda'], isSpam: false },
    { tokens: ['newsletter', 'offer'], isSpam: false, hard: true },
    { tokens: ['cheap', 'meds'], isSpam: true },
    { tokens: ['spam', 'marked', 'hard'], isSpam: true, hard: true },
  ];
  const { model, seen } = trainingSpy();
  const count = (word: string) => seen.filter((t) => t.includes(word)).length;
  trainWithRecipe(model, corpus, [], { ...PLAIN_RECIPE, hardHamWeight: 3 }, () => new LogisticModel());
  assert.deepEqual([count('newsletter'), count('meeting'), count('cheap'), count('marked')], [3, 1, 1, 1]);
  assert.deepEqual(seen.slice(0, 4).map((t) => t[0]), ['meeting', 'newsletter', 'cheap', 'spam'], 'the copies come after the samples');
  seen.length = 0;
  trainWithRecipe(model, corpus, [], { ...PLAIN_RECIPE, hardHamWeight: 3, hamWeight: 2 }, () => new LogisticModel());
  assert.deepEqual([count('newsletter'), count('meeting'), count('cheap')], [6, 2, 1]);
  assert.equal(recipeFromEnv({ SPAMLAB_HARD_HAM_WEIGHT: '3' }, PLAIN_RECIPE).hardHamWeight, 3);
  assert.deepEqual(recipeFromEnv({}, PLAIN_RECIPE), PLAIN_RECIPE);
});
