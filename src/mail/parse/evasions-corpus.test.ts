import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { defaultConfig } from '../../config/load.js';
import { createScanner } from '../../runtime/index.js';
import { buildPe } from '../../files/test-support/pe-builder.js';
import { buildZip, zipBomb } from '../../files/test-support/zip-builder.js';
import { attachmentPart, EVASIONS, every, everyAvoiding, exePart, fillerParts, headerPadding, nazarioMessages, nested, phishingPotFiles, severity, tryEvasion, withParts, type CorpusMessage } from '../../test-support/evasions.js';
import { isHeldOutPotFile, sharedData } from '../../test-support/shared-data.js';

/**
 * Issue 17, item 8, on real mail: each evasion is applied programmatically to real phishing messages read in
 * place from ../shared/data/phishing (the Nazario mboxes, 2005–2007, and phishing-pot-dev, 2022–2026; never
 * copied into the repository), and the edited message must keep the original's verdict — or a more severe
 * one, since the trick itself is now a finding — and carry the expected ids, without the ids of what the
 * edit used to hide. A fixed, spread-out sample keeps the test fast; `npm run bench:evasions` runs all.
 */
const scanner = await createScanner({ config: defaultConfig() });

function sample(): CorpusMessage[] {
  const nazario = [...every(nazarioMessages('phishing0.mbox'), 40, 7), ...every(nazarioMessages('phishing1.mbox'), 40, 13)];
  // The same spread-out sample as before, each held-out row of bench/phishing-labels.tsv replaced by the next file of its
  // stride that is not one (session 42 dropped them: 4 of its 21; by draw 15 the sample had shrunk under the floor below).
  const pot = everyAvoiding(phishingPotFiles(), 150, 11, isHeldOutPotFile).map((f) => ({ source: path.basename(f), raw: readFileSync(f) }));
  return [...nazario, ...pot];
}

test('evasions keep the verdict of real phishing mail (Nazario + phishing-pot sample)', async (t) => {
  if (!sharedData(t, 'phishing/phishing0.mbox') || !sharedData(t, 'phishing/phishing-pot-dev.tar.gz')) return;
  const messages = sample();
  assert.ok(messages.length >= 40, `sample of ${messages.length}`);
  for (const evasion of EVASIONS.filter((e) => !e.open)) {
    let tried = 0;
    let kept = 0;
    let withExpected = 0;
    for (const m of evasion.costly ? every(messages, 12, 5) : messages) {
      const outcome = await tryEvasion(scanner, evasion, m);
      // An edit of the HTML on a message without one.
      if (outcome === null) continue;
      tried++;
      const label = `${evasion.name} on ${m.source}: ${outcome.originalVerdict} → ${outcome.editedVerdict}`;
      assert.ok(severity(outcome.editedVerdict) >= severity(outcome.originalVerdict), label);
      if (evasion.expectShare === undefined) assert.deepEqual(outcome.missing, [], `${label}: expected ids missing`);
      if (outcome.missing.length === 0) withExpected++;
      assert.deepEqual(outcome.unexpected, [], `${label}: forbidden ids`);
      if (outcome.kept) kept++;
    }
    // Raised verdicts are only ever misses of the original (clean) becoming spam or worse, never a change of class.
    assert.ok(tried >= (evasion.costly ? 3 : 20) && kept >= tried * (evasion.keptShare ?? 0.9), `${evasion.name}: kept ${kept} of ${tried}`);
    assert.ok(withExpected >= tried * (evasion.expectShare ?? 1), `${evasion.name}: expected ids on ${withExpected} of ${tried}`);
  }
});

test('a real letter attached whole to a bland outer letter carries its class into the outer verdict, with the attached part as evidence', async (t) => {
  // Session 66 (evade67): message/rfc822 ("Fwd: …") and an .eml file as application/octet-stream ("FYI"). The verdict is held by
  // the loop above; here each letter that is not clean gives MIME_ATTACHED_MESSAGE_<its class>, naming part 2.
  if (!sharedData(t, 'phishing/phishing0.mbox') || !sharedData(t, 'phishing/phishing-pot-dev.tar.gz')) return;
  const ids: Readonly<Record<string, string>> = { spam: 'MIME_ATTACHED_MESSAGE_SPAM', phishing: 'MIME_ATTACHED_MESSAGE_PHISHING', malware: 'MIME_ATTACHED_MESSAGE_MALWARE' };
  let checked = 0;
  for (const evasion of EVASIONS.filter((e) => e.name === 'attached-message' || e.name === 'attached-eml-file')) {
    for (const m of sample()) {
      const outcome = (await tryEvasion(scanner, evasion, m))!;
      const id = ids[outcome.originalVerdict];
      const label = `${evasion.name} on ${m.source}: ${outcome.originalVerdict} → ${outcome.editedVerdict} [${outcome.editedIds.join(' ')}]`;
      if (id === undefined) {
        assert.ok(!outcome.editedIds.some((i) => i.startsWith('MIME_ATTACHED_MESSAGE_')), label);
        continue;
      }
      checked++;
      assert.ok(outcome.editedIds.includes(id), label);
    }
  }
  assert.ok(checked >= 40, `checked ${checked}`);
});

test('lookalike letters in a link text that shows a domain: the text is read as its reader reads it (issue 17, sample-6998)', async (t) => {
  // sample-6998 (design): a German casino advert whose link text "verantwortungsbewusst-spielen.de" links to another host. The
  // lookalike-letters evasion spells that text with Cyrillic е/а/о: the text was then no domain and the mismatch was lost
  // (phishing → spam). Read through the fold, the mismatch stays and the disguised host is itself a finding.
  if (!sharedData(t, 'phishing/phishing-pot-dev.tar.gz')) return;
  const file = phishingPotFiles().find((f) => path.basename(f) === 'sample-6998.eml');
  assert.ok(file && !isHeldOutPotFile('sample-6998.eml'), 'sample-6998.eml in phishing-pot-dev, design part');
  const evasion = EVASIONS.find((e) => e.name === 'lookalike-letters')!;
  const outcome = (await tryEvasion(scanner, evasion, { source: 'sample-6998.eml', raw: readFileSync(file) }))!;
  assert.equal(outcome.originalVerdict, 'phishing');
  assert.equal(outcome.editedVerdict, 'phishing', outcome.editedIds.join(', '));
  for (const id of ['URL_TEXT_DOMAIN_MISMATCH', 'URL_IDN_MIXED_SCRIPT']) assert.ok(outcome.editedIds.includes(id), `${id} in ${outcome.editedIds.join(', ')}`);
});

test('a notice lure padded past the header limit stays phishing (the padding counts as a sign the notice is not the holder\'s)', async (t) => {
  // sample-856 (outside the hand-labelled sample): a "Microsoft account unusual sign-in activity" notice, phishing through
  // PHISH_NOTICE_LURE; padded, the classifier reads less of its header and falls to the low band, which alone does not make
  // the notice a lure. (Session 42: in place of a file that is a held-out row of bench/phishing-labels.tsv since session 41.)
  if (!sharedData(t, 'phishing/phishing-pot-dev.tar.gz')) return;
  const file = phishingPotFiles().find((f) => path.basename(f) === 'sample-856.eml');
  assert.ok(file, 'sample-856.eml in phishing-pot-dev');
  const evasion = EVASIONS.find((e) => e.name === 'header-padding')!;
  const outcome = (await tryEvasion(scanner, evasion, { source: 'sample-856.eml', raw: readFileSync(file) }))!;
  assert.equal(outcome.originalVerdict, 'phishing');
  assert.equal(outcome.editedVerdict, 'phishing', outcome.editedIds.join(', '));
  assert.ok(outcome.editedIds.includes('PHISH_NOTICE_LURE') && outcome.editedIds.includes('HDR_LIMIT_EXCEEDED'), outcome.editedIds.join(', '));
});

test('session 46 corpus rows: a picture lure over a 1,201 px empty paragraph, an overlay that is no spacer, pictures as <image>', async (t) => {
  // phishing-pot-dev outside the held-out part. 1488 (design): a "Dream Tools" picture over a stolen mining newsletter pushed
  // down by a 10000vh flex spacer (session 54: in place of the session-46 row of a picture over a 1,201 px empty paragraph,
  // which draw 11 made held-out; no free file of that spacer was found). 1461 (design): the Elon energy-saver picture over a stolen newsletter pushed 470,500 px down
  // (session 53: in place of the campaign's energy-saver row, which draw 8 made held-out). 3918: a renewal lure whose
  // logo has a `position:absolute; height:200%` gradient laid over it, which must not read as a spacer. 2878: three
  // pictures written `<image src=…>` (a browser's `<img>`) over hidden hex filler, read as no picture before.
  if (!sharedData(t, 'phishing/phishing-pot-dev.tar.gz')) return;
  const files = new Map(phishingPotFiles().map((f) => [path.basename(f), f]));
  const rows: [source: string, verdict: string, expect: string[], forbid: string[]][] = [
    ['sample-1488.eml', 'spam', ['MIME_TEXT_PUSHED_OUT_OF_VIEW', 'CONTENT_IMAGE_LURE'], []],
    ['sample-1461.eml', 'spam', ['MIME_TEXT_PUSHED_OUT_OF_VIEW', 'CONTENT_IMAGE_LURE'], []],
    ['sample-3918.eml', 'phishing', [], ['MIME_TEXT_PUSHED_OUT_OF_VIEW']],
    ['sample-2878.eml', 'spam', ['CONTENT_IMAGE_LURE', 'CONTENT_IMAGE_LURE_HIDDEN_TEXT'], []],
  ];
  for (const [source, verdict, expect, forbid] of rows) {
    const file = files.get(source);
    assert.ok(file && !isHeldOutPotFile(file), `${source} in phishing-pot-dev, not held out`);
    const report = await scanner.scan({ raw: readFileSync(file), source });
    const ids = report.findings.map((f) => f.id);
    assert.equal(report.verdict, verdict, `${source}: ${ids.join(', ')}`);
    for (const id of expect) assert.ok(ids.includes(id), `${source} lacks ${id}: ${ids.join(', ')}`);
    for (const id of forbid) assert.ok(!ids.includes(id), `${source} has ${id}`);
  }
});

/** A text part longer than the default limits.maxTextPartBytes (2 MiB) of ordinary lines. */
const paddedTextPart = (): Buffer => Buffer.from(`Content-Type: text/plain; charset=us-ascii\r\n\r\n${'nothing to read here, an ordinary line\r\n'.repeat(60_000)}`, 'latin1');

test('a structural limit with a dangerous attachment never ends below malware; without one it is not malware (table)', async () => {
  const plain = Buffer.from('From: Billing <billing@invoices.example>\r\nTo: you@example.net\r\nSubject: your invoice\r\nDate: Mon, 23 Nov 2026 10:00:00 +0000\r\nMessage-ID: <1@invoices.example>\r\n\r\nPlease find the invoice attached.\r\n');
  let deepZip: Buffer = buildZip([{ name: 'invoice.exe', data: buildPe() }]);
  for (let i = 0; i < 7; i++) deepZip = buildZip([{ name: `level${i}.zip`, data: deepZip }]);
  const rows: { label: string; raw: Buffer; verdict: 'malware' | 'not malware'; expect: string[] }[] = [
    { label: 'a program in a zip nested past the archive depth', raw: withParts(plain, [attachmentPart('invoice.zip', deepZip, 'application/zip')]), verdict: 'malware', expect: ['ATTACH_ARCHIVE_LIMIT_DEPTH', 'MIME_LIMIT_WITH_PAYLOAD'] },
    { label: 'a program past the part limit', raw: withParts(plain, [...fillerParts(520), exePart()]), verdict: 'malware', expect: ['MIME_LIMIT_PARTS', 'MIME_LIMIT_WITH_PAYLOAD'] },
    { label: 'a program below the depth limit', raw: withParts(plain, [nested(exePart(), 24)]), verdict: 'malware', expect: ['MIME_LIMIT_DEPTH', 'MIME_LIMIT_WITH_PAYLOAD'] },
    { label: 'a program after header padding', raw: headerPadding(withParts(plain, [exePart()])), verdict: 'malware', expect: ['HDR_LIMIT_EXCEEDED', 'MIME_LIMIT_WITH_PAYLOAD'] },
    { label: 'a program after a text part padded past the text limit', raw: withParts(plain, [paddedTextPart(), exePart()]), verdict: 'malware', expect: ['MIME_LIMIT_TEXT', 'MIME_LIMIT_WITH_PAYLOAD'] },
    { label: 'a zip bomb whose headers understate its size, alone', raw: withParts(plain, [attachmentPart('statement.zip', zipBomb(96, 1000), 'application/zip')]), verdict: 'malware', expect: ['ATTACH_ZIP_BOMB'] },
    { label: 'header padding and a text file', raw: headerPadding(withParts(plain, [attachmentPart('notes.txt', Buffer.from('hello'), 'text/plain')])), verdict: 'not malware', expect: ['HDR_LIMIT_EXCEEDED'] },
    { label: 'a padded text part and a picture', raw: withParts(plain, [paddedTextPart(), attachmentPart('logo.png', Buffer.from('89504e470d0a1a0a', 'hex'), 'image/png')]), verdict: 'not malware', expect: ['MIME_LIMIT_TEXT'] },
    { label: 'many parts and a picture', raw: withParts(plain, [...fillerParts(520), attachmentPart('logo.png', Buffer.from('89504e470d0a1a0a', 'hex'), 'image/png')]), verdict: 'not malware', expect: ['MIME_LIMIT_PARTS'] },
  ];
  for (const row of rows) {
    const report = await scanner.scan({ raw: row.raw, source: row.label });
    const ids = report.findings.map((f) => f.id);
    assert.equal(report.verdict === 'malware' ? 'malware' : 'not malware', row.verdict, `${row.label}: ${report.verdict} ${ids.join(', ')}`);
    for (const id of row.expect) assert.ok(ids.includes(id), `${row.label}: expected ${id} in ${ids.join(', ')}`);
    if (row.verdict === 'not malware') assert.ok(!ids.includes('MIME_LIMIT_WITH_PAYLOAD'), row.label);
  }
});

test('a sign-in lure sandwiched between fillers past the text limit keeps its verdict: the middle\'s link lines are read (plain and HTML)', async () => {
  const head = (type: string) =>
    ['From: IT Desk <it@helpdesk-mail.example>', 'To: victim@example.org', 'Subject: Mailbox quota exceeded', 'Date: Mon, 23 Nov 2026 10:00:00 +0000', 'Message-ID: <q1@helpdesk-mail.example>', 'MIME-Version: 1.0', `Content-Type: ${type}; charset=utf-8`, '', ''].join('\r\n');
  const link = 'https://login-microsoftonline.verify-mailbox.example.top/auth?u=victim';
  const lure = `Your Microsoft 365 mailbox is full. Sign in to keep your mail: ${link}`;
  const plainFiller = 'nothing to see here, an ordinary line of filler text\r\n'.repeat(30_000);
  const htmlFiller = '<p style="display:none">an ordinary paragraph of hidden filler</p>\r\n'.repeat(25_000);
  const rows = [
    { label: 'plain', short: head('text/plain') + lure + '\r\n', padded: head('text/plain') + plainFiller + lure + '\r\n' + plainFiller },
    { label: 'html', short: `${head('text/html')}<p>${lure.replace(link, `<a href="${link}">sign in</a>`)}</p>\r\n`, padded: `${head('text/html')}${htmlFiller}<p>${lure.replace(link, `<a href="${link}">sign in</a>`)}</p>\r\n${htmlFiller}` },
  ];
  for (const row of rows) {
    const short = await scanner.scan({ raw: Buffer.from(row.short), source: `${row.label} short` });
    const padded = await scanner.scan({ raw: Buffer.from(row.padded), source: `${row.label} padded` });
    const ids = padded.findings.map((f) => f.id);
    assert.ok(Buffer.byteLength(row.padded) > 2 ** 21, row.label);
    assert.ok(ids.includes('MIME_LIMIT_TEXT'), `${row.label}: ${ids.join(', ')}`);
    assert.ok(ids.includes('URL_SIGNIN_PAGE_ELSEWHERE'), `${row.label}: ${ids.join(', ')}`);
    assert.ok(severity(padded.verdict) >= severity(short.verdict), `${row.label}: ${short.verdict} → ${padded.verdict}`);
  }
});

/** Everyday mail of the kinds closest to what session 23 changed: soft hyphens, picture buttons, tall blocks before a footer. */
function legitimate(from: string, subject: string, html: string, plain: string, extra: string[] = []): Buffer {
  return Buffer.from(
    [
      `From: ${from}`,
      'To: anna.schmidt@example.net',
      `Subject: ${subject}`,
      'Date: Tue, 10 Mar 2026 09:12:00 +0100',
      `Message-ID: <${subject.length}.20260310@${from.replace(/^.*@|>$/g, '')}>`,
      ...extra,
      'MIME-Version: 1.0',
      'Content-Type: multipart/alternative; boundary="alt"',
      '',
      '--alt',
      'Content-Type: text/plain; charset=utf-8',
      '',
      plain,
      '--alt',
      'Content-Type: text/html; charset=utf-8',
      '',
      html,
      '--alt--',
      '',
    ].join('\r\n'),
  );
}

test('everyday mail stays clean: hyphenation hints, a picture button, a tall picture and a footer (must-not, session 23)', async () => {
  const rows: { label: string; raw: Buffer }[] = [
    {
      label: 'a German sports club newsletter with soft hyphens',
      raw: legitimate(
        'TSV Lindenau <info@tsv-lindenau.example>',
        'Vereinsnachrichten März',
        '<html><body><h2>Vereins&shy;nachrichten</h2><p>Liebe Mitglieder, die Jahres&shy;haupt&shy;versammlung findet am 24. April um 19 Uhr im Vereins&shy;heim statt. Die Tages&shy;ordnung hängt im Schaukasten aus.</p><p>Das Jugend&shy;training der Fußball&shy;abteilung beginnt nach den Oster&shy;ferien wieder dienstags um 17 Uhr.</p><p>Sportliche Grüße, euer Vorstand</p></body></html>',
        'Liebe Mitglieder, die Jahreshauptversammlung findet am 24. April um 19 Uhr im Vereinsheim statt.',
        ['List-Unsubscribe: <mailto:abmelden@tsv-lindenau.example>'],
      ),
    },
    {
      label: 'a Dutch municipality notice with soft hyphens',
      raw: legitimate(
        'Gemeente Veldhoven <noreply@veldhoven.example>',
        'Werkzaamheden in uw straat',
        '<p>Beste bewoner,</p><p>Vanaf maandag 16 maart vervangen wij de riolerings&shy;leidingen in de Kerkstraat. De werk&shy;zaamheden duren ongeveer drie weken. Uw woning blijft bereikbaar voor voetgangers.</p><p>Met vriendelijke groet,<br>Afdeling Openbare Ruimte</p>',
        'Beste bewoner, vanaf maandag 16 maart vervangen wij de rioleringsleidingen in de Kerkstraat.',
      ),
    },
    {
      label: 'a shop receipt with a tall product picture and its footer',
      raw: legitimate(
        'Buchhandlung Weber <bestellung@buch-weber.example>',
        'Ihre Bestellung 10422',
        `<table width="600"><tr><td><img src="https://buch-weber.example/img/logo.png" width="200" height="60"></td></tr><tr><td><img src="https://buch-weber.example/img/cover-10422.jpg" width="600" height="1400"></td></tr><tr><td>Vielen Dank für Ihre Bestellung 10422 vom 10. März: 1 × "Die Vermessung der Welt", 14,00 EUR, Versand 0,00 EUR. Die Lieferung erfolgt in zwei bis drei Werktagen.</td></tr>${'<tr><td height="40"></td></tr>'.repeat(3)}<tr><td style="font-size:11px">Buchhandlung Weber GmbH, Marktplatz 3, 04109 Leipzig. Sie erhalten diese Nachricht, weil Sie bei uns bestellt haben. Impressum und Datenschutz finden Sie auf unserer Website buch-weber.example.</td></tr></table>`,
        'Vielen Dank für Ihre Bestellung 10422.',
      ),
    },
    {
      label: 'a friend\'s note with a long signature after many blank lines',
      raw: legitimate(
        'Jonas Keller <jonas.keller@example.org>',
        'Fotos vom Wochenende',
        `<div>Hallo Anna,</div><div>anbei wie versprochen die Fotos vom Wochenende am See. Das mit dem Boot müssen wir unbedingt wiederholen!</div><div>Liebe Grüße, Jonas</div>${'<br>'.repeat(50)}<div>Jonas Keller<br>Lindenstraße 12<br>04109 Leipzig<br>Telefon 0341 555 0123<br>Diese Nachricht wurde von meinem Laptop gesendet, Tippfehler bitte ich zu entschuldigen. Wenn Sie nicht der richtige Empfänger sind, informieren Sie mich bitte und löschen Sie diese Nachricht.</div>`,
        'Hallo Anna, anbei die Fotos vom Wochenende.',
      ),
    },
    {
      label: 'a bank notice with a picture button to sign in on its own site',
      raw: legitimate(
        'Sparkasse Leipzig <service@sparkasse-leipzig.example>',
        'Ihr Kontoauszug ist verfügbar',
        '<p>Sehr geehrte Frau Schmidt,</p><p>Ihr Kontoauszug für Februar steht im Online-Banking bereit.</p><form action="https://www.sparkasse-leipzig.example/login"><input type="image" src="https://www.sparkasse-leipzig.example/img/button-anmelden.png" alt="Zum Online-Banking"></form><p>Mit freundlichen Grüßen<br>Ihre Sparkasse Leipzig</p>',
        'Sehr geehrte Frau Schmidt, Ihr Kontoauszug für Februar steht im Online-Banking bereit.',
      ),
    },
  ];
  for (const row of rows) {
    const report = await scanner.scan({ raw: row.raw, source: row.label });
    const ids = report.findings.map((f) => f.id);
    assert.equal(report.verdict, 'clean', `${row.label}: ${report.score} ${ids.join(', ')}`);
    for (const id of ['MIME_INVISIBLE_CHARS', 'MIME_TEXT_PUSHED_OUT_OF_VIEW', 'MIME_HIDDEN_TEXT', 'MIME_TEXT_INVISIBLE_COLOUR']) assert.ok(!ids.includes(id), `${row.label}: ${id}`);
  }
});

/** A long white text a reader sees on the dark or pictured background it sits on. */
const WHITE_ON_DARK = 'Spring programme 2026: guided walks every Saturday morning, evening lectures on the history of the old town, a children\'s workshop on printing with wooden letters, and our annual open day in May with music in the courtyard and tea in the garden room.';

test('everyday mail with white text on what it is drawn on stays clean and shows that text (must-not, session 32)', async () => {
  const rows: { label: string; html: string }[] = [
    { label: 'a header cell with bgcolor', html: `<table width="600"><tr><td bgcolor="#003366" style="padding:20px"><h1 style="color:#ffffff">Stadtmuseum</h1><p style="color:#ffffff">${WHITE_ON_DARK}</p></td></tr><tr><td><p>Dear members, the programme is below.</p></td></tr></table>` },
    { label: 'a button and a banner with inline dark backgrounds', html: `<div style="background-color:#1a1a2e;padding:24px"><p style="color:#fff;font-size:16px">${WHITE_ON_DARK}</p><a href="https://stadtmuseum.example/programme" style="background:#e94560;color:#ffffff;padding:12px 20px">See the programme</a></div>` },
    { label: 'a hero picture behind white text', html: `<table width="600"><tr><td background="https://stadtmuseum.example/img/hero.jpg" bgcolor="#ffffff" style="background-image:url(https://stadtmuseum.example/img/hero.jpg)"><p style="color:#ffffff">${WHITE_ON_DARK}</p></td></tr></table>` },
    { label: 'a template whose style sheet gives the dark background', html: `<style>#header { background-color: #222222; } .footer td { background: #333333 }</style><div id="header"><p style="color:#ffffff">${WHITE_ON_DARK}</p></div><table class="footer"><tr><td><span style="color:#fefefe">Stadtmuseum, Marktplatz 1. You receive this newsletter as a member; write to us to unsubscribe.</span></td></tr></table>` },
    { label: 'a dark-mode template', html: `<style>@media (prefers-color-scheme: dark) { .card { background-color: #111111 !important; } }</style><body style="background:#0d0d0d"><div class="card"><p style="color:#f5f5f5">${WHITE_ON_DARK}</p></div><p style="color:#999999">Stadtmuseum, Marktplatz 1.</p></body>` },
  ];
  for (const row of rows) {
    const raw = legitimate('Stadtmuseum <news@stadtmuseum.example>', 'Spring programme 2026', row.html, 'Spring programme 2026 of the Stadtmuseum.', ['List-Unsubscribe: <mailto:news-off@stadtmuseum.example>']);
    const report = await scanner.scan({ raw, source: row.label });
    const ids = report.findings.map((f) => f.id);
    assert.equal(report.verdict, 'clean', `${row.label}: ${report.score} ${ids.join(', ')}`);
    assert.ok(!ids.includes('MIME_TEXT_INVISIBLE_COLOUR') && !ids.includes('MIME_HIDDEN_TEXT'), `${row.label}: ${ids.join(', ')}`);
  }
});
