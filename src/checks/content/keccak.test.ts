import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { eip55, moneroValid, solanaKey, toEip55 } from './coin-address.js';
import { keccak256, sponge256 } from './keccak.js';

/**
 * Keccak-256 and the address checks built on it (session 21). Vectors: the Keccak team's and Ethereum's (the empty string,
 * "abc", the fox), EIP-55's own examples, the Monero project's donation address.
 */
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
const utf8 = (s: string) => new TextEncoder().encode(s);

const keccakRows: [input: string, digest: string][] = [
  ['', 'c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470'],
  ['abc', '4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45'],
  ['The quick brown fox jumps over the lazy dog', '4d741b6f1eb29cb2a9b9911c82f56fa8d73b04959d3d9d222895df6c0b28aa15'],
];
for (const [input, digest] of keccakRows) {
  test(`keccak256(${JSON.stringify(input)})`, () => assert.equal(hex(keccak256(utf8(input))), digest));
}

test('the same sponge with SHA3\'s padding is node:crypto\'s SHA3-256, across block boundaries', () => {
  for (const n of [0, 1, 55, 134, 135, 136, 137, 200, 271, 272, 273, 500]) {
    const data = Uint8Array.from({ length: n }, (_, i) => (i * 31 + 7) & 0xff);
    assert.equal(hex(sponge256(data, 0x06)), createHash('sha3-256').update(data).digest('hex'), `length ${n}`);
  }
});

const eip55Rows: [address: string, expected: 'valid' | 'invalid' | 'none'][] = [
  // EIP-55's examples: all capitals, all lower case, and mixed case.
  ['0x52908400098527886E0F7030069857D2E4169EE7', 'none'],
  ['0x8617E340B3D01FA5F11F306F4090FD50E238070D', 'none'],
  ['0xde709f2102306220921060314715629080e2fb77', 'none'],
  ['0x27b1fdb04752bbc536007a920d24acb045561c26', 'none'],
  ['0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed', 'valid'],
  ['0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359', 'valid'],
  ['0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB', 'valid'],
  ['0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb', 'valid'],
  // One letter's case changed: a typo or a made-up address.
  ['0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD', 'invalid'],
  ['0xFB6916095ca1df60bB79Ce92cE3Ea74c37c5d359', 'invalid'],
];
for (const [address, expected] of eip55Rows) {
  test(`EIP-55: ${address} is ${expected}`, () => assert.equal(eip55(address), expected));
}
test('EIP-55: the checksummed form of the lower-case address is the example', () => {
  assert.equal(toEip55('0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed'), '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed');
  assert.equal(toEip55('0xD1220A0CF47C7B9BE7A2E6BA89F429762E7B9ADB'), '0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb');
});

const XMR = '44AFFq5kSiGBoZ4NMDwYtN18obc8AemS33DBLWs3H7otXft3XjrpDtQGv7SqSsaBYBb98uNbr2VBBEt7f2wfn3RVGQBEP3A';
test('Monero: the checksum over network byte and keys', () => {
  assert.equal(moneroValid(XMR), true);
  assert.equal(moneroValid(`${XMR.slice(0, 50)}${XMR[50] === 'a' ? 'b' : 'a'}${XMR.slice(51)}`), false);
  assert.equal(moneroValid(XMR.slice(0, 94)), false);
  assert.equal(moneroValid(`4${'1'.repeat(94)}`), false);
  assert.equal(moneroValid(`4${'z'.repeat(94)}`), false);
});

test('Solana: Base58 of exactly 32 bytes', () => {
  assert.equal(solanaKey('H3KZc8eTKyxaUBhY4LZgFD6q4f9dbUequSFoF5wt7PGU'), true);
  assert.equal(solanaKey('11111111111111111111111111111111'), true); // the system program: 32 zero bytes
  assert.equal(solanaKey('z'.repeat(33)), false); // 25 bytes' worth
  assert.equal(solanaKey('zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz'), false); // more than 32 bytes
  assert.equal(solanaKey('H3KZc8eTKyxaUBhY4LZgFD6q4f9dbUequSFoF5wt7P0U'), false); // 0 is no Base58 letter
});
