import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SALVAGED_FIELD_BYTES, SALVAGED_OTHER_FIELDS } from './headers.js';
import { NotMailError, parseMessage } from './index.js';
import { SALVAGE_MAX_CANDIDATES, SALVAGE_MAX_PARTS } from './salvage.js';
import { DEFAULT_PARSE_OPTIONS as OPTS, eml } from './test-helpers.js';

/**
 * The evasions of issue 17 (item 8) at the parser: a limit reached or a stray byte must never hide what
 * comes before or after it. Each row is a small edit of an ordinary message; the parsed message must still
 * show its sender, subject, structure and attachments, and record the trick as an anomaly.
 */

const HEAD = ['Received: from mx.example.net by mx.example.org; Mon, 23 Nov 2026 10:00:05 +0000', 'Message-ID: <1@example.net>'];
const REST = ['From: Bank <alerts@bank.example>', 'Subject: verify your account', 'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="b"'];
const BODY = ['', '--b', 'Content-Type: text/plain', '', 'click here', '--b', 'Content-Type: application/octet-stream; name="a.exe"', 'Content-Transfer-Encoding: base64', '', 'TVqQAAMAAAAEAAAA', '--b--', ''];

const kinds = (raw: Buffer, options = OPTS) => parseMessage(raw, options).anomalies.map((a) => a.kind);

function assertWholeMessage(raw: Buffer, label: string, options = OPTS): void {
  const msg = parseMessage(raw, options);
  assert.equal(msg.from[0]?.address, 'alerts@bank.example', `${label}: From`);
  assert.equal(msg.subject, 'verify your account', `${label}: Subject`);
  assert.equal(msg.root.contentType, 'multipart/mixed', `${label}: structure`);
  assert.equal(msg.text.trim(), 'click here', `${label}: body`);
  assert.deepEqual(msg.attachments.map((a) => a.filename), ['a.exe'], `${label}: attachments`);
}

test('header-line evasions: the header is read past NUL, control bytes and one junk line (table)', () => {
  const rows: { label: string; lines: string[]; anomaly: string }[] = [
    { label: 'NUL at the start of a header line', lines: [...HEAD, `\0${REST[0]}`, ...REST.slice(1)], anomaly: 'header-nul' },
    { label: 'several NULs before a field', lines: [`\0\0\0${HEAD[0]}`, ...HEAD.slice(1), ...REST], anomaly: 'header-nul' },
    { label: 'a line of nothing but NULs', lines: [...HEAD, '\0\0', ...REST], anomaly: 'header-nul' },
    { label: 'NUL inside a field value', lines: [HEAD[0]!, `Message-ID: <1@exa\0mple.net>`, ...REST], anomaly: 'header-nul' },
    { label: 'a control byte before a field', lines: [...HEAD, `\x01${REST[0]}`, ...REST.slice(1)], anomaly: 'header-malformed' },
    { label: 'a junk line between fields', lines: [...HEAD, 'this is not a header', ...REST], anomaly: 'header-malformed' },
  ];
  for (const row of rows) {
    const raw = eml(...row.lines, ...BODY);
    assertWholeMessage(raw, row.label);
    assert.ok(kinds(raw).includes(row.anomaly as never), `${row.label}: ${kinds(raw).join(', ')}`);
  }
});

test('a junk line followed by text still starts the body (a message without a separator)', () => {
  const msg = parseMessage(eml('From: a@b.example', 'Subject: s', 'Dear customer,', 'Note: this is the body', '', 'more'), OPTS);
  assert.equal(msg.subject, 's');
  assert.equal(msg.headerIndex.has('note'), false);
  assert.match(msg.text, /^Dear customer,\r?\nNote: this is the body/);
  assert.ok(kinds(eml('From: a@b.example', 'Dear customer,', '', 'x')).includes('no-header-body-separator'));
});

test('a NUL in the first 512 bytes: still mail when it starts with mail headers; binary input is still refused', () => {
  for (const at of [0, 10, 100, 150, 200, 220, 250]) {
    const raw = eml(...HEAD, ...REST, ...BODY);
    const edited = Buffer.concat([raw.subarray(0, at), Buffer.from([0]), raw.subarray(at)]);
    assertWholeMessage(edited, `NUL at byte ${at}`);
  }
  // Many control bytes in the first line: still the message it is.
  assertWholeMessage(eml(`X-Junk: ${'\x01\x02\x03'.repeat(60)}`, ...HEAD, ...REST, ...BODY), 'control bytes near the start');
  const binaries: [string, Buffer][] = [
    ['zip', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0x08, 0, 0])],
    ['PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])],
    ['zeros', Buffer.alloc(4096)],
    ['zeros then text', Buffer.concat([Buffer.alloc(600), Buffer.from('hello: world\r\n\r\nbody')])],
    ['a binary record that happens to start with a name and a colon', Buffer.concat([Buffer.from('key: \0\0\0\x01\x02'), Buffer.alloc(300)])],
  ];
  for (const [label, raw] of binaries) assert.throws(() => parseMessage(raw, OPTS), NotMailError, label);
});

test('header padding past the limit: From, Subject and the MIME structure are still read (table)', () => {
  const padding = (bytes: number): string[] => Array.from({ length: Math.ceil(bytes / 110) }, (_, i) => `X-Padding-${i}: ${'a'.repeat(96)}`);
  const options = { ...OPTS, maxHeaderBytes: 8 * 1024 };
  const rows: { label: string; lines: string[] }[] = [
    { label: 'padding before From', lines: [...HEAD, ...padding(20_000), ...REST] },
    { label: 'padding between From and Content-Type', lines: [...HEAD, REST[0]!, ...padding(20_000), ...REST.slice(1)] },
    { label: 'one huge folded field before From', lines: [...HEAD, `X-Huge: ${Array.from({ length: 500 }, () => 'a'.repeat(70)).join('\r\n ')}`, ...REST] },
  ];
  for (const row of rows) {
    const raw = eml(...row.lines, ...BODY);
    assertWholeMessage(raw, row.label, options);
    const msg = parseMessage(raw, options);
    assert.ok(msg.anomalies.some((a) => a.kind === 'limit-header-bytes'), row.label);
    // Only the fields that matter are kept past the limit: the header stays bounded.
    assert.ok(msg.headers.length < 200, `${row.label}: ${msg.headers.length} fields kept`);
  }
  // Padding with a new name on every line keeps at most SALVAGED_OTHER_FIELDS of it past the limit.
  const random = eml(...Array.from({ length: 2000 }, (_, i) => `X-${i.toString(36).replace(/[0-9]/g, (d) => 'qrstuvwxyz'[Number(d)]!)}: ${'a'.repeat(40)}`), ...REST, ...BODY);
  assertWholeMessage(random, 'padding with a new name on every line', options);
  assert.ok(parseMessage(random, options).headers.length < 200 + SALVAGED_OTHER_FIELDS);
  // At most two of a name past the limit (a duplicate From is still seen), each cut to SALVAGED_FIELD_BYTES.
  const raw = eml(...padding(20_000), 'From: a@b.example', 'From: c@d.example', 'From: e@f.example', `Subject: ${'s'.repeat(40_000)}`, '', 'body');
  const msg = parseMessage(raw, options);
  assert.equal(msg.headerIndex.get('from')?.length, 2);
  assert.ok(msg.anomalies.some((a) => a.kind === 'duplicate-singleton-header'));
  assert.ok(msg.subject.length <= SALVAGED_FIELD_BYTES && msg.subject.length > 1000);
  assert.equal(msg.text, 'body');
});

/** A multipart/mixed message with `before` rendered parts, then `after`. */
function multipart(parts: string[][]): Buffer {
  const lines = ['From: a@b.example', 'Subject: parts', 'Content-Type: multipart/mixed; boundary="outer"', ''];
  for (const p of parts) lines.push('--outer', ...p);
  lines.push('--outer--', '');
  return eml(...lines);
}
const textPart = (text: string) => ['Content-Type: text/plain', '', text];
const filePart = (name: string, base64: string, type = 'application/octet-stream') => [`Content-Type: ${type}; name="${name}"`, 'Content-Transfer-Encoding: base64', `Content-Disposition: attachment; filename="${name}"`, '', base64];
const MZ = 'TVqQAAMAAAAEAAAA//8AALgAAAAAAAAAQAAAAAAAAAA=';

function nest(inner: string[], levels: number): string[] {
  let part = inner;
  for (let i = levels; i > 0; i--) part = [`Content-Type: multipart/mixed; boundary="n${i}"`, '', `--n${i}`, ...part, `--n${i}--`];
  return part;
}

test('attachments past the part or depth limit are found and analysed, the most dangerous first (table)', () => {
  const options = { ...OPTS, maxParts: 20, maxMimeDepth: 5 };
  const rows: { label: string; raw: Buffer; anomaly: string; expect: string[] }[] = [
    { label: 'an executable after the part limit', raw: multipart([...Array.from({ length: 30 }, (_, i) => textPart(`filler ${i}`)), filePart('invoice.exe', MZ)]), anomaly: 'limit-part-count', expect: ['invoice.exe'] },
    { label: 'a disguised program (MZ under a .pdf name)', raw: multipart([...Array.from({ length: 30 }, (_, i) => textPart(`filler ${i}`)), filePart('invoice.pdf', MZ)]), anomaly: 'limit-part-count', expect: ['invoice.pdf'] },
    { label: 'an executable below the depth limit', raw: multipart([textPart('hello'), nest(filePart('deep.scr', MZ), 8)]), anomaly: 'limit-mime-depth', expect: ['deep.scr'] },
    { label: 'an executable in a nested multipart past the part limit', raw: multipart([...Array.from({ length: 30 }, (_, i) => textPart(`f ${i}`)), nest(filePart('n.js', 'YWxlcnQoMSk='), 2)]), anomaly: 'limit-part-count', expect: ['n.js'] },
  ];
  for (const row of rows) {
    const msg = parseMessage(row.raw, options);
    assert.ok(msg.anomalies.some((a) => a.kind === row.anomaly), row.label);
    assert.deepEqual(msg.attachments.map((a) => a.filename).filter((n) => row.expect.includes(n)), row.expect, row.label);
    const att = msg.attachments.find((a) => a.filename === row.expect[0])!;
    assert.ok(att.content.length > 0, `${row.label}: content decoded`);
  }
  // Decoys first: the most dangerous SALVAGE_MAX_PARTS are kept, so the program is never pushed out.
  const decoys = Array.from({ length: SALVAGE_MAX_PARTS + 30 }, (_, i) => filePart(`photo${i}.jpg`, '/9j/4AAQSkZJRg==', 'image/jpeg'));
  const crowded = parseMessage(multipart([...Array.from({ length: 25 }, (_, i) => textPart(`f ${i}`)), ...decoys, filePart('payload.exe', MZ)]), options);
  const names = crowded.attachments.map((a) => a.filename);
  assert.ok(names.includes('payload.exe'));
  assert.equal(names.filter((n) => n.startsWith('photo')).length, SALVAGE_MAX_PARTS - 1);
  assert.ok(crowded.anomalies.some((a) => a.kind === 'limit-part-count' && /most dangerous/.test(a.detail)));
});

test('salvaging does not duplicate parts the tree holds, and reads body text past the limit as body text', () => {
  const options = { ...OPTS, maxParts: 6 };
  const raw = multipart([filePart('first.zip', 'UEsDBA=='), textPart('a'), textPart('b'), textPart('c'), textPart('d'), textPart('e'), filePart('last.exe', MZ), textPart('tail')]);
  const msg = parseMessage(raw, options);
  assert.deepEqual(msg.attachments.map((a) => a.filename), ['first.zip', 'last.exe']);
  // Session 61: text past the limit is read as body text (not as an attachment): a lure put after filler parts stays seen.
  assert.ok(msg.text.includes('tail'));
  assert.equal(msg.text.split('tail').length - 1, 1);
  // Under the limits nothing changes and nothing is salvaged.
  const normal = parseMessage(raw, OPTS);
  assert.deepEqual(normal.attachments.map((a) => a.filename), ['first.zip', 'last.exe']);
  assert.ok(!normal.anomalies.some((a) => a.kind.startsWith('limit-')));
});

test('cost: a flood of "--" lines past the part limit is looked at up to SALVAGE_MAX_CANDIDATES (count-bounded)', () => {
  const options = { ...OPTS, maxParts: 5 };
  const flood = Array.from({ length: SALVAGE_MAX_CANDIDATES + 5000 }, (_, i) => `--x${i}\r\nContent-Type: text/plain\r\n\r\n.`).join('\r\n');
  const raw = Buffer.concat([multipart(Array.from({ length: 10 }, () => textPart('f'))), Buffer.from(flood), Buffer.from('\r\n'), multipart([filePart('late.exe', MZ)])]);
  const started = process.cpuUsage();
  const msg = parseMessage(raw, options);
  const used = process.cpuUsage(started);
  assert.ok((used.user + used.system) / 1000 < 2000, 'bounded CPU');
  // The pass stopped looking before the late executable: the message says so (the limit itself is the signal).
  assert.ok(!msg.attachments.some((a) => a.filename === 'late.exe'));
  assert.ok(msg.anomalies.some((a) => a.kind === 'limit-part-count' && /stopped looking/.test(a.detail)));
});
