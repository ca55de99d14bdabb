import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HOST, hostsIn } from './tokenize.js';
import { prng } from '../test-support/campaign-corpus.js';

/** What the classifier asked before hostsIn: the global pattern's matches. */
function byPattern(text: string): string[] | null {
  HOST.lastIndex = 0;
  return text.match(HOST);
}

test('hostsIn: written Received values give the pattern\'s hosts', () => {
  const rows = [
    'from mail.example.com (mail.example.com [192.168.1.10]) by mx.google.com with esmtps id x12si3456.2026.12.07 for <user@example.org>; mon, 7 dec 2026 10:00:00 +0000',
    'from [10.0.0.1] (helo=smtp.beispiel-firma.de) by mail.gmx.net (mreue106) with esmtpa (nemesis) id 1mabc-0005xy-ab; mo, 07 dez 2026',
    'de serveur.exemple.fr (serveur.exemple.fr. [203.0.113.5]) par relais.orange.fr avec esmtp',
    'from localhost (localhost [127.0.0.1]) by fetchmail-server.lan (fetchmail-6.3.26) for jm@localhost (single-drop)',
    'from a.b.c.d.e.f.g.h.co.uk by 1.2.3.4 via x.y',
    'from -bad-.example.com by good-.example.com and -x.y.zz and x-.yy.zz',
    'from under_score.example.com by upper.Example.Com and 2host.example.org',
    'from ' + 'a'.repeat(63) + '.example.com and ' + 'b'.repeat(64) + '.example.com and ' + 'c'.repeat(70) + '.net',
    'from x.' + 'e'.repeat(63) + '.com and x.' + 'f'.repeat(64) + '.com and x.' + 'g'.repeat(64) + '.h.com',
    'tld ' + 'example.' + 'q'.repeat(24) + ' and example.' + 'q'.repeat(25) + ' and example.' + 'q'.repeat(24) + '9',
    'from mail.foo-bar.1 and a.bc-d.1 and a.bc.-x and x..yy and .com and com. and a.b',
    'from ホスト.example.jp (mail.例え.jp [198.51.100.7]) by mx.exemple.fr; über.example.de and ſmtp.example.com',
    'von mailout.web.de über mx.posteo.de mit esmtps; desde correo.ejemplo.es por mx.ejemplo.com.mx',
    '.a.bc',
    'a.bc',
    'a.b',
    '',
  ];
  for (const row of rows) assert.deepEqual(hostsIn(row), byPattern(row), row);
  // A few answers spelled out, so the pattern itself is pinned.
  assert.deepEqual(hostsIn('from mail.foo-bar.1 x'), ['mail.foo']);
  assert.deepEqual(hostsIn('a.bc.-x'), ['a.bc']);
  assert.deepEqual(hostsIn('upper.Example.Com'), null);
  assert.deepEqual(hostsIn('by mx.google.com with smtp.gmail.com'), ['mx.google.com', 'smtp.gmail.com']);
});

test('hostsIn: seeded texts from host pieces give the pattern\'s hosts', () => {
  const pieces = [
    'mail', 'example', 'com', 'co', 'uk', 'de', 'x', 'a', 'z9', '1', '192', '168', '0', '2026', 'abc-def', '-x', 'x-', '--',
    '.', '.', '.', '..', ' ', ' ', '(', ')', '[', ']', '_', '@', '<', '>', ';', ':', '/', '\n', '\t', 'A', 'Com', 'X9', 'é', 'ü',
    'ſ', 'K', '例', 'from ', ' by ', ' with ', 'esmtp', 'helo=', 'id ', 'a'.repeat(24), 'b'.repeat(25), 'c'.repeat(61),
    'd'.repeat(62), 'e'.repeat(63), 'f'.repeat(64), '\u00a0', '\u200b',
  ];
  const random = prng(6364);
  for (let n = 0; n < 30_000; n++) {
    const count = 1 + Math.floor(random() * 24);
    let text = '';
    for (let k = 0; k < count; k++) text += pieces[Math.floor(random() * pieces.length)];
    assert.deepEqual(hostsIn(text), byPattern(text), JSON.stringify(text));
  }
});

test('hostsIn: seeded texts over the units the pattern tells apart', () => {
  const units = 'ab9-._ A\u00e9';
  const random = prng(64);
  for (let n = 0; n < 30_000; n++) {
    const length = Math.floor(random() * 16);
    let text = '';
    for (let k = 0; k < length; k++) text += units[Math.floor(random() * units.length)];
    assert.deepEqual(hostsIn(text), byPattern(text), JSON.stringify(text));
  }
});
