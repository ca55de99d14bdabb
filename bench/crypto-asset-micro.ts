// Session 55 (draw55d): micro-benchmark of the coin names added to CRYPTO_ASSET (Solana, Dogecoin, Litecoin, XRP) on the
// SpamAssassin training split only (train-ham + train-spam): how often the trigram gate (cryptoAssetMayBeIn) is true with the
// old and the new names, how often cryptoAssetIn finds an asset, and the time of cryptoAssetIn a message with the old pattern
// (a copy here, for the comparison only) and the new one, each asked only where its own gate is true, as the check asks it.
// Run: node --import tsx bench/crypto-asset-micro.ts
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseMessage } from '../src/mail/parse/index.js';
import { cryptoAssetIn, cryptoAssetMayBeIn, headRead } from '../src/checks/content/scam-structure.js';
import { gramGate, gramsMayMatch } from '../src/checks/content/head-grams.js';
import { ensureCorpus, readSplit } from './lib/corpus.js';

const OLD =
  /(airdrops?|t(?:okens|oken (?:airdrop|distribution|sale|allocation|claim|rewards?)|ether)|(?:cr[yi]|kry)pto\p{L}*|b(?:itcoins?|tc)|usd(?:t|c|-c)|eth(?:ereum)?|nfts?|web3|d(?:efi|igital assets)|staking|cloud mining|metamask|jetons?)(?![\p{L}\p{N}])|エアドロップ|暗号資産|仮想通貨|ビットコイン|トークン/giu;
const OLD_GRAMS = gramGate(['airdrop', 'token', 'tether', 'crypto', 'krypto', 'cripto', 'bitcoin', 'btc', 'usd', 'eth', 'nft', 'web', 'defi', 'digital assets', 'staking', 'cloud mining', 'metamask', 'jeton']);

const data = ensureCorpus();
const rels = [...readSplit('train-ham'), ...readSplit('train-spam')];
const msgs = rels.map((r) => parseMessage(new Uint8Array(readFileSync(path.join(data, r))), { maxMessageBytes: 64 << 20, maxMimeDepth: 30, maxParts: 500, maxHeaderBytes: 1 << 20 }));
let gateOld = 0, gateNew = 0, foundOld = 0, foundNew = 0, changed = 0;
const oldHeads: string[] = [], newHeads: string[] = [];
msgs.forEach((m) => {
  const read = headRead(m);
  const oldGate = read.oddLetters || read.wide || gramsMayMatch(OLD_GRAMS, read.grams);
  const newGate = cryptoAssetMayBeIn(read);
  if (oldGate) { gateOld++; oldHeads.push(read.head); }
  if (newGate) { gateNew++; newHeads.push(read.head); }
  const a = oldGate ? cryptoAssetIn(read.head, OLD) : undefined;
  const b = newGate ? cryptoAssetIn(read.head) : undefined;
  if (a) foundOld++;
  if (b) foundNew++;
  if (a !== b) changed++;
});
const pct = (n: number) => `${((100 * n) / msgs.length).toFixed(1)} %`;
console.log(`SA training split: ${msgs.length} messages (${readSplit('train-ham').length} ham)`);
console.log(`gate true: old names ${gateOld} (${pct(gateOld)}), new names ${gateNew} (${pct(gateNew)}); an asset found: old ${foundOld}, new ${foundNew}; first asset differs on ${changed}`);
const rounds = 5;
for (const [name, heads, re] of [['old pattern, old gate', oldHeads, OLD], ['new pattern, new gate', newHeads, undefined]] as const) {
  for (const h of heads) cryptoAssetIn(h, re);
  const t = process.hrtime.bigint();
  for (let r = 0; r < rounds; r++) for (const h of heads) cryptoAssetIn(h, re);
  console.log(`${name}: ${(Number(process.hrtime.bigint() - t) / rounds / msgs.length / 1000).toFixed(2)} µs a message of the split (mean of ${rounds} rounds)`);
}
