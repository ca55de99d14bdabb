import { test } from 'node:test';
import assert from 'node:assert/strict';
import { configSchema } from '../../config/schema.js';
import type { ParsedMessage } from '../../mail/types.js';
import { testMessage } from '../sender/fixtures/message.js';
import { categoriesCheck } from './categories.js';

/**
 * Session 43: a bare topic word ("sex", "porn", "xxx") named once is what a news story or a list thread about spam talks
 * about, not a dating advert: CONTENT_CATEGORY_DATING needs a second dating word then. The advert's own phrases alone
 * (weight 3) and two words still name it.
 */
const categories = categoriesCheck(configSchema.parse({}).content.categories);
const ctx = { now: new Date('2025-01-01T00:00:00Z'), signal: new AbortController().signal };
const idsOf = async (msg: ParsedMessage) => ((await categories.run(msg, ctx)) as { findings: { id: string }[] }).findings.map((f) => f.id);

const rows: { name: string; subject: string; text: string; dating: boolean }[] = [
  { name: 'a list thread on filtering porn spam', dating: false, subject: 'Re: new rule for the porn spam',
    text: 'The rule in CVS now catches most of the porn spam we get on the list; the false positives were all from one newsletter.' },
  { name: 'a news digest on a court case', dating: false, subject: 'Daily headlines',
    text: 'The court ruled on the sex discrimination case brought by three former employees of the bank.' },
  { name: 'a thread on XXX in a file name', dating: false, subject: 'Re: build broken',
    text: 'The build breaks on the file named XXX in the test directory; rename it and rerun make.' },
  { name: 'the advert: two words', dating: true, subject: 'Hot singles near you',
    text: 'Lonely tonight? Meet real girls for sex in your town, sign up free.' },
  { name: 'the advert: porn and xxx', dating: true, subject: 'Free XXX videos',
    text: 'The best porn on the web, free XXX videos updated daily.' },
  { name: 'the advert: its own phrase alone', dating: true, subject: 'Rencontres coquines',
    text: 'Envie de rencontres coquines près de chez vous ? Inscrivez-vous.' },
  // Session 45: the adult-dating words the English rows lacked.
  { name: 'the advert: wives matched in your area', dating: true, subject: 'Please Verify',
    text: '4 Cheating-Wives have been matched for you in your area: Jessica, 10 miles away, available most nights.' },
  { name: 'the advert: horny and in your area', dating: true, subject: 'Tonight',
    text: 'Horny women in your area are waiting to chat.' },
  { name: 'a neighbourhood notice about women in the area is no advert', dating: false, subject: 'Book club',
    text: 'The book club for women in your area meets on Thursday at the library.' },
];
for (const row of rows) {
  test(`dating category: ${row.name} → ${row.dating ? 'named' : 'not named'}`, async () => {
    const ids = await idsOf(testMessage({ subject: row.subject, text: row.text, visibleText: row.text }));
    assert.equal(ids.includes('CONTENT_CATEGORY_DATING'), row.dating, ids.join(', '));
  });
}
