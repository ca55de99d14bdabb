import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseMessage } from '../../mail/parse/index.js';
import { DEFAULT_PARSE_OPTIONS } from '../../mail/parse/test-helpers.js';
import { recipientLookalike } from './recipient-lookalike.js';

const FREEMAIL = new Set(['gmail.com', 'hotmail.com', 'email.com', 'outlook.com']);

function message(from: string, to: string, extra: string[] = []): ReturnType<typeof parseMessage> {
  return parseMessage(Buffer.from([`From: ${from}`, `To: ${to}`, ...extra, 'Subject: s', '', 'body', ''].join('\r\n')), DEFAULT_PARSE_OPTIONS);
}

test("recipientLookalike: a sender's domain imitating the recipient's own; not the same organisation, free mail or a mere resemblance (table)", () => {
  const rows: { name: string; from: string; to: string; extra?: string[]; expected: string | null }[] = [
    { name: 'rn for m', from: 'ceo@acrnecorp.com', to: 'bob@acmecorp.com', expected: 'acmecorp.com' },
    { name: 'zero for o', from: 'ceo@acmec0rp.com', to: 'bob@acmecorp.com', expected: 'acmecorp.com' },
    { name: 'a doubled letter', from: 'ceo@acmecorrp.com', to: 'bob@acmecorp.com', expected: 'acmecorp.com' },
    { name: 'a hyphen and another suffix', from: 'ceo@acme-corp.co', to: 'bob@acmecorp.com', expected: 'acmecorp.com' },
    { name: 'two letters swapped', from: 'ceo@acmecrop.com', to: 'bob@acmecorp.com', expected: 'acmecorp.com' },
    { name: 'through Delivered-To', from: 'ceo@acmecorrp.com', to: 'undisclosed-recipients:;', extra: ['Delivered-To: bob@acmecorp.com'], expected: 'acmecorp.com' },
    // Must not.
    { name: 'the same domain', from: 'ceo@acmecorp.com', to: 'bob@acmecorp.com', expected: null },
    { name: 'a subdomain of the same organisation', from: 'ceo@mail.acmecorp.com', to: 'bob@acmecorp.com', expected: null },
    { name: 'the same label under another suffix', from: 'ceo@acmecorp.de', to: 'bob@acmecorp.com', expected: null },
    { name: 'two edits apart', from: 'ceo@acmecamp.com', to: 'bob@acmecorp.com', expected: null },
    { name: 'a recipient at free mail', from: 'ceo@hotmall.com', to: 'bob@hotmail.com', expected: null },
    { name: 'a sender at free mail (gmail is one letter from email)', from: 'someone@gmail.com', to: 'bob@email.com', expected: null },
    { name: 'a short recipient label', from: 'ceo@acne.com', to: 'bob@acme.com', expected: null },
  ];
  for (const row of rows) assert.equal(recipientLookalike(message(row.from, row.to, row.extra), FREEMAIL)?.recipient ?? null, row.expected, row.name);
});
