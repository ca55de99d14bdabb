import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultConfig } from '../../config/load.js';
import { createScanner } from '../../runtime/index.js';
import { loadContentModel } from '../../runtime/model.js';
import { activeIds } from '../../test-support/corpus-rows.js';
import { AUDIT_MUST_NOT, AUDIT_ROWS, type AuditRow } from './fixtures/scam-audit.js';

/**
 * Issue 17, item 6 (session 13): the scam-kind × language audit, end to end (.eml → parser → every family → score, the
 * shipped classifier model). Every row must be flagged (spam or worse) and raise one of its kind's content findings.
 */
const shipped = await loadContentModel({ ...defaultConfig().content.classifier, useStore: false });
const scanner = await createScanner({ config: defaultConfig(), services: { now: () => new Date('2025-06-02T08:00:00Z'), classifierModel: shipped } });

/** A header value as mail carries it: RFC 2047 when it is not ASCII (raw UTF-8 in a header is a finding of its own). */
const encoded = (value: string) => (/^[\x20-\x7e]*$/.test(value) ? value : `=?UTF-8?B?${Buffer.from(value).toString('base64')}?=`);
const encodedFrom = (from: string) => from.replace(/^(.+?) </, (_all, name: string) => `${encoded(name)} <`);

function auditEml(row: Pick<AuditRow, 'from' | 'subject' | 'text' | 'headers'>, index: number): Uint8Array {
  const to = row.headers?.some((h) => /^to:/i.test(h)) ? [] : ['To: reader@mailbox.example'];
  return new TextEncoder().encode(
    [`From: ${encodedFrom(row.from)}`, `Subject: ${encoded(row.subject)}`, ...to, ...(row.headers ?? []), 'Date: Mon, 2 Jun 2025 10:00:00 +0200',
      `Message-ID: <audit.${index}@${row.from.replace(/.*@|>.*/g, '')}>`, 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8', '', row.text, ''].join('\r\n'),
  );
}

AUDIT_ROWS.forEach((row, i) => {
  test(`scam audit: ${row.kind} (${row.lang}) #${i}: ${row.subject}`, row.gap ? { todo: row.gap } : {}, async () => {
    const r = await scanner.scan({ raw: auditEml(row, i), source: `audit-${i}.eml` });
    const ids = activeIds(r);
    const line = `${r.verdict} ${r.score}: ${ids.join(', ')}`;
    if (process.env.SCAM_AUDIT_PRINT) console.log(`AUDIT\t${row.kind}\t${row.lang}\t${i}\t${r.verdict}\t${r.score}\t${row.expect.some((id) => ids.includes(id))}\t${ids.join(',')}`);
    assert.ok(row.expect.some((id) => ids.includes(id)), `one of ${row.expect.join(' | ')} expected; ${line}`);
    assert.notEqual(r.verdict, 'clean', line);
  });
});

AUDIT_MUST_NOT.forEach((row, i) => {
  test(`scam audit, must not: ${row.name}`, async () => {
    const r = await scanner.scan({ raw: auditEml(row, 1000 + i), source: `audit-not-${i}.eml` });
    const ids = activeIds(r);
    assert.ok(!ids.includes('CONTENT_SCAM_LETTER'), ids.join(', '));
    assert.equal(r.verdict, 'clean', `${r.verdict} ${r.score}: ${ids.join(', ')}`);
  });
});
