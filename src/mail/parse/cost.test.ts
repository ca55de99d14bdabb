import assert from 'node:assert/strict';
import { test } from 'node:test';
import { emptyHtmlFacts, htmlToText } from './html.js';
import { parseMessage } from './index.js';
import { DEFAULT_PARSE_OPTIONS as OPTS } from './test-helpers.js';

/**
 * Cost tests: pathological inputs must finish under a generous bound, so that a quadratic regression fails a
 * test instead of hanging a scanner. The bound is far above the expected time (tens to hundreds of ms).
 * It is on CPU time, not wall time: on a shared machine (load 20 on 2 cores) waiting for a core took the
 * wall time of the 150k-address case past the bound although its CPU time stayed well under it.
 */
const BOUND_MS = 2000;

function timed<T>(label: string, fn: () => T): T {
  const started = process.cpuUsage();
  const result = fn();
  const used = process.cpuUsage(started);
  const elapsed = (used.user + used.system) / 1000;
  if (process.env.COST_VERBOSE) console.log(label, elapsed.toFixed(0));
  assert.ok(elapsed < BOUND_MS, `${label} took ${elapsed.toFixed(0)} ms of CPU (bound ${BOUND_MS} ms)`);
  return result;
}

test('10,000 nested multiparts', () => {
  const open: string[] = ['From: a@b.example'];
  const close: string[] = [];
  for (let i = 0; i < 10_000; i++) {
    open.push(`Content-Type: multipart/mixed; boundary="b${i}"`, '', `--b${i}`);
    close.unshift(`--b${i}--`);
  }
  const raw = Buffer.from([...open, 'Content-Type: text/plain', '', 'deep', ...close].join('\r\n'));
  const msg = timed('nested multiparts', () => parseMessage(raw, OPTS));
  assert.ok(msg.anomalies.some((a) => a.kind === 'limit-mime-depth'));
  // With the depth limit raised, each level still costs time linear in its body (total: depth × size).
  const deeper = timed('nested multiparts, depth 200', () => parseMessage(raw, { ...OPTS, maxMimeDepth: 200, maxParts: 100_000 }));
  assert.ok(deeper.anomalies.some((a) => a.kind === 'limit-mime-depth'));
});

test('1 MB header: one huge field, and many small ones', () => {
  const huge = Buffer.from(`From: a@b.example\r\nX-Huge: ${'a '.repeat(512 * 1024)}\r\n\r\nbody`);
  const cut = timed('1 MB field, default limit', () => parseMessage(huge, OPTS));
  assert.ok(cut.anomalies.some((a) => a.kind === 'limit-header-bytes'));
  assert.equal(cut.text, 'body');
  timed('1 MB field, no limit', () => parseMessage(huge, { ...OPTS, maxHeaderBytes: 4 << 20 }));
  const folded = Buffer.from(`Subject: x\r\nX-Folded: ${'=?utf-8?Q?a?=\r\n '.repeat(60_000)}\r\n\r\nbody`);
  timed('1 MB of folded encoded words', () => parseMessage(folded, { ...OPTS, maxHeaderBytes: 4 << 20 }));
  const many = Buffer.from(`${'X-A: b\r\n'.repeat(130_000)}\r\nbody`);
  timed('130k header fields', () => parseMessage(many, { ...OPTS, maxHeaderBytes: 4 << 20 }));
  const dup = Buffer.from(`${'Subject: s\r\n'.repeat(80_000)}\r\nbody`);
  const dups = timed('80k duplicate Subjects', () => parseMessage(dup, { ...OPTS, maxHeaderBytes: 4 << 20 }));
  assert.ok(dups.anomalies.length <= 40, 'anomalies are bounded per kind');
  const ws = Buffer.from(`From: a@b.example\r\nSubject:${' '.repeat(128 * 1024)}x\r\n\r\n`);
  timed('128 KB of white space', () => parseMessage(ws, OPTS));
});

test('100k boundary lines', () => {
  const raw = Buffer.from(`Content-Type: multipart/mixed; boundary=x\r\n\r\n${'--x\r\n\r\np\r\n'.repeat(100_000)}--x--\r\n`);
  const msg = timed('100k parts, default limit', () => parseMessage(raw, OPTS));
  assert.ok(msg.anomalies.some((a) => a.kind === 'limit-part-count'));
  const fewer = Buffer.from(`Content-Type: multipart/mixed; boundary=x\r\n\r\n${'--x\r\n\r\np\r\n'.repeat(50_000)}--x--\r\n`);
  const all = timed('50k parts, no part limit', () => parseMessage(fewer, { ...OPTS, maxParts: 1_000_000 }));
  assert.equal(all.root.children.length, 50_000);
  const nearMiss = Buffer.from(`Content-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\n\r\n${'--xy\r\n'.repeat(100_000)}--x--\r\n`);
  timed('100k near-miss boundaries', () => parseMessage(nearMiss, OPTS));
  const midLine = Buffer.from(`Content-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\n\r\n${'a--x'.repeat(250_000)}\r\n--x--\r\n`);
  timed('250k boundary strings inside lines', () => parseMessage(midLine, OPTS));
});

test('5 MB of base64 and quoted-printable garbage', () => {
  const garbage = Buffer.alloc(5 << 20);
  for (let i = 0; i < garbage.length; i++) garbage[i] = 0x21 + ((i * 7919) % 90);
  for (const cte of ['base64', 'quoted-printable', 'x-uuencode']) {
    const raw = Buffer.concat([Buffer.from(`Content-Type: application/octet-stream\r\nContent-Transfer-Encoding: ${cte}\r\n\r\n`), garbage]);
    timed(`5 MB ${cte} garbage`, () => parseMessage(raw, OPTS));
  }
  const text = Buffer.concat([Buffer.from('Content-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\n'), garbage]);
  const msg = timed('5 MB base64 garbage as text', () => parseMessage(text, OPTS));
  assert.ok(msg.anomalies.some((a) => a.kind === 'bad-base64'));
});

test('150k addresses in To', () => {
  const list = Array.from({ length: 150_000 }, (_, i) => `"User ${i}" <u${i}@d${i % 100}.example>`).join(', ');
  const raw = Buffer.from(`From: a@b.example\r\nTo: ${list}\r\n\r\nbody`);
  const msg = timed('150k addresses', () => parseMessage(raw, { ...OPTS, maxHeaderBytes: 16 << 20 }));
  assert.equal(msg.to.length, 150_000);
  const bare = `To: ${'x, '.repeat(150_000)}\r\n\r\n`;
  timed('150k bare words', () => parseMessage(Buffer.from(bare), { ...OPTS, maxHeaderBytes: 16 << 20 }));
  const parens = `From: ${'('.repeat(200_000)}a@b.example\r\nTo: ${'"'.repeat(100_001)}\r\nCc: ${'<'.repeat(200_000)}\r\n\r\n`;
  timed('unbalanced comments, quotes and brackets', () => parseMessage(Buffer.from(parens), { ...OPTS, maxHeaderBytes: 16 << 20 }));
});

test('hostile HTML: unclosed tags, close-tag storms, huge attributes', () => {
  const cases: [string, string][] = [
    ['200k unclosed <div>', '<div>'.repeat(200_000)],
    ['100k unclosed <a>', '<a href="https://x.example/">x'.repeat(100_000)],
    ['100k <div> then 100k </span>', '<div>'.repeat(100_000) + '</span>'.repeat(100_000)],
    ['50k table rows', '<table><tr><td>'.repeat(50_000)],
    ['1 MB attribute', `<a href="${'x'.repeat(1 << 20)}">y</a>`],
    ['100k hidden spans', '<span style="display:none">x'.repeat(100_000)],
    ['1 MB of entities', '&amp;&#x41;&unknown;'.repeat(50_000)],
    ['unclosed comment', `<!--${'x'.repeat(1 << 20)}`],
    ['1 MB style url()', `<style>${'url(a) '.repeat(150_000)}</style>`],
    // Colours (ink.ts): a sheet of braces that never close, selectors of unclosed tests, 100k distinct inline colours
    // (every one a memo miss), an element of 50k classes under 1,000 colour rules.
    ['1 MB of unclosed `{`', `<style>${'{'.repeat(1 << 20)}</style><p>x</p>`],
    ['unclosed selector tests', `<style>a ${'[:x('.repeat(100_000)}{color:#fff}</style><p>x</p>`],
    ['100k distinct inline colours', Array.from({ length: 100_000 }, (_, i) => `<span style="color:#${(i * 97).toString(16).padStart(6, '0').slice(-6)};background:rgb(${i % 256} 1 2)">x`).join('')],
    ['50k classes under 1,000 colour rules', `<style>${Array.from({ length: 1000 }, (_, i) => `.c${i}{color:#fff} .d${i} p{background:#000}`).join('')}</style>${`<p class="${Array.from({ length: 50_000 }, (_, i) => `c${i}`).join(' ')}">x</p>`.repeat(20)}`],
  ];
  for (const [label, html] of cases) timed(label, () => htmlToText(html, '1', emptyHtmlFacts()));
  const raw = Buffer.from(`Content-Type: text/html\r\n\r\n${'<div><a href="https://x.example/">'.repeat(50_000)}`);
  const msg = timed('hostile HTML message', () => parseMessage(raw, OPTS));
  assert.ok(msg.htmlFacts.links.length <= 5000);
});

test('hostile Content-Type parameters and MIME headers', () => {
  const params = `Content-Type: multipart/mixed; ${'a; '.repeat(200_000)}boundary=b\r\nContent-Disposition: attachment; ${'filename*1*=%41; '.repeat(50_000)}\r\n\r\n--b\r\n\r\nx\r\n--b--`;
  timed('200k parameters without =', () => parseMessage(Buffer.from(params), { ...OPTS, maxHeaderBytes: 16 << 20 }));
  const quotes = `Content-Type: text/plain; name="${'\\"'.repeat(300_000)}\r\n\r\nx`;
  timed('unterminated quoted parameter', () => parseMessage(Buffer.from(quotes), { ...OPTS, maxHeaderBytes: 16 << 20 }));
  const received = Array.from({ length: 10_000 }, (_, i) => `Received: from h${i} (h${i} [10.0.${i % 256}.1]) by mx with ESMTP; Mon, 2 Jan 2006 15:04:05 +0000`).join('\r\n');
  const msg = timed('10k Received hops', () => parseMessage(Buffer.from(`${received}\r\n\r\nx`), { ...OPTS, maxHeaderBytes: 16 << 20 }));
  assert.equal(msg.received.length, 10_000);
  const ipv6ish = `Received: from x (${'1:'.repeat(100_000)}) by y; Mon, 2 Jan 2006 15:04:05 +0000\r\n\r\n`;
  timed('Received with a colon storm', () => parseMessage(Buffer.from(ipv6ish), { ...OPTS, maxHeaderBytes: 16 << 20 }));
  const auth = `Authentication-Results: mx; ${'spf=pass smtp.mailfrom=a; '.repeat(50_000)}\r\n\r\n`;
  timed('huge Authentication-Results', () => parseMessage(Buffer.from(auth), { ...OPTS, maxHeaderBytes: 16 << 20 }));
});

test('Message-ID and Return-Path of unclosed angle brackets', () => {
  // 60 KB of '<' took 6.5 s with the pattern /<([^>]*)>/ (each '<' rescanned to the end).
  const lt = '<'.repeat(60_000);
  const msg = timed('unclosed angles', () => parseMessage(Buffer.from(`From: a@b.example\r\nMessage-ID: ${lt}\r\nReturn-Path: ${lt}x@y.example>\r\n\r\nbody`), OPTS));
  assert.equal(msg.messageId, lt);
  assert.equal(msg.returnPath, `${'<'.repeat(59_999)}x@y.example`);
});
