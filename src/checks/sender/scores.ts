import type { ScoreEntry } from '../../core/finding.js';

/**
 * Score rows of the sender family: brand impersonation (FROM_), lookalike domains (LOOKALIKE_) and
 * authentication (AUTH_). Weights are chosen so that a brand display name over an unrelated domain plus
 * a lookalike of the brand's domain (the torendmicro case) reaches the phishing verdict on its own
 * (total ≥ 6, phishing-class points ≥ 4), while either alone does not make a message spam.
 */
export const SENDER_SCORES: readonly ScoreEntry[] = [
  // ── Display name and brand claims ────────────────────────────────────────────────────────────
  {
    id: 'FROM_BRAND_DISPLAY_NAME',
    score: 4.5,
    group: 'sender',
    class: 'phishing',
    description: {
      en: "The sender's display name names a brand, but the address is not at one of that brand's domains (or is a free-mail address). Treat it as an impersonation: do not follow links or open attachments; verify with the brand through its official site.",
      ja: '差出人の表示名がブランド名を名乗っていますが、アドレスはそのブランドのドメインではありません(またはフリーメールです)。なりすましとして扱い、リンクや添付ファイルを開かず、公式サイトから確認してください。',
    },
  },
  {
    id: 'FROM_BRAND_OWN_DOMAIN',
    score: 0,
    group: 'sender',
    description: {
      en: "The display name names a brand and the address is at that brand's own domain. This is only trustworthy when the message authenticates (DMARC pass); without it the From domain may be forged.",
      ja: '表示名がブランド名を名乗り、アドレスもそのブランドのドメインです。送信ドメイン認証(DMARC)に合格している場合にのみ信頼できます。合格していなければ差出人が偽装されている可能性があります。',
    },
  },
  {
    id: 'FROM_BRAND_FREEMAIL',
    score: 1.5,
    group: 'sender',
    class: 'phishing',
    description: {
      en: 'A brand name in the display name over a free-mail address: companies do not write to customers from free-mail accounts.',
      ja: 'ブランド名の表示名でフリーメールのアドレスから送られています。企業がフリーメールで顧客に連絡することはありません。',
    },
  },
  {
    id: 'FROM_BRAND_SUBJECT',
    score: 1,
    group: 'sender',
    class: 'phishing',
    description: {
      en: "The subject or signature names a brand while the sender is not at the brand's domain (a weak sign on its own: newsletters mention brands too).",
      ja: '件名または署名がブランド名を含みますが、差出人はそのブランドのドメインではありません(単独では弱い兆候です)。',
    },
  },
  {
    id: 'FROM_DISPLAY_NAME_DOMAIN_MISMATCH',
    score: 2,
    group: 'sender',
    class: 'phishing',
    description: {
      en: 'The display name contains an address or domain different from the real sender address, to make the message look like it comes from there.',
      ja: '表示名に実際の差出人とは異なるアドレスまたはドメインが書かれており、そこから送られたように見せかけています。',
    },
  },
  {
    id: 'FROM_REPLYTO_FREEMAIL',
    score: 2,
    group: 'sender',
    class: 'phishing',
    description: {
      en: 'The message claims to come from an organisation, but replies go to a free-mail address: a common trick to collect answers (credentials, payments) outside the organisation.',
      ja: '組織からのメールを装っていますが、返信先がフリーメールのアドレスです。返信(認証情報や支払い)を組織外で受け取る典型的な手口です。',
    },
  },
  // ── Lookalike domains ───────────────────────────────────────────────────────────────────────
  ...lookalikeRow('LOOKALIKE_FROM_DOMAIN', 5, 'the sender address domain', '差出人アドレスのドメイン'),
  ...lookalikeRow('LOOKALIKE_FROM_LOCAL_PART', 4, 'the local part of the sender address (before the @), where a domain has no business', '差出人アドレスのローカル部(@の前)'),
  ...lookalikeRow('LOOKALIKE_DISPLAY_NAME', 4, "the sender's display name", '差出人の表示名'),
  ...lookalikeRow('LOOKALIKE_REPLY_TO', 4, 'the Reply-To address', '返信先(Reply-To)アドレス'),
  ...lookalikeRow('LOOKALIKE_RETURN_PATH', 3, 'the bounce address (Return-Path)', 'エラー返送先(Return-Path)'),
  ...lookalikeRow('LOOKALIKE_SENDER', 3, 'the Sender header', 'Sender ヘッダー'),
  ...lookalikeRow('LOOKALIKE_MESSAGE_ID', 2, 'the Message-ID', 'Message-ID'),
  ...lookalikeRow('LOOKALIKE_LINK', 4, 'a link in the body', '本文中のリンク'),
  // ── Authentication ──────────────────────────────────────────────────────────────────────────
  authRow('AUTH_SPF_PASS', 0, 'SPF passed: the sending server is authorised for the envelope sender domain.', 'SPF に合格しました。送信サーバーはエンベロープ送信者ドメインから許可されています。'),
  authRow('AUTH_SPF_FAIL', 1.5, 'SPF failed: the sending server is not authorised to send for the envelope sender domain.', 'SPF に不合格です。送信サーバーはエンベロープ送信者ドメインから許可されていません。'),
  authRow('AUTH_SPF_SOFTFAIL', 0.7, 'SPF soft-failed: the domain says this server is probably not authorised.', 'SPF がソフトフェイルです。このサーバーは許可されていない可能性が高いとドメインが宣言しています。'),
  authRow('AUTH_SPF_ERROR', 0.3, 'SPF could not be evaluated (DNS error or broken SPF record).', 'SPF を評価できませんでした(DNS エラーまたは SPF レコードの誤り)。'),
  authRow('AUTH_DKIM_PASS', 0, 'A DKIM signature verified: the signing domain vouches for the message content.', 'DKIM 署名を検証できました。署名ドメインが内容を保証しています。'),
  authRow('AUTH_DKIM_FAIL', 1, 'A DKIM signature did not verify: the message was altered or the signature forged.', 'DKIM 署名を検証できませんでした。改ざんまたは署名の偽造の可能性があります。'),
  authRow('AUTH_DMARC_PASS', -1, 'DMARC passed: the From domain is authenticated by an aligned SPF or DKIM result.', 'DMARC に合格しました。差出人ドメインは整合した SPF または DKIM で認証されています。'),
  authRow(
    'AUTH_DMARC_PASS_BRAND',
    0,
    "DMARC passed for a domain that belongs to a protected brand: the message really comes from the brand's domain.",
    'DMARC に合格し、差出人ドメインは保護対象ブランドのものです。ブランドのドメインから実際に送られています。',
  ),
  authRow('AUTH_DMARC_FAIL', 2, 'DMARC failed: neither SPF nor DKIM authenticates the From domain, whose owner publishes no enforcement (p=none).', 'DMARC に不合格です。SPF・DKIM のどちらも差出人ドメインを認証していません(ポリシーは p=none)。'),
  {
    id: 'AUTH_DMARC_FAIL_ENFORCED',
    score: 4,
    group: 'auth',
    class: 'phishing',
    description: {
      en: 'DMARC failed for a From domain that asks receivers to quarantine or reject such mail: the From address is forged.',
      ja: 'DMARC に不合格で、差出人ドメインはこのようなメールの隔離または拒否を求めています。差出人アドレスは偽装されています。',
    },
  },
  authRow('AUTH_DMARC_NONE', 0, 'The From domain publishes no DMARC policy, so its mail cannot be authenticated against forgery.', '差出人ドメインは DMARC ポリシーを公開していないため、偽装に対する認証ができません。'),
  // ── Composites: exceptions written as data ──────────────────────────────────────────────────
  {
    id: 'FROM_BRAND_AUTHENTICATED',
    score: -0.5,
    group: 'composite',
    description: {
      en: "The display name names a brand and the message authenticates (DMARC pass) as a protected brand's own domain: genuine brand mail, not impersonation.",
      ja: '表示名がブランド名を名乗り、メールは保護対象ブランド自身のドメインとして認証(DMARC 合格)されています。なりすましではない正規のメールです。',
    },
    composite: {
      expression: '(FROM_BRAND_DISPLAY_NAME | FROM_BRAND_OWN_DOMAIN | FROM_BRAND_SUBJECT) & AUTH_DMARC_PASS_BRAND & !FROM_BRAND_FREEMAIL',
      replaces: ['FROM_BRAND_DISPLAY_NAME', 'FROM_BRAND_OWN_DOMAIN', 'FROM_BRAND_SUBJECT'],
    },
  },
  {
    id: 'FROM_BRAND_SPOOFED',
    score: 3,
    group: 'composite',
    class: 'phishing',
    description: {
      en: "The display name names a brand and the From address is at the brand's own domain, but DMARC fails: the brand's address is forged.",
      ja: '表示名がブランド名を名乗り、差出人もブランドのドメインですが、DMARC に不合格です。ブランドのアドレスが偽装されています。',
    },
    composite: { expression: 'FROM_BRAND_OWN_DOMAIN & (AUTH_DMARC_FAIL | AUTH_DMARC_FAIL_ENFORCED)' },
  },
];

function lookalikeRow(id: string, score: number, whereEn: string, whereJa: string): ScoreEntry[] {
  return [
    {
      id,
      score,
      group: 'sender',
      class: 'phishing',
      description: {
        en: `A domain in ${whereEn} imitates a protected brand's domain (typo, lookalike letters, transliteration, added words or the brand as a subdomain). The evidence names the brand and the technique; do not trust the message.`,
        ja: `${whereJa}に、保護対象ブランドのドメインに似せたドメインがあります(タイプミス、似た文字、読みの転写、単語の付加、サブドメインへの埋め込みなど)。証拠にブランドと手口を示します。このメールを信用しないでください。`,
      },
    },
  ];
}

function authRow(id: string, score: number, en: string, ja: string): ScoreEntry {
  return { id, score, group: 'auth', description: { en, ja } };
}
