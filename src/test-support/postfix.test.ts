import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import { startPostfix, swaks } from './postfix.js';

test('a private Postfix relays mail from swaks to its loopback sink, then stops and leaves nothing behind', async (t) => {
  const pf = await startPostfix(t);
  if (!pf) return;
  try {
    assert.notEqual(pf.smtpPort, 25);
    const sent = await swaks(['--server', pf.smtpAddress, '--from', 'sender@example.org', '--to', 'rcpt@example.test',
      '--header', 'Subject: private postfix', '--body', 'hello from the test']);
    assert.equal(sent.code, 0, sent.output);
    const [delivered] = await pf.sink!.waitForMessages(1);
    assert.equal(delivered!.mailFrom, 'sender@example.org');
    assert.deepEqual(delivered!.rcptTo, ['rcpt@example.test']);
    assert.match(delivered!.headerText, /^Subject: private postfix$/m);
    assert.match(delivered!.data.toString(), /hello from the test/);
    // The sink has the message as soon as it answers DATA; Postfix's smtp client logs status=sent only
    // after reading that answer, a moment later (under load the log was read first: 2 runs in 20 failed).
    let log = await pf.log();
    for (const deadline = Date.now() + 10_000; !/status=sent/.test(log) && Date.now() < deadline; log = await pf.log()) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.match(log, /status=sent/);
  } finally {
    await pf.stop();
  }
  assert.equal(existsSync(pf.dir), false);
});

test('main.cf overrides apply: a restriction set by the test rejects with 5xx', async (t) => {
  const pf = await startPostfix(t, { mainCf: { smtpd_recipient_restrictions: 'check_recipient_access inline:{ { blocked@example.test = REJECT no thanks } }, permit' } });
  if (!pf) return;
  try {
    const sent = await swaks(['--server', pf.smtpAddress, '--from', 's@example.org', '--to', 'blocked@example.test', '--quit-after', 'RCPT']);
    assert.notEqual(sent.code, 0);
    assert.match(sent.output, /<\*\* +554 5\.7\.1 .*no thanks/);
  } finally {
    await pf.stop();
  }
});
