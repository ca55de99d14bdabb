import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultConfig } from '../../config/load.js';
import { createScanner } from '../../runtime/index.js';
import type { ScanReport } from '../../scan/report.js';
import { assertCorpusRows } from '../../test-support/corpus-rows.js';

/**
 * Issue 17, where a lure leads (src/checks/links/lures.ts, the document lures of src/checks/attachments and
 * their composites), end to end (.eml → parser → every family → score): each case names the ids it must
 * raise, the ids it must not, and the verdict it must (or must not) get. The lures are modelled on messages of
 * the phishing-pot dev corpus; the look-alike legitimate mail on the SpamAssassin ham that the first drafts of
 * these rules misread (a publisher's `/url_login` link, a blog archive page, a software release link).
 */
const NOW = new Date('2025-06-02T08:00:00Z');
const scanner = await createScanner({ config: defaultConfig(), services: { now: () => NOW } });
const active = (r: ScanReport) => r.findings.filter((f) => !f.replacedBy).map((f) => f.id);

function eml(headers: string[], html: string): Uint8Array {
  return new TextEncoder().encode(
    [...headers, 'To: rodrigo@hotmail.com', 'Date: Mon, 2 Jun 2025 10:00:00 +0200', `Message-ID: <${html.length}@mailer.example>`, 'MIME-Version: 1.0', 'Content-Type: text/html; charset=utf-8', '', html, ''].join('\r\n'),
  );
}

/** A message whose body is `text` and whose only attachment is `file` (base64). */
function withAttachment(headers: string[], text: string, file: { name: string; type: string; bytes: string }): Uint8Array {
  const b = 'b0undary-17';
  return new TextEncoder().encode(
    [
      ...headers, 'To: rodrigo@hotmail.com', 'Date: Mon, 2 Jun 2025 10:00:00 +0200', `Message-ID: <${file.name.length}.${text.length}@mailer.example>`, 'MIME-Version: 1.0',
      `Content-Type: multipart/mixed; boundary="${b}"`, '', `--${b}`, 'Content-Type: text/plain; charset=utf-8', '', text, `--${b}`,
      `Content-Type: ${file.type}; name="${file.name}"`, `Content-Disposition: attachment; filename="${file.name}"`, 'Content-Transfer-Encoding: base64', '',
      Buffer.from(file.bytes, 'latin1').toString('base64').replace(/(.{76})/g, '$1\r\n'), `--${b}--`, '',
    ].join('\r\n'),
  );
}

/** A minimal PDF with one link annotation (and an /Encrypt entry when asked). */
function pdf(uri: string, encrypted = false): string {
  return [
    '%PDF-1.4',
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
    '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
    '3 0 obj << /Type /Page /Parent 2 0 R /Annots [4 0 R] >> endobj',
    `4 0 obj << /Type /Annot /Subtype /Link /Rect [0 0 600 800] /A << /S /URI /URI (${uri}) >> >> endobj`,
    ...(encrypted ? ['5 0 obj << /Filter /Standard /V 2 /R 3 /Length 128 /P -4 >> endobj'] : []),
    `trailer << /Root 1 0 R${encrypted ? ' /Encrypt 5 0 R' : ''} >>`,
    '%%EOF',
  ].join('\n');
}

interface Case {
  name: string;
  raw: Uint8Array;
  expected: string[];
  forbidden: string[];
  verdict?: string;
  notVerdict?: string;
}

const cases: Case[] = [
  {
    name: 'mailbox quota lure: an "Update now" button to a throw-away domain',
    raw: eml(
      ['From: "Quota Warning" <admin@dpu.example.go.id>', 'Subject: rodrigo@hotmail.com has reached the quota limit'],
      '<p>Your mailbox is almost full. 15.18 GB of 15.86 GB. You might no longer send and receive messages.</p><p><a href="https://mail.costom.best/international.html?look=rodrigo@hotmail.com">UPDATE NOW</a></p>',
    ),
    expected: ['URL_SIGNIN_PAGE_ELSEWHERE', 'URL_SUSPICIOUS_TLD', 'PHISH_SIGNIN_PAGE_LURE'],
    forbidden: ['URL_HOSTED_PAGE'],
    verdict: 'phishing',
  },
  {
    name: 'parcel lure (nl): "Plan de bezorging in" to a page in cloud storage',
    raw: eml(
      ['From: "Bestelling: 98UJ19" <contact@tiiwbh.centobox21.example>', 'Subject: Je hebt (1) pakket in afwachting van aflevering.'],
      '<p>LEVERING VAN PAKKETTEN GESCHORST. Uw pakket wacht op bezorging. Gebruik je code om je pakket te volgen en te ontvangen.</p><p><a href="https://storage.googleapis.com/newera1/fffffffedex.html">Plan de bezorging in</a></p>',
    ),
    expected: ['URL_HOSTED_PAGE', 'URL_SIGNIN_PAGE_ELSEWHERE', 'FROM_DISPLAY_NAME_REFERENCE', 'PHISH_SIGNIN_PAGE_LURE'],
    forbidden: ['URL_PAYLOAD_DOWNLOAD'],
    verdict: 'phishing',
  },
  {
    name: 'a host named for signing in, elsewhere than the sender',
    raw: eml(
      ['From: Conta Segura <avisos@noticias-7731.example>', 'Subject: Confirme seus dados'],
      '<p>Prezado cliente, confirme seus dados para evitar o bloqueio da sua conta.</p><p><a href="https://secure-login.contas-7731.example/acesso">Acessar</a></p>',
    ),
    expected: ['URL_SIGNIN_PAGE_ELSEWHERE'],
    forbidden: ['URL_HOSTED_PAGE'],
  },
  {
    name: 'court summons (pt) whose "BOLETIM" is offered on a .top domain: a malware download page',
    raw: eml(
      ['From: <jus-pje-bo12983@smtplw-03.example>', 'Subject: 1:52 AM'],
      '<p>INTIMAÇÃO ELETRÔNICA — NOTIFICAÇÃO EXTRAJUDICIAL. Número do Processo: 0006524417-31.2024. Para acessar o total teor do boletim de ocorrência acesse o link abaixo.</p><p><a href="https://online.advogados-umsumendel.top/boletim">BOLETIM</a></p>',
    ),
    expected: ['URL_DOCUMENT_ON_DISPOSABLE_HOST', 'CONTENT_CATEGORY_MALWARE_LURE', 'URL_MALWARE_DOCUMENT_PAGE'],
    forbidden: ['URL_SIGNIN_PAGE_ELSEWHERE'],
    verdict: 'malware',
  },
  {
    name: "a Google Doc's address names its kind (`/document/d/…`): the path offers no document, only a link's text would (session 24)",
    raw: eml(
      ['From: Ruth Okafor <ruth.okafor@gmail.com>', 'Subject: minutes from Tuesday'],
      '<p>Hi everyone, the notes from Tuesday are here, add anything I missed:</p><p><a href="https://docs.google.com/document/d/1Qw8eR7tY6uI5oP4aS3dF2gH1jK0lZ9xC/edit?usp=sharing">https://docs.google.com/document/d/1Qw8eR7tY6uI5oP4aS3dF2gH1jK0lZ9xC/edit?usp=sharing</a></p><p>Ruth</p>',
    ),
    expected: ['URL_FREE_FILE_HOST'],
    forbidden: ['URL_DOCUMENT_ON_DISPOSABLE_HOST'],
  },
  {
    name: 'the same Google Doc offered as an invoice by the link text is a document offered on a free host',
    raw: eml(
      ['From: Accounts <billing@invoices-5521.example>', 'Subject: Invoice 5521'],
      '<p>Your invoice is ready.</p><p><a href="https://docs.google.com/document/d/1Qw8eR7tY6uI5oP4aS3dF2gH1jK0lZ9xC/view">View invoice</a></p>',
    ),
    expected: ['URL_DOCUMENT_ON_DISPOSABLE_HOST'],
    forbidden: [],
  },
  {
    name: 'invoice lure linking straight to a zip on a file host',
    raw: eml(
      ['From: Accounts <billing@invoices-4410.example>', 'Subject: Invoice 4410 overdue'],
      '<p>Please see the invoice attached for the delivery of last week; the scan is in the archive.</p><p><a href="https://dl.dropboxusercontent.com/s/8f3a/Invoice_4410.zip">Download invoice</a></p>',
    ),
    expected: ['URL_PAYLOAD_DOWNLOAD', 'URL_MALWARE_DOWNLOAD_LURE'],
    forbidden: ['URL_SIGNIN_PAGE_ELSEWHERE'],
    verdict: 'malware',
  },
  {
    name: 'a PDF that is only a link, from a free-mail address naming a brand',
    raw: withAttachment(
      ['From: Team Support <noreply.deliverymessage@jurnal.example>', 'Subject: RE: Your Amazon.com account is temporarily on hold'],
      'See attached.',
      { name: 'D\u034fe\u034ft\u034fa\u034fi\u034fl\u034fs_Statement.pdf', type: 'application/pdf', bytes: pdf('https://urlzs.com/kiSYM') },
    ),
    expected: ['ATTACH_PDF_LINK_LURE', 'ATTACH_NAME_OBFUSCATED', 'FROM_BRAND_SUBJECT', 'PHISH_DOCUMENT_LURE'],
    forbidden: ['ATTACH_DOCUMENT_PASSWORD_IN_BODY'],
    verdict: 'phishing',
  },
  {
    name: 'an encrypted PDF with its password in a two-line body (pt)',
    raw: withAttachment(
      ['From: "[ Ourocard ] - Protocolo: 557167787935906" <dsa761128@gmail.com>', 'Subject: Notificação Emitida - RfUVZut0T7MXNK'],
      'OUROCARD: Efetue o resgate dos seus 18.920 PTS em até 24 horas. Veja como no arquivo em anexo | Senha de acesso: 123',
      { name: 'YI6nl0xm9XDcs.pdf', type: 'application/pdf', bytes: pdf('https://example.org/x', true) },
    ),
    // Session 42: the letter only sends the reader to the locked document — malware, the phishing reading replaced.
    expected: ['ATTACH_PDF_ENCRYPTED', 'ATTACH_DOCUMENT_PASSWORD_IN_BODY', 'FROM_DISPLAY_NAME_REFERENCE', 'ATTACH_MALWARE_DOCUMENT_TO_OPEN'],
    forbidden: ['PHISH_DOCUMENT_LURE'],
  },
  {
    name: 'an account lure whose subject hides its words in look-alike letters',
    raw: eml(
      ['From: "-PaymentRejected~" <newsletter@fbdatesgroup.example>', "Subject: We've bᥣoᥴkᥱd your account! Your photos and videos will be deleted"],
      '<p>Your account has been suspended. Verify your account to keep your photos.</p><p><a href="http://4.buescher.example/si/xzhyplpoov.home">Take action</a></p>',
    ),
    expected: ['FROM_MIXED_SCRIPT_DISGUISE', 'CONTENT_CATEGORY_PHISHING', 'PHISH_DISGUISED_LURE'],
    forbidden: [],
    verdict: 'phishing',
  },
  {
    name: 'tax notice (pt) whose link hands a zip over a download script, by its query',
    raw: eml(
      ['From: "Receita - Intimação" <avisos@notifica-7712.example>', 'Subject: Intimação fiscal 2291 - documento disponível'],
      '<p>Prezado contribuinte, consta pendência na sua declaração. O documento da intimação está disponível para download.</p><p><a href="https://arquivos-7712.example/get.php?id=88&amp;file=Intimacao_2291.zip">Baixar documento</a></p>',
    ),
    expected: ['URL_PAYLOAD_DOWNLOAD', 'URL_MALWARE_DOWNLOAD_LURE'],
    forbidden: ['URL_FILE_HOST_DOWNLOAD'],
    verdict: 'malware',
  },
  {
    name: 'a shared "voicemail" handed over as a Google Drive direct download',
    raw: eml(
      ['From: "Voice Services" <voicemail@pbx-notify.example>', 'Subject: You have a new voice message (0:42)'],
      '<p>You received a voice message from +1 555 0100. Duration 0:42. The recording is attached for you to play.</p><p><a href="https://drive.google.com/uc?export=download&amp;id=1AbCdEfGh">Play voice message</a></p>',
    ),
    expected: ['URL_FILE_HOST_DOWNLOAD', 'URL_MALWARE_DOWNLOAD_LURE'],
    forbidden: ['URL_PAYLOAD_DOWNLOAD'],
    verdict: 'malware',
  },
  {
    name: 'a PDF that is only a link to an archive, from an invoice lure',
    raw: withAttachment(
      ['From: Contabilidade <financeiro@escritorio-7731.example>', 'Subject: Fatura 2291 em anexo'],
      'Segue a fatura em anexo.',
      { name: 'Fatura_2291.pdf', type: 'application/pdf', bytes: pdf('https://cdn-7731.example/files/Fatura_2291.rar') },
    ),
    expected: ['ATTACH_PDF_LINK_LURE', 'URL_PAYLOAD_DOWNLOAD', 'URL_MALWARE_DOWNLOAD_LURE'],
    forbidden: [],
    verdict: 'malware',
  },
  {
    name: 'a fake wallet desktop update from a brand impersonator, on a download host elsewhere',
    raw: eml(
      ['From: Exodus <exodus@cryptonewsletter.example>', 'Subject: New Exodus Desktop Update — Smarter, Safer, and More Secure'],
      '<p>Hello Crypto Enthusiast, the latest update to the Exodus Desktop Wallet gives you more security for your wallet and your crypto assets. Install the new version today.</p><p><a href="https://download.exodusupdate.example/">Download now</a></p>',
    ),
    expected: ['URL_DOWNLOAD_HOST_ELSEWHERE', 'URL_MALWARE_FAKE_UPDATE'],
    forbidden: [],
    verdict: 'malware',
  },
  {
    name: 'a credential lure stays phishing even with a download on the side: the password form is the lure',
    raw: eml(
      ['From: "PayPal Service" <service@pp-alerts.example>', 'Subject: Your account is limited'],
      '<p>We limited your account. Sign in to restore access.</p><form action="https://pp-restore.example/post.php" method="post"><input name="email"><input type="password" name="pw"><button>Sign in</button></form><p><a href="https://pp-restore.example/Statement.zip">statement</a></p>',
    ),
    expected: ['URL_PAYLOAD_DOWNLOAD', 'URL_FORM_PASSWORD'],
    forbidden: ['URL_MALWARE_DOWNLOAD_LURE', 'URL_MALWARE_FAKE_UPDATE'],
    verdict: 'phishing',
  },
  {
    name: 'an "update your account" notice on a download-named host stays credential phishing',
    raw: eml(
      ['From: "Commercial Federal Bank" <services@comfedbank.example>', 'Subject: IMPORTANT NOTICE: Please update your online banking account'],
      '<p>Dear customer, your online banking account access has been suspended. Please update your account information immediately.</p><p><a href="http://dl.comfed-bank.example/images/SITE/index.htm">Update account</a></p>',
    ),
    expected: ['URL_DOWNLOAD_HOST_ELSEWHERE'],
    forbidden: ['URL_MALWARE_FAKE_UPDATE'],
    notVerdict: 'malware',
  },
  // Session 30: the fake app asked for in words on a host whose name says nothing, and legal or tax documents on a download button.
  {
    name: 'a fake desktop app from a lookalike sender, asked for in words before a written address',
    raw: eml(
      ['From: Trezor <team@trezorbulletin.example>', 'Subject: Introducing the New Trezor Suite Desktop App'],
      '<p>Dear Trezor Community, we have just launched the latest version of our desktop application.</p><p>Download the updated Trezor Desktop App here: [ https://app.trezor-suite-new.example/ ]</p>',
    ),
    expected: ['URL_APP_DOWNLOAD_ELSEWHERE', 'URL_MALWARE_FAKE_UPDATE'],
    forbidden: [],
    verdict: 'malware',
  },
  {
    name: "a prize lure with a pasted shop footer's \"download our app\": the app is not the letter's errand",
    raw: eml(
      ['From: "ADAC-Gewinner" <win@bvspm.example>', 'Subject: Car Emergency Kit: exklusive Belohnungen für Sie'],
      '<p>Herzlichen Glückwunsch, Sie wurden ausgewählt! <a href="https://prize.bvspm-win.example/claim">Jetzt Belohnung abholen</a></p><p>Téléchargez l\'application <a href="https://click.hello.shop-mailer.example/f/open-in-app/abc">ici</a></p>',
    ),
    expected: [],
    forbidden: ['URL_APP_DOWNLOAD_ELSEWHERE', 'URL_MALWARE_FAKE_UPDATE'],
    notVerdict: 'malware',
  },
  {
    name: 'a court summons to download from an organisation no domain belongs to',
    raw: eml(
      ['From: "Judicial Notification" <survey@qp-mailer.example>', 'Subject: Time-Sensitive Legal Notice'],
      '<p>You are hereby formally served with a summons in a civil action. You are strongly advised to download and review the secure court document immediately.</p><p><a href="https://tracker.survey-host.example/t/C76EFZ">Download Official Summons &amp; Complaint</a></p>',
    ),
    expected: ['URL_DOCUMENT_DOWNLOAD_ELSEWHERE', 'URL_MALWARE_DOCUMENT_BUTTON'],
    forbidden: [],
    verdict: 'malware',
  },
  {
    name: 'tax slips to download from a borrowed brand name',
    raw: eml(
      ['From: "TD Direct Investing" <en@kenkyu-labo.example>', 'Subject: WebBroker Alert: Your 2025 Tax Slips have arrived'],
      '<p>Your 2025 T3 and T5 tax slips are now available for download.</p><p><a href="https://blogfroesmita.example/8qTzuns9C">Download Tax Slips</a></p>',
    ),
    expected: ['URL_DOCUMENT_DOWNLOAD_ELSEWHERE', 'URL_MALWARE_DOCUMENT_BUTTON'],
    forbidden: [],
    verdict: 'malware',
  },
  // Session 30, must not: the same words in genuine mail.
  {
    name: "a shop's own newsletter asking to download its new app through its mailer's click tracker",
    raw: eml(
      ['From: "Bookshop News" <news@bookshop.example>', 'Subject: Our new app is here'],
      '<p>Read on the go: download the new Bookshop app for iOS and Android.</p><p><a href="https://click.mailer-esp.example/ls/click?upn=abc123">Download the new app</a></p>',
    ),
    expected: ['URL_APP_DOWNLOAD_ELSEWHERE'],
    forbidden: ['URL_MALWARE_FAKE_UPDATE'],
    notVerdict: 'malware',
  },
  {
    name: 'a real invoice PDF attached by a known supplier',
    raw: withAttachment(
      ['From: "Acme Supplies Accounts" <accounts@acme-supplies.example>', 'Subject: Invoice INV-2291 for your order 5521'],
      'Dear customer,\n\nplease find attached invoice INV-2291 for order 5521, payable within 30 days to our usual account.\n\nKind regards,\nAcme Supplies Accounts',
      { name: 'INV-2291.pdf', type: 'application/pdf', bytes: pdf('https://www.acme-supplies.example/terms') },
    ),
    expected: [],
    forbidden: ['URL_MALWARE_DOWNLOAD_LURE', 'URL_MALWARE_DOCUMENT_PAGE', 'URL_MALWARE_DOCUMENT_BUTTON', 'URL_MALWARE_FAKE_UPDATE'],
    notVerdict: 'malware',
  },
  {
    name: 'a newsletter linking a PDF report on its CDN',
    raw: eml(
      ['From: "Policy Institute" <newsletter@policy-institute.example>', 'Subject: Our annual report 2025 is out'],
      '<p>Our annual report is out. <a href="https://cdn.policy-media.example/reports/annual-report-2025.pdf">Download the annual report (PDF)</a></p>',
    ),
    expected: [],
    forbidden: ['URL_MALWARE_DOWNLOAD_LURE', 'URL_MALWARE_DOCUMENT_BUTTON', 'URL_MALWARE_FAKE_UPDATE'],
    notVerdict: 'malware',
  },
  {
    name: "a mailing list's patch attachment",
    raw: withAttachment(
      ['From: Jane Developer <jane@dev.example>', 'Subject: [PATCH 1/2] fix the update installer on arm64', 'List-Id: <devel.lists.project.example>', 'List-Unsubscribe: <mailto:devel-leave@lists.project.example>'],
      'The installer failed on arm64; this fixes the update path. Download the new version of the patch from the attachment.\n\nSigned-off-by: Jane Developer <jane@dev.example>',
      { name: '0001-fix-update-installer.patch', type: 'text/x-patch', bytes: 'diff --git a/setup.sh b/setup.sh\n--- a/setup.sh\n+++ b/setup.sh\n@@ -1 +1 @@\n-echo old\n+echo new\n' },
    ),
    expected: [],
    forbidden: ['URL_MALWARE_DOWNLOAD_LURE', 'URL_MALWARE_FAKE_UPDATE', 'ATTACH_SCRIPT'],
    notVerdict: 'malware',
  },
  // Legitimate mail of the same shapes.
  {
    name: 'a Russian newsletter with an English brand name: whole words of each script',
    raw: eml(
      ['From: Новости <news@vesti.example>', 'Subject: Новости недели: Apple и Microsoft'],
      '<p>Главные новости недели. Подробнее на <a href="https://vesti.example/news">нашем сайте</a>.</p>',
    ),
    expected: [],
    forbidden: ['FROM_MIXED_SCRIPT_DISGUISE', 'PHISH_DISGUISED_LURE'],
  },
  {
    name: "a newsletter's subscription link to /url_login on its publisher's site (not a disposable host)",
    raw: eml(
      ['From: "AnchorDesk" <Online#3.1@newsletter.online.example>', 'Subject: What is Palladium?'],
      '<p>Today: Palladium explained. To manage your subscriptions <a href="http://nl.publisher.example/servlet/url_login?email=rodrigo@hotmail.com&brand=zdnet">log in here</a>.</p>',
    ),
    expected: [],
    forbidden: ['URL_SIGNIN_PAGE_ELSEWHERE', 'PHISH_SIGNIN_PAGE_LURE'],
    notVerdict: 'phishing',
  },
  {
    name: 'a blog archive page on a blog host is a site, not an upload',
    raw: eml(
      ['From: Ben <ben@ben.example>', 'Subject: Re: Avast there matey'],
      '<p>See <a href="http://poorman.blogspot.com/2002_09_01_poorman_archive.html#81798893">this post</a> from last week.</p>',
    ),
    // (Its verdict is not this rule's: "Avast" in the subject names a brand to FROM_BRAND_SUBJECT, which with the
    // blog host makes the older PHISH_IMPERSONATION_TENANT_HOST; in the real 2002 message the classifier's ham
    // score keeps it clean.)
    expected: ['URL_FREE_FILE_HOST'],
    forbidden: ['URL_HOSTED_PAGE', 'PHISH_SIGNIN_PAGE_LURE'],
  },
  {
    name: 'a release announcement linking to a tarball elsewhere: a download, not a lure',
    raw: eml(
      ['From: Release Bot <announce@project.example>', 'Subject: [ANN] project 2.4 released'],
      '<p>Version 2.4 is out with many fixes. Get it from <a href="http://downloads.mirror.example/project/project-2.4.tar.gz">the mirror</a>.</p>',
    ),
    expected: ['URL_PAYLOAD_DOWNLOAD'],
    forbidden: ['URL_MALWARE_DOWNLOAD_LURE', 'URL_MALWARE_DOCUMENT_PAGE'],
    notVerdict: 'malware',
  },
  {
    name: "a software vendor's release mail linking to its own download host",
    raw: eml(
      ['From: Exemplar Software <news@exemplar-soft.example>', 'Subject: Exemplar 5.2 is out'],
      '<p>Version 5.2 brings faster sync. <a href="https://download.exemplar-soft.example/exemplar-5.2.dmg">Download for macOS</a> or read the <a href="https://exemplar-soft.example/notes">release notes</a>.</p>',
    ),
    expected: [],
    forbidden: ['URL_PAYLOAD_DOWNLOAD', 'URL_DOWNLOAD_HOST_ELSEWHERE', 'URL_MALWARE_FAKE_UPDATE', 'URL_MALWARE_DOWNLOAD_LURE'],
    notVerdict: 'malware',
  },
  {
    name: 'a colleague sharing a Drive file by its direct-download link, no lure',
    raw: eml(
      ['From: Ana Souza <ana@team-7731.example>', 'Subject: photos from saturday'],
      '<p>Hi! Here are the photos from the trip: <a href="https://drive.google.com/uc?export=download&amp;id=1AbCdEfGh">photos</a>. See you monday.</p>',
    ),
    expected: ['URL_FILE_HOST_DOWNLOAD'],
    forbidden: ['URL_MALWARE_DOWNLOAD_LURE'],
    notVerdict: 'malware',
  },
  {
    name: 'a newsletter naming a brand in its signature, linking to a download portal',
    raw: eml(
      ['From: diveintomark <rssfeeds@feeds.example>', 'Subject: My Good Easy'],
      '<p>I finally installed the firewall everyone recommends: <a href="http://download.portal.example/3000-2092.html?part=zonealarm">get it here</a>. Works fine next to Microsoft Outlook.</p>',
    ),
    expected: ['URL_DOWNLOAD_HOST_ELSEWHERE'],
    forbidden: ['URL_MALWARE_FAKE_UPDATE'],
    notVerdict: 'malware',
  },
  {
    name: "the sender's own sign-in page and own PDF",
    raw: withAttachment(
      ['From: Exemplar Bank <statements@exemplar-bank.example>', 'Subject: Your statement'],
      'Your statement is attached. Sign in at https://exemplar-bank.example/login to see it online.',
      { name: 'statement.pdf', type: 'application/pdf', bytes: pdf('https://www.exemplar-bank.example/help') },
    ),
    expected: [],
    forbidden: ['URL_SIGNIN_PAGE_ELSEWHERE', 'ATTACH_PDF_LINK_LURE', 'ATTACH_NAME_OBFUSCATED', 'FROM_DISPLAY_NAME_REFERENCE'],
    notVerdict: 'phishing',
  },
  // Session 8: court and legal notices served by a link elsewhere (src/checks/content/legal-notice.ts).
  {
    name: 'court notice (pt) from a sender of no organisation, a shortened link to a page: malware',
    raw: eml(
      ['From: <processos-2291@mail-7731.example>', 'Subject: Mandado de intimação nº 0821115 – compareça'],
      '<p>Prezado(a), consta em seu nome um mandado de intimação.</p><p><a href="https://bit.ly/3xYzAbC">Clique aqui</a></p>',
    ),
    expected: ['CONTENT_LEGAL_NOTICE', 'URL_SHORTENER', 'URL_MALWARE_LEGAL_NOTICE'],
    forbidden: ['PHISH_LEGAL_NOTICE_LURE'],
    verdict: 'malware',
  },
  // Session 41: a sender claiming the court asks for nothing either — every fake summons claims one — so the linked "case" is
  // the download (URL_MALWARE_LEGAL_NOTICE_CLAIMED takes PHISH_LEGAL_NOTICE_LURE's place); asked to sign in, it stays phishing.
  {
    name: 'court notice (en) from a sender claiming a court, asking nothing: malware',
    raw: eml(
      ['From: "Federal Court Notification Service" <service@notice-7731.example>', 'Subject: Court summons: case 4 C 221/25'],
      '<p>You are hereby served. Review your case below.</p><p><a href="https://bit.ly/3xYzAbC">Review</a></p>',
    ),
    expected: ['CONTENT_LEGAL_NOTICE', 'URL_MALWARE_LEGAL_NOTICE_CLAIMED'],
    forbidden: ['URL_MALWARE_LEGAL_NOTICE', 'PHISH_LEGAL_NOTICE_LURE'],
    verdict: 'malware',
  },
  // Session 42, in place of a corpus row that is a held-out file of bench/phishing-labels.tsv: a court's name in the display
  // name, "confira seus dados" in the subject (check your details: no account, password or payment asked), a link to the process.
  {
    name: 'court notice (pt) from a sender claiming a court, "confira seus dados": malware',
    raw: eml(
      ['From: "Tribunal Brasil" <intimacao@avisos-7731.example>', 'Subject: Intimação judicial – confira seus dados'],
      '<p>Prezado(a), consta em seu nome uma intimação judicial. Confira seus dados e o andamento do processo.</p><p><a href="https://processo-7731.example/consulta">Consultar processo</a></p>',
    ),
    expected: ['CONTENT_LEGAL_NOTICE', 'URL_MALWARE_LEGAL_NOTICE_CLAIMED'],
    forbidden: ['URL_MALWARE_LEGAL_NOTICE', 'PHISH_LEGAL_NOTICE_LURE'],
    verdict: 'malware',
  },
  {
    name: 'court notice (en) from a sender claiming a court, asking to sign in: phishing',
    raw: eml(
      ['From: "Federal Court Notification Service" <service@notice-7731.example>', 'Subject: Court summons: case 4 C 221/25'],
      '<p>You are hereby served. Sign in to your account and verify your password to review your case.</p><p><a href="https://bit.ly/3xYzAbC">Sign in</a></p>',
    ),
    expected: ['CONTENT_LEGAL_NOTICE', 'PHISH_LEGAL_NOTICE_LURE'],
    forbidden: ['URL_MALWARE_LEGAL_NOTICE', 'URL_MALWARE_LEGAL_NOTICE_CLAIMED'],
    verdict: 'phishing',
  },
  {
    name: "a court's own notice with its link at its own domain: no legal-notice lure",
    raw: eml(
      ['From: "Tribunal de Justiça" <intimacao@tjsp.example>', 'Subject: Intimação eletrônica – processo 0821115'],
      '<p>Há uma intimação eletrônica disponível no portal.</p><p><a href="https://esaj.tjsp.example/intimacao?id=0821115">Abrir no portal</a></p>',
    ),
    expected: [],
    forbidden: ['CONTENT_LEGAL_NOTICE', 'URL_MALWARE_LEGAL_NOTICE', 'PHISH_LEGAL_NOTICE_LURE'],
  },
  {
    // Session 45: object storage of the clouds file-hosts.ts lacked. A genuine HTML attachment (a receipt, a report) does not
    // forward the browser to a bucket's page; the letter says nothing (random filler), so the page it forwards to is the lure.
    name: 'an HTML attachment forwarding to a page in VK Cloud object storage, from free mail with filler text',
    raw: withAttachment(
      ['From: Corinna Straley <co.straley467@outlook.example>', 'Subject: Hungariam magnam et eos etiam deuicerant'],
      'Inde egredientes iuerunt ad Aquilonem et',
      { name: 'GET Bitcoin 34.html', type: 'text/html', bytes: '<html><head><meta http-equiv="refresh" content="0; url=https://get-free-btc.hb.bizmrg.com/index.html#23786447863164"></head><body></body></html>' },
    ),
    expected: ['ATTACH_HTML_REDIRECT', 'URL_HOSTED_PAGE', 'URL_FREE_FILE_HOST'],
    forbidden: [],
    verdict: 'phishing',
  },
  {
    name: 'pages in Yandex Cloud and Tencent COS buckets count as pages in cloud storage',
    raw: eml(
      ['From: "Servicio" <aviso@notice-8812.example>', 'Subject: Su cuenta'],
      '<p><img src="https://cdn-img.cos.ap-guangzhou.myqcloud.com/banner.png"></p><p><a href="https://storage.yandexcloud.net/acceso-9921/index.html">Acceder</a></p><p><a href="https://cdn-img.cos.ap-guangzhou.myqcloud.com/promo/login.php">Entrar</a></p>',
    ),
    expected: ['URL_HOSTED_PAGE', 'URL_FREE_FILE_HOST'],
    forbidden: [],
  },
  {
    name: "a newspaper's headline about a lawsuit: no legal-notice lure",
    raw: eml(
      ['From: "Daily News" <news@daily.example>', 'Subject: Apple faces lawsuit in federal court'],
      '<p>Read the story.</p><p><a href="https://cdn.dailynews-media.example/story/123">Read more</a></p>',
    ),
    expected: [],
    forbidden: ['CONTENT_LEGAL_NOTICE', 'URL_MALWARE_LEGAL_NOTICE', 'PHISH_LEGAL_NOTICE_LURE'],
  },
];

for (const c of cases) {
  test(`issue 17 lure destinations: ${c.name}`, async () => {
    const r = await scanner.scan({ raw: c.raw, source: `${c.name}.eml` });
    const ids = active(r);
    for (const id of c.expected) assert.ok(ids.includes(id), `${id} expected in ${ids.join(', ')}`);
    for (const id of c.forbidden) assert.ok(!ids.includes(id), `${id} not expected in ${ids.join(', ')}`);
    if (c.verdict) assert.equal(r.verdict, c.verdict, ids.join(', '));
    if (c.notVerdict) assert.notEqual(r.verdict, c.notVerdict, ids.join(', '));
  });
}

test('issue 17 lure destinations, corpus: real messages of the dev corpus (design part and unlabelled) keep their ids and verdicts', async (t) => {
  // Design-part and unlabelled messages only: the held-out part of bench/phishing-labels.tsv is measured, never tested on.
  const rows: { file: string; expected: string[]; forbidden: string[]; verdict: string }[] = [
    { file: 'sample-4403.eml', expected: ['URL_DOCUMENT_ON_DISPOSABLE_HOST', 'URL_MALWARE_DOCUMENT_PAGE'], forbidden: ['URL_SIGNIN_PAGE_ELSEWHERE'], verdict: 'malware' }, // design: court "BOLETIM" on .top (pt)
    { file: 'sample-3326.eml', expected: ['URL_HOSTED_PAGE', 'URL_SIGNIN_PAGE_ELSEWHERE', 'PHISH_SIGNIN_PAGE_LURE'], forbidden: ['URL_MALWARE_DOCUMENT_PAGE'], verdict: 'phishing' }, // design: parcel (nl) in cloud storage
    // Session 30: labelled cred, but its one action is "Download Official Summons & Complaint" to a tracker elsewhere (as 7731 below):
    // the download button is the evidence, so malware (relabelled malware in session 42, by draw 2's written criteria).
    { file: 'sample-6793.eml', expected: ['FROM_ORGANISATION_UNRELATED', 'URL_DOCUMENT_DOWNLOAD_ELSEWHERE', 'URL_BILLING_DOCUMENT_BUTTON', 'URL_MALWARE_DOCUMENT_BUTTON'], forbidden: ['URL_MALWARE_DOCUMENT_PAGE'], verdict: 'malware' }, // design: court summons to download
    { file: 'sample-2053.eml', expected: ['ATTACH_PDF_LINK_LURE', 'ATTACH_NAME_OBFUSCATED', 'PHISH_DOCUMENT_LURE'], forbidden: [], verdict: 'phishing' }, // unlabelled: Amazon "statement" PDF
    // Session 43: the letter's password "1234" opens the PDF (AES-128), and its content is a button letter ("Clique no botão", 82
    // words, ATTACH_DOCUMENT_CREDENTIAL_LURE): phishing then. Session 50: labelled malware in draw 5 (design), the locked document
    // the letter sends the reader to is the file to open whatever its unlocked page says (malware-class.ts typesNothing).
    { file: 'sample-1628.eml', expected: ['ATTACH_DOCUMENT_PASSWORD_IN_BODY', 'ATTACH_PDF_DECRYPTED', 'ATTACH_DOCUMENT_CREDENTIAL_LURE', 'ATTACH_PDF_LINK_LURE', 'FROM_DISPLAY_NAME_REFERENCE', 'ATTACH_MALWARE_DOCUMENT_TO_OPEN'], forbidden: ['ATTACH_PDF_ENCRYPTED'], verdict: 'malware' }, // design (malware): Banco Central, encrypted PDF (pt); "Acesse o anexo em PDF", the document to open
    { file: 'sample-5751.eml', expected: ['FROM_MIXED_SCRIPT_DISGUISE', 'PHISH_DISGUISED_LURE'], forbidden: [], verdict: 'phishing' }, // design: "bᥣoᥴkᥱd your account" (Tai Le letters)
    { file: 'sample-1593.eml', expected: ['FROM_GOVERNMENT_LOOKALIKE', 'PHISH_IMPERSONATION_TENANT_HOST'], forbidden: [], verdict: 'phishing' }, // design: PIX payment from voebrasilgov.com
    { file: 'sample-1181.eml', expected: ['URL_SIGNIN_PAGE_ELSEWHERE', 'PHISH_SIGNIN_PAGE_LURE'], forbidden: ['URL_HOSTED_PAGE'], verdict: 'phishing' }, // unlabelled: mailbox quota
    { file: 'sample-6601.eml', expected: ['URL_DOWNLOAD_HOST_ELSEWHERE', 'URL_MALWARE_FAKE_UPDATE'], forbidden: [], verdict: 'malware' }, // design (malware): "Hodl Hodl Desktop" from a wallet-newsletter lookalike, the app on a download host elsewhere (session 54: in place of a row that draw 11 made held-out)
    { file: 'sample-6461.eml', expected: ['URL_MALWARE_FAKE_UPDATE'], forbidden: [], verdict: 'malware' }, // unlabelled: "Exodus Desktop Update" from a brand impersonator
    { file: 'sample-1936.eml', expected: ['CONTENT_LEGAL_NOTICE', 'URL_MALWARE_LEGAL_NOTICE_CLAIMED'], forbidden: ['URL_MALWARE_LEGAL_NOTICE', 'PHISH_LEGAL_NOTICE_LURE'], verdict: 'malware' }, // unlabelled: "NOTIFICAÇÃO JUDICIAL", shortened link (session 8; malware since session 41)
    { file: 'sample-2656.eml', expected: ['CONTENT_LEGAL_NOTICE', 'URL_MALWARE_LEGAL_NOTICE_CLAIMED'], forbidden: ['PHISH_LEGAL_NOTICE_LURE'], verdict: 'malware' }, // unlabelled: "INTIMAÇÃO 991122", meu-processo-online.….one (malware since session 41)
    { file: 'sample-2053.eml', expected: ['ATTACH_PDF_LINK_LURE', 'PHISH_DOCUMENT_LURE'], forbidden: ['URL_MALWARE_DOWNLOAD_LURE', 'URL_FILE_HOST_DOWNLOAD'], verdict: 'phishing' }, // unlabelled: Amazon "account on hold" PDF whose link is a page, not a download (session 49: in place of a row that draw 6 made held-out)
    // Session 24: a download button naming the document, away from the sender, from someone the letter is not.
    { file: 'sample-7731.eml', expected: ['URL_DOCUMENT_DOWNLOAD_ELSEWHERE', 'URL_MALWARE_DOCUMENT_BUTTON'], forbidden: ['URL_BILLING_DOCUMENT_BUTTON'], verdict: 'malware' }, // unlabelled: "U.S. Federal Court System", "Download your case file" via a tracker
    { file: 'sample-6218.eml', expected: ['URL_DOCUMENT_DOWNLOAD_ELSEWHERE', 'URL_MALWARE_DOCUMENT_BUTTON'], forbidden: [], verdict: 'malware' }, // unlabelled: "Your IRS Statement", "Download Your Statement" on a shared host
    // Session 30: a fake desktop app asked for in words; tax slips on a download button; a link to a server named after its IP
    // address; a From under a top-level name that does not exist; `Meta-support` as the brand; a failed attempt on the envelope.
    { file: 'sample-5816.eml', expected: ['URL_APP_DOWNLOAD_ELSEWHERE', 'URL_MALWARE_FAKE_UPDATE'], forbidden: [], verdict: 'malware' }, // unlabelled: "Bisq Desktop App" from a Trezor lookalike
    { file: 'sample-7658.eml', expected: ['URL_DOCUMENT_DOWNLOAD_ELSEWHERE', 'URL_BILLING_DOCUMENT_BUTTON', 'URL_MALWARE_DOCUMENT_BUTTON'], forbidden: [], verdict: 'malware' }, // design: "Charles Schwab", "Download Tax Forms" (session 53: in place of a row that draw 10 made held-out)
    { file: 'sample-4848.eml', expected: ['URL_IP_HOST', 'URL_MALWARE_DOCUMENT_BUTTON'], forbidden: ['URL_SIGNIN_PAGE_ELSEWHERE'], verdict: 'malware' }, // design (draw 17, labelled malware): "Boleto Vencendo Hoje", a download-attribute button on 239.125.168.184.host.secureserver.net (session 60)
    { file: 'sample-7276.eml', expected: ['HDR_FROM_INVALID'], forbidden: [], verdict: 'phishing' }, // unlabelled: Zilveren Kruis from zilveren-kruis.zn
    { file: 'sample-383.eml', expected: ['FROM_BRAND_DISPLAY_NAME', 'PHISH_NOTICE_LURE'], forbidden: [], verdict: 'phishing' }, // unlabelled: ''Meta-support'', "Someone tried to Iog in"
    { file: 'sample-2358.eml', expected: ['CONTENT_NOTICE_LURE'], forbidden: [], verdict: 'phishing' }, // unlabelled: "Tercer intento fallido"
    { file: 'sample-896.eml', expected: ['ATTACH_HTML_REDIRECT', 'URL_HOSTED_PAGE'], forbidden: [], verdict: 'phishing' }, // unlabelled: "GET Bitcoin 34.html" to a bucket on hb.bizmrg.com (session 45)
  ];
  await assertCorpusRows(t, scanner, rows);
});
