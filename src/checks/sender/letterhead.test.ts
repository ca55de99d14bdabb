import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldBrandWords } from '../../brands/normalize.js';
import { buildBrandRegistry } from '../../brands/registry.js';
import { letterheadClaim } from './letterhead.js';

const registry = buildBrandRegistry([], true);
const none = () => new Set<string>();

/** The organisation a letterhead or sign-off claims (session 12): rows of shown text, subject, hosts → organisation or null. */
const rows: { what: string; text: string; subject?: string; hosts: string[]; claim: string | null; where?: 'head' | 'sign-off'; government?: boolean }[] = [
  // A registered brand's name alone on a first line, the sender and the link elsewhere (the IRS statement of the design part).
  { what: 'IRS letterhead', text: 'Internal Revenue Service\nYour Statement is Ready\nDear Valued Client,\nThe IRS has generated a new statement.', hosts: ['mfree.gr', 'mfree.gr'], claim: 'IRS', where: 'head', government: true },
  { what: 'weak alias alone', text: 'IRS\nYour refund\nDear taxpayer, claim your refund today.', hosts: ['mailer.example'], claim: 'IRS' },
  { what: 'copyright sign-off', text: 'Olá,\nSua encomenda está retida. Pague a taxa.\n© 2024 Correios. Todos os direitos reservados', hosts: ['envio-rastreio.example'], claim: 'Correios', where: 'sign-off', government: false },
  // An authority the registry does not know, named in capitalised words with an authority word.
  { what: 'unregistered tax office (pt)', text: 'Receita Federal do Brasil\nPrezado contribuinte,\nSeu CPF está irregular.', hosts: ['824564rctaregular.example'], claim: 'Receita Federal' }, // a registered brand
  { what: 'unregistered tax office (de), sign-off', text: 'Sehr geehrte Damen und Herren,\nbitte bestätigen Sie Ihre Erstattung.\nMit freundlichen Grüßen\nBundeszentralamt für Steuern', hosts: ['mailer.example'], claim: 'ELSTER', where: 'sign-off' }, // registered with the German tax offices
  { what: 'unregistered authority (nl)', text: 'Beste klant,\nUw teruggave staat klaar.\nMet vriendelijke groet,\nBelastingdienst Nederland', hosts: ['mailer.example'], claim: 'Belastingdienst Nederland', where: 'sign-off', government: true },
  { what: 'unregistered bank, head', text: 'Banco Regional Andino\nEstimado cliente,\nsu cuenta fue suspendida.', hosts: ['mailer.example'], claim: 'Banco Regional Andino', where: 'head', government: false },
  // Session 53 (draw53e): the Social Security Administration, registered since; a public authority (FROM_AUTHORITY_CLAIMED).
  { what: 'SSA letterhead (registered)', text: 'Social Security Administration\nYour statement is available\nHello {{User}},', hosts: ['century21.example', 'shop.example'], claim: 'Social Security Administration', where: 'head', government: true },
  { what: 'unregistered ministry (es), a public authority', text: 'Ministerio de Hacienda Regional\nEstimado contribuyente,', hosts: ['mailer.example'], claim: 'Ministerio de Hacienda Regional', where: 'head', government: true },
  { what: 'unregistered post office, not a public authority here', text: 'Regional Post Service\nDear customer,', hosts: ['mailer.example'], claim: 'Regional Post Service', where: 'head', government: false },
  { what: 'Japanese bank (unregistered), not an office of state', text: 'さくら銀行\nお客様各位', hosts: ['mailer.example'], claim: 'さくら銀行', where: 'head', government: false },
  { what: 'an agency at its own domain', text: 'Banco Regional Andino\nEstimado cliente,', hosts: ['bancoregionalandino.example'], claim: null },
  { what: 'Japanese tax agency (registered)', text: '国税庁\nお客様各位\n還付金の受け取り手続きをしてください。', hosts: ['mailer.example'], claim: '国税庁 (National Tax Agency)', where: 'head', government: true },
  { what: 'Japanese tax office (unregistered)', text: '麹町税務署\nお客様各位\n還付金の受け取り手続きをしてください。', hosts: ['mailer.example'], claim: '麹町税務署', where: 'head', government: true },
  // Not a claim: the brand's own domain is the sender's or a link's; the agency's own suffix; a sentence; a headline.
  { what: 'linked to the brand', text: 'PayPal\nYour receipt\nDear customer, thanks.', hosts: ['mailer.example', 'www.paypal.com'], claim: null },
  { what: 'brand in a sentence', text: 'Weekly tax news\nThe IRS announced new rules for 2025 returns today.\nRead more', hosts: ['news.example'], claim: null },
  { what: 'news headline naming the police', text: "Anarchist 'Scavenger Hunt' Raises D.C. Police Ire\nBy a staff writer", hosts: ['list.example'], claim: null },
  { what: 'a lower-case phrase with an authority word', text: 'Pay your tax online\nDear customer,', hosts: ['shop.example'], claim: null },
  { what: 'a date folded like a brand (02 → o2)', text: '8/29/02\nDear friends,\nnews of the week.', hosts: ['list.example'], claim: null },
  { what: 'forwarded message', text: 'De: Internal Revenue Service <irs@example.net>\nEnviado: segunda-feira\nInternal Revenue Service\nYour refund', hosts: ['hotmail.com'], claim: null },
  { what: 'forwarded by subject', text: 'Internal Revenue Service\nYour refund', subject: 'Fwd: your refund', hosts: ['example.org'], claim: null },
];

for (const row of rows) {
  test(`letterhead claim: ${row.what}`, () => {
    const got = letterheadClaim(row.text, row.subject ?? 'Notice', row.hosts, registry, none);
    assert.equal(got?.organisation ?? null, row.claim);
    if (row.where) assert.equal(got?.where, row.where);
    if (row.government !== undefined) assert.equal(got?.government, row.government);
  });
}

test('namedAlone: a line that is a brand name with role and filler words, not a sentence naming it', () => {
  const words = new Set(['copyright', 'all', 'rights', 'reserved', 'sincerely'].map((w) => foldBrandWords(w)));
  const filler = (w: string) => words.has(w);
  const ids = (line: string) => registry.namedAlone(line, filler).map((m) => m.brand.id);
  assert.deepEqual(ids('Internal Revenue Service'), ['irs']);
  assert.deepEqual(ids('© 2025 PayPal, Inc. All rights reserved.'), ['paypal']);
  assert.deepEqual(ids('IRS'), ['irs']); // a weak alias alone
  assert.deepEqual(ids('Sincerely, PayPal Customer Service'), ['paypal']);
  assert.deepEqual(ids('Pay with PayPal at checkout'), []);
  assert.deepEqual(ids('IRS rules change'), []);
  assert.deepEqual(ids('x'.repeat(121)), []);
});

test('piecesBetweenSpaces counts the pieces split(/\\s+/u) makes', async () => {
  const { piecesBetweenSpaces } = await import('./letterhead.js');
  const spaces = [...Array(0x10000).keys()].map((c) => String.fromCharCode(c)).filter((c) => /\s/u.test(c));
  const others = ['a', 'Z', '©', '\u200b', '\u180e', '\u0085', '𝐀', '.', '-', '\x1c', '\x1f'];
  let seed = 3;
  const random = (n: number): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed % n;
  };
  for (let round = 0; round < 5000; round++) {
    let line = '';
    for (let k = random(16); k > 0; k--) line += random(3) === 0 ? spaces[random(spaces.length)] : others[random(others.length)];
    assert.equal(piecesBetweenSpaces(line), line.split(/\s+/u).length, JSON.stringify(line));
  }
});

test('foldedWords folds the runs of letters and digits split(/[^\\p{L}\\p{N}]+/u) makes, ASCII lines in one fold', async () => {
  const { foldedWords } = await import('./letterhead.js');
  const bySplit = (line: string): string[] => line.split(/[^\p{L}\p{N}]+/u).map((w) => foldBrandWords(w)).filter(Boolean);
  const alphabet = [...'aAmMIil|0135 .-_@&\'’,:;()\t©éÉ2024'];
  let seed = 13;
  const random = (n: number): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed % n;
  };
  for (let round = 0; round < 5000; round++) {
    let line = '';
    for (let k = random(40); k > 0; k--) line += alphabet[random(round % 4 === 0 ? alphabet.length : alphabet.length - 8)];
    assert.deepEqual(foldedWords(line), bySplit(line), JSON.stringify(line));
  }
  assert.deepEqual(foldedWords('Receita Federal do Brasil'), ['recelta', 'federal', 'do', 'brasll']);
});

test('namedAlone answers as reading every word of the line does (it stops once the rest cannot be empty or a weak alias)', async () => {
  const { foldBrandText } = await import('../../brands/normalize.js');
  const { AhoCorasick } = await import('../../brands/aho-corasick.js');
  const { isRoleWord } = await import('../../brands/registry.js');
  // The reading before the early stop, on the registry's own tables.
  type Entry = { brand: { id: string; name: string }; alias: string; folded: string; start: boolean; end: boolean };
  const inner = registry as unknown as { strong: Entry[]; weakByFolded: Map<string, Entry[]> };
  const matcher = new AhoCorasick(inner.strong.map((e) => e.folded));
  const filler = new Set(['copyright', 'all', 'rights', 'reserved', 'sincerely', 'the', 'of'].map((w) => foldBrandWords(w)));
  const isFiller = (w: string) => filler.has(w);
  const byReadingAll = (line: string): string[] => {
    if (line.length > 120) return [];
    const { text, boundary } = foldBrandText(line.replace(/(?<![\p{L}\p{N}])\p{N}+(?![\p{L}\p{N}])/gu, ' '), 120);
    if (text.length === 0) return [];
    const covered = new Uint8Array(text.length);
    const hits: number[] = [];
    matcher.search(text, (index, at) => {
      const e = inner.strong[index]!;
      if ((!e.start || boundary[at] === 1) && (!e.end || boundary[at + e.folded.length] === 1)) {
        hits.push(index);
        covered.fill(1, at, at + e.folded.length);
      }
    });
    // The lines are ASCII: no kana role word to cut out of a word.
    let rest = '';
    for (let start = 0, i = 1; i <= text.length; i++) {
      if (boundary[i] !== 1) continue;
      let uncovered = false;
      for (let k = start; k < i; k++) if (covered[k] === 0) uncovered = true;
      const word = text.slice(start, i);
      start = i;
      if (!uncovered || isFiller(word) || isRoleWord(word)) continue;
      rest += word;
    }
    if (hits.length > 0) return rest !== '' ? [] : [...new Set(hits.sort((a, b) => a - b).map((i) => inner.strong[i]!.brand.id))];
    return [...new Set((inner.weakByFolded.get(rest) ?? []).map((e) => e.brand.id))];
  };
  const pieces = ['PayPal', 'IRS', 'Internal Revenue Service', 'Correios', 'Amazon', 'DHL', 'UPS', 'Apple', 'Customer', 'Service', 'Support', 'Team',
    'Sincerely,', 'All rights reserved.', '©', '2024', 'the', 'of', 'Bank', 'Acme', 'Federal', 'x', 'Pay with', 'Netflix', 'Microsoft', 'Outlook', '-', '|'];
  let seed = 17;
  const random = (n: number): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed % n;
  };
  let named = 0;
  for (let round = 0; round < 4000; round++) {
    const words: string[] = [];
    for (let k = 1 + random(5); k > 0; k--) words.push(pieces[random(pieces.length)]!);
    const line = words.join(' ');
    const got = registry.namedAlone(line, isFiller).map((m) => m.brand.id);
    if (got.length > 0) named++;
    assert.deepEqual(got, byReadingAll(line), line);
  }
  assert.ok(named > 300, `named ${named}`);
});
