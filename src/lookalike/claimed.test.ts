import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nearClaimedBrand } from './claimed.js';

/** Looser matching, used only for the domains of a brand the message itself claims (issue 17, item 9). */
const rows: { description: string; host: string; brand: string[]; expected: string | null }[] = [
  { description: 'digit appended to a four-letter brand', host: 'smbc6.co.jp', brand: ['smbc.co.jp'], expected: 'smbc.co.jp' },
  { description: 'n for m in a four-letter brand', host: 'snbc.co.jp', brand: ['smbc.co.jp', 'smbc-card.com'], expected: 'smbc.co.jp' },
  { description: '1 and c standing for k', host: 'ra1cuten.co.jp', brand: ['rakuten.co.jp'], expected: 'rakuten.co.jp' },
  { description: 'stacked swaps: c for e, rr for m', host: 'trcndrricro.com', brand: ['trendmicro.com'], expected: 'trendmicro.com' },
  { description: 'subdomains do not matter', host: 'login.snbc.co.jp', brand: ['smbc.co.jp'], expected: 'smbc.co.jp' },
  { description: 'a letter dropped from a short name is another name', host: 'mbc.com', brand: ['smbc.co.jp'], expected: null },
  { description: 'an ordinary word near no brand', host: 'example.com', brand: ['smbc.co.jp'], expected: null },
  { description: 'a longer word containing a short brand', host: 'upsell.com', brand: ['ups.com'], expected: null },
  { description: 'combosquats are the detector’s, not this', host: 'amazon-support.com', brand: ['amazon.com'], expected: null },
];

for (const row of rows) {
  test(`near a claimed brand: ${row.description} (${row.host})`, () => {
    assert.equal(nearClaimedBrand(row.host, row.brand)?.protectedDomain ?? null, row.expected);
  });
}
