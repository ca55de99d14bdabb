import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultConfig } from '../../config/load.js';
import { createScanner } from '../../runtime/index.js';

const scanner = await createScanner({ config: defaultConfig(), services: { now: () => new Date('2007-03-02T12:00:00Z') } });

function paypalNotice(link: string): Uint8Array {
  return new TextEncoder().encode(
    [
      'Received: from mx.example.net (mx.example.net [203.0.113.2]) by mail.example.org; Fri, 2 Mar 2007 10:00:05 +0000',
      'From: PayPal <service@paypal.com>',
      'To: customer@example.org',
      'Subject: PayPal Account Security Measures',
      'Date: Fri, 2 Mar 2007 10:00:00 +0000',
      'Message-ID: <notice.1@paypal.com>',
      'MIME-Version: 1.0',
      'Content-Type: text/html; charset=utf-8',
      '',
      '<p>Dear PayPal member,</p><p>We noticed unusual activity. Your account has been limited. To restore access, please verify your account information and confirm your identity within 48 hours or your account will be suspended.</p>',
      `<p><a href="${link}">Log in to your account</a></p>`,
      '',
    ].join('\r\n'),
  );
}

test('brand sender + credential lure + a link to a raw IP address: phishing, with the composites explaining why', async () => {
  const report = await scanner.scan({ source: 'spoof', raw: paypalNotice('http://211.233.0.19/.paypal/cgi-bin/webscr.php') });
  const ids = report.findings.map((f) => f.id);
  assert.ok(ids.includes('PHISH_BRAND_SENDER_DECEPTIVE_LINK'), ids.join(', '));
  assert.ok(ids.includes('PHISH_CREDENTIAL_LURE_DECEPTIVE_LINK'), ids.join(', '));
  assert.equal(report.verdict, 'phishing');
});

test('the same notice linking to the brand itself, DMARC-authenticated by a trusted host, raises no phishing composite', async () => {
  const trusted = await createScanner({ config: { ...defaultConfig(), trustedAuthservIds: ['mail.example.org'] }, services: { now: () => new Date('2007-03-02T12:00:00Z') } });
  const ar = 'Authentication-Results: mail.example.org; spf=pass smtp.mailfrom=paypal.com; dkim=pass header.d=paypal.com; dmarc=pass header.from=paypal.com\r\n';
  const raw = new TextEncoder().encode(ar + new TextDecoder().decode(paypalNotice('https://www.paypal.com/signin')));
  const report = await trusted.scan({ source: 'genuine', raw });
  const ids = report.findings.filter((f) => !f.replacedBy).map((f) => f.id);
  assert.ok(ids.includes('FROM_BRAND_AUTHENTICATED'), ids.join(', '));
  for (const id of ids) assert.ok(!id.startsWith('PHISH_') && id !== 'FROM_BRAND_UNAUTHENTICATED', ids.join(', '));
  assert.notEqual(report.verdict, 'phishing');
});

test("issue 17: the same notice at the brand's own domain that a trusted host does not authenticate is impersonation", async () => {
  const trusted = await createScanner({ config: { ...defaultConfig(), trustedAuthservIds: ['mail.example.org'] }, services: { now: () => new Date('2007-03-02T12:00:00Z') } });
  const ar = 'Authentication-Results: mail.example.org; spf=softfail smtp.mailfrom=paypal.com; dkim=none\r\n';
  const report = await trusted.scan({ source: 'unauthenticated', raw: new TextEncoder().encode(ar + new TextDecoder().decode(paypalNotice('https://www.paypal.com/signin'))) });
  const ids = report.findings.filter((f) => !f.replacedBy).map((f) => f.id);
  for (const id of ['FROM_BRAND_OWN_DOMAIN', 'FROM_BRAND_UNAUTHENTICATED', 'PHISH_IMPERSONATION_CREDENTIAL_LURE']) assert.ok(ids.includes(id), `${id} in ${ids.join(', ')}`);
  assert.ok(!ids.includes('FROM_BRAND_AUTHENTICATED'));
});

test("session 24: with no authentication result known, the brand's own address is impersonation when a link leads elsewhere, not when every link is the brand's", async () => {
  const elsewhere = await scanner.scan({ source: 'elsewhere', raw: paypalNotice('https://paypal-account-restore.example.com/signin') });
  const ids = elsewhere.findings.filter((f) => !f.replacedBy).map((f) => f.id);
  for (const id of ['FROM_BRAND_UNAUTHENTICATED', 'PHISH_IMPERSONATION_CREDENTIAL_LURE']) assert.ok(ids.includes(id), `${id} in ${ids.join(', ')}`);
  const own = await scanner.scan({ source: 'own', raw: paypalNotice('https://www.paypal.com/signin') });
  const ownIds = own.findings.filter((f) => !f.replacedBy).map((f) => f.id);
  assert.ok(ownIds.includes('FROM_OWN_LINKS_ONLY'), ownIds.join(', '));
  for (const id of ['FROM_BRAND_UNAUTHENTICATED', 'PHISH_IMPERSONATION_CREDENTIAL_LURE']) assert.ok(!ownIds.includes(id), `${id} in ${ownIds.join(', ')}`);
});

function htmlMail(from: string, subject: string, html: string): Uint8Array {
  return new TextEncoder().encode(
    [
      'Received: from mx.example.net (mx.example.net [203.0.113.2]) by mail.example.org; Fri, 2 Mar 2007 10:00:05 +0000',
      `From: ${from}`,
      'To: customer@example.org',
      `Subject: ${subject}`,
      'Date: Fri, 2 Mar 2007 10:00:00 +0000',
      'Message-ID: <m.1@example.net>',
      'MIME-Version: 1.0',
      'Content-Type: text/html; charset=utf-8',
      '',
      html,
      '',
    ].join('\r\n'),
  );
}

test("session 11: a brand's own mailbox with no display name, a charge to see and a raw IP link (Nazario's PayPal lure) is phishing", async () => {
  const raw = htmlMail(
    '<exchange-robot@paypal.com>',
    'Confirmation',
    '<p>Congratulations! PayPal has successfully charged $175 to your credit card. Your order tracking number is A866DEC0.</p><p>To see details please click <a href="http://169.254.236.44:1639/index.htm">this link</a>.</p>',
  );
  const report = await scanner.scan({ source: 'naz-like', raw });
  const ids = report.findings.filter((f) => !f.replacedBy).map((f) => f.id);
  for (const id of ['FROM_BRAND_OWN_DOMAIN', 'FROM_BRAND_UNAUTHENTICATED', 'PHISH_BRAND_SENDER_DECEPTIVE_LINK']) assert.ok(ids.includes(id), `${id} in ${ids.join(', ')}`);
  assert.equal(report.verdict, 'phishing');
  // The same text from a person at another domain is no brand claim.
  const person = await scanner.scan({ source: 'person', raw: htmlMail('Jo Smith <jo@example.net>', 'Confirmation', '<p>Your order is on its way; details at <a href="https://shop.example.net/o/1">our shop</a>.</p>') });
  assert.ok(!person.findings.some((f) => f.id === 'FROM_BRAND_OWN_DOMAIN'));
});

test("session 45: a person's name at a brand's domain under a subject that names the brand speaks as the brand; without the subject's claim it does not", async () => {
  const html = '<p>Sehr geehrte Kundin, sehr geehrter Kunde, bitte füllen Sie das Registrierungsformular für das neue Online-Banking aus.</p><p><a href="http://server-backup-online.example/">Formular</a></p>';
  const claimed = await scanner.scan({ source: 'postbank-subject', raw: htmlMail('jotham brendin <566gable@postbank.de>', 'INTERNET KONTO >>> Deutsche Postbank', html) });
  const ids = claimed.findings.filter((f) => !f.replacedBy).map((f) => f.id);
  for (const id of ['FROM_BRAND_OWN_DOMAIN', 'FROM_BRAND_UNAUTHENTICATED']) assert.ok(ids.includes(id), `${id} in ${ids.join(', ')}`);
  assert.ok(!ids.includes('FROM_BRAND_SUBJECT'), 'the subject names the sender domain\'s own brand: no brand elsewhere');
  // The same person's mail with a subject that names no brand (an employee's note) claims nothing.
  const note = await scanner.scan({ source: 'postbank-person', raw: htmlMail('jotham brendin <566gable@postbank.de>', 'Lunch on Friday', '<p>See you at noon.</p>') });
  assert.ok(!note.findings.some((f) => f.id === 'FROM_BRAND_OWN_DOMAIN'), note.findings.map((f) => f.id).join(', '));
});

test('session 11: a picture or styled letters with a shortened link is two evasions at once; a picture linking to its own site is not', async () => {
  const imageShort = await scanner.scan({
    source: 'image-short',
    raw: htmlMail('Yeti Tractor Supply <win@promo-mail.example>', 'Important Message for you.', '<p>Answer &amp; Win!</p><a href="https://t.co/GCBpDW0FVx"><img src="https://i.imgur.com/abc.png"></a>'),
  });
  assert.ok(imageShort.findings.some((f) => f.id === 'CONTENT_IMAGE_LURE_SHORT_LINK'), imageShort.findings.map((f) => f.id).join(', '));
  const styledShort = await scanner.scan({
    source: 'styled-short',
    raw: htmlMail('Health News <news@promo-mail.example>', '𝐋𝐎𝐎𝐊𝐈𝐍𝐆 𝐅𝐎𝐑 𝐁𝐄𝐓𝐓𝐄𝐑 𝐇𝐄𝐀𝐑𝐈𝐍𝐆?', '<p>𝐓𝐫𝐲 𝐭𝐡𝐞 𝐧𝐞𝐰 𝐡𝐞𝐚𝐫𝐢𝐧𝐠 𝐚𝐢𝐝 𝐭𝐨𝐝𝐚𝐲 𝐚𝐧𝐝 𝐬𝐚𝐯𝐞</p><p><a href="https://t.co/w1qyM50TOM">𝐎𝐫𝐝𝐞𝐫 𝐧𝐨𝐰</a></p>'),
  });
  const styledIds = styledShort.findings.map((f) => f.id);
  for (const id of ['CONTENT_STYLED_LETTERS', 'CONTENT_IMAGE_LURE_SHORT_LINK']) assert.ok(styledIds.includes(id), `${id} in ${styledIds.join(', ')}`);
  const ownSite = await scanner.scan({
    source: 'image-own',
    raw: htmlMail('Shop <news@shop.example.net>', 'Spring sale', '<p>Spring sale</p><a href="https://shop.example.net/sale"><img src="https://shop.example.net/banner.png"></a>'),
  });
  assert.ok(!ownSite.findings.some((f) => f.id === 'CONTENT_IMAGE_LURE_SHORT_LINK'));
  const imageOwnLink = await scanner.scan({
    source: 'image-no-short',
    raw: htmlMail('Yeti Tractor Supply <win@promo-mail.example>', 'Important Message for you.', '<p>Answer &amp; Win!</p><a href="https://promo-mail.example/win"><img src="https://i.imgur.com/abc.png"></a>'),
  });
  assert.ok(!imageOwnLink.findings.some((f) => f.id === 'CONTENT_IMAGE_LURE_SHORT_LINK'));
});

test('session 12: a letterhead naming an organisation no domain belongs to, with a credential lure, is phishing; without a lure, or from the agency, it is not', async () => {
  const lure = (from: string, link: string) =>
    htmlMail(
      from,
      'Refund notification',
      `<h2>Internal Revenue Service</h2><p>Dear taxpayer,</p><p>Your account has been suspended. Verify your account and confirm your password to restore access and receive your tax refund.</p><p><a href="${link}">Verify now</a></p>`,
    );
  const report = await scanner.scan({ source: 'letterhead', raw: lure('Statement-53231606 <info@mailer-example.gr>', 'https://mailer-example.gr/readme.html') });
  const ids = report.findings.filter((f) => !f.replacedBy).map((f) => f.id);
  for (const id of ['FROM_ORGANISATION_LETTERHEAD', 'PHISH_LETTERHEAD_LURE']) assert.ok(ids.includes(id), `${id} in ${ids.join(', ')}`);
  // The agency writing from its own government suffix, or linking to its own domain, makes no letterhead claim.
  const own: [from: string, link: string][] = [['Notices <notice@irs.gov>', 'https://www.irs.gov/refunds'], ['Statement-53231606 <info@mailer-example.gr>', 'https://www.irs.gov/refunds']];
  for (const [from, link] of own) {
    const ownReport = await scanner.scan({ source: 'own', raw: lure(from, link) });
    assert.ok(!ownReport.findings.some((f) => f.id === 'FROM_ORGANISATION_LETTERHEAD'), `${from} ${link}`);
  }
  // A newsletter's heading naming the agency, with no lure: the claim stays a fact, no composite.
  const news = await scanner.scan({
    source: 'news',
    raw: htmlMail('Tax Weekly <news@taxweekly.example>', 'This week', '<h2>Internal Revenue Service</h2><p>New guidance on 2025 returns was published on Monday.</p><p><a href="https://taxweekly.example/a/1">Read the article</a></p>'),
  });
  assert.ok(!news.findings.some((f) => f.id === 'PHISH_LETTERHEAD_LURE'));
});

test('session 35: a wallet maker\'s sign-off from someone else\'s domain, over wallet words, is the letterhead lure; a crypto newsletter is not', async () => {
  const body = (signOff: string) =>
    `<p>At our company, our mission is to protect your digital assets with uncompromising self-custody.</p><p>This firmware upgrade is now required to keep using the app. Please see the attached guide.</p><p>${signOff}</p>`;
  const lure = await scanner.scan({ source: 'wallet', raw: htmlMail('solutions <whittaker658@mailer-example.ch>', 'Ten years of security', body('The Ledger Team') ) });
  const ids = lure.findings.filter((f) => !f.replacedBy).map((f) => f.id);
  for (const id of ['FROM_ORGANISATION_LETTERHEAD', 'CONTENT_CATEGORY_CRYPTO_SCAM', 'PHISH_LETTERHEAD_LURE']) assert.ok(ids.includes(id), `${id} in ${ids.join(', ')}`);
  // The same words signed by the newsletter itself claim no organisation: no letterhead, no lure.
  const news = await scanner.scan({ source: 'wallet-news', raw: htmlMail('Chain Weekly <news@chainweekly.example>', 'This week', body('The Chain Weekly team')) });
  assert.ok(!news.findings.some((f) => f.id === 'PHISH_LETTERHEAD_LURE'));
});

test('session 12: a document that "can only be opened on a Windows computer" is a remote-access malware lure, wherever its link leads', async () => {
  const raw = htmlMail(
    'Statement-53231606 <info@mailer-example.gr>',
    'Your statement is set for viewing',
    '<p>Internal Revenue Service</p><p>Your Statement is Ready</p><p><a href="https://mailer-example.gr/readme.html">Download Your Statement</a></p><p>Note: For security reasons, this statement must be opened on a Windows laptop or desktop computer.</p>',
  );
  const report = await scanner.scan({ source: 'desktop-only', raw });
  assert.ok(report.findings.some((f) => f.id === 'URL_DOCUMENT_DESKTOP_ONLY'), report.findings.map((f) => f.id).join(', '));
  assert.equal(report.verdict, 'malware');
  // The sentence alone, without a link, is no download; a "best viewed in a browser" footer is no gate.
  const noLink = await scanner.scan({ source: 'no-link', raw: htmlMail('Jo <jo@example.net>', 'notes', '<p>The file must be opened on a Windows PC, sorry.</p>') });
  assert.ok(!noLink.findings.some((f) => f.id === 'URL_DOCUMENT_DESKTOP_ONLY'));
});

test('issue 17: a request to open the linked document on a Windows computer is the same gate; an IT notice to install on a Windows PC is not', async () => {
  // [source, from, subject, html, gated]: a gated message is malware, the others are not.
  const rows: [string, string, string, string, boolean][] = [
    ['desktop-request', 'Receita Federal <aviso@mailer-example.gr>', 'Documento fiscal disponível',
      '<p>Seu documento fiscal está disponível.</p><p><a href="https://mailer-example.gr/doc">Baixar documento</a></p><p>Por favor, abra o arquivo em um computador com Windows.</p>', true],
    ['it-notice', 'IT Service Desk <it@example.org>', 'VPN client update',
      '<p>The new VPN client is available. Please install it on your Windows PC: open the installer file on a Windows computer and follow the steps.</p><p><a href="https://vendor.example.com/downloads/vpn">Vendor download page</a></p>', false],
    ['newsletter', 'Cloud Weekly <news@cloudweekly.example>', 'This week',
      '<p>Open source document tools for Windows PCs, and we are open for business all summer.</p><p>Access your files on your Windows PC, Mac or phone.</p><p><a href="https://cloudweekly.example/a/7">Read more</a></p>', false],
  ];
  for (const [source, from, subject, html, gated] of rows) {
    const report = await scanner.scan({ source, raw: htmlMail(from, subject, html) });
    const ids = report.findings.map((f) => f.id);
    assert.equal(ids.includes('URL_DOCUMENT_DESKTOP_ONLY'), gated, `${source}: ${ids.join(', ')}`);
    if (gated) assert.equal(report.verdict, 'malware', source);
    else assert.notEqual(report.verdict, 'malware', source);
  }
});
