import type { ScoreEntry, ThreatClass } from '../../core/finding.js';

type Row = [id: string, score: number, cls: ThreatClass | undefined, en: string, ja: string];

/**
 * Attachment signals. Executables, scripts, macros that run themselves, smuggling and dangerous archive
 * contents are `malware` and each reaches (or nearly reaches) a verdict alone; suspicious-but-common
 * facts (a PDF with links, an encrypted archive, a limit reached) are worth little on their own.
 */
const ROWS: readonly Row[] = [
  ['ATTACH_EXECUTABLE', 6, 'malware', 'The attachment (or a file inside it) is a program (Windows PE, ELF or Mach-O). Programs sent by mail are almost always malware: do not open it.', '添付ファイル(またはその中のファイル)は実行ファイル(Windows PE / ELF / Mach-O)です。メールで届くプログラムはほぼマルウェアです。開かないでください。'],
  ['ATTACH_EXECUTABLE_NAME', 3, 'malware', 'A file name ends in an extension Windows runs as a program (.exe, .scr, .com, .pif, .cpl, .msi, .jar…).', 'Windows がプログラムとして実行する拡張子(.exe .scr .com .pif .cpl .msi .jar など)のファイルがあります。'],
  ['ATTACH_SCRIPT', 5, 'malware', 'A script file (.js, .jse, .vbs, .vbe, .wsf, .hta, .ps1, .bat, .cmd…) runs with a double click; downloaders arrive this way.', 'ダブルクリックで実行されるスクリプト(.js .vbs .wsf .hta .ps1 .bat .cmd など)が添付されています。ダウンローダーの典型的な手口です。'],
  ['ATTACH_LNK', 5, 'malware', 'A Windows shortcut (LNK/URL file) that can run commands when opened: a current malware lure.', '開くとコマンドを実行できる Windows のショートカット(LNK/URL)があります。近年のマルウェアの手口です。'],
  ['ATTACH_DISK_IMAGE', 4, 'malware', 'A disk image (ISO, IMG, VHD) that Windows mounts with a double click, used to carry programs past mail filters and "Mark of the Web".', 'ダブルクリックでマウントされるディスクイメージ(ISO/IMG/VHD)があります。メールフィルタや「Web のマーク」を回避してプログラムを届けるために使われます。'],
  ['ATTACH_ONENOTE', 4, 'malware', 'A OneNote notebook attachment: used since 2023 to hide scripts behind a fake "double click to view" button.', 'OneNote ファイルが添付されています。2023 年以降「ダブルクリックで表示」の偽ボタンの下にスクリプトを隠す手口で使われています。'],
  ['ATTACH_CHM', 4, 'malware', 'A compiled HTML help file (CHM) can run scripts and programs when opened.', 'CHM(コンパイル済み HTML ヘルプ)は開くとスクリプトやプログラムを実行できます。'],
  ['ATTACH_MSI', 4, 'malware', 'A Windows Installer package (MSI): it installs software when opened.', 'Windows インストーラー(MSI)パッケージです。開くとソフトウェアがインストールされます。'],
  ['ATTACH_JAR', 4, 'malware', 'A Java archive (JAR) runs as a program where Java is installed; remote-access trojans spread this way.', 'Java アーカイブ(JAR)は Java があればプログラムとして実行されます。遠隔操作ウイルスの配布に使われます。'],
  ['ATTACH_RISKY_TYPE', 3, 'malware', 'A file type that can fetch or run content when opened (.iqy, .slk, .settingcontent-ms, .library-ms, .reg, .inf…).', '開くと外部のコンテンツを取得・実行できる種類のファイル(.iqy .slk .settingcontent-ms .reg など)です。'],
  ['ATTACH_DOUBLE_EXTENSION', 4, 'malware', 'A double extension (e.g. "FAX_scan.pdf.scr") makes a program look like a document, since Windows hides the last extension.', '二重拡張子(例: FAX_scan.pdf.scr)で、プログラムを文書に見せかけています。Windows は最後の拡張子を隠すためです。'],
  ['ATTACH_NAME_SPACES', 3, 'malware', 'The file name pads many spaces before its extension so the real extension is pushed out of view.', 'ファイル名の拡張子の前に大量の空白があり、本当の拡張子が見えないようにしています。'],
  ['ATTACH_NAME_RTLO', 5, 'malware', 'The file name contains a right-to-left override (U+202E) that displays the extension reversed ("…gpj.exe" shows as "…exe.jpg").', 'ファイル名に右から左への上書き文字(U+202E)が含まれ、拡張子が逆順に表示されます(「…gpj.exe」が「…exe.jpg」に見える)。'],
  ['ATTACH_NAME_LOOKALIKE_EXTENSION', 4, 'malware', 'The extension is written with lookalike letters from another script (e.g. Cyrillic "е" in ".exе") to slip past filters.', '拡張子が別の文字体系の似た文字(例: キリル文字の「е」)で書かれており、フィルタ回避を狙っています。'],
  ['ATTACH_TYPE_MISMATCH', 1.5, undefined, "The file's content is not what its extension says (e.g. a .jpg that is a macro workbook, a .gz that is a RAR).", 'ファイルの中身が拡張子と一致しません(例: 実はマクロ付きブックの .jpg、実は RAR の .gz)。'],
  ['ATTACH_DECLARED_TYPE_MISMATCH', 1, undefined, 'The MIME type the sender declared for the attachment does not match its content.', '送信者が宣言した MIME タイプと添付ファイルの中身が一致しません。'],
  ['ATTACH_ARCHIVE_WITH_DANGEROUS', 3, 'malware', 'An archive carries a program, script, shortcut or disk image: the classic way to slip malware past attachment filters.', 'アーカイブの中にプログラム・スクリプト・ショートカット・ディスクイメージが入っています。添付ファイルフィルタを回避する典型的な手口です。'],
  ['ATTACH_ARCHIVE_ENCRYPTED', 2.5, 'malware', 'An encrypted archive: its contents cannot be scanned, which is why malware senders encrypt them (and put the password in the mail).', '暗号化されたアーカイブです。中身を検査できないため、マルウェア送信者がよく使います(パスワードを本文に書く手口)。'],
  ['ATTACH_ARCHIVE_PASSWORD_IN_BODY', 2, 'malware', 'The message body gives the password of an attached encrypted archive (the Emotet pattern); spamlab used it to look inside.', '本文に添付アーカイブのパスワードが書かれています(Emotet の手口)。spamlab はそれを使って中身を検査しました。'],
  ['ATTACH_ARCHIVE_HEADERS_ENCRYPTED', 3, 'malware', 'A RAR or 7z archive whose file names themselves are encrypted: nothing about its contents can be checked.', 'ファイル名まで暗号化された RAR/7z アーカイブです。中身について何も確認できません。'],
  ['ATTACH_ARCHIVE_PATH_TRAVERSAL', 4, 'malware', 'An archive entry name climbs out of the extraction folder ("../") or is absolute: an attempt to write files elsewhere when unpacked.', 'アーカイブ内のファイル名が展開先フォルダの外(「../」や絶対パス)を指しています。展開時に別の場所へ書き込む攻撃です。'],
  ['ATTACH_ARCHIVE_MALFORMED', 1, undefined, 'An archive is malformed (truncated, inconsistent headers, data prepended): tools disagree on what is inside, which evasion relies on.', 'アーカイブの構造が壊れています(途中で切れている、ヘッダーの矛盾、前方への付加データ)。ツールによって中身の解釈が変わり、回避に悪用されます。'],
  ['ATTACH_ZIP_BOMB', 5, 'malware', 'A decompression bomb: an entry expands far beyond any real document (ratio over the limit) or entries share compressed data. Not unpacked.', '解凍爆弾です。展開後のサイズが異常に大きい(圧縮率が上限超え)か、複数のエントリが同じ圧縮データを共有しています。展開していません。'],
  ['ATTACH_ARCHIVE_LIMIT_DEPTH', 2, 'malware', 'Archives nested deeper than the configured limit: used to hide a payload from scanners. The deeper levels were not analysed.', '設定上限を超えて入れ子になったアーカイブです。スキャナから中身を隠す手口で、上限より深い階層は検査していません。'],
  ['ATTACH_ARCHIVE_LIMIT_BYTES', 1, undefined, 'An archive expands past the configured size limit; the part past it was not analysed.', 'アーカイブの展開サイズが設定上限を超えたため、超えた部分は検査していません。'],
  ['ATTACH_ARCHIVE_LIMIT_ENTRIES', 1, undefined, 'An archive (or the message) holds more files than the configured limit; the rest were not analysed.', 'アーカイブ(またはメール全体)のファイル数が設定上限を超えたため、残りは検査していません。'],
  ['ATTACH_ARCHIVE_LIMIT_TIME', 1, undefined, 'Attachment analysis reached its time limit; the rest was not analysed.', '添付ファイルの検査が制限時間に達したため、残りは検査していません。'],
  ['ATTACH_PE_MALFORMED', 3, 'malware', 'A Windows program with malformed headers: hand-crafted or damaged to confuse analysis tools.', 'ヘッダーが壊れた Windows プログラムです。解析ツールを欺くために加工されたものです。'],
  ['ATTACH_PE_PACKED', 2, 'malware', 'The program is packed (packer section names or near-random code), which hides its real code from inspection.', 'プログラムがパック(圧縮・暗号化)されており、本来のコードを隠しています。'],
  ['ATTACH_PE_SUSPICIOUS_IMPORTS', 2, 'malware', 'The program imports functions downloaders and injectors use (URLDownloadToFile, WinExec, VirtualAlloc, CreateRemoteThread…).', 'ダウンローダーやコード注入に使われる関数(URLDownloadToFile, WinExec, VirtualAlloc, CreateRemoteThread など)を使っています。'],
  ['ATTACH_PE_TIMESTAMP', 1, 'malware', 'The program\'s build time is zero or in the future: forged by the malware author.', 'プログラムのビルド日時がゼロまたは未来の日付で、作成者が偽装しています。'],
  ['ATTACH_PE_OVERLAY', 1, 'malware', 'The program carries extra data after its last section (overlay), where droppers keep their payload.', 'プログラムの末尾に追加データ(オーバーレイ)があり、ドロッパーがペイロードを置く場所です。'],
  ['ATTACH_MACRO', 2, 'malware', 'An Office document with VBA macros. Do not enable macros in a document received by mail.', 'VBA マクロ付きの Office 文書です。メールで届いた文書のマクロを有効にしないでください。'],
  ['ATTACH_MACRO_AUTOEXEC', 3, 'malware', 'The macros run by themselves when the document opens or closes (AutoOpen, Document_Open, Workbook_Open…).', '文書を開く・閉じるときにマクロが自動実行されます(AutoOpen, Document_Open, Workbook_Open など)。'],
  ['ATTACH_MACRO_SUSPICIOUS', 3, 'malware', 'The macros call what droppers call: Shell, WScript.Shell, URLDownloadToFile, CreateObject, PowerShell, or build strings with Chr() to hide them.', 'マクロがドロッパーの使う処理(Shell, WScript.Shell, URLDownloadToFile, CreateObject, PowerShell、Chr() による文字列の難読化など)を呼んでいます。'],
  ['ATTACH_MACRO_MALICIOUS', 4, 'malware', 'The same document has macros that run automatically and make suspicious calls: a macro dropper.', '自動実行マクロと不審な処理が同じ文書にあります。マクロ型ドロッパーです。'],
  ['ATTACH_XLM_MACRO', 4, 'malware', 'An Excel 4.0 (XLM) macro sheet, often hidden: an old macro language abused because it evades VBA-focused defences.', 'Excel 4.0(XLM)マクロシートがあります(多くは非表示)。VBA 向けの防御を回避するために悪用される古いマクロ言語です。'],
  ['ATTACH_REMOTE_TEMPLATE', 6, 'malware', 'The Office document loads a template or object from the internet when opened (template injection): the payload is fetched later, past the filter.', 'Office 文書が開かれたときにインターネットからテンプレートやオブジェクトを読み込みます(テンプレートインジェクション)。ペイロードは後から取得されます。'],
  ['ATTACH_OFFICE_ENCRYPTED', 2, 'malware', 'A password-protected Office document: its contents (macros) cannot be scanned.', 'パスワード付きの Office 文書です。中身(マクロ)を検査できません。'],
  ['ATTACH_RTF_OBJECT', 3, 'malware', 'An RTF document with embedded OLE objects: the carrier of many Office exploits.', 'OLE オブジェクトが埋め込まれた RTF 文書です。多くの Office 脆弱性攻撃に使われます。'],
  ['ATTACH_RTF_EXPLOIT', 5, 'malware', 'An RTF document whose embedded object updates itself on opening or is an Equation Editor / OLE2Link object (CVE-2017-11882, CVE-2017-0199).', 'RTF 文書の埋め込みオブジェクトが自動更新されるか、数式エディタ/OLE2Link オブジェクトです(CVE-2017-11882、CVE-2017-0199)。'],
  ['ATTACH_PDF_JAVASCRIPT', 4, 'malware', 'The PDF contains JavaScript, which PDF exploits and droppers need; ordinary documents rarely do.', 'PDF に JavaScript が含まれています。PDF の脆弱性攻撃やドロッパーに必要なもので、通常の文書にはほとんどありません。'],
  ['ATTACH_PDF_AUTO_ACTION', 1.5, 'malware', 'The PDF runs an action when opened (/OpenAction or /AA).', 'PDF を開いたときに動作(/OpenAction, /AA)が実行されます。'],
  ['ATTACH_PDF_LAUNCH', 5, 'malware', 'The PDF has a /Launch action that starts a program or opens a file.', 'PDF にプログラムやファイルを起動する /Launch 動作があります。'],
  ['ATTACH_PDF_EMBEDDED_FILE', 2, 'malware', 'The PDF carries embedded files (checked like attachments).', 'PDF にファイルが埋め込まれています(添付ファイルと同様に検査しました)。'],
  ['ATTACH_PDF_OBFUSCATED_NAMES', 3, 'malware', 'The PDF writes its keywords with #xx escapes (e.g. /J#61vaScript) to hide them from scanners.', 'PDF がキーワードを #xx でエスケープ(例: /J#61vaScript)してスキャナから隠しています。'],
  ['ATTACH_PDF_URI', 0.5, undefined, 'The PDF contains links (listed as indicators).', 'PDF にリンクが含まれています(指標として記録)。'],
  ['ATTACH_PDF_ENCRYPTED', 0.5, undefined, 'The PDF is encrypted, which limits what can be inspected.', 'PDF が暗号化されており、検査できる範囲が限られます。'],
  ['ATTACH_HTML_SMUGGLING', 6, 'malware', 'An HTML/SVG attachment builds a file in the browser and saves it (HTML smuggling: atob, Blob, msSaveOrOpenBlob): the payload never crosses the mail filter as a file.', 'HTML/SVG の添付ファイルがブラウザ内でファイルを組み立てて保存させます(HTML スマグリング: atob, Blob, msSaveOrOpenBlob)。ペイロードはファイルとしてフィルタを通りません。'],
  ['ATTACH_HTML_CREDENTIAL_FORM', 5, 'phishing', 'An HTML attachment with a password form: a local phishing page that sends what you type to someone else.', 'パスワード入力欄のある HTML 添付ファイルです。入力内容を第三者に送るローカルのフィッシングページです。'],
  ['ATTACH_HTML_REDIRECT', 3, 'phishing', 'An HTML/SVG attachment that forwards the browser to a web site: a way to hide a phishing link from link scanners.', 'ブラウザを Web サイトへ転送する HTML/SVG 添付ファイルです。フィッシングリンクをリンク検査から隠す手口です。'],
  ['ATTACH_HTML_OBFUSCATED', 2, 'phishing', 'An HTML/SVG attachment decodes and runs hidden script (eval/unescape/atob, fromCharCode runs).', 'HTML/SVG の添付ファイルが隠されたスクリプトを復号して実行します(eval/unescape/atob など)。'],
  ['ATTACH_SVG_SCRIPT', 3, 'phishing', 'An SVG image with script: images need none, and phishing uses them to run code in the browser.', 'スクリプトを含む SVG 画像です。画像にスクリプトは不要で、フィッシングでブラウザ内のコード実行に使われます。'],
  ['ATTACH_KNOWN_BAD_HASH', 10, 'malware', 'The file matches a hash on the configured known-bad list.', 'ファイルが設定された既知の不正ハッシュ一覧に一致しました。'],
  ['ATTACH_CLAMAV', 10, 'malware', 'ClamAV recognised the file as malware (the signature name is in the evidence).', 'ClamAV がファイルをマルウェアと判定しました(シグネチャ名は根拠欄)。'],
];

/** Engine-health rows: recorded for the operator, worth no points. */
const ENGINE_ROWS: readonly Row[] = [
  ['ATTACH_CLAMAV_ERROR', 0, undefined, 'clamd could not be asked (down, time-out, size limit); the file was not scanned by ClamAV.', 'clamd に問い合わせできませんでした(停止、タイムアウト、サイズ上限)。ClamAV の検査は行われていません。'],
  ['ATTACH_ANALYSIS_ERROR', 0, undefined, 'An attachment engine hit an internal error on this file; the rest of the analysis went on.', '添付ファイル解析エンジンが内部エラーを起こしました。他の解析は続行しました。'],
];

export const ATTACHMENT_SCORES: readonly ScoreEntry[] = [
  ...ROWS.map(([id, score, cls, en, ja]): ScoreEntry => ({ id, score, group: 'attachments', ...(cls ? { class: cls } : {}), description: { en, ja } })),
  ...ENGINE_ROWS.map(([id, score, , en, ja]): ScoreEntry => ({ id, score, group: 'engine', description: { en, ja } })),
];

export const ATTACHMENT_IDS: readonly string[] = ATTACHMENT_SCORES.map((s) => s.id);
