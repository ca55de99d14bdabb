import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultConfig } from '../../config/load.js';
import { parseMessage } from '../../mail/parse/index.js';
import { DEFAULT_PARSE_OPTIONS } from '../../mail/parse/test-helpers.js';
import { createScanner } from '../../runtime/index.js';
import { assertCorpusRows } from '../../test-support/corpus-rows.js';
import { bulkTracesCheck, htmlSentAsPlainText } from './bulk-traces.js';

/**
 * Issue 17, session 38: a trace a bulk mailer leaves in the body — an HTML document sent as plain text (the merge field left
 * unfilled is template-slots.ts'). Rows that must not fire are ordinary mail with look-alike text (HTML source quoted inside a
 * letter, an HTML part of its own).
 */
function eml(subject: string, body: string, type = 'text/plain'): Uint8Array {
  const headers = ['From: Shop <news@shop.example>', 'To: someone@example.com', `Subject: ${subject}`, 'Date: Mon, 2 Jun 2025 10:00:00 +0200', 'Message-ID: <1@shop.example>', 'MIME-Version: 1.0'];
  if (type) headers.push(`Content-Type: ${type}; charset=utf-8`);
  return new TextEncoder().encode([...headers, '', body, ''].join('\r\n'));
}
const parse = (raw: Uint8Array) => parseMessage(raw, DEFAULT_PARSE_OPTIONS);

test('HTML sent as plain text: a document shown as markup, and HTML in ordinary mail (table)', () => {
  const page = '<!doctype html>\n<html>\n<head><title>AI agent running by tonight?</title></head><body><p>Hi</p></body></html>';
  const rows: { name: string; raw: Uint8Array; fires: boolean }[] = [
    { name: 'a doctype in a text/plain body', raw: eml('AI agent running by tonight?', page), fires: true },
    { name: 'an <HTML> body without a Content-Type', raw: eml('Gain Major Cash', '<HTML><BODY>Earn now</BODY></HTML>', ''), fires: true },
    { name: 'the same page declared text/html', raw: eml('Newsletter', page, 'text/html'), fires: false },
    { name: 'HTML source quoted inside a letter', raw: eml('Template', `Hi Bob,\n\nhere is the page:\n${page}`), fires: false },
    { name: 'a plain letter', raw: eml('Lunch', 'See you at noon.'), fires: false },
  ];
  for (const row of rows) assert.equal(htmlSentAsPlainText(parse(row.raw)), row.fires, row.name);
});

test('bulk traces: the check emits its id with evidence', () => {
  const out = bulkTracesCheck().run(parse(eml('Hey {{ FNAME }}', '<!DOCTYPE html><html><body>x</body></html>')), {} as never) as { findings: { id: string; evidence: string }[] };
  assert.deepEqual(out.findings.map((f) => f.id), ['MIME_HTML_AS_PLAIN_TEXT']);
});

const scanner = await createScanner({ config: defaultConfig(), services: { now: () => new Date('2025-06-02T08:00:00Z') } });

// Honeypot messages of the dev part outside the hand-labelled sample (bench/phishing-labels.tsv), clean before session 38.
const corpus = [
  { file: 'sample-5551.eml', expected: ['CONTENT_TEMPLATE_UNFILLED'], forbidden: [], verdict: 'spam', why: '"Coole Angebote" <support@cusipup.de>: "Hey {{ FNAME }}", a TundraFreeze cooler (3.5 before)' },
  { file: 'sample-7268.eml', expected: ['MIME_HTML_AS_PLAIN_TEXT'], forbidden: [], verdict: 'spam', why: '"H. from OpenClaw Setup": a cold pitch whose text/plain body is an HTML page (4.8 before)' },
];

test('bulk traces: real honeypot messages (outside the hand-labelled sample)', async (t) => {
  await assertCorpusRows(t, scanner, corpus);
});
