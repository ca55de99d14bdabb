import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ALL_FINDING_IDS } from '../core/finding-ids.js';
import { explainFinding, translateEvidence, verdictWord, withDescriptions } from './explain.js';

test('every id is explained in English and Japanese; an unknown id has no explanation', () => {
  for (const id of ALL_FINDING_IDS) {
    assert.ok((explainFinding(id, 'en') ?? '').length > 10, id);
    assert.ok((explainFinding(id, 'ja') ?? '').length > 5, id);
  }
  assert.equal(explainFinding('NOT_AN_ID', 'en'), undefined);
});

test('verdict words in both languages (the JSON keeps the enum)', () => {
  assert.deepEqual(['clean', 'spam', 'phishing', 'malware'].map((v) => verdictWord(v as 'spam', 'ja')), ['正常', 'スパム', 'フィッシング', 'マルウェア']);
  assert.equal(verdictWord('phishing', 'en'), 'PHISHING');
});

const rows: { id: string; en: string; ja: string }[] = [
  {
    id: 'LOOKALIKE_FROM_LOCAL_PART',
    en: 'torendmicro.com (From local part) imitates trendmicro.com of Trend Micro by transliteration',
    ja: 'torendmicro.com(差出人アドレスのローカル部)は Trend Micro の trendmicro.com を音訳(カタカナ読みのローマ字化)で模倣しています',
  },
  {
    id: 'FROM_BRAND_DISPLAY_NAME',
    en: 'display name "ウイルスバスター" names Trend Micro (ウイルスバスター), but the address is at jsomething.r2something.net',
    ja: '表示名「ウイルスバスター」は Trend Micro(ウイルスバスター)を名乗っていますが、アドレスは jsomething.r2something.net',
  },
  { id: 'CONTENT_CLASSIFIER_SPAM', en: 'p=0.7316: st:links:1, ja:の', ja: '確率 0.7316: st:links:1, ja:の' },
  { id: 'MIME_HTML_ONLY', en: 'text/html without text/plain', ja: 'text/plain のない text/html' },
  { id: 'URL_SHORTENER', en: 'bit.ly: https://bit.ly/x; tinyurl.com: https://tinyurl.com/y', ja: '短縮 URL サービス bit.ly: https://bit.ly/x; 短縮 URL サービス tinyurl.com: https://tinyurl.com/y' },
  { id: 'URL_SHORTENER', en: 'a; b; … (+3 more)', ja: 'a; b; …(ほか 3 件)' },
  {
    id: 'URL_OPEN_REDIRECT',
    en: 'www.google.co.uk/amp → http://tosuchapel.info/TUp4 (in the path)',
    ja: 'www.google.co.uk/amp から http://tosuchapel.info/TUp4 へ転送(パスで指定)',
  },
  // Session 62 (helper mal63): session 61's and 62's malware-lure ids, each template as the check writes it.
  {
    id: 'URL_DEVICE_MESSAGE_DOWNLOAD',
    en: '"Dokument herunterladen" for the Gescanntes Dokument leads to scan-cloud.top, not the sender\'s buero-schmidt-gmbh.de: https://scan-cloud.top/d/0042',
    ja: '「Dokument herunterladen」(Gescanntes Dokument)のダウンロード先は送信者の buero-schmidt-gmbh.de ではなく scan-cloud.top: https://scan-cloud.top/d/0042',
  },
  {
    id: 'URL_DEVICE_MESSAGE_DOWNLOAD',
    en: '"Download fax" for the fax leads to fax-box.top, not the sender\'s (no domain): https://fax-box.top/f/1',
    ja: '「Download fax」(fax)のダウンロード先は fax-box.top(送信者のドメインなし): https://fax-box.top/f/1',
  },
  {
    id: 'URL_DOCUMENT_DOWNLOAD_SENDER_DOMAIN',
    en: '"Baixar boleto" names boleto on the sender\'s own domain: https://cobranca-digital-2291.com.br/b/2291',
    ja: '「Baixar boleto」は boleto をダウンロードさせるボタンで、リンク先は送信者自身のドメイン: https://cobranca-digital-2291.com.br/b/2291',
  },
  {
    id: 'URL_VIEWER_UPDATE_ELSEWHERE',
    en: '"Adobe Reader を最新バージョンに更新する必要があります" in the opening, a link elsewhere than the sender and the brands, no secret asked',
    ja: '冒頭に「Adobe Reader を最新バージョンに更新する必要があります」、送信者やブランド以外へのリンクがあり、秘密の情報は求めていません',
  },
  {
    id: 'URL_PAYLOAD_IN_HTML_ATTACHMENT',
    en: 'Salary_Adjustment.html links to Salary_2025.zip: https://docs-portal.top/Salary_2025.zip',
    ja: '添付の Salary_Adjustment.html が Salary_2025.zip へリンクしています: https://docs-portal.top/Salary_2025.zip',
  },
  {
    id: 'ATTACH_HTML_PAYLOAD_REDIRECT',
    en: 'Factura_2291.zip > Factura_2291.html: to Factura.zip: https://factura-2291.top/Factura.zip',
    ja: 'Factura_2291.zip > Factura_2291.html: 開くとブラウザが Factura.zip のダウンロードへ転送されます: https://factura-2291.top/Factura.zip',
  },
  {
    id: 'ATTACH_APP_PACKAGE',
    en: 'VPNClient.msix: .msix app package (AppxManifest.xml)',
    ja: 'VPNClient.msix: .msix アプリパッケージ(AppxManifest.xml を含む)',
  },
  {
    id: 'ATTACH_APP_PACKAGE',
    en: 'Teams.appinstaller: App Installer file (.appinstaller)',
    ja: 'Teams.appinstaller: App Installer ファイル(.appinstaller)',
  },
  {
    id: 'ATTACH_HTML_SMUGGLING',
    en: 'Rechnung_2291.htm: msSaveOrOpenBlob, download attribute, data: URI of a binary, remote file fetched as a Blob',
    ja: 'Rechnung_2291.htm: ファイルを組み立てて保存させるスクリプト(msSaveOrOpenBlob(保存)、download 属性、バイナリの data: URI、サーバーから Blob として取得したファイル)',
  },
  // A file name with ": " in it keeps its name; a marker this table does not know leaves the line as written.
  {
    id: 'ATTACH_HTML_SMUGGLING',
    en: 'Re: invoice.html: atob, Blob',
    ja: 'Re: invoice.html: ファイルを組み立てて保存させるスクリプト(atob(Base64 の復号)、Blob(ファイルの組み立て))',
  },
  { id: 'ATTACH_HTML_SMUGGLING', en: 'page.html: atob, a new marker', ja: 'page.html: atob, a new marker' },
  // Session 62: scam63's readers — the quotes stay as written, the evidence's own words are rewritten.
  {
    id: 'CONTENT_TRADING_ACQUAINTANCE',
    en: '"is this you?" … "I made 30% this week" … "trading"; no web link',
    ja: '"is this you?" … "I made 30% this week" … "trading"; ウェブへのリンクなし',
  },
  {
    id: 'CONTENT_REFUND_BY_REPLY',
    en: '"Sie haben Anspruch auf eine Rückerstattung" … "senden Sie uns Ihre IBAN"; no page, the details go back by mail',
    ja: '"Sie haben Anspruch auf eine Rückerstattung" … "senden Sie uns Ihre IBAN"; 入力ページはなく、情報はメールの返信で送らせます',
  },
  {
    id: 'MIME_ATTACHED_MESSAGE_PHISHING',
    en: 'part 2 (message/rfc822) from "PayPal Service" <service@paypal-notice-center.top>, subject "Your account has been limited": phishing 49.8 — PHISH_ACCOUNT_THREAT, URL_TEXT_DOMAIN_MISMATCH',
    ja: '添付パート 2(message/rfc822)差出人 "PayPal Service" <service@paypal-notice-center.top>、件名「Your account has been limited」: 単体で読むと phishing(スコア 49.8)— PHISH_ACCOUNT_THREAT, URL_TEXT_DOMAIN_MISMATCH',
  },
  {
    id: 'MIME_ATTACHED_MESSAGE_LIMIT',
    en: '2 attached messages past the first 8 not read as a letter of its own (the first at part 10)',
    ja: '最初の 8 通を超える添付メッセージ 2 通は、一通のメールとしては読んでいません(最初のものはパート 10)',
  },
  // No pattern for this wording: shown as written, never mistranslated.
  { id: 'HDR_BULK_MAILER', en: 'Advanced Mass Sender v4.3', ja: 'Advanced Mass Sender v4.3' },
];

for (const row of rows) {
  test(`evidence of ${row.id} in Japanese: ${row.en.slice(0, 40)}`, () => {
    assert.equal(translateEvidence(row.id, row.en, 'en'), row.en);
    assert.equal(translateEvidence(row.id, row.en, 'ja'), row.ja);
  });
}

test('descriptions are added at the edge in the JSON field order the output always had', () => {
  const [ja] = withDescriptions([{ id: 'MIME_HTML_ONLY', score: 0.5, group: 'mime', class: 'spam', evidence: 'x', data: [{ a: 1 }] }], 'ja');
  assert.deepEqual(Object.keys(ja!), ['id', 'score', 'group', 'class', 'description', 'evidence', 'data']);
  assert.equal(ja!.description, explainFinding('MIME_HTML_ONLY', 'ja'));
});

test('where in a URL a value sat is said in Japanese too', () => {
  assert.equal(
    translateEvidence('URL_UNIQUE_TOKEN', 'path segment 1 = "080E181D" (79 chars, 3.6 bits/char) in <a>: http://www.example.net/080E181D', 'ja'),
    'パスの 1 番目の要素 = "080E181D"(79 文字、1 文字あたり 3.6 ビット)<a> 内: http://www.example.net/080E181D',
  );
});

test('an evidence part longer than the patterns read is shown as written, the other parts are still translated', () => {
  // A display name full of the template's own words (4 KB of such text that almost matches took 3.3 s before the
  // bound); this one matches, so without the bound it would come out translated.
  const hostile = `display name "${'" names a (b), but the address is at '.repeat(60)}" names X (x.com), but the address is at y.com`;
  assert.ok(hostile.length > 1024);
  const plain = 'display name "Trend Micro" names Trend Micro (trendmicro.com), but the address is at torendmicro.com';
  const out = translateEvidence('FROM_BRAND_DISPLAY_NAME', `${hostile}; ${plain}`, 'ja');
  assert.equal(out, `${hostile}; 表示名「Trend Micro」は Trend Micro(trendmicro.com)を名乗っていますが、アドレスは torendmicro.com`);
});
