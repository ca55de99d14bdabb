import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inertHtml } from './body.js';

test('hostile HTML becomes inert markup', () => {
  const rows: [string, string, RegExp?][] = [
    ['<p>hi <b>there</b></p>', '<p>hi <b>there</b></p>'],
    ['<script>document.title="x"</script><p>a</p>', '<p>a</p>'],
    ['<img src="https://track.example/p.gif?u=1" onerror="alert(1)">', '<span class="blocked">[image blocked: track.example]</span>'],
    ['<a href="javascript:alert(1)" onclick="x()">click</a>', '<a title="javascript:alert(1)" class="link">click</a>'],
    ['<a href="https://evil.example/">x</a>', '<a title="https://evil.example/" class="link">x</a>'],
    ['<meta http-equiv="refresh" content="0;url=https://evil.example/"><p>x</p>', '<p>x</p>'],
    ['<style>input[value^="a"]{background:url(https://x.example/a)}</style><p>x</p>', '<p>x</p>'],
    ['<div style="background:url(https://x.example/b)">x</div>', '<div>x</div>'],
    ['<div style="color:red">x</div>', '<div style="color:red">x</div>'],
    ['<svg onload="alert(1)"><script>alert(2)</script></svg>ok', 'ok'],
    ['<iframe src="https://x.example/"></iframe><object data="x"></object>ok', 'ok'],
    ['<form action="https://x.example/"><input name="p"><button>go</button></form>', '<div></div>'],
    ['<base href="https://x.example/"><link rel="stylesheet" href="https://x.example/s.css">ok', 'ok'],
    ['<p>unclosed <b>bold', '<p>unclosed <b>bold</b></p>'],
    ['<img src="data:image/png;base64,iVBORw0KGgo=" alt="x">', '<img src="data:image/png;base64,iVBORw0KGgo=" alt="x">'],
    ['<img src="data:text/html;base64,PHNjcmlwdD4=">', '<span class="blocked">[image blocked: no source]</span>', /blocked/],
    ['<p title="&quot;><script>x</script>">t</p>', '<p title="&quot;&gt;&lt;script&gt;x&lt;/script&gt;">t</p>'],
  ];
  for (const [input, expected, pattern] of rows) {
    const out = inertHtml(input);
    if (pattern) assert.match(out, pattern, input);
    else assert.equal(out, expected, input);
  }
});

test('a huge body is cut at the limit', () => {
  const out = inertHtml('<p>x</p>'.repeat(100_000), { maxBytes: 10_000 });
  assert.ok(out.length < 11_000);
  assert.match(out, /\[…\]/);
});
