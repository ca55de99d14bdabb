import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cryptoExtortion, hasKeyLongRun, walletsIn } from './scam-structure.js';
import { mulberry32 } from '../../classifier/logistic.js';

/**
 * Session 50: walletsIn's `keyRun` stands in for hasKeyLongRun where no address was found (cryptoExtortion then skips the
 * payment words and the run), so the two must agree there on every text: seeded texts of runs of letters and digits of every
 * length around the address and key lengths, valid and broken addresses, payment and threat words, other characters.
 */
const rng = mulberry32;
const ALNUM = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz123456789';
const PIECES = [
  'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq', '1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2', '0x52908400098527886E0F7030069857D2E4169EE7',
  '7EcDhSYGxXyscszYEp35KHN8vvw3svAuLKTzXwCFLtV', 'bitcoin', 'crypto', 'wallet', 'BTC', 'solana', 'Solana', 'coins', 'USDT',
  'I recorded you', 'pay', 'within 48 hours', 'your contacts', 'video', 'http://example.com/abcdefghijklmnopqrstuvwxyz0123456789ABCDEF',
];
const OTHER = [' ', '\n', '.', '-', '/', '?', '=', '_', 'é', 'ü', '€', '\u00a0', ':'];
function text(r: () => number): string {
  let out = '';
  const n = 1 + Math.floor(r() * 14);
  for (let k = 0; k < n; k++) {
    if (r() < 0.45) {
      const len = [1, 5, 13, 14, 15, 25, 31, 32, 33, 34, 44, 45, 60, 106, 107][Math.floor(r() * 15)]!;
      for (let i = 0; i < len; i++) out += ALNUM[Math.floor(r() * ALNUM.length)];
    } else out += PIECES[Math.floor(r() * PIECES.length)];
    out += OTHER[Math.floor(r() * OTHER.length)];
  }
  return out;
}

test('walletsIn: keyRun is false only where no run of a key\'s length stands (seeded texts)', () => {
  const r = rng(50);
  let none = 0;
  let noRun = 0;
  for (let i = 0; i < 20_000; i++) {
    const t = text(r);
    const { found, keyRun } = walletsIn(t, 1);
    if (found.length > 0) continue;
    none++;
    if (!keyRun) noRun++;
    if (!keyRun) assert.equal(hasKeyLongRun(t), false, JSON.stringify(t));
    // And the extortion reads the same either way.
    assert.deepEqual(cryptoExtortion(t, () => [], null, keyRun), cryptoExtortion(t, () => [], null), JSON.stringify(t));
  }
  assert.ok(none > 2_000 && noRun > 1_000, `no address ${none}, no run ${noRun}`);
});
