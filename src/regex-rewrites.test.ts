import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { cpuGrowth } from './test-support/growth.js';

/**
 * Patterns rewritten because the regular-expression lint (scripts/regex-safety.ts) found them super-linear:
 * each new pattern is the one in its file (read from the source, so the test follows the code), gives the same
 * matches as the old one on generated inputs, and its cost grows linearly on the input that was slow.
 */
interface Rewrite {
  file: string;
  /** How the new pattern is written in the file, when it is built by `new RegExp` (default: its literal). */
  written?: string;
  old: RegExp;
  new: RegExp;
  /** Pieces the generated inputs are made of (random sequences of 1–16 of them). */
  units: string[];
  /** The adversarial input of a given size (in characters). */
  attack: (size: number) => string;
  /** The code only tests the pattern (reads no group, no position): compare `test()`, not the matches. */
  testOnly?: true;
}

const REWRITES: Rewrite[] = [
  {
    file: 'src/classifier/tokenize.ts',
    old: /^\s*<?[^<>\s"]+@[^<>\s"]+>?\s*$/,
    new: /^\s*<?[^<>\s"][^<>\s"@]*@[^<>\s"]+>?\s*$/,
    units: ['@', 'a', 'b.c', ' ', '\t', '<', '>', '"', '@@', 'x@y', '\u00a0'],
    attack: (n) => `\u0000${'@'.repeat(n)}<`,
  },
  {
    file: 'src/classifier/tokenize.ts',
    old: /([+-]\d{4}|\b[a-z]{2,4})\s*(\([^)]*\))?\s*$/,
    new: /([+-]\d{4}|\b[a-z]{2,4})(?:\s*(\([^)]*\)))?\s*$/,
    units: ['+0200', '-0700', 'gmt', 'est', 'abcde', ' ', '\t', '(', ')', '(cest)', '1', 'x', ','],
    attack: (n) => `aa\t${'\t'.repeat(n)})`,
  },
];

// WHOIS answers: whether a registry says the domain is free or reserved (src/intel/whois/parse.ts; only tested).
const WHOIS_UNITS = [' ', '\t', '\n', '\r', '\u2028', ':', '%', '#', ';', '*', 'status', 'state', '[状態]', 'reserved', '(reserved)', 'blocked', 'no match', 'not found', 'available', 'free', 'avail', 'x', 'Domain'];
REWRITES.push(
  {
    file: 'src/intel/whois/parse.ts',
    old: /(^|\n)\s*(status|state|\[状態\]|\[state\])?[:\s]*(reserved|prohibited string|blocked|not available for registration|\(reserved\))/im,
    new: /^(?:[^\S\n\r\u2028\u2029]*(?:status|state|\[状態\]|\[state\]))?(?:[^\S\n\r\u2028\u2029]|:)*(?:reserved|prohibited string|blocked|not available for registration|\(reserved\))/im,
    units: WHOIS_UNITS,
    // Blank lines without the word: every line start rescanned the run through three overlapping runs (8 KB: 175 s).
    attack: (n) => `${' \n'.repeat(n / 2)}x`,
    testOnly: true,
  },
  {
    file: 'src/intel/whois/parse.ts',
    old: /(^|\n)[\s%#;*]*(no match|not found|no matching record|no data found|no entries found|no object found|nothing found|domain not found|no information available|no such domain|status:\s*(free|available|avail)\b|object does not exist|the queried object does not exist|no match for|no records matching|domain unknown|available\s*$)|\bno match!!|\bNOT FOUND\b|\b(is|has) not (been )?registered\b|\bis (free|available)\b|\bnot registered\b|\bdoes not exist\b|^\s*(free|available)\s*$/im,
    new: /^(?:[^\S\n\r\u2028\u2029]|[%#;*])*(no match|not found|no matching record|no data found|no entries found|no object found|nothing found|domain not found|no information available|no such domain|status:\s*(free|available|avail)\b|object does not exist|the queried object does not exist|no match for|no records matching|domain unknown|available\s*$)|\bno match!!|\bNOT FOUND\b|\b(is|has) not (been )?registered\b|\bis (free|available)\b|\bnot registered\b|\bdoes not exist\b|^[^\S\n\r\u2028\u2029]*(free|available)\s*$/im,
    units: WHOIS_UNITS,
    attack: (n) => `${'\n'.repeat(n)}x`,
    testOnly: true,
  },
);

// Amounts of coins (src/checks/content/crypto-host.ts): the thousands groups bounded (36 digits), same matches on
// every input whose numbers are shorter — the generated ones hold at most 8 groups.
REWRITES.push({
  file: 'src/checks/content/crypto-host.ts',
  old: /(?<![\p{L}\p{N}])\d{1,3}(?:[.,\s]?\d{3})*(?:[.,]\d+)?\s?(?:BTC|USDT|USDC|ETH|XRP|BNB|SOL|LTC|TRX|DOGE|bitcoins?)(?![\p{L}\p{N}])/giu,
  new: /(?<![\p{L}\p{N}])\d{1,3}(?:[.,\s]?\d{3}){0,12}(?:[.,]\d+)?\s?(?:BTC|USDT|USDC|ETH|XRP|BNB|SOL|LTC|TRX|DOGE|bitcoins?)(?![\p{L}\p{N}])/giu,
  units: ['0', '000', '1', '12', '123', ',', '.', ' ', 'BTC', 'usdt', 'bitcoins', 'x', 'é', '5'],
  // A long number without a ticker: each separator was a start rescanning the number to its end (8 KB: 187 ms).
  attack: (n) => `0${',000'.repeat(n / 4)}`,
});

// The attachment-password pattern's keyword (src/checks/attachments/passwords.ts), as written there.
const KEYWORD = String.raw`(?:password|passwort|passcode|pass|pwd|pw|kennwort|contrase(?:ñ|n)a|senha|mot de passe|パスワード|ﾊﾟｽﾜｰﾄﾞ|暗証番号|解凍キー|密码|密碼|비밀번호)`;
const PASSWORD_TAIL = String.raw`\s*(?:(?:is|ist|es|est|は|:|：|=|-|＝)\s*)?(?:[:：]\s*)?["'「『“]?([^\s"'「」『』“”<>]{2,64})`;
REWRITES.push({
  file: 'src/checks/attachments/passwords.ts',
  written: `String.raw\`\${KEYWORD}${PASSWORD_TAIL}\``,
  old: new RegExp(String.raw`${KEYWORD}\s*(?:is|ist|es|est|は|:|：|=|-|＝)?\s*[:：]?\s*["'「『“]?([^\s"'「」『』“”<>]{2,64})`, 'giu'),
  new: new RegExp(KEYWORD + PASSWORD_TAIL, 'giu'),
  units: ['pw', 'password', 'pass', ' ', '\t', 'is', 'ist', ':', '：', '=', '-', '＝', 'は', '"', '「', 'ab', 'x', '1234', '<', 'です', '.', 'es', 'i', 's'],
  // Three runs of blanks around optional pieces: cubic (2 KB took 4.3 s).
  attack: (n) => `pw ${'\t '.repeat(n / 2)}<`,
});

const sameResult = (a: RegExpExecArray | null, b: RegExpExecArray | null): boolean => JSON.stringify(a && [...a, a.index]) === JSON.stringify(b && [...b, b.index]);

for (const [i, r] of REWRITES.entries()) {
  test(`rewrite ${i + 1} (${r.file}): the new pattern is in the file, matches as the old did, and grows linearly`, () => {
    assert.ok(readFileSync(new URL(`../${r.file}`, import.meta.url), 'utf8').includes(r.written ?? `/${r.new.source}/`), 'the new pattern is the one in the file');
    let seed = 11;
    const rnd = (n: number): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff), seed % n);
    for (let i = 0; i < 5000; i++) {
      let text = '';
      for (let k = 1 + rnd(16); k > 0; k--) text += r.units[rnd(r.units.length)];
      const flags = r.old.flags.replace('g', '');
      if (r.testOnly) {
        assert.equal(new RegExp(r.new.source, flags).test(text), new RegExp(r.old.source, flags).test(text), JSON.stringify(text));
        continue;
      }
      assert.ok(sameResult(new RegExp(r.old.source, flags).exec(text), new RegExp(r.new.source, flags).exec(text)), JSON.stringify(text));
      if (r.old.global) assert.deepEqual([...text.matchAll(r.new)].map((m) => [...m, m.index]), [...text.matchAll(r.old)].map((m) => [...m, m.index]), JSON.stringify(text));
    }
    const growth = cpuGrowth(r.attack, (text) => {
      r.new.lastIndex = 0;
      r.new.exec(text);
    });
    assert.ok(growth < 40, `10× the adversarial text took ${growth.toFixed(1)}× the CPU`);
  });
}
