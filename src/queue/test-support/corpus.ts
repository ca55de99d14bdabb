import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { prng } from '../../test-support/campaign-corpus.js';

const WORDS = ('account verify security update payment invoice delivery parcel prize winner offer discount pharmacy pills health ' +
  'dating meet bank transfer urgent action required click today limited exclusive member reward bonus loan credit claim free ' +
  'trial subscription renewal package customs fee meeting agenda minutes project report lunch schedule review notes').split(' ');

/**
 * Writes `count` distinct messages as .eml files into `dir` (fixed seed: the same bytes every run): a
 * third are near-duplicates of a few spam templates from many senders (campaigns form), the rest are
 * one-off mails, some with links. Each template drifts (every message changes ~15 % of the words of the one
 * before, over time), so some members of one campaign join only through others: when they arrive out of
 * order, the campaigns come out the same only if clustering does not depend on arrival order. Returns the
 * file paths in name order.
 */
export function writeCorpus(dir: string, count: number, seed = 7): string[] {
  mkdirSync(dir, { recursive: true });
  const rnd = prng(seed);
  const word = () => WORDS[Math.floor(rnd() * WORDS.length)]!;
  const words = (n: number) => Array.from({ length: n }, word).join(' ');
  const templates = [0, 1, 2].map((t) => ({ subject: `Claim your reward now ${t}`, words: words(60).split(' '), host: `promo${t}-rewards.example` }));
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const day = 1 + (i % 27);
    // Template messages are sent in order (a drifting template drifts over time), one every 7 minutes.
    const date = i % 3 === 0 ? new Date(Date.UTC(2026, 5, 1) + i * 420_000).toUTCString() : `Mon, ${day} Jun 2026 10:${String(i % 60).padStart(2, '0')}:00 +0000`;
    let subject: string;
    let body: string;
    let from: string;
    if (i % 3 === 0) {
      const t = templates[(i / 3) % templates.length]!;
      t.words = t.words.map((w) => (rnd() < 0.15 ? word() : w));
      subject = t.subject;
      body = `${t.words.join(' ')}\n\nhttp://${t.host}/claim?id=${i}\n\nunique ${i} ${word()}`;
      from = `"Rewards" <promo${i}@bulk${i % 11}.example>`;
    } else {
      subject = `${word()} ${word()} ${i}`;
      body = `${words(40 + (i % 30))}\n${i % 4 === 1 ? `See https://www.example.org/page/${i}\n` : ''}`;
      from = `${word()}${i}@mail${i % 5}.example.com`;
    }
    const raw =
      `From: ${from}\r\nTo: user${i % 7}@example.net\r\nSubject: ${subject}\r\nDate: ${date}\r\n` +
      `Message-ID: <m${i}.${seed}@example>\r\nReceived: from relay${i % 9}.example (relay${i % 9}.example [198.51.100.${(i % 200) + 1}]) by mx.example.net; ${date}\r\n` +
      `MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${body.replace(/\n/g, '\r\n')}\r\n`;
    const file = path.join(dir, `m${String(i).padStart(4, '0')}.eml`);
    writeFileSync(file, raw);
    files.push(file);
  }
  return files;
}
