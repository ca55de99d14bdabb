import assert from 'node:assert/strict';
import { test } from 'node:test';
import { keyValuePairs, parseAuthResults } from './auth-results.js';
import { cpuStopwatch } from '../../test-support/cpu-time.js';

test('Authentication-Results (RFC 8601, table)', () => {
  const gmail = parseAuthResults(
    'mx.google.com;\r\n dkim=pass header.i=@example.com header.s=s1 header.b=AbC;\r\n spf=pass (google.com: domain of bounce@example.com designates 192.0.2.1 as permitted sender) smtp.mailfrom=bounce@example.com;\r\n dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=example.com',
  );
  assert.deepEqual(gmail.map((r) => [r.authservId, r.method, r.result]), [
    ['mx.google.com', 'dkim', 'pass'],
    ['mx.google.com', 'spf', 'pass'],
    ['mx.google.com', 'dmarc', 'pass'],
  ]);
  assert.equal(gmail[0]?.props['header.i'], '@example.com');
  assert.equal(gmail[1]?.props['smtp.mailfrom'], 'bounce@example.com');
  assert.equal(gmail[2]?.props['header.from'], 'example.com');

  const ms = parseAuthResults('spf=fail (sender IP is 192.0.2.1) smtp.mailfrom=evil.example; dkim=none (message not signed) header.d=none;dmarc=fail action=quarantine header.from=bank.example;compauth=fail reason=000');
  // Exchange Online omits the authserv-id: every segment is a result, the id is ''.
  assert.deepEqual(ms.map((r) => [r.authservId, r.method, r.result]), [['', 'spf', 'fail'], ['', 'dkim', 'none'], ['', 'dmarc', 'fail'], ['', 'compauth', 'fail']]);
  assert.equal(ms[2]?.props.action, 'quarantine');
  assert.equal(ms[3]?.reason, '000');

  const versioned = parseAuthResults('example.org 1; dkim/1=Fail reason="signature \\"bad\\"" header.d=x.example');
  assert.deepEqual(versioned.map((r) => [r.authservId, r.method, r.result, r.reason]), [['example.org', 'dkim', 'fail', 'signature "bad"']]);
  assert.deepEqual(parseAuthResults('example.org; none'), []);
  assert.deepEqual(parseAuthResults(''), []);
  assert.deepEqual(parseAuthResults('example.org; garbage ;;; =;'), []);
});

test('keyValuePairs meets the single pattern it replaced on generated segments, in linear time', () => {
  const PAIR = /([^\s=;]+)\s*=\s*("(?:[^"\\]|\\.)*"?|[^\s;]*)/g;
  const old = (seg: string): [string, string][] => [...seg.matchAll(PAIR)].map((m) => [m[1]!, m[2]!]);
  const pieces = ['dkim', 'pass', '=', ' ', '"', '\\', 'header.d', 'a.b', ';', 'x"y', '(', '\t', '==', '"q\\"r"'];
  let seed = 5;
  const pick = (): string => pieces[(seed = (seed * 1103515245 + 12345) & 0x7fffffff) % pieces.length]!;
  for (let n = 0; n < 5000; n++) {
    let seg = '';
    for (let i = 0, k = 1 + (n % 16); i < k; i++) seg += pick();
    assert.deepEqual(keyValuePairs(seg), old(seg), JSON.stringify(seg));
  }
  const cpuMs = cpuStopwatch();
  assert.deepEqual(keyValuePairs(`${'a'.repeat(200_000)} spf=pass`), [['spf', 'pass']]);
  assert.ok(cpuMs() < 1000, `a 200,000-character token took over a second of CPU: ${cpuMs()} CPU ms`);
});
