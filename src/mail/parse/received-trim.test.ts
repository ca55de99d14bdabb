import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withoutAngles, withoutEndSeparator, withoutEndSeparators, withoutHostBrackets, withoutLiteralBrackets } from './received.js';
import { prng } from '../../test-support/campaign-corpus.js';

/** Each trim and the replace it stands for (received.ts before session 63). */
const PAIRS: [string, (w: string) => string, (w: string) => string][] = [
  ['withoutEndSeparator', withoutEndSeparator, (w) => w.replace(/[;,]$/, '')],
  ['withoutEndSeparators', withoutEndSeparators, (w) => w.replace(/(?<![,;])[,;]+$/, '')],
  ['withoutAngles', withoutAngles, (w) => w.replace(/^<|>[;,]?$/g, '')],
  ['withoutLiteralBrackets', withoutLiteralBrackets, (w) => w.replace(/^\[(?:ipv6:)?|\]$/gi, '')],
  ['withoutHostBrackets', withoutHostBrackets, (w) => w.replace(/^[[(<]+|(?<![\])>;,])[\])>;,]+$/g, '')],
];

test('Received trims: written words give their patterns\' answers', () => {
  const words = [
    '', 'esmtp', 'ESMTPS;', 'smtp,', 'esmtpa;;', '<user@example.org>;', '<user@example.org>', 'user@example.org>,', '<usuario@ejemplo.es',
    '<', '>', '<>', '<;', '>;', '<>;', '>>', '>,;', '[192.0.2.1]', '[IPv6:2001:db8::1]', '[ipv6:::1]', '[IPV6:fe80::1]', '[ipv6]', '[ipv6:',
    '[', ']', '[]', '[ipv6:]', '((mail.example.com))', '<[mx.beispiel.de]>;', '(unknown)', 'relais.exemple.fr.)', 'smtp.例え.jp,', 'ſmtp;',
    'helo=mail.example.com;', '[ıpv6:::1]', '[\u212apv6:::1]',
  ];
  for (const word of words) for (const [name, fast, slow] of PAIRS) assert.equal(fast(word), slow(word), `${name} ${JSON.stringify(word)}`);
  assert.equal(withoutAngles('<user@example.org>;'), 'user@example.org');
  assert.equal(withoutLiteralBrackets('[IPv6:2001:db8::1]'), '2001:db8::1');
  assert.equal(withoutHostBrackets('((mail.example.com))'), 'mail.example.com');
});

test('Received trims: seeded words give their patterns\' answers', () => {
  const pieces = ['<', '>', '[', ']', '(', ')', ';', ',', ';', ',', 'ipv6:', 'IPv6:', 'ipv6', 'a', 'mail', '.', ':', '1', '@', ' ', 'é', '\u212a'];
  const random = prng(6363);
  for (let n = 0; n < 40_000; n++) {
    const count = Math.floor(random() * 8);
    let word = '';
    for (let k = 0; k < count; k++) word += pieces[Math.floor(random() * pieces.length)];
    for (const [name, fast, slow] of PAIRS) assert.equal(fast(word), slow(word), `${name} ${JSON.stringify(word)}`);
  }
});
