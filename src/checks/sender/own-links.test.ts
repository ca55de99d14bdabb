import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultConfig } from '../../config/load.js';
import { COMPOSITES } from '../../rules/composites.js';
import { createScanner } from '../../runtime/index.js';
import type { ScanReport } from '../../scan/report.js';
import { evaluate, parseExpression } from '../../score/expression.js';

/**
 * Session 24: genuine service mail against the phish that imitates it. A share notification or a person's share link
 * whose links stay on the share service it names; a brand's own notice (sign-in alert, reset) that sends the reader only
 * to the brand's pages, scanned with no authentication result known. Every row is written for this test (none is a
 * probe message of bench/modern-ham/); the must rows are the forgeries each relief must not reach.
 */
const NOW = new Date('2025-05-12T09:00:00Z');
const scanner = await createScanner({ config: defaultConfig(), services: { now: () => NOW } });
const trusted = await createScanner({ config: { ...defaultConfig(), trustedAuthservIds: ['mx.recipient.example'] }, services: { now: () => NOW } });
const active = (r: ScanReport) => r.findings.filter((f) => !f.replacedBy).map((f) => f.id);

interface Mail {
  from: string;
  subject: string;
  html: string;
  replyTo?: string;
  auth?: string;
  attachment?: { name: string; type: string; body: string };
}

function build(m: Mail): Uint8Array {
  const head = [
    ...(m.auth ? [`Authentication-Results: mx.recipient.example; ${m.auth}`] : []),
    'Received: from out.sender.example (out.sender.example [198.51.100.7]) by mx.recipient.example; Mon, 12 May 2025 08:10:02 +0000',
    `From: ${m.from}`,
    ...(m.replyTo ? [`Reply-To: ${m.replyTo}`] : []),
    'To: Robin Hale <robin.hale@recipient.example>',
    `Subject: ${m.subject}`,
    'Date: Mon, 12 May 2025 08:10:00 +0000',
    'Message-ID: <a81f3c2e.5521@sender.example>',
    'MIME-Version: 1.0',
  ];
  if (!m.attachment) return new TextEncoder().encode([...head, 'Content-Type: text/html; charset=utf-8', '', m.html, ''].join('\r\n'));
  const b = 'b0undary-7731';
  return new TextEncoder().encode(
    [
      ...head, `Content-Type: multipart/mixed; boundary="${b}"`, '', `--${b}`, 'Content-Type: text/html; charset=utf-8', '', m.html, `--${b}`,
      `Content-Type: ${m.attachment.type}; name="${m.attachment.name}"`, `Content-Disposition: attachment; filename="${m.attachment.name}"`, '',
      m.attachment.body, `--${b}--`, '',
    ].join('\r\n'),
  );
}

const SIGNIN_ALERT = (link: string) =>
  `<p>Hi Robin,</p><p>We noticed a new sign-in to your account on a Windows device in Leeds, United Kingdom.</p><p>If this was you, you don't need to do anything. If not, we'll help you secure your account: review your recent activity.</p><p><a href="${link}">Check activity</a></p><p>You received this email to let you know about important changes to your account.</p>`;

const rows: { name: string; mail: Mail; expected: string[]; forbidden: string[]; auth?: boolean }[] = [
  // must not: genuine service mail and people sharing files
  {
    name: 'a sign-in alert from the brand, linking only its own account pages (no result known)',
    mail: { from: 'Microsoft account team <account-security-noreply@accountprotection.microsoft.com>', subject: 'New sign-in to your Microsoft account', html: SIGNIN_ALERT('https://account.live.com/activity') },
    expected: ['FROM_BRAND_OWN_DOMAIN', 'FROM_OWN_LINKS_ONLY'],
    forbidden: ['FROM_BRAND_UNAUTHENTICATED', 'PHISH_IMPERSONATION_CREDENTIAL_LURE'],
  },
  {
    name: "a share notification from the service itself, its link on the service's share page",
    mail: {
      from: 'Dropbox <no-reply@dropbox.com>',
      subject: 'Priya Natarajan shared "Allotment plans 2025" with you',
      html: '<p>Priya Natarajan (priya.n@example.net) invited you to view the folder "Allotment plans 2025" on Dropbox.</p><p><a href="https://www.dropbox.com/scl/fo/q7w2e9r4t1y8u3i6o0p5a/AJx8Kd2mPq4Rz7Vn1Ls9TbW?rlkey=h3k8m2p9x4c7v1b6n5z0q&amp;dl=0">Go to folder</a></p><p>Enjoy!<br>The Dropbox team</p>',
    },
    expected: ['FROM_OWN_LINKS_ONLY'],
    forbidden: ['FROM_BRAND_UNAUTHENTICATED', 'PHISH_IMPERSONATION_TENANT_HOST'],
  },
  {
    name: 'a person at free-mail sharing a OneDrive folder, the service named in the signature',
    mail: {
      from: 'Gwen Parry <gwen.parry@outlook.com>',
      subject: 'choir music for June',
      html: '<p>Hi all, the scores for the June concert are in the folder below, please print your own part before Thursday.</p><p><a href="https://1drv.ms/f/s!AqT4bX9mK2pLgQz7wR3vN8cY1eHd">https://1drv.ms/f/s!AqT4bX9mK2pLgQz7wR3vN8cY1eHd</a></p><p>Gwen<br>Shared from Microsoft OneDrive</p>',
    },
    expected: [],
    forbidden: ['FROM_BRAND_SUBJECT', 'PHISH_IMPERSONATION_TENANT_HOST'],
  },
  {
    name: 'a colleague linking a document in the company SharePoint and her own web site',
    mail: {
      from: 'Ines Kowalczyk <ines.kowalczyk@brightwell-surveys.co.uk>',
      subject: 'Re: site survey draft',
      html: '<p>Morning Tom, I put the draft report on SharePoint, comments welcome by Friday:</p><p><a href="https://brightwellsurveys.sharepoint.com/:w:/s/Projects/EVb7Kq2mZ9xR4tN1pL8cW3sBf6Hj0aYd?e=Qw7rT2">Survey draft v3.docx</a></p><p>Ines Kowalczyk<br>Brightwell Surveys<br><a href="https://www.brightwell-surveys.co.uk/">brightwell-surveys.co.uk</a></p>',
    },
    expected: [],
    forbidden: ['FROM_BRAND_SUBJECT', 'PHISH_IMPERSONATION_TENANT_HOST'],
  },
  {
    name: 'a friend sending a WeTransfer short link, the service named in the subject',
    mail: {
      from: 'Marco Bellini <marco.bellini77@gmail.com>',
      subject: 'Photos from Saturday (WeTransfer)',
      html: '<p>Ciao! Here are the photos from the picnic, the link is valid for a week:</p><p><a href="https://we.tl/t-R8kP3vX2mQ">https://we.tl/t-R8kP3vX2mQ</a></p><p>Marco</p>',
    },
    expected: [],
    forbidden: ['FROM_BRAND_SUBJECT', 'PHISH_IMPERSONATION_TENANT_HOST'],
  },
  {
    name: "a brand's own booking mail linking another of the brand's domains",
    mail: {
      from: 'Amazon.co.uk <shipment-tracking@amazon.co.uk>',
      subject: 'Your Amazon.co.uk order has been dispatched',
      html: '<p>Hello Robin, your package with "Garden kneeler" has been dispatched and arrives Wednesday.</p><p><a href="https://www.amazon.co.uk/gp/your-account/order-details?orderID=204-1187723-5521903">Track package</a> · <a href="https://www.amazon.com/gp/help/customer/display.html">Help</a></p>',
    },
    expected: ['FROM_OWN_LINKS_ONLY'],
    forbidden: ['FROM_BRAND_UNAUTHENTICATED'],
  },
  // must: the forgeries
  {
    name: 'the brand in From, the link on another host',
    mail: { from: 'Microsoft account team <account-security-noreply@accountprotection.microsoft.com>', subject: 'New sign-in to your Microsoft account', html: SIGNIN_ALERT('https://account-live-review.example.com/activity') },
    expected: ['FROM_BRAND_UNAUTHENTICATED'],
    forbidden: ['FROM_OWN_LINKS_ONLY'],
  },
  {
    name: "the brand in From, the link on the brand's cloud storage where anyone hosts a page",
    mail: { from: 'Microsoft account team <account-security-noreply@accountprotection.microsoft.com>', subject: 'New sign-in to your Microsoft account', html: SIGNIN_ALERT('https://msreview7731.z13.web.core.windows.net/activity.html') },
    expected: ['FROM_BRAND_UNAUTHENTICATED'],
    forbidden: ['FROM_OWN_LINKS_ONLY'],
  },
  {
    name: "the brand in From, the link to a form on the brand's form builder",
    mail: { from: 'Google <no-reply@accounts.google.com>', subject: 'Security alert', html: SIGNIN_ALERT('https://docs.google.com/forms/d/e/1FAIpQLSd8xK2mR7vP/viewform') },
    expected: ['FROM_BRAND_UNAUTHENTICATED'],
    forbidden: ['FROM_OWN_LINKS_ONLY'],
  },
  {
    name: "the brand's own links, but the address to write out by hand is elsewhere",
    mail: { from: 'PayPal <service@paypal.com>', subject: 'Your account access is limited', html: `${SIGNIN_ALERT('https://www.paypal.com/signin')}<p>Or go to www.paypal-resolution-centre.example.net/case</p>` },
    expected: ['FROM_BRAND_UNAUTHENTICATED'],
    forbidden: ['FROM_OWN_LINKS_ONLY'],
  },
  {
    name: "the brand's own host, redirecting to another",
    mail: { from: 'PayPal <service@paypal.com>', subject: 'Your account access is limited', html: SIGNIN_ALERT('https://www.paypal.com/cgi-bin/webscr?cmd=_redirect&amp;url=https%3A%2F%2Fpp-restore.example.net%2Fsignin') },
    expected: ['FROM_BRAND_UNAUTHENTICATED'],
    forbidden: ['FROM_OWN_LINKS_ONLY'],
  },
  {
    name: "the brand's own links, replies to free-mail",
    mail: { from: 'PayPal <service@paypal.com>', replyTo: 'paypal.resolution@gmail.com', subject: 'Your account access is limited', html: SIGNIN_ALERT('https://www.paypal.com/signin') },
    expected: ['FROM_BRAND_UNAUTHENTICATED'],
    forbidden: ['FROM_OWN_LINKS_ONLY'],
  },
  {
    name: "the brand's own links, the form attached",
    mail: {
      from: 'PayPal <service@paypal.com>', subject: 'Your account access is limited', html: SIGNIN_ALERT('https://www.paypal.com/signin'),
      attachment: { name: 'Restore_Access.html', type: 'text/html', body: '<form action="https://collect.example.net/p.php" method="post"><input type="password" name="pw"></form>' },
    },
    expected: ['FROM_BRAND_UNAUTHENTICATED'],
    forbidden: ['FROM_OWN_LINKS_ONLY'],
  },
  {
    name: "the brand's own links, but a trusted host says DMARC failed: a forgery",
    mail: { from: 'PayPal <service@paypal.com>', subject: 'Your account access is limited', html: SIGNIN_ALERT('https://www.paypal.com/signin'), auth: 'spf=fail smtp.mailfrom=paypal.com; dkim=none; dmarc=fail (p=REJECT) header.from=paypal.com' },
    expected: ['FROM_BRAND_SPOOFED', 'FROM_OWN_LINKS_ONLY'],
    forbidden: ['FROM_BRAND_AUTHENTICATED'],
    auth: true,
  },
  {
    name: "the brand's own links, a trusted host knows only that SPF failed: unauthenticated",
    mail: { from: 'PayPal <service@paypal.com>', subject: 'Your account access is limited', html: SIGNIN_ALERT('https://www.paypal.com/signin'), auth: 'spf=fail smtp.mailfrom=paypal.com' },
    expected: ['FROM_BRAND_UNAUTHENTICATED', 'FROM_OWN_LINKS_ONLY'],
    forbidden: [],
    auth: true,
  },
  {
    // Session 29: the mail client's tagline names the writer's tool, not who writes (it made this a tenant-host impersonation).
    name: "a company person's Dropbox share sent from a phone, signed by the client's tagline",
    mail: {
      from: 'Anna Berg <anna.berg@northwind-studio.example>',
      subject: 'photos from Saturday',
      html: '<p>Hi Robin,</p><p>here are the photos: <a href="https://www.dropbox.com/scl/fo/abc123/h?rlkey=xyz&dl=0">Saturday</a></p><p>Anna</p><p>Sent from Yahoo Mail on Android</p>',
    },
    expected: ['URL_FREE_FILE_HOST'],
    forbidden: ['FROM_BRAND_SUBJECT', 'PHISH_IMPERSONATION_TENANT_HOST'],
  },
  {
    name: "a share lure: the service named in the signature, one link to the service and one to a page elsewhere",
    mail: {
      from: 'Accounts Payable <ap@harlow-freight.example>',
      subject: 'Remittance advice',
      html: '<p>Please find the remittance advice shared with you.</p><p><a href="https://www.dropbox.com/scl/fi/z8x7c6v5b4n3m2/Remittance.pdf?rlkey=a1s2d3f4">Remittance.pdf</a></p><p><a href="https://remit-view.example.org/login">View online</a></p><p>Sent with Dropbox</p>',
    },
    expected: ['FROM_BRAND_SUBJECT'],
    forbidden: ['FROM_OWN_LINKS_ONLY'],
  },
  {
    name: "a share lure naming OneDrive whose only link is a page in someone's cloud storage",
    mail: {
      from: 'Document Centre <docs@kestrel-mouldings.example>',
      subject: 'You have received 2 files via OneDrive',
      html: '<p>2 files were shared with you.</p><p><a href="https://storage.googleapis.com/odv-share-7731/view.html">Open</a></p><p>Microsoft OneDrive</p>',
    },
    expected: ['FROM_BRAND_SUBJECT', 'PHISH_IMPERSONATION_TENANT_HOST'],
    forbidden: [],
  },
  {
    name: 'a lure naming Google Docs whose only link is a form on the form builder',
    mail: {
      from: 'HR Team <hr@larchmont-clinic.example>',
      subject: 'Google Docs: staff bonus list',
      html: '<p>The staff bonus list has been shared with you. Confirm your details to view it.</p><p><a href="https://docs.google.com/forms/d/e/1FAIpQLSf3kZ8rV2xM/viewform">Open in Google Docs</a></p>',
    },
    expected: ['FROM_BRAND_SUBJECT', 'PHISH_IMPERSONATION_TENANT_HOST'],
    forbidden: [],
  },
];

for (const row of rows) {
  test(`own links: ${row.name}`, async () => {
    const report = await (row.auth ? trusted : scanner).scan({ raw: build(row.mail), source: row.name });
    const ids = active(report);
    const all = report.findings.map((f) => f.id);
    for (const id of row.expected) assert.ok(all.includes(id), `expected ${id}; got ${ids.join(', ')}`);
    for (const id of row.forbidden) assert.ok(!ids.includes(id), `forbidden ${id}; got ${ids.join(', ')}`);
  });
}

/** The composites over finding sets: which facts a relief needs, and which results switch it off. */
const composite = (id: keyof typeof COMPOSITES, present: string[]) => evaluate(parseExpression(COMPOSITES[id]!.expression), new Set(present));
const LURE = ['CONTENT_CATEGORY_PHISHING', 'CONTENT_CLASSIFIER_SPAM'];
const compositeRows: { name: string; id: keyof typeof COMPOSITES; present: string[]; fires: boolean }[] = [
  { name: 'a credential lure the classifier calls spam', id: 'PHISH_CREDENTIAL_LURE_UNWANTED', present: LURE, fires: true },
  { name: 'the same, every link the sender\'s own, no result known', id: 'PHISH_CREDENTIAL_LURE_UNWANTED', present: [...LURE, 'FROM_OWN_LINKS_ONLY'], fires: false },
  { name: 'own links, but the display name names an organisation the domains are not', id: 'PHISH_CREDENTIAL_LURE_UNWANTED', present: [...LURE, 'FROM_OWN_LINKS_ONLY', 'FROM_ORGANISATION_UNRELATED'], fires: true },
  { name: 'own links, but a brand in the display name', id: 'PHISH_CREDENTIAL_LURE_UNWANTED', present: [...LURE, 'FROM_OWN_LINKS_ONLY', 'FROM_BRAND_DISPLAY_NAME'], fires: true },
  { name: 'the same with a known SPF failure', id: 'PHISH_CREDENTIAL_LURE_UNWANTED', present: [...LURE, 'FROM_OWN_LINKS_ONLY', 'AUTH_SPF_FAIL'], fires: true },
  { name: 'the same with DMARC none known', id: 'PHISH_CREDENTIAL_LURE_UNWANTED', present: [...LURE, 'FROM_OWN_LINKS_ONLY', 'AUTH_DMARC_NONE'], fires: true },
  { name: 'own links and a number to call', id: 'PHISH_CREDENTIAL_LURE_UNWANTED', present: [...LURE, 'FROM_OWN_LINKS_ONLY', 'CONTENT_CATEGORY_CALLBACK_SCAM'], fires: true },
  { name: 'the brand\'s own address, no result known', id: 'FROM_BRAND_UNAUTHENTICATED', present: ['FROM_BRAND_OWN_DOMAIN'], fires: true },
  { name: 'the brand\'s own address and links, no result known', id: 'FROM_BRAND_UNAUTHENTICATED', present: ['FROM_BRAND_OWN_DOMAIN', 'FROM_OWN_LINKS_ONLY'], fires: false },
  { name: 'the brand\'s own address and links, a charge to call about', id: 'FROM_BRAND_UNAUTHENTICATED', present: ['FROM_BRAND_OWN_DOMAIN', 'FROM_OWN_LINKS_ONLY', 'CONTENT_CALLBACK_CHARGE'], fires: true },
  { name: 'the brand\'s own address and links, DKIM failed', id: 'FROM_BRAND_UNAUTHENTICATED', present: ['FROM_BRAND_OWN_DOMAIN', 'FROM_OWN_LINKS_ONLY', 'AUTH_DKIM_FAIL'], fires: true },
];
for (const row of compositeRows) {
  test(`own links composite: ${row.id}, ${row.name}`, () => {
    assert.equal(composite(row.id, row.present), row.fires);
  });
}
