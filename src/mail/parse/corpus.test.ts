import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { sharedData } from '../../test-support/shared-data.js';
import type { ParsedMessage } from '../types.js';
import { NotMailError, parseMessage } from './index.js';
import { DEFAULT_PARSE_OPTIONS as OPTS } from './test-helpers.js';

function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = path.join(dir, name);
      return statSync(full).isDirectory() ? walk(full) : [full];
    });
}

/**
 * An independent, deliberately simple notion of "looks like mail": the first line (after an mbox From line)
 * is a header field and there is no NUL near the start. Files that look like mail must parse.
 */
function looksLikeMail(raw: Buffer): boolean {
  if (raw.subarray(0, 512).includes(0)) return false;
  const lines = raw.subarray(0, 4096).toString('latin1').split(/\r?\n/);
  const first = lines[0]?.startsWith('From ') ? lines[1] : lines[0];
  return /^[!-9;-~]+[ \t]*:/.test(first ?? '');
}

function parseAll(t: { skip(message?: string): void }, relative: string, minMessages: number): Map<string, ParsedMessage> {
  const dir = sharedData(t as never, relative);
  const parsed = new Map<string, ParsedMessage>();
  if (!dir) return parsed;
  for (const file of walk(dir)) {
    const raw = readFileSync(file);
    const rel = path.relative(dir, file);
    try {
      parsed.set(rel, parseMessage(raw, OPTS));
    } catch (error) {
      assert.ok(error instanceof NotMailError, `${rel}: ${(error as Error).stack}`);
      assert.equal(looksLikeMail(raw), false, `${rel} looks like mail but was rejected: ${(error as Error).message}`);
    }
  }
  assert.ok(parsed.size >= minMessages, `${relative}: only ${parsed.size} messages parsed`);
  return parsed;
}

test('rspamd fixtures: every message parses', (t) => {
  const dir = sharedData(t, 'fixtures/rspamd/messages');
  if (!dir) return;
  const parsed = parseAll(t, 'fixtures/rspamd/messages', 1);
  assert.equal(parsed.size, walk(dir).length, 'every rspamd fixture is a message');
});

test('SpamAssassin fixtures: messages parse, non-mail files are NotMailError; CJK decodes', (t) => {
  const parsed = parseAll(t, 'fixtures/spamassassin/data', 150);
  if (parsed.size === 0) return;
  const jp2 = parsed.get('nice/cjk/iso-2022-jp.2');
  // Declared ISO-2022-JP but written in EUC-JP: flagged, and recovered.
  assert.match(jp2?.text ?? '', /ああ、心当たりがあります。たぶん、この前のsshと同じ問題です。/);
  assert.ok(jp2?.anomalies.some((a) => a.kind === 'bad-charset'));
  const jp1 = parsed.get('nice/cjk/iso-2022-jp.1');
  const sjisPart = jp1?.root.children.find((p) => p.filename === 'test-sjis.txt');
  assert.equal(sjisPart?.charset, 'shift_jis');
  assert.match(sjisPart?.text ?? '', /このファイルの形式は、/);
  assert.match(sjisPart?.text ?? '', /文字コード\(charset\)    : Shift_JIS/);
  assert.ok(jp1?.attachments.some((a) => a.filename === 'test-sjis.txt'));
  assert.equal(parsed.get('nice/cjk/gb2312.2')?.subject, 'RE: 装硬碟问题');
  assert.match(parsed.get('nice/cjk/gb2312.1')?.text ?? '', /台湾鑫龙商贸集团公司向您拜年/);
  // Raw 8-bit Big5 in the Subject, decoded with the body's declared charset.
  assert.match(parsed.get('nice/cjk/big5-base64.1')?.subject ?? '', /新片又到\.如有重複寄發/);
  assert.match(parsed.get('nice/cjk/big5-base64.1')?.visibleText ?? '', /強片上檔/);
});

test('eml_analyzer fixtures: messages parse; Japanese and Korean decode', (t) => {
  const parsed = parseAll(t, 'fixtures/eml_analyzer/fixtures', 40);
  if (parsed.size === 0) return;
  const get = (name: string): ParsedMessage => {
    const m = parsed.get(`emails/multi_charset/${name}`);
    assert.ok(m, name);
    return m;
  };
  assert.equal(get('japanese_iso_2022.eml').subject, 'まみむめも');
  assert.match(get('japanese_iso_2022.eml').text, /^すみません。/);
  assert.equal(get('japanese.eml').subject, 'まみむめも');
  assert.match(get('japanese.eml').text, /^かきくえこ/);
  assert.match(get('japanese_shift_jis.eml').text, /あいうえお\r\n\r\nこのメールはテスト用のメールです。\r\n\r\n今後ともよろしくお願い申し上げます！/);
  assert.deepEqual(get('japanese_shift_jis.eml').charsets, ['shift_jis']);
  assert.deepEqual(get('japanese_attachment.eml').attachments.map((a) => a.filename), ['てすと.txt']);
  assert.equal(get('japanese_attachment_long_name.eml').subject, 'まみむめも'.repeat(10));
  assert.deepEqual(get('japanese_attachment_long_name.eml').attachments.map((a) => a.filename), [`${'かきくけこ'.repeat(5)}.txt`]);
  assert.equal(get('ks_c_5601-1987.eml').text.trim(), '스티해');
});
