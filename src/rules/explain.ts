import { isFindingId, type FindingId } from '../core/finding-ids.js';
import type { Verdict } from '../core/finding.js';
import type { ScoredFinding } from '../score/score.js';
import { FINDINGS } from './findings.js';

/**
 * Explanation at the edge: a scan result carries ids, scores and evidence (the canonical English evidence
 * text and structured `data`); the words a person reads are chosen when it is shown (CLI, API, dashboard),
 * so one stored result can be read in English or Japanese. This module holds the words.
 */
export type Lang = 'en' | 'ja';

/** What a finding id means and what to do about it, in a language (undefined for an id not in the catalogue). */
export function explainFinding(id: string, lang: Lang): string | undefined {
  return isFindingId(id) ? FINDINGS[id][lang] : undefined;
}

const VERDICT_WORDS: Record<Lang, Record<Verdict, string>> = {
  en: { clean: 'CLEAN', spam: 'SPAM', phishing: 'PHISHING', malware: 'MALWARE' },
  ja: { clean: '正常', spam: 'スパム', phishing: 'フィッシング', malware: 'マルウェア' },
};

/** The verdict as a word for people (the JSON keeps the enum: clean, spam, phishing, malware). */
export function verdictWord(verdict: Verdict, lang: Lang): string {
  return VERDICT_WORDS[lang][verdict];
}

/** A pattern and its Japanese: a replacement string ($1… kept verbatim), or a function of the match's groups for a list of terms. */
type Rewrite = [pattern: RegExp, ja: string | ((match: string, ...groups: string[]) => string)];

/** Where a domain was seen (the sender family's `Where`), in Japanese. */
const WHERE_JA: Record<string, string> = {
  'From domain': '差出人ドメイン',
  'From local part': '差出人アドレスのローカル部',
  'display name': '表示名',
  'Reply-To': 'Reply-To',
  'Return-Path': 'Return-Path',
  Sender: 'Sender',
  'Message-ID': 'Message-ID',
  link: 'リンク',
};

const TECHNIQUE_JA: Record<string, string> = {
  combosquatting: 'コンボスクワッティング(語の付け足し)',
  bitsquatting: 'ビットスクワッティング',
  transliteration: '音訳(カタカナ読みのローマ字化)',
  edit: '文字の置換・挿入・削除',
  'idn-homograph': 'IDN ホモグラフ(似た文字)',
  homograph: 'ホモグラフ(似た文字)',
  'tld-swap': 'TLD の差し替え',
  subdomain: 'サブドメインへの埋め込み',
  'brand-domain-in-local-part': 'ローカル部へのブランドドメインの埋め込み',
  embedded: 'ドメインの埋め込み',
  'near-claimed-brand': '名乗っているブランドのドメインへの見た目の近さ(短いドメイン・重ねた似た文字)',
};

/** What an HTML smuggler's script was seen doing (files/html's marker labels), in Japanese; a label not here is shown as written. */
const SMUGGLING_MARKER_JA: Record<string, string> = {
  atob: 'atob(Base64 の復号)',
  Blob: 'Blob(ファイルの組み立て)',
  msSaveOrOpenBlob: 'msSaveOrOpenBlob(保存)',
  createObjectURL: 'createObjectURL(ファイルの URL 化)',
  'download attribute': 'download 属性',
  'scripted click': 'スクリプトによるクリック',
  'byte array assembly': 'バイト列の組み立て',
  'data: URI of a binary': 'バイナリの data: URI',
  'remote file fetched as a Blob': 'サーバーから Blob として取得したファイル',
};

const attachedLetter: Rewrite = [/^part (\S+) \(([a-z/0-9-]+)\) from (.+), subject "(.*)": (phishing|malware|spam) ([\d.]+) — ([A-Z0-9_, ]*)(.*)$/, '添付パート $1($2)差出人 $3、件名「$4」: 単体で読むと $5(スコア $6)— $7$8'];
const lookalike: Rewrite = [/^(.+?) \((.+?)\) imitates (\S+) of (.+?) by ([\w-]+)(?: \((.+)\))?$/, 'LOOKALIKE'];

/**
 * Japanese for the evidence of the ids people meet most, one pattern per evidence template of the check
 * that writes it ($1… are the parts kept verbatim: domains, addresses, names, file names). An evidence
 * line no pattern matches is shown as written (English), never mistranslated.
 */
const EVIDENCE_JA: { [Id in FindingId]?: readonly Rewrite[] } = {
  MIME_HTML_ONLY: [[/^text\/html without text\/plain$/, 'text/plain のない text/html']],
  HDR_FROM_RETURN_PATH_MISMATCH: [[/^From (\S+), Return-Path (\S+)$/, '差出人 $1、Return-Path $2']],
  URL_UNIQUE_TOKEN: [[/^(.+?) = "(.+?)" \((\d+) chars, ([\d.]+) bits\/char\) in <(\w+)>: (.+)$/, '$1 = "$2"($3 文字、1 文字あたり $4 ビット)<$5> 内: $6']],
  HDR_LIST_HEADERS: [[/^precedence: (.+)$/, 'Precedence: $1']],
  URL_WEB_BUG: [[/^1×1 image (.+)$/, '1×1 ピクセルの画像 $1']],
  HDR_8BIT: [[/^header-8bit: (.+)$/, 'エンコードされていない 8 ビット文字のヘッダー: $1']],
  HDR_SUBJECT_LIMIT: [[/^limit-subject-length: subject of (\d+) characters: the content was read with its first (\d+) and the whole body$/, 'limit-subject-length: 件名が $1 文字: 内容は件名の先頭 $2 文字と本文全体で検査しました']],
  URL_IP_HOST: [[/^(.+) in <(\w+)>$/, '<$2> 内の $1']],
  FROM_BRAND_SUBJECT: [[/^subject names (.+?) \((.+?)\); sender at (.+)$/, '件名が $1($2)を名乗っていますが、送信者は $3']],
  FROM_BRAND_DISPLAY_NAME: [
    [/^display name "(.+)" names (.+?) \((.+?)\) as the subject does \((.+?)\), but the address is at (\S+)$/, '表示名「$1」は件名($4)と同じく $2($3)を名乗っていますが、アドレスは $5'],
    [/^display name "(.+)" names (.+?) \((.+?)\) as the signature does \((.+?)\), but the address is at (\S+)$/, '表示名「$1」は署名($4)と同じく $2($3)を名乗っていますが、アドレスは $5'],
    [/^display name "(.+)" names (.+?) \((.+?)\), but the address is at (.+)$/, '表示名「$1」は $2($3)を名乗っていますが、アドレスは $4'],
  ],
  FROM_BRAND_OWN_DOMAIN: [
    [/^display name "(.+)" names (.+?); address at its domain (.+)$/, '表示名「$1」は $2 を名乗り、アドレスもそのドメイン $3'],
    [/^address (\S+) is at (.+?)'s domain, and the display name "(.*)" names no one else$/, 'アドレス $1 は $2 のドメインにあり、表示名「$3」はほかの誰も名乗っていません'],
    [/^address (\S+) is at (.+?)'s domain, with no display name$/, 'アドレス $1 は $2 のドメインにあり、表示名はありません'],
  ],
  FROM_BRAND_FREEMAIL: [[/^"(.+)" \((.+?)\) writes from free-mail (.+)$/, '「$1」($2)がフリーメール $3 から送信']],
  FROM_REPLYTO_FREEMAIL: [[/^From (\S+) but Reply-To (\S+) \(free-mail\)$/, '差出人は $1 ですが、Reply-To はフリーメール $2']],
  FROM_DISPLAY_NAME_DOMAIN_MISMATCH: [[/^display name "(.+)" shows (\S+), but the address is at (.+)$/, '表示名「$1」は $2 を示していますが、アドレスは $3']],
  URL_SHORTENER: [[/^(\S+): (.+)$/, '短縮 URL サービス $1: $2']],
  URL_FREE_FILE_HOST: [[/^(\S+): (.+)$/, '無料ファイル共有 $1: $2']],
  URL_SUSPICIOUS_TLD: [[/^(\S+): (.+)$/, '不審な TLD $1: $2']],
  URL_TEXT_DOMAIN_MISMATCH: [
    [/^text "(.+)" \((\S+)\) links to (\S+) via (\S+): (.+)$/, '表示「$1」($2)のリンク先は $4 経由で $3: $5'],
    [/^text "(.+)" \((\S+)\) links to (\S+): (.+)$/, '表示「$1」($2)のリンク先は $3: $4'],
  ],
  URL_TEXT_BRAND_MISMATCH: [[/^text "(.+)" names (.+?), links to (\S+): (.+)$/, '表示「$1」は $2 を名乗っていますが、リンク先は $3: $4']],
  URL_HTTPS_TEXT_HTTP_HREF: [[/^text shows (\S+), links to (.+)$/, '表示は $1、実際のリンク先は $2']],
  URL_FORM_EXTERNAL: [[/^form \((\w+)\) posts to (\S+): (.+)$/, 'フォーム($1)の送信先は $2: $3']],
  URL_FORM_PASSWORD: [[/^password form posts to (\S+): (.+)$/, 'パスワード入力フォームの送信先は $1: $2']],
  URL_USERINFO: [[/^shows "(.+)", goes to (\S+): (.+)$/, '「$1」と見せかけて $2 へ: $3']],
  URL_IP_OBFUSCATED: [[/^(\S+) is (\S+) written as (.+)$/, '$1 は $2 を $3 形式で書いたもの']],
  URL_OPEN_REDIRECT: [
    [/^(\S+) → (\S+) \(parameter `(.+)`\)$/, '$1 から $2 へ転送(パラメータ `$3`)'],
    [/^(\S+) → (\S+) \(in the path\)$/, '$1 から $2 へ転送(パスで指定)'],
  ],
  URL_IDN_HOST: [[/^(\S+) \((\S+)\)$/, '$1($2)']],
  URL_RECIPIENT_ADDRESS: [[/^(.+?) contains (\S+) in <(\w+)>: (.+)$/, '$1 に受信者アドレス $2 が含まれています(<$3> 内): $4']],
  URL_RECIPIENT_ENCODED: [[/^(.+?) = (base64url|base64|hex|MD5|SHA-1|SHA-256|[\w-]+) of (\S+) \((.+)\) in <(\w+)>: (.+)$/, '$1 = 受信者アドレス $3 の $2($4)<$5> 内: $6']],
  URL_EMAIL_IN_URL: [[/^(.+) in <(\w+)>: (.+)$/, '<$2> 内の URL にメールアドレス: $1: $3']],
  URL_JAVASCRIPT_URI: [[/^(.+) in <(\w+)>$/, '<$2> 内の $1']],
  URL_DATA_URI: [[/^(.+) in <(\w+)>$/, '<$2> 内の $1']],
  HDR_TO_MISSING: [[/^(.+)$/, '宛先なし: $1']],
  MIME_HIDDEN_TEXT: [[/^(\d+) hidden characters$/, '隠された文字 $1 文字']],
  MIME_TEXT_INVISIBLE_COLOUR: [[/^([\d,]+) characters of text in the colour of their background$/, '背景と同じ色の文字 $1 文字']],
  MIME_TEXT_PUSHED_OUT_OF_VIEW: [[/^an empty height of ([\d,]+) px, then ([\d,]+) characters of text out of view$/, '$1 px の空白の後、画面外に $2 文字の文章']],
  MIME_INVISIBLE_CHARS: [[/^(\d+) zero-width or bidi control characters inside words$/, '単語の中のゼロ幅文字・双方向制御文字 $1 個']],
  MIME_MIXED_SCRIPT_WORDS: [[/^mixed-script-words: (\d+) words spelt with letters of another script: (.*)$/, '別の文字体系の文字で綴られた単語 $1 個: $2']],
  HDR_DATE_PAST: [[/^Date (\S+) is (\d+) days before received (\S+)$/, 'Date $1 は受信日時 $3 より $2 日前']],
  HDR_DATE_FUTURE: [[/^Date (\S+) is (\d+) days after received (\S+)$/, 'Date $1 は受信日時 $3 より $2 日後']],
  HDR_SUBJECT_SHOUTING: [[/^(.+)$/, '大文字ばかりの件名: $1']],
  HDR_SUBJECT_MISSING: [[/^empty or no Subject$/, '件名なし(または空)']],
  HDR_MESSAGE_ID_MISSING: [[/^no Message-ID header$/, 'Message-ID ヘッダーなし']],
  HDR_DATE_MISSING: [[/^no Date header$/, 'Date ヘッダーなし']],
  HDR_TO_MANY: [[/^(\d+) recipients in To\/Cc$/, 'To/Cc に $1 人の宛先']],
  HDR_RECEIVED_HELO_IP_MISMATCH: [[/^HELO (\S+) from (\S+)$/, 'HELO $1、接続元 $2']],
  HDR_RECEIVED_HELO_FORGED: [[/^HELO (\S+) from (.+)$/, 'HELO $1(実際の接続元 $2)']],
  HDR_RECEIVED_TIME_REVERSED: [[/^hop (\d+) \((\S+)\) is later than the newer hop above it \((\S+)\)$/, '経路 $1 番目($2)がその上の新しい経路($3)より後の時刻です']],
  // The kind of scam whose words fill the text (categories.ts), then the words as found.
  CONTENT_SCAM_LETTER: [
    [/^advance-fee: (.+)$/, '前払い金詐欺(遺産・当選・寄付): $1'], [/^sextortion: (.+)$/, '性的脅迫(セクストーション): $1'],
    [/^crypto-scam: (.+)$/, '暗号資産ウォレットの誘い: $1'], [/^jobs: (.+)$/, '副業・求人詐欺: $1'], [/^finance: (.+)$/, '投資・融資の勧誘: $1'],
    [/^callback-scam: (.+)$/, '偽の請求・更新・ウイルス警告(電話をかけさせる詐欺): $1'],
  ],
  // Two parts each ("asked: …; for: …", "asked: …; by: …"), rewritten one by one.
  CONTENT_ADVANCE_FEE_ASKED: [[/^asked: (.+)$/, '先払いを求める語: $1'], [/^for: (.+)$/, '支払いの名目: $1']],
  CONTENT_DONATION_UNTRACEABLE: [[/^asked: (.+)$/, '寄付の依頼: $1'], [/^by: (.+)$/, '支払い方法: $1']],
  CONTENT_DEBT_CALLBACK: [[/^debt: (.+)$/, '請求: $1'], [/^threat: (.+)$/, '脅し・期限: $1'], [/^call: (.+)$/, '電話の要求: $1']],
  // Session 62: the quoted phrases stay as written; the evidence's own words after them ("; …") are rewritten one part at a time.
  CONTENT_TRADING_ACQUAINTANCE: [[/^no web link$/, 'ウェブへのリンクなし']],
  CONTENT_REFUND_BY_REPLY: [[/^no page, the details go back by mail$/, '入力ページはなく、情報はメールの返信で送らせます']],
  CONTENT_BANK_DETAILS_CHANGED: [[/^changed: (.+)$/, '口座の変更: $1'], [/^pay: (.+)$/, '支払いの依頼: $1'], [/^no check: (.+)$/, '確認を妨げる語: $1']],
  CONTENT_BANK_DETAILS_NEW: [[/^changed: (.+)$/, '口座の変更: $1'], [/^pay: (.+)$/, '支払いの依頼: $1']],
  CONTENT_THEME_EVENT_NEAR_DATE: [[/^(\S+) \(near (\S+)\): (.+)$/, '$1($2 の近く): $3']],
  ATTACH_EXECUTABLE: [[/^(.+): Windows PE executable$/, '$1: Windows の実行ファイル(PE)']],
  ATTACH_DOCUMENT_IMAGE_LINK: [
    [/^(.+): a picture and no text on (\d+) pages?, a link over (\d+) % of the page, to (\S+)$/, '$1: 文字がなく画像だけの $2 ページで、ページの $3 % を覆うリンクの先は $4'],
    [/^(.+): no words, a picture that is a link, to (\S+)$/, '$1: 文字がなく、リンクになった画像の先は $2'],
  ],
  ATTACH_DOCUMENT_CREDENTIAL_LURE: [
    [/^(.+?) says "(.+)" and "(.+)" in (\d+) words and links to (\S+)$/, '$1 は「$2」「$3」と書かれた $4 語の文書で、リンク先は $5'],
    [/^(.+?) says "(.+)" in (\d+) words and links to (\S+)$/, '$1 は「$2」と書かれた $3 語の文書で、リンク先は $4'],
  ],
  ATTACH_ARCHIVE_WITH_DANGEROUS: [[/^(.+?): contains (.+?) \((.+)\)$/, '$1 の中に $2($3)']],
  ATTACH_EXECUTABLE_NAME: [[/^(.+): (\.\w+)$/, '$1: 実行される拡張子 $2']],
  ATTACH_DOUBLE_EXTENSION: [[/^(.+): (\S+) hides (\S+)$/, '$1: $2 が $3 を隠しています']],
  ATTACH_ARCHIVE_UNREAD: [[/^([^:]+): (.+), not opened: its contents were not checked$/, '$1: $2(開けない形式のため、中身は確認されていません)']],
  ATTACH_ARCHIVE_ENCRYPTED: [[/^(.+): (\d+) encrypted entr(?:y|ies) \((.+)\)$/, '$1: 暗号化されたエントリ $2 個($3)']],
  URL_QR_CODE: [[/^QR code in (.+?) → (\S+)$/, '$1 の QR コード → $2']],
  URL_QR_HOST_ELSEWHERE: [[/^(\S+), not the sender's (\S+) nor any other link's: (\S+)$/, '$1(送信者の $2 でも、ほかのリンクのドメインでもありません): $3']],
  URL_QR_ONLY_LINK: [[/^(\d+) link\(s\) only in QR codes, no other link but the sender's own: (\S+)$/, 'QR コードの中だけにリンク $1 件(送信者自身のもの以外にリンクなし): $2']],
  URL_QR_SCAN_LURE: [[/^"(.+)" in a message whose link is a QR code$/, 'リンクが QR コードのメールに「$1」']],
  // Where (a file name, a part) holds no colon here, which keeps these linear (a `(.+?): (.+)` split is quadratic).
  URL_QR_PAYLOAD: [[/^(\w+) in a QR code in ([^:]+): (.+)$/, '$2 の QR コードに $1: $3']],
  URL_QR_LIMIT_REACHED: [[/^([^:]+): (.+)$/, '$1: QR コードの読み取り上限に達しました($2)']],
  URL_QR_IMAGE_BROKEN: [[/^([^:]+): (.+)$/, '$1: 画像が壊れています($2)']],
  // Session 62 (helper mal63): the evidence of session 61's and 62's malware-lure ids (links, attachments). The two composites that
  // weigh them (URL_MALWARE_DEVICE_MESSAGE, URL_MALWARE_CLAIMED_SENDER_DOCUMENT, URL_MALWARE_VIEWER_UPDATE) show their expression or
  // the ids they replace, which are not words to translate.
  URL_DEVICE_MESSAGE_DOWNLOAD: [
    [/^"(.+)" for the (.+?) leads to (\S+), not the sender's \(no domain\): (.+)$/, '「$1」($2)のダウンロード先は $3(送信者のドメインなし): $4'],
    [/^"(.+)" for the (.+?) leads to (\S+), not the sender's (\S+): (.+)$/, '「$1」($2)のダウンロード先は送信者の $4 ではなく $3: $5'],
  ],
  URL_DOCUMENT_DOWNLOAD_SENDER_DOMAIN: [[/^"(.+)" names (.+?) on the sender's own domain: (.+)$/, '「$1」は $2 をダウンロードさせるボタンで、リンク先は送信者自身のドメイン: $3']],
  // Session 63 (helper mal64): "<page>.html links to <archive>: <url>" — the page's name holds no ":", the archive's no ":" and no
  // space (the address ends the line, one token), which keeps the split linear; an archive name with a space leaves the line as written.
  URL_PAYLOAD_IN_HTML_ATTACHMENT: [[/^([^:]+) links to ([^\s:]+): (\S+)$/, '添付の $1 が $2 へリンクしています: $3']],
  // Session 64 (helper mal65): "<file>: to <payload>: <url>" and "<file>: .msix app package (AppxManifest.xml)" — the file's path and
  // the payload's name hold no ":" (the address ends the line, one token), which keeps the splits linear.
  ATTACH_HTML_PAYLOAD_REDIRECT: [[/^([^:]+): to ([^:]+): (\S+)$/, '$1: 開くとブラウザが $2 のダウンロードへ転送されます: $3']],
  ATTACH_APP_PACKAGE: [
    [/^([^:]+): (\.\w+) app package \(([^()]+)\)$/, '$1: $2 アプリパッケージ($3 を含む)'],
    [/^([^:]+): App Installer file \(\.appinstaller\)$/, '$1: App Installer ファイル(.appinstaller)'],
  ],
  URL_VIEWER_UPDATE_ELSEWHERE: [[/^"(.+)" in the opening, a link elsewhere than the sender and the brands, no secret asked$/, '冒頭に「$1」、送信者やブランド以外へのリンクがあり、秘密の情報は求めていません']],
  ATTACH_HTML_SMUGGLING: [[
    /^(.+): ((?:atob|Blob|msSaveOrOpenBlob|createObjectURL|download attribute|scripted click|byte array assembly|data: URI of a binary|remote file fetched as a Blob)(?:, (?:atob|Blob|msSaveOrOpenBlob|createObjectURL|download attribute|scripted click|byte array assembly|data: URI of a binary|remote file fetched as a Blob))*)$/,
    (_all, file, markers) => `${file}: ファイルを組み立てて保存させるスクリプト(${markers!.split(', ').map((m) => SMUGGLING_MARKER_JA[m] ?? m).join('、')})`,
  ]],
  LOOKALIKE_FROM_DOMAIN: [lookalike],
  LOOKALIKE_FROM_LOCAL_PART: [lookalike],
  LOOKALIKE_DISPLAY_NAME: [lookalike],
  LOOKALIKE_REPLY_TO: [lookalike],
  LOOKALIKE_RETURN_PATH: [lookalike],
  // Session 66 (evade67): "part <path> (<carrier>) from <sender>, subject "<subject>": <verdict> <score> — <ids>[ [<nested evidence>]]"
  // (src/scan/engine.ts attachedEvidence); the sender and subject are the attached letter's own, quoted as written.
  MIME_ATTACHED_MESSAGE_PHISHING: [attachedLetter],
  MIME_ATTACHED_MESSAGE_MALWARE: [attachedLetter],
  MIME_ATTACHED_MESSAGE_SPAM: [attachedLetter],
  MIME_ATTACHED_MESSAGE_LIMIT: [
    [/^(\d+) attached messages? nested deeper than (\d+) levels not read as a letter of its own \(the first at part (\S+)\)$/, '$2 階層より深く入れ子になった添付メッセージ $1 通は、一通のメールとしては読んでいません(最初のものはパート $3)'],
    [/^(\d+) attached messages? past the first (\d+) not read as a letter of its own \(the first at part (\S+)\)$/, '最初の $2 通を超える添付メッセージ $1 通は、一通のメールとしては読んでいません(最初のものはパート $3)'],
  ],
  LOOKALIKE_SENDER: [lookalike],
  LOOKALIKE_MESSAGE_ID: [lookalike],
  LOOKALIKE_LINK: [lookalike],
};

/** The classifier's evidence: `p=0.97: token, token` (the tokens are the model's, never translated). */
const PROBABILITY: Rewrite = [/^p=([\d.]+): (.+)$/, '確率 $1: $2'];

/**
 * An evidence line in a language. English is the canonical text the checks wrote; for Japanese each
 * occurrence (the report joins occurrences with "; ") is rewritten by the id's patterns, and anything no
 * pattern matches stays as written.
 * @example translateEvidence('LOOKALIKE_FROM_LOCAL_PART', 'torendmicro.com (From local part) imitates trendmicro.com of Trend Micro by transliteration', 'ja')
 */
export function translateEvidence(id: string, evidence: string, lang: Lang): string {
  if (lang === 'en') return evidence;
  const rewrites = id.startsWith('CONTENT_CLASSIFIER_') ? [PROBABILITY] : isFindingId(id) ? EVIDENCE_JA[id] : undefined;
  if (!rewrites) return evidence;
  const more = /; … \(\+(\d+) more\)$/.exec(evidence);
  const body = more ? evidence.slice(0, more.index) : evidence;
  const parts = body.split('; ').map((part) => rewriteOne(part, rewrites));
  return parts.join('; ') + (more ? `; …(ほか ${more[1]} 件)` : '');
}

/**
 * The longest evidence part the patterns rewrite; a longer one is shown as written (English). The patterns split a
 * template with several free-text holes (`display name "(.+)" names (.+?) (…)`), which backtracks polynomially on a
 * part built to almost match — evidence quotes display names, link texts and file names an attacker chose. Measured
 * on each pattern's own attack string (recheck): ≤ 0.8 ms at 512 characters, ≤ 11 ms at 1,024 (the 4th-degree
 * FROM_BRAND_DISPLAY_NAME pattern), 3.3 s at 4 KB. Real parts are far shorter: the checks cut what they quote.
 */
const MAX_TRANSLATED_PART = 1024;

function rewriteOne(part: string, rewrites: readonly Rewrite[]): string {
  if (part.length > MAX_TRANSLATED_PART) return part;
  for (const [pattern, ja] of rewrites) {
    const m = pattern.exec(part);
    if (!m) continue;
    if (ja === 'LOOKALIKE') {
      const [, host, where, domain, brand, technique, via] = m;
      const how = TECHNIQUE_JA[technique!] ?? technique!;
      return `${host}(${WHERE_JA[where!] ?? where})は ${brand} の ${domain} を${how}で模倣しています${via ? `(${TECHNIQUE_JA[via] ?? via})` : ''}`;
    }
    return (typeof ja === 'string' ? part.replace(pattern, ja) : part.replace(pattern, ja)).replace(URL_PART, (all: string, kind: string, n: string | undefined) => URL_PART_JA[kind.replace(/ \d+$/, '')]?.replace('N', n ?? '') ?? all);
  }
  return part;
}

/** Where in a URL a value sat (the links family's wording), in Japanese. */
const URL_PART = /\b(query parameter|path segment (\d+)|fragment|userinfo|host label)\b/;
const URL_PART_JA: Record<string, string> = {
  'query parameter': 'クエリパラメータ',
  'path segment': 'パスの N 番目の要素',
  fragment: 'フラグメント',
  userinfo: 'ユーザー情報部',
  'host label': 'ホスト名のラベル',
};

/**
 * The findings of a report with the explanation of each id in `lang` (`description`, placed where the
 * JSON has always had it), the evidence left canonical: what the CLI's JSON output and the API give.
 */
export function withDescriptions(findings: readonly ScoredFinding[], lang: Lang): ScoredFinding[] {
  return findings.map(({ id, score, group, class: threat, description: _stale, ...rest }) => ({
    id,
    score,
    group,
    ...(threat ? { class: threat } : {}),
    description: explainFinding(id, lang) ?? '',
    ...rest,
  }));
}
