import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultConfig } from '../../config/load.js';
import { loadContentModel } from '../../runtime/model.js';
import { DEFAULT_PARSE_OPTIONS } from '../../mail/parse/test-helpers.js';
import { parseMessage } from '../../mail/parse/index.js';
import { hiddenNewsletter, whiteNewsletter } from '../../test-support/evasions.js';
import { classifierCheck } from './classifier.js';

// An advert that is all picture (it shows no text: the classifier reads the HTML's own text), then the same advert with
// a borrowed newsletter hidden below it (issue 17's hidden-newsletter evasion). Read whole, the newsletter's many
// ordinary words outvote the advert; its head — every header and tag token and the first characters of the text —
// does not, and the higher vote counts.
const shipped = await loadContentModel({ ...defaultConfig().content.classifier, useStore: false });
if (!('model' in shipped)) throw new Error('shipped model missing');
const ADVERT = Buffer.from([
  'From: "Member Rewards" <rewards@offers-daily.example>', 'To: reader@mailbox.example', 'Subject: Your reward is waiting',
  'Date: Tue, 21 Oct 2025 07:41:42 -0400', 'Message-ID: <a1b2c3@offers-daily.example>', 'MIME-Version: 1.0',
  'Content-Type: text/html; charset=utf-8', '',
  '<html><head><title>Claim now</title></head><body><center><a href="https://img.offers-daily.example/c?id=88213">',
  '<img src="https://img.offers-daily.example/reward.jpg" width="600" height="800" alt=""></a></center></body></html>', ''].join('\r\n'));
const HIDDEN = hiddenNewsletter(ADVERT, 'display:none')!;
const context = { now: new Date('2025-10-21T12:00:00Z'), signal: new AbortController().signal };
const vote = async (raw: Buffer, noTextHeadChars: number) => {
  const check = classifierCheck({ ...defaultConfig().content.classifier, noTextHeadChars }, { model: shipped.model, source: 'shipped' });
  const [finding] = (await check.run(parseMessage(raw, DEFAULT_PARSE_OPTIONS), context)).findings;
  return finding;
};

test('a page that shows no text: its head votes beside the whole, and a hidden newsletter no longer outvotes the advert', async () => {
  const advert = await vote(ADVERT, 600);
  const wholeOnly = await vote(HIDDEN, 0);
  const withHead = await vote(HIDDEN, 600);
  const p = (f: typeof advert): number => (f?.data as { probability: number }).probability;
  // The spam band (CONTENT_CLASSIFIER_SPAM, p ≥ 0.7): the advert alone is in it, the newsletter takes it out of it when
  // the whole text alone is read (noTextHeadChars 0, the behaviour before), and the head's vote puts it back.
  const band = defaultConfig().content.classifier.spam;
  assert.ok(advert && p(advert) >= band, `the advert alone: ${advert?.id} ${advert?.evidence}`);
  assert.ok(!wholeOnly || p(wholeOnly) < band, `whole only: ${wholeOnly?.id} ${wholeOnly?.evidence}`);
  assert.ok(withHead && p(withHead) >= band, `with the head: ${withHead?.id} ${withHead?.evidence}`);
  assert.match(withHead.evidence ?? '', /the first 600 characters of a page that shows no text; whole p=0\.[0-9]{4}/);
  assert.equal((withHead.data as { read?: string }).read, 'head');
});

test('a page that shows its text has no head vote (a newsletter whose top is a promotion stays whole)', async () => {
  const shown = Buffer.from(ADVERT.toString('latin1').replace('<center>', '<center><p>Thank you for being a member. Your monthly statement and the club news are below.</p>'), 'latin1');
  const finding = await vote(hiddenNewsletter(shown, 'display:none')!, 600);
  assert.ok(!finding || (finding.data as { read?: string }).read !== 'head', finding?.evidence);
});

test('white text on a page whose background is not known: the text without it votes too, so a white newsletter cannot lower the vote (session 42)', async () => {
  // The advert shows its offer on a body whose background is a picture; a newsletter appended in white is drawn on whatever
  // the picture gives (seen on a dark one, not on a white one): read whole, it pulls the vote down; without it, it does not.
  const shown = Buffer.from(
    ADVERT.toString('latin1')
      .replace('<body>', '<body background="https://img.offers-daily.example/bg.jpg">')
      .replace('<center>', '<center><p>Congratulations! You have been selected to claim your exclusive reward. Claim now, the offer expires today.</p>'),
    'latin1',
  );
  const before = await vote(shown, 600);
  const after = await vote(whiteNewsletter(shown)!, 600);
  const p = (f: typeof before): number => (f?.data as { probability: number } | undefined)?.probability ?? 0.5;
  assert.ok(before && after, `${before?.evidence} / ${after?.evidence}`);
  assert.equal((after.data as { read?: string }).read, 'seen', after.evidence);
  assert.match(after.evidence ?? '', /what the reader sees: without [0-9]+ characters in a colour that may not be seen; whole p=0\.[0-9]{4}/);
  assert.ok((after.data as { wholeProbability: number }).wholeProbability < p(after), after.evidence);
  assert.ok(p(after) >= p(before) - 0.05, `before ${before.evidence}, after ${after.evidence}`);
  // On the white page a mail client draws the newsletter is not shown at all: nothing faint, no second vote.
  const onWhite = Buffer.from(ADVERT.toString('latin1').replace('<center>', '<center><p>Congratulations! You have been selected to claim your exclusive reward.</p>'), 'latin1');
  const plain = await vote(whiteNewsletter(onWhite)!, 600);
  assert.notEqual((plain?.data as { read?: string } | undefined)?.read, 'seen');
});
