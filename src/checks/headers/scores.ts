import type { ScoreEntry } from '../../core/finding.js';

type Row = Omit<ScoreEntry, 'group'>;
const headers = (row: Row): ScoreEntry => ({ group: 'headers', class: 'spam', ...row });
const mime = (row: Row): ScoreEntry => ({ group: 'mime', class: 'spam', ...row });

/**
 * Header and MIME-structure signals. Each is weak alone (the groups are capped at 4 points in
 * src/score/groups.ts) because legitimate but sloppy mailers trip them too; together with content and
 * sender signals they separate bulk spamware from real clients.
 */
export const HEADER_SCORES: readonly ScoreEntry[] = [
  headers({
    id: 'HDR_MESSAGE_ID_MISSING',
    score: 1.0,
    description: {
      en: 'The message has no Message-ID. Every real mail client and server adds one (RFC 5322 §3.6.4); bulk spamware often does not.',
      ja: 'Message-ID がありません。通常のメールソフトやサーバーは必ず付けます(RFC 5322 §3.6.4)。大量送信ツールでよく見られます。',
    },
  }),
  headers({
    id: 'HDR_MESSAGE_ID_MALFORMED',
    score: 1.0,
    description: {
      en: 'The Message-ID is not of the form <left@right> (RFC 5322 §3.6.4): hand-made or forged by a sending tool.',
      ja: 'Message-ID が <左辺@右辺> の形式になっていません(RFC 5322 §3.6.4)。送信ツールが作った偽装の可能性があります。',
    },
  }),
  headers({
    id: 'HDR_DATE_MISSING',
    score: 1.0,
    description: {
      en: 'The message has no Date header, which RFC 5322 requires of every message.',
      ja: 'Date ヘッダーがありません。RFC 5322 ではすべてのメールに必須です。',
    },
  }),
  headers({
    id: 'HDR_DATE_INVALID',
    score: 1.0,
    description: {
      en: 'The Date header cannot be read as a date: not written by a standard mail client.',
      ja: 'Date ヘッダーが日付として読めません。通常のメールソフトが書いたものではありません。',
    },
  }),
  headers({
    id: 'HDR_DATE_FUTURE',
    score: 1.5,
    description: {
      en: 'The Date header is well after the time our server received the message: a forged date, often used to stay at the top of an inbox.',
      ja: 'Date ヘッダーが受信時刻よりかなり未来です。受信箱の先頭に表示させるための偽装によく使われます。',
    },
  }),
  headers({
    id: 'HDR_DATE_PAST',
    score: 1.0,
    description: {
      en: 'The Date header is days before the message was received: a stale or forged date, typical of spam sent from queued lists.',
      ja: 'Date ヘッダーが受信時刻より何日も前です。古いリストから送られたスパムによく見られる偽装・古い日付です。',
    },
  }),
  headers({
    id: 'HDR_RECEIVED_MALFORMED',
    score: 0.5,
    description: {
      en: 'A Received header does not follow RFC 5321 §4.4 (no from/by part or no time stamp): possibly forged by the sender.',
      ja: 'Received ヘッダーが RFC 5321 §4.4 の形式に従っていません。送信者による偽装の可能性があります。',
    },
  }),
  headers({
    id: 'HDR_RECEIVED_TIME_REVERSED',
    score: 1.5,
    description: {
      en: 'The Received chain goes back in time: a hop claims to have received the message long after the next server did. The lower hops were probably forged to hide the real origin.',
      ja: 'Received の経路で時刻が逆行しています。本当の送信元を隠すために下位の経路が偽装された可能性があります。',
    },
  }),
  headers({
    id: 'HDR_RECEIVED_FUTURE',
    score: 1.0,
    description: {
      en: 'A Received hop is dated in the future relative to the scan: a forged header or a badly wrong clock on the sending side.',
      ja: 'Received の時刻が未来になっています。ヘッダーの偽装か、送信側の時計が大きく狂っています。',
    },
  }),
  headers({
    id: 'HDR_RECEIVED_HELO_FORGED',
    score: 1.5,
    description: {
      en: 'The client introduced itself (HELO) with the name of a large mail provider or with our own server name, but its address does not belong to it.',
      ja: 'HELO で大手メール事業者や受信サーバー自身の名前を名乗っていますが、接続元アドレスはその事業者のものではありません。',
    },
  }),
  headers({
    id: 'HDR_RECEIVED_HELO_IP_MISMATCH',
    score: 0.5,
    description: {
      en: 'The client introduced itself with an IP address literal that is not the address it connected from.',
      ja: 'HELO で名乗った IP アドレスが、実際の接続元アドレスと一致しません。',
    },
  }),
  headers({
    id: 'HDR_FROM_MISSING',
    score: 1.5,
    description: {
      en: 'The message has no usable From address, which RFC 5322 requires.',
      ja: '有効な From アドレスがありません。RFC 5322 では必須です。',
    },
  }),
  headers({
    id: 'HDR_FROM_RETURN_PATH_MISMATCH',
    score: 0.3,
    description: {
      en: 'The envelope sender (Return-Path) is at another organisation than the From address. Common for newsletters sent by a mail service, and for forged senders.',
      ja: 'エンベロープ送信者(Return-Path)と From が別の組織のドメインです。配信サービス経由のメルマガでも、送信者偽装でも見られます。',
    },
  }),
  headers({
    id: 'HDR_TO_MISSING',
    score: 0.5,
    description: {
      en: 'No recipient is named in To or Cc: the recipients were hidden in Bcc, as mass mailings do.',
      ja: 'To にも Cc にも宛先がありません。一斉送信のように Bcc で宛先が隠されています。',
    },
  }),
  headers({
    id: 'HDR_TO_MANY',
    score: 1.0,
    description: {
      en: 'The message is addressed to a long list of visible recipients, typical of a mass mailing from a compromised account.',
      ja: '大量の宛先が見える形で並んでいます。乗っ取られたアカウントからの一斉送信に典型的です。',
    },
  }),
  headers({
    id: 'HDR_SUBJECT_MISSING',
    score: 0.3,
    description: {
      en: 'The message has no subject.',
      ja: '件名がありません。',
    },
  }),
  headers({
    id: 'HDR_SUBJECT_SHOUTING',
    score: 0.8,
    description: {
      en: 'The subject is in capitals or full of exclamation marks and currency signs, a marketing-spam style.',
      ja: '件名が大文字ばかり、または「!」や通貨記号だらけで、宣伝スパムによくある書き方です。',
    },
  }),
  headers({
    id: 'HDR_BULK_MAILER',
    score: 1.5,
    description: {
      en: 'The X-Mailer or User-Agent names a bulk-mailing tool known from spam campaigns.',
      ja: 'X-Mailer / User-Agent がスパムでよく使われる大量送信ツールを示しています。',
    },
  }),
  {
    id: 'HDR_LIST_HEADERS',
    score: 0,
    group: 'headers',
    description: {
      en: 'The message carries mailing-list or bulk headers (List-Unsubscribe, Precedence: bulk): a newsletter or list mail. Informational.',
      ja: 'メーリングリスト・一斉配信のヘッダー(List-Unsubscribe、Precedence: bulk)があります。メルマガやリストのメールです(参考情報)。',
    },
  },
  headers({
    id: 'HDR_DUPLICATE_SINGLETON',
    score: 1.0,
    description: {
      en: 'A header that may appear only once (From, Subject, Date, Message-ID, To…) appears several times: readers show different values than filters check (header smuggling).',
      ja: '一度しか書けないヘッダー(From、Subject、Date、Message-ID、To など)が複数あります。フィルターと表示で異なる値が使われる偽装手口です。',
    },
  }),
  headers({
    id: 'HDR_8BIT',
    score: 0.5,
    description: {
      en: 'Header values contain raw 8-bit bytes instead of RFC 2047 encoded words: written by a non-standard tool.',
      ja: 'ヘッダーに RFC 2047 でエンコードされていない 8 ビット文字が含まれています。標準的でないツールで作られています。',
    },
  }),
  headers({
    id: 'HDR_INJECTION',
    score: 2.0,
    description: {
      en: 'A header value carries line breaks or extra header lines after decoding: header injection, used to smuggle recipients or headers past filters.',
      ja: 'デコード後のヘッダー値に改行や別のヘッダー行が含まれています。宛先やヘッダーを紛れ込ませるヘッダーインジェクションです。',
    },
  }),
  headers({
    id: 'HDR_MALFORMED',
    score: 0.5,
    description: {
      en: 'The header block has lines that are not header fields: the message was hand-made or damaged.',
      ja: 'ヘッダー部分にヘッダーとして読めない行があります。手作りされたか壊れたメールです。',
    },
  }),
  mime({
    id: 'MIME_BAD_BOUNDARY',
    score: 1.0,
    description: {
      en: 'A multipart part has no boundary, or its boundary never appears: mail clients and filters may see different contents.',
      ja: 'マルチパートの境界(boundary)がない、または本文に現れません。メールソフトとフィルターで見える内容が食い違う可能性があります。',
    },
  }),
  mime({
    id: 'MIME_UNTERMINATED',
    score: 0.5,
    description: {
      en: 'A multipart is not closed by its final boundary: the message is truncated or built by a broken tool.',
      ja: 'マルチパートが終端の境界で閉じられていません。途中で切れたか、壊れたツールで作られています。',
    },
  }),
  mime({
    id: 'MIME_BAD_ENCODING',
    score: 0.5,
    description: {
      en: 'A part\u2019s transfer encoding is unknown or its base64/quoted-printable content is damaged.',
      ja: 'パートの転送エンコーディングが不明、または base64 / quoted-printable の内容が壊れています。',
    },
  }),
  mime({
    id: 'MIME_CHARSET_PROBLEM',
    score: 0.3,
    description: {
      en: 'A declared character set is unknown or does not match the bytes; the text was decoded by best guess.',
      ja: '宣言された文字コードが不明、または実際の内容と一致しないため、推定でデコードしました。',
    },
  }),
  mime({
    id: 'MIME_UTF7',
    score: 1.5,
    description: {
      en: 'Text is encoded in UTF-7, which no current mail client sends; it is used to slip words past filters.',
      ja: 'UTF-7 でエンコードされた文字があります。現在のメールソフトは使わず、フィルター回避に使われます。',
    },
  }),
  mime({
    id: 'MIME_NUL_OR_BARE_CR',
    score: 0.5,
    description: {
      en: 'The message contains NUL bytes or bare CR/LF characters that RFC 5322 forbids: a sign of a hand-crafted message.',
      ja: 'RFC 5322 で禁止された NUL 文字や単独の CR/LF が含まれています。手作りされたメールの兆候です。',
    },
  }),
  mime({
    id: 'MIME_LIMIT_EXCEEDED',
    score: 1.0,
    description: {
      en: 'The message exceeded a parsing limit (size, MIME depth, part count or header size); the rest was not analysed. Hostile structures are built to exhaust filters.',
      ja: '解析の上限(サイズ、MIME の入れ子の深さ、パート数、ヘッダーサイズ)を超えたため、残りは解析していません。フィルターを疲弊させる構造です。',
    },
  }),
  mime({
    id: 'MIME_HTML_ONLY',
    score: 0.3,
    description: {
      en: 'The message has an HTML body and no plain-text alternative.',
      ja: 'HTML 本文のみで、テキスト形式の本文がありません。',
    },
  }),
  mime({
    id: 'MIME_HIDDEN_TEXT',
    score: 1.0,
    description: {
      en: 'The HTML hides text from the reader (display:none, zero-size or invisible colours): filler to fool content filters.',
      ja: 'HTML に読者から見えない文字(非表示、サイズ 0、背景と同じ色)が仕込まれています。内容フィルターをだますための詰め物です。',
    },
  }),
  mime({
    id: 'MIME_INVISIBLE_CHARS',
    score: 1.0,
    description: {
      en: 'The text contains zero-width or bidirectional control characters, used to split words so filters miss them.',
      ja: 'ゼロ幅文字や双方向制御文字が含まれています。単語を分割してフィルターをすり抜ける手口です。',
    },
  }),
];
