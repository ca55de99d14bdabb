import type { ScoreEntry } from '../../core/finding.js';
import type { CheckFamily } from '../types.js';

/** Links that no brand's genuine mail carries: raw IP hosts, forms posting elsewhere, disguised hosts. */
const DECEPTIVE_LINK = '(URL_IP_HOST | URL_IP_OBFUSCATED | URL_HOST_OBFUSCATED | URL_USERINFO | URL_FORM_EXTERNAL | URL_FORM_PASSWORD | URL_TEXT_DOMAIN_MISMATCH | LOOKALIKE_LINK)';
/** The sender claims to be a brand: by display name or its own (unauthenticated) domain (a subject naming a brand is news as often as a claim). */
const BRAND_CLAIM = '(FROM_BRAND_DISPLAY_NAME | FROM_BRAND_OWN_DOMAIN | FROM_BRAND_FREEMAIL)';

/**
 * Composites across families: each alone is a weak sign, together they are the shape of credential
 * phishing. Written as score-table rows (Rspamd composites), not as code in any one check, so operators
 * can see, tune or switch them off (`scores: { ID: 0 }`).
 */
const COMPOSITE_SCORES: readonly ScoreEntry[] = [
  {
    id: 'PHISH_BRAND_SENDER_DECEPTIVE_LINK',
    score: 3,
    group: 'composite',
    class: 'phishing',
    composite: { expression: `FROM_BRAND_OWN_DOMAIN & ${DECEPTIVE_LINK} & !FROM_BRAND_AUTHENTICATED` },
    description: {
      en: 'The message claims to come from a brand’s own domain, yet its links go where the brand never sends people (an IP address, a disguised host, a form posting elsewhere). Spoofed brand mail: do not follow the links.',
      ja: 'ブランド自身のドメインから送られたように見えますが、リンク先はそのブランドが使わない場所(IP アドレス、偽装されたホスト、外部に送信するフォーム)です。ブランドを詐称したメールです。リンクを開かないでください。',
    },
  },
  {
    id: 'PHISH_BRAND_LINK_ELSEWHERE',
    score: 3,
    group: 'composite',
    class: 'phishing',
    composite: { expression: `URL_TEXT_BRAND_MISMATCH & ${BRAND_CLAIM} & !FROM_BRAND_AUTHENTICATED` },
    description: {
      en: 'The sender presents itself as a brand and a link named after that brand leads to a site that is not the brand’s: where you would sign in is not the brand.',
      ja: '送信者がブランドを名乗り、そのブランド名のリンクがブランドのものではないサイトに向かっています。ログイン先は本物ではありません。',
    },
  },
  {
    id: 'PHISH_CREDENTIAL_LURE_DECEPTIVE_LINK',
    score: 2.5,
    group: 'composite',
    class: 'phishing',
    composite: { expression: `CONTENT_CATEGORY_PHISHING & ${DECEPTIVE_LINK}` },
    description: {
      en: 'The text asks the reader to verify, update or unlock an account, and a link in it is deceptive: the classic credential-phishing lure.',
      ja: '本文がアカウントの確認・更新・ロック解除を求めており、しかもリンクが偽装されています。典型的な認証情報フィッシングです。',
    },
  },
  {
    id: 'PHISH_BRAND_NAMED_CREDENTIAL_LURE',
    score: 2,
    group: 'composite',
    class: 'phishing',
    composite: { expression: 'CONTENT_CATEGORY_PHISHING & (FROM_BRAND_DISPLAY_NAME | FROM_BRAND_SUBJECT | FROM_BRAND_FREEMAIL | URL_TEXT_BRAND_MISMATCH)' },
    description: {
      en: 'A brand is named by a sender that is not the brand, and the text asks for account or payment details.',
      ja: 'ブランドではない送信者がブランド名を名乗り、アカウントや支払い情報を求めています。',
    },
  },
];

/** A family with no checks of its own: only composites over the other families' ids. */
export const compositesFamily: CheckFamily = {
  name: 'composites',
  scores: COMPOSITE_SCORES,
  create: () => [],
};
