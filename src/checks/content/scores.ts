import type { ScoreEntry } from '../../core/finding.js';
import type { ThreatClass } from '../../core/finding.js';

type Row = Omit<ScoreEntry, 'group'>;
const content = (row: Row): ScoreEntry => ({ group: 'content', ...row });
const spam = (row: Omit<Row, 'class'>): ScoreEntry => content({ class: 'spam', ...row });

/**
 * Content signals. The statistical classifier carries most of the weight, graded by its probability (the
 * bands are config, `content.classifier.*`); its bands and scores were set by 5-fold cross-validation on the
 * training split (never the test split) so that, with the header family's few points, the verdict keeps ham
 * false positives under 0.5 %: a probability ≥ 0.7 is a verdict on its own, 0.5–0.7 needs 1.5 more points. Categories and themes are
 * mainly labels for trends and add little; the spam-terms findings let a dense run of spam vocabulary
 * (Japanese included, which the shipped model never saw) reach a verdict, unless the classifier is sure the
 * message is ham (composite CONTENT_SPAM_TERMS_IN_HAM).
 */
export const CONTENT_SCORES: readonly ScoreEntry[] = [
  spam({
    id: 'CONTENT_CLASSIFIER_SPAM_HIGH',
    score: 7.0,
    description: {
      en: 'The statistical content classifier is nearly certain this is spam (probability ≥ 99 % by default); the evidence lists the words that weighed most. If it is wrong, teach it with `spamlab learn --ham`.',
      ja: '統計的な本文分類器がほぼ確実にスパムと判定しました(既定では確率 99 % 以上)。根拠は判定に最も効いた語です。誤りなら `spamlab learn --ham` で学習させてください。',
    },
  }),
  spam({
    id: 'CONTENT_CLASSIFIER_SPAM',
    score: 6.0,
    description: {
      en: 'The statistical content classifier rates this as probably spam (probability ≥ 70 % by default); the evidence lists the words that weighed most. If it is wrong, teach it with `spamlab learn --ham`.',
      ja: '統計的な本文分類器がスパムの可能性が高いと判定しました(既定では確率 70 % 以上)。根拠は判定に最も効いた語です。誤りなら `spamlab learn --ham` で学習させてください。',
    },
  }),
  spam({
    id: 'CONTENT_CLASSIFIER_SPAM_LOW',
    score: 4.5,
    description: {
      en: 'The statistical content classifier leans towards spam (probability ≥ 50 % by default): not enough alone, decisive with other signs.',
      ja: '統計的な本文分類器はややスパム寄りと判定しました(既定では確率 50 % 以上)。単独では決め手になりませんが、他の兆候と合わせて判断します。',
    },
  }),
  content({
    id: 'CONTENT_CLASSIFIER_HAM',
    score: -1.5,
    description: {
      en: 'The statistical content classifier rates this as probably legitimate mail (spam probability ≤ 10 % by default).',
      ja: '統計的な本文分類器は正常なメールの可能性が高いと判定しました(既定ではスパム確率 10 % 以下)。',
    },
  }),
  content({
    id: 'CONTENT_CLASSIFIER_HAM_HIGH',
    score: -3.0,
    description: {
      en: 'The statistical content classifier is nearly certain this is legitimate mail (spam probability ≤ 1 % by default), like the mail it was trained on as good.',
      ja: '統計的な本文分類器はほぼ確実に正常なメールと判定しました(既定ではスパム確率 1 % 以下)。学習した正常メールによく似ています。',
    },
  }),
  content({
    id: 'CONTENT_CLASSIFIER_UNAVAILABLE',
    score: 0,
    description: {
      en: 'No classifier model could be loaded (see the evidence), so the content classifier did not vote. Train one with `spamlab train` or check content.classifier in the configuration.',
      ja: '分類器のモデルを読み込めなかったため、本文分類器は判定していません(根拠を参照)。`spamlab train` で学習させるか、設定の content.classifier を確認してください。',
    },
  }),
  spam({
    id: 'CONTENT_SPAM_TERMS',
    score: 2.0,
    description: {
      en: 'The text uses many words typical of spam (health, dating, money, prize, job offers…); the evidence lists them.',
      ja: '本文にスパムに典型的な語(健康・出会い・お金・当選・求人など)が多く使われています。根拠にその語を示します。',
    },
  }),
  spam({
    id: 'CONTENT_SPAM_TERMS_MANY',
    score: 5.0,
    description: {
      en: 'The text is dense with words typical of spam (in English or Japanese): this alone is close to a spam verdict even when the classifier has never seen the language.',
      ja: '本文がスパムに典型的な語(英語または日本語)で埋め尽くされています。分類器が学習していない言語でも、これだけでスパムに近い判定になります。',
    },
  }),
  content({
    id: 'CONTENT_SPAM_TERMS_IN_HAM',
    score: 0,
    composite: {
      expression: '(CONTENT_SPAM_TERMS | CONTENT_SPAM_TERMS_MANY) & (CONTENT_CLASSIFIER_HAM | CONTENT_CLASSIFIER_HAM_HIGH)',
      replaces: ['CONTENT_SPAM_TERMS', 'CONTENT_SPAM_TERMS_MANY'],
    },
    description: {
      en: 'Spam vocabulary in a message the trained classifier recognises as legitimate (a newsletter, a discussion of spam): the vocabulary does not count.',
      ja: 'スパムによく使われる語がありますが、学習済みの分類器は正常なメール(ニュースレターやスパムに関する議論など)と判定したため、語の点数は加算しません。',
    },
  }),
  ...categoryRow('HEALTH', 1.0, 'spam', 'health, pharmacy or diet products (drugs without prescription, slimming, enlargement)', '健康・医薬品・ダイエット(処方箋不要の薬、痩身、増大など)'),
  ...categoryRow('DATING', 1.0, 'spam', 'dating or adult content', '出会い系・アダルト'),
  ...categoryRow('FINANCE', 1.0, 'spam', 'loans, investments, stocks or crypto-currency', '融資・投資・株・暗号資産'),
  ...categoryRow('PHISHING', 1.0, 'phishing', 'account verification, password or sign-in requests (credential phishing)', 'アカウント確認・パスワード・ログインの要求(認証情報のフィッシング)'),
  ...categoryRow('MALWARE_LURE', 0.5, 'malware', 'invoices, deliveries, faxes, scans or e-cards (typical lures for a malicious attachment or link)', '請求書・配達・FAX・スキャン・電子カード(悪意のある添付やリンクの典型的なおとり)'),
  ...categoryRow('ADVANCE_FEE', 1.0, 'spam', 'lottery wins, inheritances or fund transfers (advance-fee fraud)', '当選・遺産・送金(前払い金詐欺)'),
  ...categoryRow('JOBS', 0.5, 'spam', 'work-from-home jobs or easy income (often money-mule recruiting)', '在宅ワーク・簡単な高収入(資金の運び屋の勧誘であることが多い)'),
  ...categoryRow('MARKETING', 0.2, 'spam', 'commercial advertising (offers, discounts, unsubscribe)', '商業広告(特典・割引・配信停止)'),
  content({
    id: 'CONTENT_THEME_EVENT',
    score: 0,
    description: {
      en: 'The message refers to a seasonal event or news theme (Christmas, New Year, Valentine’s Day, tax season, disasters…); kept for trends.',
      ja: '季節行事や時事の話題(クリスマス、正月、バレンタインデー、確定申告、災害など)に触れています。傾向分析のために記録します。',
    },
  }),
  content({
    id: 'CONTENT_THEME_EVENT_NEAR_DATE',
    score: 0.3,
    description: {
      en: 'The message refers to a seasonal event and was sent just before or during it: lures ride on events.',
      ja: '季節行事に触れており、その直前または期間中に送られています。スパムやマルウェアのおとりは行事に便乗します。',
    },
  }),
];

function categoryRow(suffix: string, score: number, threat: ThreatClass, en: string, ja: string): ScoreEntry[] {
  return [
    content({
      id: `CONTENT_CATEGORY_${suffix}`,
      score,
      class: threat,
      description: {
        en: `The text is about ${en}; the evidence lists the words found. Mainly a label for trends.`,
        ja: `本文の内容: ${ja}。根拠に見つかった語を示します。主に傾向分析のための分類です。`,
      },
    }),
  ];
}
