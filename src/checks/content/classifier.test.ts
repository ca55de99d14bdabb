import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultConfig } from '../../config/load.js';
import { loadContentModel } from '../../runtime/model.js';
import { DEFAULT_PARSE_OPTIONS } from '../../mail/parse/test-helpers.js';
import { parseMessage } from '../../mail/parse/index.js';
import { hiddenNewsletter } from '../../test-support/evasions.js';
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
  assert.ok(!finding || (finding.data as { read?: string }).read === undefined, finding?.evidence);
});
