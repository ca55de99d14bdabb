import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolveConfig } from '../config/load.js';
import { buildOutlookMsg } from '../files/test-support/msg-builder.js';
import { createScanner } from '../runtime/index.js';
import { ATTACHED_LEVELS_MAX, ATTACHED_READ_MAX } from './engine.js';

/**
 * Issue 17 item 8 (session 66): a lure forwarded whole as an attachment of a bland outer letter — message/rfc822, an .eml file
 * as application/octet-stream, an Outlook .msg — is read as the letter it is, and its verdict is carried into the outer one
 * with its findings as evidence (MIME_ATTACHED_MESSAGE_*). Letters here are our own.
 */
const scanner = await createScanner({ config: resolveConfig({}) });
const CRLF = '\r\n';

function letter(from: string, subject: string, html: string, extra: string[] = []): string {
  return [`From: ${from}`, 'To: victim@example.net', `Subject: ${subject}`, 'Date: Mon, 23 Nov 2026 08:12:00 +0000', `Message-ID: <${subject.length}.lure@example.org>`, ...extra, 'MIME-Version: 1.0', 'Content-Type: text/html; charset=utf-8', 'Content-Transfer-Encoding: 8bit', '', html, ''].join(CRLF);
}

const LURES = {
  en: letter('"PayPal Service" <service@paypal-notice-center.top>', 'Your account has been limited', '<p>Dear customer,</p><p>We noticed unusual sign-in activity and your PayPal account has been limited. Please confirm your account information within 24 hours, or your account will be suspended.</p><p><a href="http://203.0.113.45/paypal/signin/index.php">https://www.paypal.com/signin</a></p><p>PayPal Security Team</p>'),
  de: letter('"Sparkasse Kundenservice" <info@sparkasse-sicherheit.top>', 'Ihr Konto wurde vorübergehend gesperrt', '<p>Sehr geehrter Kunde,</p><p>wir haben ungewöhnliche Anmeldeversuche festgestellt. Ihr Online-Banking-Zugang wurde vorübergehend gesperrt. Bitte bestätigen Sie Ihre Kontodaten innerhalb von 24 Stunden, sonst wird Ihr Konto dauerhaft gesperrt.</p><p><a href="http://198.51.100.7/sparkasse/login.php">https://www.sparkasse.de/login</a></p><p>Ihre Sparkasse</p>'),
  ja: letter('"三井住友カード" <info@smbc-card-security.top>', '【重要】カードのご利用を一時停止しました', '<p>お客様各位</p><p>不正利用の可能性があるため、お客様のカードのご利用を一時的に制限しました。24時間以内に本人確認を行ってください。確認が取れない場合、カードは停止されます。</p><p><a href="http://192.0.2.9/smbc/login.php">https://www.smbc-card.com/mem/index.jsp</a></p><p>三井住友カード株式会社</p>'),
};

/** Everyday letters a colleague forwards as an attachment. */
const GENUINE = {
  en: letter('Priya Natarajan <priya@harbourline-consulting.com>', 'Notes from Thursday\'s planning meeting', '<p>Hi all,</p><p>Thanks for joining on Thursday. We agreed to move the warehouse audit to the second week of March and to share the draft budget by Friday. Marco will book the room for the follow-up.</p><p>Best, Priya</p>'),
  de: letter('Buchhandlung Weber <bestellung@buch-weber.de>', 'Ihre Bestellung 10422', '<p>Guten Tag Frau Schmidt,</p><p>vielen Dank für Ihre Bestellung 10422 vom 10. März: 1 × „Die Vermessung der Welt“, 14,00 EUR. Die Lieferung erfolgt in zwei bis drei Werktagen.</p><p>Mit freundlichen Grüßen<br>Ihre Buchhandlung Weber</p>'),
  ja: letter('田中 一郎 <tanaka@kaisha-example.co.jp>', '来週の打ち合わせについて', '<p>皆様</p><p>お疲れ様です。来週火曜日の打ち合わせは、会議室Bにて14時から行います。資料は前日までに共有フォルダに置きますので、ご確認ください。</p><p>田中</p>'),
};

const b64 = (b: Buffer | string): string => (Buffer.from(b).toString('base64').match(/.{1,76}/g) ?? []).join(CRLF);

/** A bland outer letter from a colleague carrying `parts` (header lines and body each) after its note. */
function outer(subject: string, parts: { headers: string[]; body: string }[], boundary = 'wrap0'): string {
  const head = ['From: Jordan Ellis <jordan.ellis@brightwater-logistics.com>', 'To: sam.porter@brightwater-logistics.com', `Subject: ${subject}`, 'Date: Tue, 24 Nov 2026 09:41:00 +0000', `Message-ID: <${boundary}.fw@brightwater-logistics.com>`, 'MIME-Version: 1.0', `Content-Type: multipart/mixed; boundary="${boundary}"`, '', `--${boundary}`, 'Content-Type: text/plain; charset=us-ascii', '', 'See the message attached.', ''].join(CRLF);
  return `${head}${parts.map((p) => `--${boundary}${CRLF}${p.headers.join(CRLF)}${CRLF}${CRLF}${p.body}${CRLF}`).join('')}--${boundary}--${CRLF}`;
}
const asRfc822 = (inner: string) => ({ headers: ['Content-Type: message/rfc822', 'Content-Disposition: attachment; filename="forwarded.eml"'], body: inner });
const asEml = (inner: string) => ({ headers: ['Content-Type: application/octet-stream; name="message.eml"', 'Content-Transfer-Encoding: base64', 'Content-Disposition: attachment; filename="message.eml"'], body: b64(Buffer.from(inner, 'utf8')) });

async function scan(raw: string | Buffer, source: string) {
  const report = await scanner.scan({ raw: Buffer.isBuffer(raw) ? raw : Buffer.from(raw, 'utf8'), source });
  return { ...report, ids: report.findings.map((f) => f.id) };
}

test('a phishing letter attached whole (message/rfc822, .eml) under a bland note is phishing, and says the evidence is in the attached part (en, de, ja)', async () => {
  for (const [lang, lure] of Object.entries(LURES)) {
    const alone = await scan(lure, `${lang} alone`);
    assert.equal(alone.verdict, 'phishing', `${lang}: the lure alone`);
    for (const [carrier, part, subject] of [['message/rfc822', asRfc822(lure), 'Fwd: see below'], ['eml-file', asEml(lure), 'FYI']] as const) {
      const wrapped = await scan(outer(subject, [part]), `${lang} ${carrier}`);
      assert.equal(wrapped.verdict, 'phishing', `${lang} ${carrier}: ${wrapped.ids.join(' ')}`);
      const finding = wrapped.findings.find((f) => f.id === 'MIME_ATTACHED_MESSAGE_PHISHING');
      assert.ok(finding, `${lang} ${carrier}: ${wrapped.ids.join(' ')}`);
      assert.match(finding.evidence, new RegExp(`^part 2 \\(${carrier}\\) from .*: phishing `), finding.evidence);
      assert.ok(finding.evidence.includes(/^Subject: (.*)$/m.exec(lure)![1]!), finding.evidence);
      const data = finding.data![0] as { findings: { id: string }[]; verdict: string };
      assert.equal(data.verdict, 'phishing');
      assert.ok(data.findings.some((f) => f.id === 'URL_TEXT_DOMAIN_MISMATCH'), `${lang}: the attached letter's own findings are reported`);
    }
  }
});

test('an Outlook .msg attached as a file is read as its letter', async () => {
  const msg = buildOutlookMsg({ subject: 'Your account has been limited', senderName: 'PayPal Service', senderSmtp: 'service@paypal-notice-center.top', html: /<p>[\s\S]*$/.exec(LURES.en)![0] });
  const raw = outer('FYI', [{ headers: ['Content-Type: application/vnd.ms-outlook; name="limited.msg"', 'Content-Transfer-Encoding: base64', 'Content-Disposition: attachment; filename="limited.msg"'], body: b64(msg) }]);
  const wrapped = await scan(raw, 'msg');
  const finding = wrapped.findings.find((f) => f.id === 'MIME_ATTACHED_MESSAGE_PHISHING');
  assert.ok(finding, wrapped.ids.join(' '));
  assert.match(finding.evidence, /^part 2 \(outlook-msg\)/);
  assert.equal(wrapped.verdict, 'phishing');
});

test('nested twice: a forward of a forward of the lure is phishing, its evidence naming the innermost part', async () => {
  const once = outer('Fwd: Your account has been limited', [asRfc822(LURES.en)], 'wrap1');
  const twice = outer('Fwd: Fwd: Your account has been limited', [asRfc822(once)], 'wrap2');
  const report = await scan(twice, 'twice');
  assert.equal(report.verdict, 'phishing', report.ids.join(' '));
  const finding = report.findings.find((f) => f.id === 'MIME_ATTACHED_MESSAGE_PHISHING')!;
  assert.match(finding.evidence, /^part 2 \(message\/rfc822\) .*\[part 2 \(message\/rfc822\) from "PayPal Service"/, finding.evidence);
  assert.ok(!report.ids.includes('MIME_ATTACHED_MESSAGE_LIMIT'));
});

test('limits: past the levels or the count of letters read, the rest is a finding (MIME_ATTACHED_MESSAGE_LIMIT)', async () => {
  // ATTACHED_LEVELS_MAX + 1 levels of forwards: the innermost is not read as a letter of its own.
  let deep = LURES.en;
  for (let i = 0; i <= ATTACHED_LEVELS_MAX; i++) deep = outer('Fwd:', [asRfc822(deep)], `deep${i}`);
  const tooDeep = await scan(deep, 'too deep');
  assert.ok(tooDeep.ids.includes('MIME_ATTACHED_MESSAGE_LIMIT'), tooDeep.ids.join(' '));
  assert.match(tooDeep.findings.find((f) => f.id === 'MIME_ATTACHED_MESSAGE_LIMIT')!.evidence, /nested deeper than 3 levels/);
  // ATTACHED_READ_MAX everyday letters, then the lure: the lure is past the count.
  const many = outer('FYI', [...Array.from({ length: ATTACHED_READ_MAX }, () => asRfc822(GENUINE.en)), asRfc822(LURES.en)]);
  const tooMany = await scan(many, 'too many');
  const limit = tooMany.findings.find((f) => f.id === 'MIME_ATTACHED_MESSAGE_LIMIT');
  assert.ok(limit, tooMany.ids.join(' '));
  assert.match(limit.evidence, new RegExp(`^1 attached message past the first ${ATTACHED_READ_MAX} .*part ${ATTACHED_READ_MAX + 2}\\)`), limit.evidence);
  // One fewer: every letter is read, the lure among them.
  const fewer = await scan(outer('FYI', [...Array.from({ length: ATTACHED_READ_MAX - 1 }, () => asRfc822(GENUINE.en)), asRfc822(LURES.en)]), 'fewer');
  assert.ok(fewer.ids.includes('MIME_ATTACHED_MESSAGE_PHISHING') && !fewer.ids.includes('MIME_ATTACHED_MESSAGE_LIMIT'), fewer.ids.join(' '));
});

test('the attached letter\'s own Authentication-Results are not trusted, even from a trusted authserv-id', async () => {
  const trusting = await createScanner({ config: resolveConfig({ trustedAuthservIds: ['mx.brightwater-logistics.com'] }) });
  const forged = letter('"PayPal" <service@paypal.com>', 'Your account has been limited', /<p>[\s\S]*$/.exec(LURES.en)![0], ['Authentication-Results: mx.brightwater-logistics.com; spf=pass smtp.mailfrom=paypal.com; dkim=pass header.d=paypal.com; dmarc=pass header.from=paypal.com']);
  const alone = await trusting.scan({ raw: Buffer.from(forged), source: 'alone' });
  assert.ok(alone.findings.some((f) => f.id.startsWith('AUTH_DMARC_PASS')), 'the premise: received directly, the header is trusted');
  const report = await trusting.scan({ raw: Buffer.from(outer('FYI', [asEml(forged)])), source: 'wrapped' });
  const finding = report.findings.find((f) => f.id === 'MIME_ATTACHED_MESSAGE_PHISHING');
  assert.ok(finding, report.findings.map((f) => f.id).join(' '));
  const data = finding.data![0] as { findings: { id: string }[] };
  assert.ok(!data.findings.some((f) => f.id.startsWith('AUTH_')), data.findings.map((f) => f.id).join(' '));
});

test('everyday letters forwarded as attachments stay clean and carry no MIME_ATTACHED_MESSAGE_* (must-not, en de ja)', async () => {
  for (const [lang, genuine] of Object.entries(GENUINE)) {
    for (const part of [asRfc822(genuine), asEml(genuine)]) {
      const report = await scan(outer(`Fwd: ${/^Subject: (.*)$/m.exec(genuine)![1]}`, [part]), lang);
      assert.equal(report.verdict, 'clean', `${lang}: ${report.score} ${report.ids.join(' ')}`);
      assert.ok(!report.ids.some((id) => id.startsWith('MIME_ATTACHED_MESSAGE_')), `${lang}: ${report.ids.join(' ')}`);
    }
  }
});

test('the attached letter is read without its own authentication check (not verified here either)', async () => {
  // Stand-in families: `sender.auth` says DMARC passes for whatever it reads; `test.lure` calls a letter about a limited
  // account phishing. Read as the attached letter, the auth check must not run: its Received hops are the sender's to write.
  const authRan: string[] = [];
  const families = [
    {
      name: 'test',
      create: () => [
        { name: 'sender.auth', description: '', emits: ['AUTH_DMARC_PASS' as const], run: (m: { subject: string }) => (authRan.push(m.subject), { findings: [{ id: 'AUTH_DMARC_PASS' as const, evidence: 'dmarc=pass' }] }) },
        { name: 'test.lure', description: '', emits: ['PHISH_NOTICE_LURE' as const], run: (m: { subject: string }) => ({ findings: /limited/.test(m.subject) ? [{ id: 'PHISH_NOTICE_LURE' as const, evidence: 'lure' }, { id: 'URL_TEXT_DOMAIN_MISMATCH' as const, evidence: 'x' }] : [] }) },
      ],
    },
  ];
  const stand = await createScanner({ config: resolveConfig({}), families });
  const report = await stand.scan({ raw: Buffer.from(outer('FYI', [asEml(LURES.en)])), source: 'stand-in' });
  assert.deepEqual(authRan, ['FYI'], 'the auth check ran on the outer letter only');
  const finding = report.findings.find((f) => f.id === 'MIME_ATTACHED_MESSAGE_PHISHING');
  assert.ok(finding, report.findings.map((f) => f.id).join(' '));
  assert.ok(!(finding.data![0] as { findings: { id: string }[] }).findings.some((f) => f.id.startsWith('AUTH_')));
});

/** A list's digest: its posts as message/rfc822 parts of a multipart/digest (RFC 2046 §5.1.5: the parts' default type). */
function digest(posts: string[]): string {
  const head = ['From: weekend-riders-request@lists.riverside-cycling.org', 'To: sam.porter@brightwater-logistics.com', 'Subject: Weekend-riders Digest, Vol 12, Issue 7', 'Date: Tue, 24 Nov 2026 09:41:00 +0000', 'Message-ID: <digest.12.7@lists.riverside-cycling.org>', 'List-Id: <weekend-riders.lists.riverside-cycling.org>', 'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="outer0"', '', '--outer0', 'Content-Type: text/plain; charset=us-ascii', '', 'Today\'s topics: see the posts below.', '', '--outer0', 'Content-Type: multipart/digest; boundary="dig0"', ''].join(CRLF);
  return `${head}${CRLF}${posts.map((p) => `--dig0${CRLF}${CRLF}${p}${CRLF}`).join('')}--dig0--${CRLF}--outer0--${CRLF}`;
}

const SPAM = letter('"Pharmacy Direct" <deals@rx-discount-store.top>', 'Cheap meds, no prescription needed!!!', '<p>BUY VIAGRA, CIALIS and more at 80% OFF!!! No prescription needed, discreet shipping worldwide.</p><p>Lose weight fast, guaranteed results or your money back. Limited time offer, act now!</p><p><a href="http://rx-discount-store.top/buy">ORDER NOW</a></p><p>To unsubscribe from our mailing list click <a href="http://rx-discount-store.top/remove">here</a>.</p>');

test('spam attached whole is carried as spam; one post of a list digest carries its danger (phishing) but not its spam', async () => {
  const alone = await scan(SPAM, 'spam alone');
  assert.equal(alone.verdict, 'spam', alone.ids.join(' '));
  const forwarded = await scan(outer('FYI', [asRfc822(SPAM)]), 'spam forwarded');
  assert.ok(forwarded.ids.includes('MIME_ATTACHED_MESSAGE_SPAM'), forwarded.ids.join(' '));
  const spamPost = await scan(digest([GENUINE.en, SPAM]), 'digest with a spam post');
  assert.ok(!spamPost.ids.some((id) => id.startsWith('MIME_ATTACHED_MESSAGE_')), spamPost.ids.join(' '));
  const lurePost = await scan(digest([GENUINE.en, LURES.en]), 'digest with a lure');
  assert.ok(lurePost.ids.includes('MIME_ATTACHED_MESSAGE_PHISHING'), lurePost.ids.join(' '));
  assert.equal(lurePost.verdict, 'phishing');
});

/** Genuine letters from brands (their own domains), which a colleague forwards: the brand is the letter's sender, not the colleague. */
const BRAND_LETTERS = {
  en: letter('easyJet <confirmation@easyjet.com>', 'Your easyJet booking confirmation EJY7QK2', '<p>Hi Sam,</p><p>Thanks for booking with us. Your flight EZY8123 from London Gatwick to Lisbon departs on 14 March at 07:25. Seats 14A and 14B.</p><p>Have a great trip,</p><p>The easyJet team</p>'),
  de: letter('Deutsche Bahn <buchungsbestaetigung@bahn.de>', 'Ihre Fahrkarte der Deutschen Bahn', '<p>Guten Tag Frau Schmidt,</p><p>vielen Dank für Ihre Buchung. ICE 579 von Hamburg Hbf nach München Hbf am 14. März, Abfahrt 08:01, Wagen 7, Platz 45.</p><p>Gute Fahrt wünscht Ihnen</p><p>Ihre Deutsche Bahn</p>'),
  fr: letter('Booking.com <noreply@booking.com>', 'Votre réservation à Lisbonne est confirmée', '<p>Bonjour Sam,</p><p>Votre réservation à l\'Hotel Almada, Lisbonne, du 14 au 17 mars est confirmée. Numéro de réservation : 4711 2233.</p><p>À bientôt,</p><p>L\'équipe Booking.com</p>'),
  ja: letter('Apple <no_reply@email.apple.com>', 'Appleからの領収書です', '<p>いつもご利用いただきありがとうございます。</p><p>iCloud+ 50GB のご利用料金 130円 をお支払いいただきました。注文番号: MK7QZ2X4。</p><p>Apple</p>'),
};

test('a forwarded letter\'s claims are its own: the forwarding note is read for the sender\'s, the letter for itself (en, de, fr, ja)', async () => {
  const prefixes = { en: 'Fwd: ', de: 'WG: ', fr: 'TR: ', ja: '転送: ' };
  for (const [lang, genuine] of Object.entries(BRAND_LETTERS)) {
    const subject = /^Subject: (.*)$/m.exec(genuine)![1]!;
    const alone = await scan(genuine, `${lang} alone`);
    // As message/rfc822 the outer text shows the letter's text too; as an .eml file only the subject copies it.
    for (const [carrier, part] of [['message/rfc822', asRfc822(genuine)], ['eml-file', asEml(genuine)]] as const) {
      const wrapped = await scan(outer(`${prefixes[lang as keyof typeof prefixes]}${subject}`, [part], `own-${lang}`), `${lang} ${carrier}`);
      // The letter's brand (in its subject and its signature) is not the colleague's claim.
      for (const id of ['FROM_BRAND_SUBJECT', 'FROM_ORGANISATION_UNRELATED', 'PHISH_IMPERSONATION_TENANT_HOST']) assert.ok(!wrapped.ids.includes(id), `${lang} ${carrier}: ${wrapped.ids.join(' ')}`);
      // Nothing the forward adds: the verdict is the letter's own (the attached letter's class is carried, whatever it is).
      // Not asserted of the .eml: the classifier's vote on a one-line note is its own matter (notes, evade68).
      if (carrier === 'message/rfc822') assert.equal(wrapped.verdict, alone.verdict, `${lang} ${carrier}: ${wrapped.ids.join(' ')}`);
    }
  }
  // The note's own words still speak for its sender: a subject that does not copy the attached letter's is read whole.
  const claims = await scan(outer('Your easyJet booking has been cancelled', [asRfc822(BRAND_LETTERS.en)], 'own-claim'), 'note claims');
  assert.ok(claims.ids.includes('FROM_BRAND_SUBJECT'), claims.ids.join(' '));
});

test('a lure forwarded under "Fwd: <its subject>" keeps its verdict: the attached letter\'s own reading carries it (en, de, ja)', async () => {
  for (const [lang, lure] of Object.entries(LURES)) {
    const subject = /^Subject: (.*)$/m.exec(lure)![1]!;
    for (const [carrier, part] of [['message/rfc822', asRfc822(lure)], ['eml-file', asEml(lure)]] as const) {
      const wrapped = await scan(outer(`Fwd: ${subject}`, [part], `fwd-${lang}`), `${lang} ${carrier}`);
      assert.equal(wrapped.verdict, 'phishing', `${lang} ${carrier}: ${wrapped.ids.join(' ')}`);
      assert.ok(wrapped.ids.includes('MIME_ATTACHED_MESSAGE_PHISHING'), `${lang} ${carrier}: ${wrapped.ids.join(' ')}`);
    }
  }
});
