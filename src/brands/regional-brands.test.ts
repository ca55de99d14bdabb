import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultConfig } from '../config/load.js';
import { createScanner } from '../runtime/index.js';
import { activeIds } from '../test-support/corpus-rows.js';
import { buildBrandRegistry } from './registry.js';

/**
 * Session 53 (issue 17, helper draw53d): organisations the prize and statement lures of draw 8's design hundred borrowed while the
 * brand data did not know them (item 1: the registry is data that grows) — the Social Security Administration, Rogers, Netto, Aral,
 * State Farm, the ANWB (Wegenwacht) and Center Parcs. The ordinary words among their names are weak aliases (a surname, "netto"
 * as a price, the Aral Sea) and their short domains generic (no edit or combination lookalikes: `netti.fi` is a Finnish provider,
 * `netto.<host>` a tracker's label).
 */
const registry = buildBrandRegistry([], true);
const displayNames: { name: string; brand: string | null }[] = [
  { name: 'State Farm Auto Insurance _$90 PROMO REWARD_DECEMBER_WINNER', brand: 'statefarm' },
  { name: 'ANWB-klantenondersteuning', brand: 'anwb' },
  { name: 'AAA Wegenwacht', brand: 'anwb' },
  { name: 'Netto Team', brand: 'netto' },
  { name: 'Rogers', brand: 'rogers' },
  { name: 'Center Parcs', brand: 'centerparcs' },
  { name: 'Social Security Administration', brand: 'ssa' },
  { name: 'SSA', brand: 'ssa' },
  // must not: the ordinary words among other words
  { name: 'Kenny Rogers', brand: null },
  { name: 'Preis netto', brand: null },
  { name: 'Aral Sea Expedition', brand: null },
  { name: 'SSA Marine Logistics', brand: null },
];
for (const row of displayNames) {
  test(`regional brands: display name "${row.name}"`, () => {
    const ids = registry.mentionsInDisplayName(row.name).map((m) => m.brand.id);
    if (row.brand) assert.ok(ids.includes(row.brand), ids.join(', '));
    else assert.deepEqual(ids.filter((id) => ['ssa', 'rogers', 'netto', 'aral', 'statefarm', 'anwb', 'centerparcs'].includes(id)), []);
  });
}

test('regional brands: running text names only the strong aliases', () => {
  const ids = (t: string) => registry.mentionsInText(t).map((m) => m.brand.id);
  assert.ok(ids('This message was sent by the Social Security Administration.').includes('ssa'));
  assert.ok(ids('Uw ANWB Wegenwacht pakket').includes('anwb'));
  assert.deepEqual(ids('Der Preis beträgt netto 500 Euro, Versand über Aral oder Rogers.').filter((id) => ['netto', 'aral', 'rogers'].includes(id)), []);
});

const scanner = await createScanner({ config: defaultConfig(), services: { now: () => new Date('2026-02-20T08:00:00Z') } });
const letter = (from: string, href: string) => new TextEncoder().encode([
  `From: ${from}`, 'To: reader@mailbox.example', 'Subject: Hallo', 'Date: Fri, 20 Feb 2026 09:00:00 +0100', 'Message-ID: <r53@mailbox.example>',
  'MIME-Version: 1.0', 'Content-Type: text/html; charset=utf-8', '', `<html><body><p>Hallo, hier ist der Link zum Bericht.</p><p><a href="${href}">Bericht</a></p></body></html>`, '',
].join('\r\n'));

test('regional brands: short generic domains are not lookalike targets by edit or combination', async () => {
  for (const [from, href] of [['Matti <matti@netti.fi>', 'https://www.netti.fi/uutiset'], ['News <news@example.org>', 'https://netto.tracker-example.info/c/1'], ['Anna <anna@aral.example.com>', 'https://rogers-family.example.net/photos']]) {
    const ids = activeIds(await scanner.scan({ raw: letter(from!, href!), source: from! }));
    assert.ok(!ids.some((id) => id.startsWith('LOOKALIKE_')), `${from} ${href}: ${ids.join(', ')}`);
  }
});
