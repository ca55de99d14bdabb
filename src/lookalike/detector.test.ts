import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LookalikeDetector } from './detector.js';
import { detectorFor } from '../brands/detector.js';
import { buildBrandRegistry } from '../brands/registry.js';
import { cpuStopwatch } from '../test-support/cpu-time.js';

/** The shipped brands' detector, built once for this file. */
const shipped = detectorFor(buildBrandRegistry([], true));
const defaultDetector = () => shipped;
const detectLookalike = (domain: string) => shipped.detect(domain);

const PROTECTED = [
  { domain: 'trendmicro.com', brandId: 'trendmicro', brandName: 'Trend Micro' },
  { domain: 'trendmicro.co.jp', brandId: 'trendmicro', brandName: 'Trend Micro' },
  { domain: 'paypal.com', brandId: 'paypal', brandName: 'PayPal' },
  { domain: 'apple.com', brandId: 'apple', brandName: 'Apple' },
  { domain: 'microsoft.com', brandId: 'microsoft', brandName: 'Microsoft' },
  { domain: 'ups.com', brandId: 'ups', brandName: 'UPS' },
  { domain: 'line.me', brandId: 'line', brandName: 'LINE', generic: true },
];
const detector = new LookalikeDetector(PROTECTED);

test('detector: each technique is recognised and named', () => {
  const rows: { input: string; brand: string; technique: string; via?: string }[] = [
    { input: 'torendmicro.com', brand: 'trendmicro', technique: 'transliteration' },
    { input: 'torendomaikuro.jp', brand: 'trendmicro', technique: 'transliteration' },
    { input: 'maikurosofuto.com', brand: 'microsoft', technique: 'transliteration' },
    { input: 'trendmicro.net', brand: 'trendmicro', technique: 'tld-swap' },
    { input: 'trendmicr0.com', brand: 'trendmicro', technique: 'homoglyph' },
    { input: 'rnicrosoft.com', brand: 'microsoft', technique: 'homoglyph' },
    { input: 'xn--pple-43d.com', brand: 'apple', technique: 'idn-homograph' },
    { input: 'аpple.com', brand: 'apple', technique: 'idn-homograph' },
    { input: 'xn--lne-jhd.me', brand: 'line', technique: 'idn-homograph' }, // lіne.me: homographs count even for generic words
    { input: 'trend-micro.com', brand: 'trendmicro', technique: 'hyphenation' },
    { input: 'trendmicroa.com', brand: 'trendmicro', technique: 'addition' },
    { input: 'trendmiicro.com', brand: 'trendmicro', technique: 'repetition' },
    { input: 'tredmicro.com', brand: 'trendmicro', technique: 'omission' },
    { input: 'tnerdmicro.com', brand: 'trendmicro', technique: 'edit-distance-2' },
    { input: 'rtendmicro.com', brand: 'trendmicro', technique: 'transposition' },
    { input: 'trendmacro.com', brand: 'trendmicro', technique: 'vowel-swap' },
    { input: 'trendmixro.com', brand: 'trendmicro', technique: 'replacement' },
    { input: 'trendmibro.com', brand: 'trendmicro', technique: 'bitsquatting' }, // c 0x63 → b 0x62
    { input: 'trendmicro-support.com', brand: 'trendmicro', technique: 'combosquatting', via: 'exact' },
    { input: 'secure-paypa1.com', brand: 'paypal', technique: 'combosquatting', via: 'homoglyph' },
    { input: 'paypalsecure.net', brand: 'paypal', technique: 'combosquatting', via: 'exact' },
    { input: 'ups-tracking.com', brand: 'ups', technique: 'combosquatting', via: 'exact' },
    { input: 'trendmicro.com.evil.net', brand: 'trendmicro', technique: 'subdomain' },
    { input: 'login.paypal.example.org', brand: 'paypal', technique: 'subdomain' },
    { input: 'trendmicr.o.com', brand: 'trendmicro', technique: 'subdomain' },
    { input: 'apple.com.evil.net', brand: 'apple', technique: 'subdomain' },
  ];
  for (const row of rows) {
    const m = detector.detect(row.input);
    assert.ok(m, `${row.input} should be detected`);
    assert.equal(m.brandId, row.brand, row.input);
    assert.equal(m.technique, row.technique, row.input);
    if (row.via) assert.equal(m.via, row.via, row.input);
  }
});

test('detector: own domains, unrelated domains, generic words and short labels are not lookalikes', () => {
  for (const input of [
    'trendmicro.com', 'www.trendmicro.co.jp', 'TRENDMICRO.COM.', 'example.com', 'google.com', 'trend.com', 'micro.com',
    'line.net', 'online.com', 'lines.me', 'ups.com', 'ops.com', 'apps.com', 'groups.io', '192.0.2.1', '', 'localhost', 'a..b',
  ]) {
    assert.equal(detector.detect(input), null, input);
  }
});

test('detector: ignore list and options are honoured', () => {
  const d = new LookalikeDetector(PROTECTED, { ignore: ['trendmicro.net'] });
  assert.equal(d.detect('trendmicro.net'), null);
  const strict = new LookalikeDetector(PROTECTED, { minLengthEdit1: 20, minLengthEdit2: 30 });
  assert.equal(strict.detect('tredmicro.com'), null);
});

test('detector: shipped registry finds the MISSION case and keeps Tranco-style own domains quiet', () => {
  const m = detectLookalike('torendmicro.com');
  assert.equal(m?.brandName, 'Trend Micro');
  assert.equal(m?.technique, 'transliteration');
  for (const reading of ['merukari.jp', 'kasuperusukii.com', 'masutaakaado.com', 'nettofurikkusu.com', 'torendomicro.jp']) {
    assert.equal(detectLookalike(reading)?.technique, 'transliteration', reading);
  }
  // Words that merely share a brand's consonants are not readings of it (vowels before the first consonant,
  // vowels lost): `arlecchino` has the consonant key of `rakuten`.
  for (const unrelated of ['arlecchino.org', 'rocketnews.com', 'arcade-tune.net']) {
    assert.notEqual(detectLookalike(unrelated)?.technique, 'transliteration', unrelated);
  }
  for (const own of ['mizuno.com', 'google.de', 'amazon.com.br', 'googlevideo.com', 'microsoftonline.com', 'mufg.jp', 'smbc-card.com']) {
    assert.equal(defaultDetector().detect(own), null, own);
  }  // Session 32's brands with short or ordinary-word labels are generic: a newspaper one bit from bpost, words near
  // telegram or allegro, anything near t.me or ctt.pt is no lookalike; a long label still has its lookalikes.
  for (const unrelated of ['jpost.com', 'telegrams.com', 'allegra.com', 'ttt.pt', 'cms.org', 'sncb.be']) {
    assert.equal(defaultDetector().detect(unrelated), null, unrelated);
  }
  assert.equal(defaultDetector().detect('mondialrelais.com')?.brandName, 'Mondial Relay');
  assert.equal(defaultDetector().detect('chatgtp.com')?.brandName, 'OpenAI');
});

test('detector: hostile input is bounded (cost)', () => {
  const cpuMs = cpuStopwatch();
  for (const input of ['a'.repeat(100_000), `${'a.'.repeat(5000)}com`, `${'x'.repeat(63)}.com`, 'xn--'.repeat(1000), '\u0430'.repeat(10_000)]) {
    detector.detect(input);
  }
  assert.ok(cpuMs() < 1000);
});

test('detector: shipped registry covers the newer brands, and their everyday-word domains stay quiet', () => {
  const rows: [string, string, string][] = [
    ['etc-meisai-jp.com', 'etc-meisai', 'combosquatting'],
    ['etc-rneisai.jp', 'etc-meisai', 'homoglyph'],
    ['eki-net.co', 'jreast', 'tld-swap'],
    ['ekinet-jreast.com', 'jreast', 'combosquatting'],
    ['tepco.co.jp.kurashi-login.com', 'tepco', 'subdomain'],
    ['deutschebanc.de', 'deutschebank', 'bitsquatting'],
    ['aldi-sued-gewinnspiel.de', 'aldi', 'combosquatting'],
    ['sonybank-login.net', 'sonybank', 'combosquatting'],
    ['coinbasse.com', 'coinbase', 'repetition'],
    ['rnetamask.io', 'metamask', 'homoglyph'],
    ['steamcommunlty.com', 'steam', 'edit'],
    ['walmart-rewards.shop', 'walmart', 'combosquatting'],
    ['royalmail-redelivery.com', 'royalmail', 'combosquatting'],
    ['colissimo-suivi.fr', 'laposte', 'combosquatting'],
    ['linkedln.com', 'linkedin', 'edit'],
    ['xn--bookng-svf.com', 'booking', 'idn-homograph'], // bookіng.com: homographs count even for generic words
    ['booking.com.secure-guest.net', 'booking', 'subdomain'],
  ];
  for (const [input, brand, technique] of rows) {
    const m = detectLookalike(input);
    assert.equal(m?.brandId, brand, input);
    assert.equal(m?.technique, technique, input);
  }
  for (const quiet of [
    'onlinebooking.com', 'target-marketing.net', 'orange-county.org', 'zoomphoto.de', 'freebies.fr', 'steamengine.org', 'wisebooks.com',
    'sparkasse-koelnbonn.de', 'telekom.hu', 'correios.com.br', 'oricon.co.jp', 'poste.dz', 'ccc.de', 'attachments.com', 'nomura-re.co.jp',
    'uber-cool.com', 'maxmind.com', 'pepco.com', 'aviva.co.uk', 'aldi.es', 'revolution-os.com', 'disneyland-fans.com', 'verizonconnect.com', 'stripes.com', 'krakenjs.com', 'ledgerwallet-fan.org',
  ]) {
    assert.equal(detectLookalike(quiet), null, quiet);
  }
});

test('detector: a brand\'s own country domains are its own; open and cheap suffixes are still TLD swaps', () => {
  const rows: { input: string; technique: string | null; brand?: string }[] = [
    // Brands that run country sites on their label (ownsCountryDomains in the shipped data).
    { input: 'paypal.de', technique: null },
    { input: 'www.apple.de', technique: null },
    { input: 'netflix.de', technique: null },
    { input: 'microsoft.de', technique: null },
    { input: 'ikea.com.br', technique: null },
    { input: 'dpd.sk', technique: null },
    { input: 'mcafee.co.uk', technique: null },
    // Suffixes sold as generic names, one letter from .com, or free to register: anyone's.
    { input: 'paypal.top', technique: 'tld-swap', brand: 'paypal' },
    { input: 'paypal.co', technique: 'tld-swap', brand: 'paypal' },
    { input: 'netflix.cm', technique: 'tld-swap', brand: 'netflix' },
    { input: 'apple.tk', technique: 'tld-swap', brand: 'apple' },
    // A country's suffix does not make a typo the brand's.
    { input: 'paypa1.de', technique: 'homoglyph', brand: 'paypal' },
    // A national brand without country sites: its label under another structure of its country is not its own.
    { input: 'livelo.com.ar', technique: 'tld-swap', brand: 'livelo' },
    // Every label of a brand with country sites, not only its first domain's (session 6): Mercado Livre runs
    // mercadolibre and mercadopago in every Latin-American country; Norton runs symantec.
    { input: 'mercadolibre.cl', technique: null },
    { input: 'mercadopago.com.ar', technique: null },
    { input: 'symantec.de', technique: null },
    { input: 'mercadolibre.top', technique: 'tld-swap', brand: 'mercadolivre' },
    // Ordinary words and host-name labels as a brand's registrable label are not TLD swaps of it.
    { input: 'post.com', technique: null },
    { input: 'post.sk', technique: null },
    { input: 'www.com', technique: null },
    { input: 'www.eun.eg', technique: null },
    { input: 'nu.nl', technique: null },
  ];
  for (const row of rows) {
    const m = detectLookalike(row.input);
    assert.equal(m?.technique ?? null, row.technique, `${row.input}: ${JSON.stringify(m)}`);
    if (row.brand) assert.equal(m?.brandId, row.brand, row.input);
  }
  // The same rule for an operator's own protected domain, set per domain.
  const own = new LookalikeDetector([{ domain: 'examplebank.com', brandId: 'eb', brandName: 'Example Bank', countryDomains: true }]);
  assert.equal(own.detect('examplebank.fr'), null);
  assert.equal(own.detect('examplebank.xyz')?.technique, 'tld-swap');
  assert.equal(new LookalikeDetector([{ domain: 'examplebank.com', brandId: 'eb', brandName: 'Example Bank' }]).detect('examplebank.fr')?.technique, 'tld-swap');
});

test('detector: remembered answers are the answers (repeated hosts, past the bound, frozen)', () => {
  const registry = buildBrandRegistry([], true);
  const remembering = detectorFor(registry);
  const hosts = ['torendmicro.com', 'paypa1.com', 'example.org', 'PAYPAL-login.com', 'amazon.co.jp'];
  const first = hosts.map((h) => remembering.detect(h));
  // Fill the memory past its bound with other hosts, then ask again; a fresh detector answers the same.
  for (let i = 0; i < 5000; i++) remembering.detect(`host${i}.example`);
  const fresh = detectorFor(registry);
  for (const [i, h] of hosts.entries()) {
    assert.deepEqual(remembering.detect(h), first[i]);
    assert.deepEqual(remembering.detect(h), fresh.detect(h));
  }
  const match = remembering.detect('torendmicro.com');
  assert.ok(match && Object.isFrozen(match));
});

test('detector: the North American banks of session 11 — lookalikes of their long domains found, short labels not protected', () => {
  for (const [input, brand] of [['navyfederal-secure.com', 'navyfederal'], ['tdcanadatrust-login.com', 'td'], ['suntrust-online.com', 'truist']] as const) {
    assert.equal(detectLookalike(input)?.brandId, brand, input);
  }
  // td.com and bmo.com are sending domains: www.tcl.tk (cl for d, a SpamAssassin ham) and brno.cz (rn for m) are no lookalikes.
  for (const input of ['www.tcl.tk', 'tcl.tk', 'brno.cz', 'td.com', 'bmo.com']) assert.equal(detectLookalike(input), null, input);
});
