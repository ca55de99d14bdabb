import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultConfig } from '../../config/load.js';
import { createScanner } from '../../runtime/index.js';
import { runCli } from '../../test-support/capture.js';
import { GTUBE } from './gtube.js';

/** GTUBE as operators send it, in the encodings mail clients use: spam on its own, whatever else says. */

const HEAD = ['From: Operator <ops@example.org>', 'To: postmaster@example.org', 'Subject: filter test', 'Date: Mon, 23 Nov 2026 10:00:00 +0000', 'Message-ID: <gtube@example.org>', 'MIME-Version: 1.0'];
const mail = (...lines: string[]) => Buffer.from([...HEAD, ...lines, ''].join('\r\n'), 'latin1');

/** Quoted-printable with a soft line break in the middle of the string, as a 76-column encoder would cut it. */
const qp = `Please ignore: ${GTUBE.slice(0, 40)}=\r\n${GTUBE.slice(40).replace(/=/g, '=3D')}`;
const html = `<html><body><p>Test ${GTUBE.replace(/\*/g, '&#42;')}</p></body></html>`;

const CASES: [string, Buffer, RegExp][] = [
  ['plain 7bit', mail('Content-Type: text/plain', '', `This is the GTUBE, the ${GTUBE}`), /in the body \(text\/plain\)/],
  ['base64', mail('Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: base64', '', Buffer.from(`テスト ${GTUBE}\n`).toString('base64')), /text\/plain/],
  ['quoted-printable, split by a soft line break', mail('Content-Type: text/plain', 'Content-Transfer-Encoding: quoted-printable', '', qp), /text\/plain/],
  ['second part of a multipart/alternative', mail('Content-Type: multipart/alternative; boundary="b"', '', '--b', 'Content-Type: text/plain', '', 'Hello.', '--b', 'Content-Type: text/html', '', `<p>${GTUBE}</p>`, '--b--'), /part 2 \(text\/html\)/],
  ['HTML with the asterisks as entities', mail('Content-Type: text/html', '', html), /rendered HTML/],
];

const scanner = await createScanner({ config: defaultConfig() });

for (const [name, raw, where] of CASES) {
  test(`GTUBE (${name}): CONTENT_GTUBE, verdict spam`, async () => {
    const r = await scanner.scan({ raw, source: `${name}.eml` });
    const f = r.findings.find((x) => x.id === 'CONTENT_GTUBE');
    assert.ok(f, r.findings.map((x) => x.id).join(','));
    assert.match(f.evidence, where);
    assert.equal(r.verdict, 'spam');
    assert.ok(r.score >= 1000 - 20, String(r.score));
  });
}

test('no GTUBE: a near miss (one character changed) and the bare prefix do not fire', async () => {
  for (const body of [GTUBE.replace('GTUBE', 'GTUBF'), 'XJS*C4JDBQADN1.NSBN3*2IDNEN*', 'an ordinary note about GTUBE tests']) {
    const r = await scanner.scan({ raw: mail('Content-Type: text/plain', '', body), source: 'x.eml' });
    assert.ok(!r.findings.some((x) => x.id === 'CONTENT_GTUBE'), body);
  }
});

test('spamlab scan of a GTUBE message says SPAM, not CLEAN 0.0', async () => {
  const { code, stdout } = await runCli(['scan', '-', '--fail-on', 'spam'], mail('Content-Type: text/plain', '', GTUBE).toString('latin1'));
  assert.equal(code, 1, stdout);
  assert.match(stdout, /verdict: SPAM/);
  assert.match(stdout, /CONTENT_GTUBE/);
});
