import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifierInputFromMessage, faintlessClassifierInput, seenClassifierInput } from './from-message.js';
import { parseMessage } from '../mail/parse/index.js';

const LIMITS = { maxMessageBytes: 10_000_000, maxMimeDepth: 20, maxParts: 500, maxHeaderBytes: 1_000_000 };

test('numbered header padding: more than three fields of one name shape are dropped, the rest kept in order (generated)', () => {
  // The definition (session 15): every field, but the 4th and later of each shape (digit runs read as #).
  const expected = (fields: readonly { key: string; value: string }[]) => {
    const counts = new Map<string, number>();
    return fields.filter((f) => {
      if (!/[0-9]/.test(f.key)) return true;
      const shape = f.key.replace(/[0-9]+/g, '#');
      counts.set(shape, (counts.get(shape) ?? 0) + 1);
      return counts.get(shape)! <= 3;
    });
  };
  const names = ['X-Pad-1', 'X-Pad-22', 'X-Other-7', 'x-ms-exchange-antispam-messagedata-0', 'Received', 'X-Mailer', 'X9', 'Subject'];
  let seed = 3;
  const next = (n: number): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
  let dropped = 0;
  for (let n = 0; n < 300; n++) {
    const fields = Array.from({ length: next(12) }, (_, i) => `${names[next(names.length)]}: v${i}`);
    const msg = parseMessage(Buffer.from(`${['From: a@example.com', ...fields].join('\r\n')}\r\n\r\nbody\r\n`), LIMITS);
    const headers = classifierInputFromMessage(msg).headers.map((h) => [h.key, h.value]);
    const want = expected(msg.headers).map((h) => [h.key, h.value]);
    assert.deepEqual(headers, want, fields.join(' | '));
    dropped += msg.headers.length - want.length;
  }
  assert.ok(dropped > 50, `${dropped} fields dropped`);
});

test('text pushed out of view: the classifier reads neither its words nor its markup (session 23)', () => {
  const newsletter = '<table width="600" cellpadding="0"><tr><td>Dear members, the reading group meets on Thursday in the upstairs room; tea and biscuits as always.</td></tr></table>'.repeat(4);
  const head = 'From: Bank <alerts@bank.example>\r\nSubject: verify\r\nMIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary="b"\r\n\r\n';
  const plain = '--b\r\nContent-Type: text/plain\r\n\r\nplain words\r\n';
  const lure = '<p>Verify your account now</p>';
  const html = (body: string) => Buffer.from(`${head}${plain}--b\r\nContent-Type: text/html\r\n\r\n${body}\r\n--b--\r\n`);
  const pushed = classifierInputFromMessage(parseMessage(html(`${lure}<div style="height:2000vh"></div>${newsletter}`), LIMITS));
  assert.equal(pushed.text, 'Verify your account now');
  assert.ok(!pushed.html.includes('reading group') && pushed.html.startsWith(lure), pushed.html);
  // Shown whole when nothing is pushed out (the same HTML without the empty block).
  const whole = classifierInputFromMessage(parseMessage(html(`${lure}${newsletter}`), LIMITS));
  assert.ok(whole.text.includes('reading group') && whole.html.includes('reading group'));
  // An image-only top: the shown text is empty and the classifier's own reading of the HTML stops at the push too.
  const image = classifierInputFromMessage(parseMessage(html(`<a href="https://x.example"><img src="https://i.example/a.png"></a><div style="height:2000vh"></div>${newsletter}`), LIMITS));
  assert.equal(image.text, '');
  assert.ok(!image.html.includes('reading group'), image.html);
});

test('text pushed out of view in a second HTML part: the cut is where that part\'s push is in the joined HTML', () => {
  const part = (body: string) => `--b\r\nContent-Type: text/html\r\n\r\n${body}\r\n`;
  const first = '<p>First part, shown whole</p>';
  const second = `<p>Second part's lure</p><div style="height:3000px"></div><p>${'Borrowed newsletter words for the filters. '.repeat(8)}</p>`;
  const raw = Buffer.from(`From: a@example.com\r\nSubject: s\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n${part(first)}${part(second)}--b--\r\n`);
  const msg = parseMessage(raw, LIMITS);
  const input = classifierInputFromMessage(msg);
  assert.ok(input.html.startsWith(first) && input.html.includes("Second part's lure"), input.html);
  assert.ok(!input.html.includes('Borrowed'), input.html);
  assert.ok(msg.html.includes('Borrowed'), 'the message keeps all of its HTML');
});

test('elements hidden outright: on a page that shows text, what the reader sees has no markup of theirs; the whole input keeps it; shown ones and text-less pages stay whole (table, session 42)', () => {
  const part = (body: string) => `--b\r\nContent-Type: text/html\r\n\r\n${body}\r\n`;
  const message = (...bodies: string[]) => Buffer.from(`From: a@example.com\r\nSubject: s\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n${bodies.map(part).join('')}--b--\r\n`);
  const block = (style: string) => `<div style="${style}"><table><tr><td><p>Reading group on Thursday</p></td></tr></table></div>`;
  // [why, the HTML parts, the markup the classifier must not read, the markup it must read]
  const cut: [string, string[], string, string][] = [
    ['display:none after the lure', [`<p>Verify your account now</p>${block('display:none')}`], '<table>', '<p>Verify'],
    ['font-size:0 on the block and its paragraphs', [`<p>Verify your account now</p><div style="font-size:0"><p style="font-size:0">Reading group</p><em>x</em></div>`], '<em>', '<p>Verify'],
    ['a hidden block in the second part (offsets of the joined HTML)', ['<p>First part</p>', `<p>Second part</p>${block('visibility:hidden')}<b>after</b>`], '<table>', '<b>after</b>'],
    ['a hidden preheader before the text', [`<span style="display:none">Your statement is ready</span><p>Verify your account now</p>`], 'statement', '<p>Verify'],
  ];
  for (const [why, bodies, gone, kept] of cut) {
    const msg = parseMessage(message(...bodies), LIMITS);
    const input = classifierInputFromMessage(msg);
    const seen = seenClassifierInput(msg, input, 200);
    assert.ok(input.text.length > 0 && seen, why);
    assert.ok(input.html.includes(gone), `${why}: the whole input keeps it`);
    assert.ok(!seen.html.includes(gone), `${why}: ${seen.html}`);
    assert.ok(seen.html.includes(kept), `${why}: ${seen.html}`);
    assert.equal(seen.text, input.text, why);
  }
  const whole: [string, string[], string][] = [
    ['a layout cell of font-size 0 whose content sets a readable size (shown)', ['<table><tr><td style="font-size:0"><div style="font-size:14px"><em>Your order</em> has shipped</div></td></tr></table>'], '<em>'],
    ['a page that shows no text reads its hidden words', ['<a href="https://x.example"><img src="https://i.example/a.png"></a><div style="display:none"><em>cheap pills online</em></div>'], '<em>'],
    ['an escaped noframes (offsets not kept)', ['<noframes>a <b>c</b></noframes><p>Verify your account now</p><div style="display:none"><em>hidden</em></div>'], '<em>'],
  ];
  for (const [why, bodies, kept] of whole) {
    const msg = parseMessage(message(...bodies), LIMITS);
    const input = classifierInputFromMessage(msg);
    const seen = seenClassifierInput(msg, input, 200);
    assert.ok(input.html.includes(kept), `${why}: ${input.html}`);
    assert.ok(!seen || seen.html.includes(kept), `${why}: ${seen?.html}`);
  }
});

test('faint elements: the reading without faint text also leaves out their markup, hidden markup kept; seen and short faint text give none (table, session 43)', () => {
  const part = (body: string) => `--b\r\nContent-Type: text/html\r\n\r\n${body}\r\n`;
  const message = (...bodies: string[]) => Buffer.from(`From: a@example.com\r\nSubject: s\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n${bodies.map(part).join('')}--b--\r\n`);
  const news = 'Our spring newsletter brings recipes from the market, a walk along the river and the garden club news for the season. '.repeat(3);
  const salad = '<div style="display:none"><i>a</i><u>b</u></div>';
  // [why, the HTML parts, the markup the reading must not read, the markup it must read]
  const cut: [string, string[], string, string][] = [
    ['white paragraphs on a light grey page', [`<body style="background:#d5d5d5"><p>Verify your account now</p>${salad}<p style="color:#ffffff">${news}</p><p style="color:white">${news}</p></body>`], 'color:#ffffff', '<u>b</u>'],
    ['white on a page whose background is a picture', [`<body background="https://x.example/bg.jpg"><p>Verify now</p><section style="color:hsl(0,0%,100%)"><p>${news}</p></section><b>after</b></body>`], '<section', '<b>after</b>'],
  ];
  for (const [why, bodies, gone, kept] of cut) {
    const msg = parseMessage(message(...bodies), LIMITS);
    const input = classifierInputFromMessage(msg);
    const reading = faintlessClassifierInput(msg, input, 200);
    assert.ok(reading, why);
    assert.ok(input.html.includes(gone), `${why}: the whole input keeps it`);
    assert.ok(!reading.html.includes(gone), `${why}: cut`);
    assert.ok(reading.html.includes(kept), `${why}: kept`);
    assert.ok(!reading.text.includes('newsletter'), `${why}: no faint words`);
  }
  const whole: [string, string][] = [
    ['white on a dark page is seen', `<body style="background:#111111"><p style="color:#ffffff">${news}</p></body>`],
    ['a faint footer under 200 characters', `<p>Verify your account now</p><p style="color:#dddddd">You receive this mail because you subscribed.</p>`],
    ['a faint element with seen text inside', `<body style="background:#d5d5d5"><p>Verify</p><div style="color:#fff">${news}<b style="color:#000">Read on</b></div></body>`],
  ];
  for (const [why, body] of whole) {
    const msg = parseMessage(message(body), LIMITS);
    const reading = faintlessClassifierInput(msg, classifierInputFromMessage(msg), 200);
    assert.equal(reading, undefined, why);
  }
});
