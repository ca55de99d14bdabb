import assert from 'node:assert/strict';
import { writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { defaultConfig } from '../../config/load.js';
import { createScanner } from '../../runtime/index.js';
import type { Scanner } from '../../scan/engine.js';
import { startPostfix, swaks } from '../../test-support/postfix.js';
import { sharedData } from '../../test-support/shared-data.js';
import { startMilterServer } from './server.js';

/**
 * The milter behind a real Postfix (Debian's, a private instance on loopback), driven by swaks: what
 * Postfix delivers, refuses or holds is what an operator would see.
 */
const config = defaultConfig();
let scanner: Scanner;
let work: string;
before(async () => {
  scanner = await createScanner({ config });
  work = await mkdtemp(path.join(tmpdir(), 'spamlab-milter-'));
});
after(() => rm(work, { recursive: true, force: true }));

const HAM = [
  'From: Alice <alice@example.org>',
  'To: bob@example.test',
  'Subject: lunch on friday',
  'Date: Mon, 2 Mar 2026 10:00:00 +0000',
  'Message-ID: <lunch-1@example.org>',
  '',
  'Hi Bob,',
  '',
  'shall we have lunch on Friday at noon? The usual place.',
  '',
  'Alice',
  '',
].join('\r\n');

const MILTER_SETTINGS = (address: string, defaultAction: string) => ({
  smtpd_milters: `inet:${address}`,
  milter_protocol: '6',
  milter_default_action: defaultAction,
  milter_connect_timeout: '5s',
  milter_command_timeout: '10s',
  milter_content_timeout: '30s',
});

const send = (server: string, data: string, to = 'bob@example.test') =>
  swaks(['--server', server, '--from', 'alice@example.org', '--to', to, '--helo', 'client.example.org', '--data', data]);

const unfold = (text: string) => text.replace(/\r?\n[ \t]+/g, ' ');

test('Postfix + milter: ham gets X-Spam-Status No, spam a tagged subject, malware a 550, phishing the hold queue; with the milter down, milter_default_action=accept delivers unmarked', async (t) => {
  const fixtures = sharedData(t, 'fixtures');
  if (!fixtures) return;
  const milter = await startMilterServer({ scanner, threshold: config.thresholds.spam });
  let milterUp = true;
  const pf = await startPostfix(t, { mainCf: MILTER_SETTINGS(milter.address, 'accept') });
  if (!pf) return milter.close();
  try {
    const hamFile = path.join(work, 'ham.eml');
    await writeFile(hamFile, HAM);
    const ham = await send(pf.smtpAddress, hamFile);
    assert.equal(ham.code, 0, ham.output);
    const [delivered] = await pf.sink!.waitForMessages(1);
    const hamHeaders = unfold(delivered!.headerText);
    assert.match(hamHeaders, /^X-Spam-Status: No, score=-?\d+\.\d required=6\.0 tests=.* verdict=clean$/m);
    assert.match(hamHeaders, /^X-Spamlab-Verdict: clean, score=/m);
    assert.match(hamHeaders, /^Subject: lunch on friday$/m);
    assert.doesNotMatch(hamHeaders, /^X-Spam-Flag:/m);

    // A real spam (SpamAssassin's fixtures): score above 15, so the shipped policy tags its subject.
    const spam = await send(pf.smtpAddress, path.join(fixtures, 'spamassassin/data/spam/001'));
    assert.equal(spam.code, 0, spam.output);
    const [, spamCopy] = await pf.sink!.waitForMessages(2);
    const spamHeaders = unfold(spamCopy!.headerText);
    assert.match(spamHeaders, /^X-Spam-Flag: YES$/m);
    assert.match(spamHeaders, /^X-Spam-Status: Yes, score=\d+\.\d required=6\.0 tests=CONTENT_.* verdict=spam$/m);
    assert.match(spamHeaders, /^X-Spamlab-Action: tag_subject$/m);
    assert.match(spamHeaders, /^Subject: \[SPAM\] There yours for FREE!$/m);

    // Malware is refused during the SMTP session: the sender's MTA gets the 5xx and bounces.
    const malware = await send(pf.smtpAddress, path.join(fixtures, 'rspamd/messages/exe_attm.eml'));
    assert.notEqual(malware.code, 0);
    assert.match(malware.output, /<\*\* +550 5\.7\.1 Message refused: spamlab classified it as malware/);

    // Phishing is accepted into Postfix's hold queue, not delivered.
    const phishing = await send(pf.smtpAddress, path.join(fixtures, 'spamassassin/data/spam/009'));
    assert.equal(phishing.code, 0, phishing.output);
    await waitFor(async () => /milter triggers HOLD action/.test(await pf.log()), 'HOLD in the mail log');

    // spamlab's milter down: Postfix's milter_default_action=accept (fail open) delivers unmarked.
    await milter.close();
    milterUp = false;
    const unfiltered = await send(pf.smtpAddress, hamFile);
    assert.equal(unfiltered.code, 0, unfiltered.output);
    const copies = await pf.sink!.waitForMessages(3);
    assert.equal(copies.length, 3, 'the malware and the held phishing were not delivered');
    assert.doesNotMatch(copies[2]!.headerText, /^X-Spam/m);
  } finally {
    if (milterUp) await milter.close();
    await pf.stop();
  }
});

test('Postfix + milter, fail closed: spamlab erring answers 451 (its failMode), and with the milter down milter_default_action=tempfail does too', async (t) => {
  const broken = { scan: () => Promise.reject(new Error('store unavailable')) };
  const milter = await startMilterServer({ scanner: broken, threshold: config.thresholds.spam, failMode: 'closed' });
  let milterUp = true;
  const pf = await startPostfix(t, { mainCf: MILTER_SETTINGS(milter.address, 'tempfail') });
  if (!pf) return milter.close();
  try {
    const hamFile = path.join(work, 'ham-closed.eml');
    await writeFile(hamFile, HAM);
    const erring = await send(pf.smtpAddress, hamFile);
    assert.notEqual(erring.code, 0);
    assert.match(erring.output, /<\*\* +451 4\.7\.1 spamlab could not check this message; try again later/);

    await milter.close();
    milterUp = false;
    const down = await send(pf.smtpAddress, hamFile);
    assert.notEqual(down.code, 0);
    assert.match(down.output, /<\*\* +451 4\.7\.1 /);
    assert.equal(pf.sink!.messages.length, 0);
  } finally {
    if (milterUp) await milter.close();
    await pf.stop();
  }
});

async function waitFor(condition: () => Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}
