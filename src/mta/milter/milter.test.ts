import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { defaultConfig } from '../../config/load.js';
import { createScanner } from '../../runtime/index.js';
import type { Scanner } from '../../scan/engine.js';
import type { ScanItem } from '../../scan/pool.js';
import type { ScanOutcome } from '../../scan/report.js';
import { MilterClient, Proto } from '../../test-support/milter-client.js';
import { SHARED_DATA } from '../../test-support/shared-data.js';
import { DEFAULT_ACTION_POLICY, type ActionPolicy } from '../../rules/actions.js';
import type { MessageScanner } from '../types.js';
import { Cmd, encodePacket } from './protocol.js';
import { startMilterServer, type MilterServer, type MilterServerOptions } from './server.js';

const config = defaultConfig();
let scanner: Scanner;
before(async () => {
  scanner = await createScanner({ config });
});

const HAM = `From: Alice <alice@example.org>\r\nTo: bob@example.test\r\nSubject: lunch on friday\r\nDate: Mon, 2 Mar 2026 10:00:00 +0000\r\nMessage-ID: <lunch-1@example.org>\r\n\r\nHi Bob,\r\n\r\nshall we have lunch on Friday at noon? The usual place.\r\n\r\nAlice\r\n`;

/** A real spam of the SpamAssassin fixtures (../shared/data), read when present. */
function fixture(relative: string): Buffer | undefined {
  try {
    return readFileSync(path.join(SHARED_DATA, relative));
  } catch {
    return undefined;
  }
}

async function withMilter(options: Partial<MilterServerOptions>, fn: (milter: MilterServer, client: MilterClient) => Promise<void>, offer?: { protocol?: number }) {
  const milter = await startMilterServer({ scanner, threshold: config.thresholds.spam, ...options });
  const client = await MilterClient.connect(milter.address, offer);
  try {
    await fn(milter, client);
  } finally {
    client.destroy();
    await milter.close();
  }
}

/** An added header's value, unfolded. */
const header = (verdict: { addedHeaders: [string, string][] }, name: string) => verdict.addedHeaders.find(([n]) => n === name)?.[1].replace(/\n\t/g, ' ');

/** Every verdict gets one policy line, so action tests do not depend on where exactly a score lands. */
const policyFor = (action: 'accept' | 'add_header' | 'tag_subject' | 'quarantine' | 'reject'): ActionPolicy => ({
  ...DEFAULT_ACTION_POLICY,
  rules: [{ verdict: ['spam', 'phishing', 'malware'], action, policy: 'DUNNO' }, { action: 'accept', policy: 'DUNNO' }],
});

test('negotiation: version 6, only the actions and steps it uses, each a subset of the offer', async () => {
  await withMilter({}, async (_m, client) => {
    assert.equal(client.actions, 0x01 | 0x10 | 0x20); // ADDHDRS | CHGHDRS | QUARANTINE
    assert.ok(client.protocol & Proto.HDR_LEADSPC);
    assert.ok(client.protocol & Proto.NR_HDR);
    assert.equal(client.protocol & Proto.NR_BODY, 0, 'body chunks keep their reply so SKIP can be sent');
    assert.equal(client.protocol & (Proto.NOHDRS | Proto.NOBODY | Proto.NOCONNECT), 0);
  });
  // An MTA offering no NR_ flags and no SKIP gets a reply to every step, and negotiation asks for none of them.
  await withMilter({}, async (_m, client) => {
    assert.equal(client.protocol & (Proto.NR_HDR | Proto.NR_CONN | Proto.SKIP), 0);
    const verdict = await client.check({ raw: HAM });
    assert.equal(verdict.final, 'continue');
    assert.match(header(verdict, 'X-Spam-Status') ?? '', /^No, score=/, 'no HDR_LEADSPC offered: no leading space');
  }, { protocol: Proto.NODATA | Proto.NOUNKNOWN });
});

test('ham: X-Spam-Status No and the verdict header; the message reaches the scanner byte for byte with its envelope', async () => {
  const seen: ScanItem[] = [];
  const recording: MessageScanner = { scan: (item) => (seen.push(item), scanner.scan(item)) };
  await withMilter({ scanner: recording }, async (_m, client) => {
    const verdict = await client.check({
      raw: HAM,
      mailFrom: 'alice@example.org',
      rcptTo: ['bob@example.test', 'carol@example.test'],
      clientAddress: '198.51.100.7',
      clientHostname: 'mail.example.org',
      helo: 'mail.example.org',
      mailMacros: { i: 'ABC123', '{auth_authen}': 'alice' },
    });
    assert.equal(verdict.final, 'continue');
    assert.match(header(verdict, 'X-Spam-Status')!, /^ No, score=-?\d+\.\d required=6\.0 tests=.* verdict=clean$/s);
    assert.equal(header(verdict, 'X-Spam-Flag'), undefined);
    assert.match(header(verdict, 'X-Spamlab-Verdict')!, /^ clean, score=/);
    assert.equal(header(verdict, 'X-Spamlab-Action'), ' accept');
    assert.deepEqual(verdict.changedHeaders, []);
  });
  assert.equal(seen.length, 1);
  assert.equal(Buffer.from(seen[0]!.raw).toString(), HAM);
  assert.equal(seen[0]!.source, 'milter:ABC123');
  assert.deepEqual(seen[0]!.envelope, {
    mailFrom: 'alice@example.org',
    rcptTo: ['bob@example.test', 'carol@example.test'],
    clientIp: '198.51.100.7',
    clientHelo: 'mail.example.org',
    clientHostname: 'mail.example.org',
    authUser: 'alice',
  });
});

test('spam: flagged headers, the subject tagged, forged X-Spam headers removed', async (t) => {
  const spam = fixture('fixtures/spamassassin/data/spam/001');
  if (!spam) return t.skip(`needs ${SHARED_DATA}/fixtures/spamassassin`);
  const forged = Buffer.concat([Buffer.from('X-Spam-Status: No, score=-100\r\nX-Spam-Flag: NO\r\n'), spam]);
  await withMilter({ policy: policyFor('tag_subject') }, async (_m, client) => {
    const verdict = await client.check({ raw: forged });
    assert.equal(verdict.final, 'continue');
    assert.equal(header(verdict, 'X-Spam-Flag'), ' YES');
    assert.match(header(verdict, 'X-Spam-Status')!, /^ Yes, score=\d+\.\d required=6\.0 tests=CONTENT_/);
    assert.match(header(verdict, 'X-Spam-Score')!, /^ \d+\.\d$/);
    assert.equal(header(verdict, 'X-Spamlab-Action'), ' tag_subject');
    const changes = verdict.changedHeaders.map(({ index, name, value }) => `${index} ${name}=${value}`);
    assert.ok(changes.includes('1 X-Spam-Flag='), changes.join('|'));
    assert.ok(changes.includes('1 X-Spam-Status='), changes.join('|'));
    assert.ok(changes.some((c) => /^1 Subject= \[SPAM\] \S/.test(c)), changes.join('|'));
  });
});

test('phishing is quarantined, malware rejected with 550 (the shipped policy)', async (t) => {
  const phishing = fixture('fixtures/spamassassin/data/spam/009');
  const malware = fixture('fixtures/rspamd/messages/exe_attm.eml');
  if (!phishing || !malware) return t.skip(`needs ${SHARED_DATA}/fixtures`);
  await withMilter({}, async (_m, client) => {
    const held = await client.check({ raw: phishing });
    assert.equal(held.final, 'continue');
    assert.match(held.quarantine ?? '', /^spamlab: phishing \(score \d/);
    assert.equal(header(held, 'X-Spamlab-Action'), ' quarantine');
    const refused = await client.check({ raw: malware });
    assert.equal(refused.final, 'replycode');
    assert.equal(refused.replyCode, '550 5.7.1 Message refused: spamlab classified it as malware');
    assert.deepEqual(refused.addedHeaders, []);
  });
});

const throwing: MessageScanner = {
  scan: () => {
    throw new Error('model store unreadable');
  },
};
const errorOutcome: MessageScanner = { scan: (item): ScanOutcome => ({ source: item.source, error: 'worker crashed' }) };
const hanging: MessageScanner = { scan: () => new Promise<ScanOutcome>(() => undefined) };

for (const [name, broken] of [['throws', throwing], ['returns an error outcome', errorOutcome], ['hangs past the time-out', hanging]] as const) {
  test(`fail open when the scanner ${name}: delivered, marked unscanned`, async () => {
    await withMilter({ scanner: broken, failMode: 'open', scanTimeoutMs: 100 }, async (_m, client) => {
      const verdict = await client.check({ raw: HAM });
      assert.equal(verdict.final, 'continue');
      assert.match(header(verdict, 'X-Spamlab-Error')!, /^ unscanned: (model store unreadable|worker crashed|scan timed out after 100 ms)$/);
      assert.equal(header(verdict, 'X-Spam-Status'), undefined);
    });
  });
  test(`fail closed when the scanner ${name}: 451, the client retries later`, async () => {
    await withMilter({ scanner: broken, failMode: 'closed', scanTimeoutMs: 100 }, async (_m, client) => {
      const verdict = await client.check({ raw: HAM });
      assert.equal(verdict.final, 'replycode');
      assert.match(verdict.replyCode!, /^451 4\.7\.1 /);
      // The connection stays usable for the next message.
      assert.equal((await client.check({ raw: HAM }, false)).final, 'replycode');
    });
  });
}

test('a message over the size cap: the rest is skipped, the first bytes are scanned and the cut is a finding', async () => {
  const cap = 4096;
  const small = await createScanner({ config: { ...config, limits: { ...config.limits, maxMessageBytes: cap } } });
  const seen: ScanItem[] = [];
  const body = 'All work and no play makes Jack a dull boy.\r\n'.repeat(10_000); // ~450 KB, 7 body chunks
  await withMilter({ scanner: { scan: (item) => (seen.push(item), small.scan(item)) }, maxMessageBytes: cap }, async (_m, client) => {
    const verdict = await client.check({ raw: HAM.replace(/\r\n\r\n[\s\S]*$/, `\r\n\r\n${body}`) });
    assert.equal(verdict.final, 'continue');
    assert.match(header(verdict, 'X-Spam-Status')!, /MIME_LIMIT_EXCEEDED/);
    assert.match(header(verdict, 'X-Spamlab-Truncated')!, /^ scanned the first 4096 of at least \d+ bytes$/);
  });
  assert.equal(seen[0]!.raw.byteLength, cap + 1);
  // SKIP spared the client sending the rest, so the size known is what arrived before it.
  assert.ok(seen[0]!.fullSize! > cap && seen[0]!.fullSize! < 200_000, String(seen[0]!.fullSize));
});

test('protocol errors drop the connection (the MTA then applies milter_default_action)', async () => {
  const milter = await startMilterServer({ scanner, threshold: 6, maxPacketBytes: 1024 });
  try {
    const early = await MilterClient.connect(milter.address);
    early.write(Cmd.OPTNEG, Buffer.alloc(12)); // a second OPTNEG is fine; an unknown command is not
    await early.next();
    early.write('Z', Buffer.alloc(0));
    assert.equal(await early.next(), null);

    const oversized = await MilterClient.connect(milter.address);
    oversized.write(Cmd.MAIL, Buffer.alloc(5000));
    assert.equal(await oversized.next(), null);

    // Before negotiation, anything but OPTNEG is refused.
    const { connect } = await import('node:net');
    const raw = connect(milter.port, milter.host);
    raw.write(encodePacket(Cmd.MAIL, Buffer.from('<a@b>\0')));
    await new Promise((resolve) => raw.on('close', resolve));
  } finally {
    await milter.close();
  }
});

test('close(): a message being scanned is answered, then the connection ends; new connections are refused', async () => {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const slow: MessageScanner = { scan: async (item) => (await gate, scanner.scan(item)) };
  const milter = await startMilterServer({ scanner: slow, threshold: 6 });
  const busy = await MilterClient.connect(milter.address);
  const idle = await MilterClient.connect(milter.address);
  const answer = busy.check({ raw: HAM });
  await new Promise((resolve) => setTimeout(resolve, 50)); // the EOM reaches the server
  const closing = milter.close();
  assert.equal(await idle.next(), null, 'an idle connection is closed at once');
  release();
  const verdict = await answer;
  assert.equal(verdict.final, 'continue');
  assert.match(header(verdict, 'X-Spam-Status')!, /^ No,/);
  assert.equal(await busy.next(), null, 'then its connection ends too');
  await closing;
  await assert.rejects(MilterClient.connect(milter.address));
});

test('ABORT drops the message in progress; the next one on the same connection is scanned on its own', async () => {
  const seen: ScanItem[] = [];
  await withMilter({ scanner: { scan: (item) => (seen.push(item), scanner.scan(item)) } }, async (_m, client) => {
    client.write(Cmd.MAIL, Buffer.from('<first@example.org>\0'));
    client.write(Cmd.HEADER, Buffer.from('Subject\0 aborted\0'));
    client.write(Cmd.ABORT, Buffer.alloc(0));
    const verdict = await client.check({ raw: HAM, mailFrom: 'second@example.org' }, false);
    assert.equal(verdict.final, 'continue');
  });
  assert.equal(seen.length, 1);
  assert.equal(Buffer.from(seen[0]!.raw).toString(), HAM);
  assert.equal(seen[0]!.envelope?.mailFrom, 'second@example.org');
});
