import type { ScoreEntry } from '../../core/finding.js';

type Row = Omit<ScoreEntry, 'group'>;
const links = (row: Row): ScoreEntry => ({ group: 'links', ...row });

/**
 * Link signals. Deception (a link that shows one place and goes to another, credential forms) is
 * phishing-class and strong; tracking (recipient identifiers, unique tokens, web bugs) is spam-class
 * and graded: an ordinary newsletter has a web bug and click-tracking tokens (0.8 together, far from a
 * verdict), while the recipient's own address encoded or hashed into a link is deliberate and worth
 * more. List membership (shortener, suspicious TLD, free host) is weak alone.
 */
export const LINK_SCORES: readonly ScoreEntry[] = [
  links({
    id: 'URL_TEXT_DOMAIN_MISMATCH',
    score: 3.0,
    class: 'phishing',
    description: {
      en: 'The link text shows one web address but the link goes to a different site. This is the classic phishing trick: do not click; the address shown is not where you would land.',
      ja: 'リンクの表示文字列と実際のリンク先が別のサイトです。典型的なフィッシングの手口です。表示されたアドレスには移動しないため、クリックしないでください。',
    },
  }),
  // Weak alone: newsletters link headlines that name brands to their own site ("Microsoft Office Tips").
  // With a sender that claims the brand it is strong: see PHISH_BRAND_LINK_ELSEWHERE in composites.
  links({
    id: 'URL_TEXT_BRAND_MISMATCH',
    score: 0.5,
    class: 'phishing',
    description: {
      en: "The link text names a well-known brand, but the link goes to a site that is not the brand's own.",
      ja: 'リンクの文字列は有名ブランドの名前ですが、リンク先はそのブランドのサイトではありません。',
    },
  }),
  links({
    id: 'URL_HTTPS_TEXT_HTTP_HREF',
    score: 1.0,
    class: 'phishing',
    description: {
      en: 'The link text shows a secure https:// address but the link itself is unencrypted http://.',
      ja: 'リンクの文字列は安全な https:// のアドレスですが、実際のリンクは暗号化されていない http:// です。',
    },
  }),
  links({
    id: 'URL_IP_HOST',
    score: 1.5,
    class: 'phishing',
    description: {
      en: 'A link points to a bare IP address instead of a domain name. Legitimate senders link to their domains; phishing and malware servers often have none.',
      ja: 'リンク先がドメイン名ではなく IP アドレスです。正規の送信者は自社ドメインを使います。フィッシングやマルウェア配布サーバーによく見られます。',
    },
  }),
  links({
    id: 'URL_IP_OBFUSCATED',
    score: 3.0,
    class: 'phishing',
    description: {
      en: 'A link hides an IP address in decimal, hexadecimal, octal or shortened form (e.g. http://3232235777/), which browsers accept but people and filters do not recognise.',
      ja: 'リンク先の IP アドレスが 10 進数・16 進数・8 進数・省略形で偽装されています(例: http://3232235777/)。ブラウザは開けますが人やフィルターには分かりにくい形です。',
    },
  }),
  links({
    id: 'URL_HOST_OBFUSCATED',
    score: 2.5,
    class: 'phishing',
    description: {
      en: 'A link host is disguised with percent-encoding, backslashes or full-width characters, so it reads differently from where the browser goes.',
      ja: 'リンク先のホスト名がパーセントエンコード、バックスラッシュ、全角文字で偽装されており、見た目と実際の移動先が異なります。',
    },
  }),
  links({
    id: 'URL_USERINFO',
    score: 2.5,
    class: 'phishing',
    description: {
      en: 'A link has a user name before "@" (http://www.bank.com@evil.net/): the part that looks like the site is ignored, the browser goes to the host after "@".',
      ja: 'リンクの「@」の前にユーザー名が入っています(http://www.bank.com@evil.net/)。サイト名に見える部分は無視され、「@」の後のホストに移動します。',
    },
  }),
  links({
    id: 'URL_IDN_HOST',
    score: 0.3,
    class: 'phishing',
    description: {
      en: 'A link goes to an internationalised (punycode, xn--) domain. Common for Japanese domains; worth a look when the sender has no reason to use one.',
      ja: 'リンク先が国際化ドメイン名(punycode、xn--)です。日本語ドメインでは普通ですが、送信者が使う理由がない場合は注意してください。',
    },
  }),
  links({
    id: 'URL_IDN_MIXED_SCRIPT',
    score: 3.0,
    class: 'phishing',
    description: {
      en: 'A link domain mixes Latin letters with look-alike Cyrillic, Greek or Armenian letters (UTS #39): it imitates another domain letter for letter.',
      ja: 'リンク先のドメインにラテン文字と形の似たキリル文字・ギリシャ文字などが混在しています(UTS #39)。別のドメインを一文字ずつ真似ています。',
    },
  }),
  links({
    id: 'URL_OPEN_REDIRECT',
    score: 2.0,
    class: 'phishing',
    description: {
      en: 'A link goes through an open redirector of a trusted site (e.g. google.com/url?q=…) to another site, to borrow the trusted name.',
      ja: 'リンクが信頼されたサイトのオープンリダイレクト(google.com/url?q=… など)を経由して別のサイトへ移動します。信頼された名前を借りる手口です。',
    },
  }),
  links({
    id: 'URL_DATA_URI',
    score: 2.5,
    class: 'phishing',
    description: {
      en: 'A link or frame opens a data: URI that carries a whole page or script inside the message, bypassing URL filters.',
      ja: 'リンクやフレームが data: URI を開きます。ページやスクリプトをメール内に埋め込み、URL フィルターを回避する手口です。',
    },
  }),
  links({
    id: 'URL_JAVASCRIPT_URI',
    score: 2.0,
    class: 'phishing',
    description: {
      en: 'A link runs JavaScript (javascript: URI) instead of opening a page.',
      ja: 'リンクがページを開く代わりに JavaScript(javascript: URI)を実行します。',
    },
  }),
  links({
    id: 'URL_FORM_EXTERNAL',
    score: 2.0,
    class: 'phishing',
    description: {
      en: "The message contains a form that sends what you type to another organisation's server. Legitimate mail does not ask you to fill in forms inside the message.",
      ja: 'メール内に入力フォームがあり、入力内容が別組織のサーバーに送信されます。正規のメールがメール内で入力を求めることはありません。',
    },
  }),
  links({
    id: 'URL_FORM_PASSWORD',
    score: 4.0,
    class: 'phishing',
    description: {
      en: 'The message contains a form asking for a password: credential harvesting. Never enter a password in a mail.',
      ja: 'メール内にパスワードを入力させるフォームがあります。認証情報の窃取(フィッシング)です。メール内でパスワードを入力しないでください。',
    },
  }),
  links({
    id: 'URL_META_REFRESH',
    score: 1.5,
    class: 'phishing',
    description: {
      en: 'The HTML redirects by itself (meta refresh) to a web site when opened.',
      ja: 'HTML を開くと自動的に(meta refresh で)Web サイトへ移動します。',
    },
  }),
  links({
    id: 'URL_SHORTENER',
    score: 0.5,
    class: 'spam',
    description: {
      en: 'A link uses a URL shortener, which hides the real destination until it is clicked.',
      ja: 'リンクに短縮 URL が使われています。クリックするまで本当のリンク先が分かりません。',
    },
  }),
  links({
    id: 'URL_FREE_FILE_HOST',
    score: 1.0,
    class: 'phishing',
    description: {
      en: 'A link goes to a free file-sharing, form or site-hosting service where anyone can publish a phishing page or malware under a reputable domain.',
      ja: 'リンク先が無料のファイル共有・フォーム・サイト作成サービスです。誰でも信頼されたドメインの下にフィッシングページやマルウェアを置けます。',
    },
  }),
  links({
    id: 'URL_SUSPICIOUS_TLD',
    score: 1.0,
    class: 'spam',
    description: {
      en: 'A link domain is under a top-level domain where cheap registrations make abuse common (e.g. .top, .xyz, .icu).',
      ja: 'リンク先のドメインが、安価で悪用の多いトップレベルドメイン(.top、.xyz、.icu など)です。',
    },
  }),
  links({
    id: 'URL_RECIPIENT_ADDRESS',
    score: 1.5,
    class: 'spam',
    description: {
      en: 'A link or image carries your e-mail address. Opening it tells the sender your address is live and read; the list entry is confirmed and mailed again or sold.',
      ja: 'リンクや画像の URL にあなたのメールアドレスが含まれています。開くと送信者にアドレスが有効で読まれていることが伝わり、リストが更新・転売されます。',
    },
  }),
  links({
    id: 'URL_RECIPIENT_ENCODED',
    score: 2.5,
    class: 'spam',
    description: {
      en: 'A link or image carries your e-mail address encoded or hashed (base64, hex, MD5/SHA). A click or image load confirms to the sender that this address is live: address harvesting, as in the fake virus-scan mails.',
      ja: 'リンクや画像の URL にあなたのメールアドレスが符号化・ハッシュ化(base64、16 進、MD5/SHA)されて含まれています。クリックや画像の読み込みで、送信者にアドレスが有効だと伝わります(偽ウイルススキャンメールと同じアドレス収集の手口)。',
    },
  }),
  links({
    id: 'URL_EMAIL_IN_URL',
    score: 1.0,
    class: 'spam',
    description: {
      en: 'A link carries an e-mail address (plain or base64) that the headers do not name as a recipient: the link was made for one address of a mailing list (the mail was forwarded or its headers rewritten). Opening it confirms that address to the sender.',
      ja: 'リンクにメールアドレス(平文または base64)が含まれていますが、ヘッダー上の受信者ではありません。送信リストの特定アドレス向けに作られたリンクです(転送やヘッダー書き換えの可能性)。開くとそのアドレスが有効だと送信者に伝わります。',
    },
  }),
  links({
    id: 'URL_UNIQUE_TOKEN',
    score: 0.3,
    class: 'spam',
    description: {
      en: 'A link or image carries a long random token that identifies this copy of the message. Normal for newsletter click tracking, but a click still tells the sender this address is read.',
      ja: 'リンクや画像の URL に、このメール 1 通を識別する長いランダムな文字列があります。メールマガジンのクリック計測では普通ですが、クリックするとアドレスが読まれていることが送信者に伝わります。',
    },
  }),
  links({
    id: 'URL_WEB_BUG',
    score: 0.5,
    class: 'spam',
    description: {
      en: 'The message loads a hidden or 1×1-pixel remote image (web bug) that reports to the sender when and where the mail was opened.',
      ja: '非表示または 1×1 ピクセルのリモート画像(Web ビーコン)を読み込みます。メールを開いた日時と場所が送信者に伝わります。',
    },
  }),
  links({
    id: 'URL_REDIRECT_CROSS_DOMAIN',
    score: 0.5,
    class: 'spam',
    description: {
      en: 'Following the link lands on a different site than the one it names.',
      ja: 'リンクをたどると、リンクに書かれたものとは別のサイトに到着します。',
    },
  }),
  links({
    id: 'URL_REDIRECT_TO_PRIVATE',
    score: 1.5,
    class: 'spam',
    description: {
      en: 'A link points or redirects into a private, loopback or link-local network address: an attempt to reach internal systems or to evade scanning. It was not followed.',
      ja: 'リンクがプライベート・ループバック・リンクローカルなどの内部アドレスを指すか、そこへリダイレクトします。内部システムへの到達やスキャン回避の試みで、追跡しませんでした。',
    },
  }),
  links({
    id: 'URL_REDIRECT_HOP_LIMIT',
    score: 1.0,
    class: 'spam',
    description: {
      en: 'A link redirects more times than the configured limit: long chains are used to shake off scanners.',
      ja: 'リンクのリダイレクト回数が設定上限を超えました。スキャナーを振り切るために長い転送が使われます。',
    },
  }),
  links({
    id: 'URL_DOMAIN_NEWLY_REGISTERED',
    score: 2.0,
    class: 'spam',
    description: {
      en: 'A link domain was registered only days ago. Spam and phishing use fresh domains before block lists know them.',
      ja: 'リンク先のドメインは数日前に登録されたばかりです。スパムやフィッシングはブラックリストに載る前の新しいドメインを使います。',
    },
  }),
  links({
    id: 'URL_DOMAIN_NEWLY_SEEN',
    score: 0.5,
    class: 'spam',
    description: {
      en: 'spamlab has never seen this link domain before in its recorded history.',
      ja: 'このリンク先ドメインは spamlab の記録上これまで一度も見たことがありません。',
    },
  }),
  links({
    id: 'URL_LIMIT_REACHED',
    score: 0.5,
    class: 'spam',
    description: {
      en: 'The message has more links or text than the configured analysis limits; the rest was not examined. Stuffing messages with links is a filter-evasion trick.',
      ja: 'リンクや本文の量が設定された解析上限を超えたため、残りは調べていません。大量のリンクを詰め込むのはフィルター回避の手口です。',
    },
  }),
];

/** Finding ids that mean "a link deceives the reader" (reported by the links benchmark). */
export const DECEPTIVE_LINK_IDS: readonly string[] = [
  'URL_TEXT_DOMAIN_MISMATCH',
  'URL_TEXT_BRAND_MISMATCH',
  'URL_HTTPS_TEXT_HTTP_HREF',
  'URL_IP_HOST',
  'URL_IP_OBFUSCATED',
  'URL_HOST_OBFUSCATED',
  'URL_USERINFO',
  'URL_IDN_MIXED_SCRIPT',
  'URL_OPEN_REDIRECT',
  'URL_DATA_URI',
  'URL_JAVASCRIPT_URI',
  'URL_FORM_EXTERNAL',
  'URL_FORM_PASSWORD',
];
