/**
 * The category and theme vocabularies: data, not code. Each row is one term in its normalised form (NFKC,
 * lower case, as `normalizeText` gives), with a weight:
 *   1 — common in legitimate mail too ("free", "無料"): only counts together with others;
 *   2 — typical spam phrasing ("lose weight fast", "完全無料");
 *   3 — rare outside spam ("viagra", "セフレ", "未公開株").
 * English terms match whole words (phrases: whole-word sequences); Japanese terms match as substrings,
 * since Japanese has no spaces. A category is reported when its distinct terms weigh at least
 * `content.categories.minWeight` together.
 */

export type CategoryName =
  | 'health' | 'dating' | 'finance' | 'phishing' | 'malware-lure' | 'advance-fee' | 'jobs' | 'marketing';

export type ThemeName =
  | 'christmas' | 'new-year' | 'valentine' | 'white-day' | 'black-friday' | 'tax-season' | 'golden-week'
  | 'obon' | 'disaster' | 'pandemic' | 'sports-event';

export interface TermRow<N extends string> {
  name: N;
  weight: 1 | 2 | 3;
  term: string;
}

type Rows<N extends string> = readonly (readonly [N, 1 | 2 | 3, string])[];

const CATEGORY_ROWS: Rows<CategoryName> = [
  // health / pharma / diet
  ['health', 3, 'viagra'], ['health', 3, 'cialis'], ['health', 3, 'levitra'], ['health', 3, 'vicodin'], ['health', 3, 'xanax'],
  ['health', 3, 'valium'], ['health', 3, 'phentermine'], ['health', 2, 'online pharmacy'], ['health', 2, 'no prescription'],
  ['health', 2, 'prescription drugs'], ['health', 2, 'lose weight'], ['health', 2, 'weight loss'], ['health', 2, 'diet pills'],
  ['health', 2, 'penis enlargement'], ['health', 2, 'erectile'], ['health', 2, 'hgh'], ['health', 2, 'anti-aging'],
  ['health', 1, 'pills'], ['health', 1, 'pharmacy'], ['health', 1, 'diet'], ['health', 1, 'supplement'], ['health', 1, 'fat'],
  ['health', 3, 'バイアグラ'], ['health', 3, 'シアリス'], ['health', 3, '精力剤'], ['health', 3, 'ed治療'], ['health', 2, '痩せる'],
  ['health', 2, 'やせる'], ['health', 2, '脂肪燃焼'], ['health', 2, 'ダイエットサプリ'], ['health', 2, '処方箋不要'],
  ['health', 2, '医薬品'], ['health', 2, '個人輸入'], ['health', 2, '若返り'], ['health', 2, '育毛'], ['health', 2, '増大'],
  ['health', 2, 'kg減'], ['health', 2, '体重が'], ['health', 1, 'ダイエット'], ['health', 1, 'サプリ'], ['health', 1, '健康食品'],
  ['health', 1, '効果'], ['health', 1, '薬'],
  // dating / adult
  ['dating', 3, 'hot singles'], ['dating', 3, 'sex'], ['dating', 3, 'xxx'], ['dating', 3, 'porn'], ['dating', 2, 'adult'],
  ['dating', 2, 'lonely'], ['dating', 2, 'hookup'], ['dating', 2, 'dating site'], ['dating', 2, 'webcam'], ['dating', 2, 'naughty'],
  ['dating', 1, 'singles'], ['dating', 1, 'dating'], ['dating', 1, 'date tonight'], ['dating', 1, 'girls'],
  ['dating', 3, 'セフレ'], ['dating', 3, '人妻'], ['dating', 3, '熟女'], ['dating', 3, 'アダルト'], ['dating', 3, '援交'],
  ['dating', 3, 'ワリキリ'], ['dating', 3, '割り切り'], ['dating', 2, '出会い系'], ['dating', 2, '出会い'], ['dating', 2, '逆援'],
  ['dating', 2, '会員登録'], ['dating', 2, 'プロフィール'], ['dating', 2, '寂しい'], ['dating', 2, '会いたい'],
  ['dating', 2, 'エッチ'], ['dating', 1, '女性'], ['dating', 1, '彼女'], ['dating', 1, 'メッセージが届'], ['dating', 1, '恋人'],
  // finance / loans / investment / crypto
  ['finance', 3, 'stock alert'], ['finance', 3, 'penny stock'], ['finance', 2, 'mortgage rates'], ['finance', 2, 'refinance'],
  ['finance', 2, 'low interest'], ['finance', 2, 'debt consolidation'], ['finance', 2, 'credit repair'], ['finance', 2, 'bitcoin'],
  ['finance', 2, 'crypto'], ['finance', 2, 'guaranteed return'], ['finance', 2, 'double your money'], ['finance', 2, 'forex'],
  ['finance', 2, 'bad credit'], ['finance', 2, 'cash advance'], ['finance', 1, 'mortgage'], ['finance', 1, 'loan'],
  ['finance', 1, 'loans'], ['finance', 1, 'investment'], ['finance', 1, 'invest'], ['finance', 1, 'profit'], ['finance', 1, 'income'],
  ['finance', 3, '未公開株'], ['finance', 3, '必ず儲かる'], ['finance', 3, '元本保証'], ['finance', 3, '絶対に儲'],
  ['finance', 2, '高配当'], ['finance', 2, '投資案件'], ['finance', 2, '仮想通貨'], ['finance', 2, '暗号資産'], ['finance', 2, 'ビットコイン'],
  ['finance', 2, '即日融資'], ['finance', 2, '審査なし'], ['finance', 2, 'ブラックok'], ['finance', 2, '借入'], ['finance', 2, '月収'],
  ['finance', 2, '不労所得'], ['finance', 2, '副業'], ['finance', 2, '稼げる'], ['finance', 2, '億り人'], ['finance', 1, '投資'],
  ['finance', 1, '融資'], ['finance', 1, '利益'], ['finance', 1, '配当'], ['finance', 1, '資産'],
  // credential phishing
  ['phishing', 3, 'verify your account'], ['phishing', 3, 'confirm your account'], ['phishing', 3, 'account suspended'],
  ['phishing', 3, 'account has been suspended'], ['phishing', 3, 'unusual sign-in'], ['phishing', 2, 'update your information'],
  ['phishing', 2, 'confirm your identity'], ['phishing', 2, 'verify your identity'], ['phishing', 2, 'your password'],
  ['phishing', 2, 'login details'], ['phishing', 2, 'security alert'], ['phishing', 2, 'unauthorized access'],
  ['phishing', 2, 'account will be closed'], ['phishing', 2, 'click here to verify'], ['phishing', 1, 'verify'],
  ['phishing', 1, 'account'], ['phishing', 1, 'password'], ['phishing', 1, 'login'], ['phishing', 1, 'suspended'],
  ['phishing', 3, 'アカウントが停止'], ['phishing', 3, 'アカウントを停止'], ['phishing', 3, '本人確認が必要'], ['phishing', 3, '不正ログイン'],
  ['phishing', 3, '利用制限'], ['phishing', 2, 'アカウント情報'], ['phishing', 2, 'ご本人様確認'], ['phishing', 2, 'パスワードの再設定'],
  ['phishing', 2, 'ログインして'], ['phishing', 2, '認証が必要'], ['phishing', 2, 'セキュリティ警告'], ['phishing', 2, '情報を更新'],
  ['phishing', 2, 'カード情報'], ['phishing', 1, 'アカウント'], ['phishing', 1, 'パスワード'], ['phishing', 1, 'ログイン'],
  ['phishing', 1, '確認'], ['phishing', 1, '【警告】'],
  // malware lure
  ['malware-lure', 2, 'invoice attached'], ['malware-lure', 2, 'see attached invoice'], ['malware-lure', 2, 'delivery failure'],
  ['malware-lure', 2, 'failed delivery'], ['malware-lure', 2, 'parcel'], ['malware-lure', 2, 'tracking number'],
  ['malware-lure', 2, 'fax message'], ['malware-lure', 2, 'scanned document'], ['malware-lure', 2, 'e-card'], ['malware-lure', 2, 'ecard'],
  ['malware-lure', 2, 'voice message'], ['malware-lure', 2, 'enable macros'], ['malware-lure', 2, 'enable content'],
  ['malware-lure', 1, 'invoice'], ['malware-lure', 1, 'attached'], ['malware-lure', 1, 'attachment'], ['malware-lure', 1, 'fax'],
  ['malware-lure', 1, 'scan'], ['malware-lure', 1, 'shipment'], ['malware-lure', 1, 'delivery'],
  ['malware-lure', 3, '不在通知'], ['malware-lure', 3, '不在連絡'], ['malware-lure', 2, 'お荷物'], ['malware-lure', 2, '配達できませんでした'],
  ['malware-lure', 2, '請求書を添付'], ['malware-lure', 2, '添付ファイルをご確認'], ['malware-lure', 2, 'ウイルスチェック'],
  ['malware-lure', 2, 'ウイルスに感染'], ['malware-lure', 2, 'マクロを有効'], ['malware-lure', 2, 'コンテンツの有効化'],
  ['malware-lure', 2, 'グリーティングカード'], ['malware-lure', 1, '請求書'], ['malware-lure', 1, '添付'], ['malware-lure', 1, 'ファックス'],
  ['malware-lure', 1, 'スキャン'], ['malware-lure', 1, '配送'],
  // advance-fee / lottery
  ['advance-fee', 3, 'next of kin'], ['advance-fee', 3, 'million united states dollars'], ['advance-fee', 3, 'lottery winner'],
  ['advance-fee', 3, 'you have won'], ['advance-fee', 3, 'beneficiary'], ['advance-fee', 2, 'inheritance'], ['advance-fee', 2, 'barrister'],
  ['advance-fee', 2, 'central bank'], ['advance-fee', 2, 'transfer of funds'], ['advance-fee', 2, 'strictly confidential'],
  ['advance-fee', 2, 'claim your prize'], ['advance-fee', 2, 'lottery'], ['advance-fee', 2, 'winning number'],
  ['advance-fee', 1, 'million'], ['advance-fee', 1, 'prize'], ['advance-fee', 1, 'nigeria'], ['advance-fee', 1, 'confidential'],
  ['advance-fee', 3, '当選しました'], ['advance-fee', 3, '当選金'], ['advance-fee', 3, '遺産相続'], ['advance-fee', 3, '受け取り手数料'],
  ['advance-fee', 2, '当選'], ['advance-fee', 2, '賞金'], ['advance-fee', 2, '支援金'], ['advance-fee', 2, '受取人'],
  ['advance-fee', 2, '手数料のお支払い'], ['advance-fee', 1, '億円'], ['advance-fee', 1, '万円を'],
  // jobs / money mules
  ['jobs', 3, 'money transfer agent'], ['jobs', 3, 'payment processing agent'], ['jobs', 3, 'financial agent'],
  ['jobs', 2, 'work from home'], ['jobs', 2, 'work at home'], ['jobs', 2, 'earn extra'], ['jobs', 2, 'home based business'],
  ['jobs', 2, 'no experience required'], ['jobs', 2, 'be your own boss'], ['jobs', 2, 'part-time job'], ['jobs', 1, 'opportunity'],
  ['jobs', 1, 'earn'], ['jobs', 1, 'per week'], ['jobs', 1, 'hiring'],
  ['jobs', 3, '受け子'], ['jobs', 3, '口座を貸'], ['jobs', 3, '闇バイト'], ['jobs', 2, '在宅ワーク'], ['jobs', 2, '在宅で'],
  ['jobs', 2, '高収入'], ['jobs', 2, '日払い'], ['jobs', 2, '即日払い'], ['jobs', 2, 'スキマ時間'], ['jobs', 2, '誰でも簡単'],
  ['jobs', 2, '未経験ok'], ['jobs', 2, '未経験歓迎'], ['jobs', 1, '求人'], ['jobs', 1, '報酬'], ['jobs', 1, 'バイト'],
  // commercial marketing
  ['marketing', 2, 'limited time offer'], ['marketing', 2, 'act now'], ['marketing', 2, 'special promotion'],
  ['marketing', 2, 'order now'], ['marketing', 2, 'risk free'], ['marketing', 2, 'money back guarantee'],
  ['marketing', 2, 'remove yourself'], ['marketing', 2, 'to be removed'], ['marketing', 2, 'opt-in'], ['marketing', 2, 'no obligation'],
  ['marketing', 1, 'unsubscribe'], ['marketing', 1, 'free'], ['marketing', 1, 'offer'], ['marketing', 1, 'discount'],
  ['marketing', 1, 'sale'], ['marketing', 1, 'click here'], ['marketing', 1, 'promotion'], ['marketing', 1, 'deal'],
  ['marketing', 3, '今すぐ登録'], ['marketing', 2, '完全無料'], ['marketing', 2, '期間限定'], ['marketing', 2, '今だけ'],
  ['marketing', 2, '先着'], ['marketing', 2, '限定特典'], ['marketing', 2, '今すぐクリック'], ['marketing', 2, '配信停止'],
  ['marketing', 2, '激安'], ['marketing', 2, '半額'], ['marketing', 2, 'ポイントプレゼント'], ['marketing', 1, '無料'],
  ['marketing', 1, '今すぐ'], ['marketing', 1, 'キャンペーン'], ['marketing', 1, '割引'], ['marketing', 1, 'セール'],
  ['marketing', 1, '特典'], ['marketing', 1, 'プレゼント'], ['marketing', 1, 'お得'],
];

const THEME_ROWS: Rows<ThemeName> = [
  ['christmas', 2, 'christmas'], ['christmas', 2, 'xmas'], ['christmas', 1, 'santa'], ['christmas', 1, 'holiday season'],
  ['christmas', 2, 'クリスマス'], ['christmas', 1, 'サンタ'],
  ['new-year', 2, 'new year'], ['new-year', 2, "new year's"], ['new-year', 2, 'お正月'], ['new-year', 2, '正月'], ['new-year', 2, '新年'],
  ['new-year', 2, 'あけましておめでとう'], ['new-year', 2, '謹賀新年'], ['new-year', 2, 'お年玉'], ['new-year', 1, '年末年始'], ['new-year', 1, '福袋'],
  ['valentine', 2, 'valentine'], ['valentine', 2, "valentine's"], ['valentine', 2, 'valentines'], ['valentine', 2, 'バレンタイン'],
  ['valentine', 1, '本命チョコ'], ['valentine', 1, '義理チョコ'],
  ['white-day', 2, 'white day'], ['white-day', 2, 'ホワイトデー'],
  ['black-friday', 2, 'black friday'], ['black-friday', 2, 'cyber monday'], ['black-friday', 2, 'ブラックフライデー'],
  ['tax-season', 2, 'tax refund'], ['tax-season', 2, 'tax return'], ['tax-season', 2, 'irs'], ['tax-season', 1, 'tax season'],
  ['tax-season', 2, '確定申告'], ['tax-season', 2, '還付金'], ['tax-season', 2, '国税庁'], ['tax-season', 1, 'e-tax'], ['tax-season', 1, '税務署'],
  ['golden-week', 2, 'golden week'], ['golden-week', 2, 'ゴールデンウィーク'], ['golden-week', 2, 'ゴールデンウイーク'], ['golden-week', 2, '大型連休'],
  ['obon', 2, 'お盆'], ['obon', 2, '盆休み'], ['obon', 1, '夏季休暇'], ['obon', 1, 'obon'],
  ['disaster', 2, 'earthquake'], ['disaster', 2, 'tsunami'], ['disaster', 2, 'hurricane'], ['disaster', 2, 'disaster relief'],
  ['disaster', 2, 'flood victims'], ['disaster', 2, '地震'], ['disaster', 2, '津波'], ['disaster', 2, '台風'], ['disaster', 2, '被災'],
  ['disaster', 2, '義援金'], ['disaster', 2, '災害'],
  ['pandemic', 2, 'covid'], ['pandemic', 2, 'coronavirus'], ['pandemic', 2, 'pandemic'], ['pandemic', 2, 'vaccine'],
  ['pandemic', 2, 'sars'], ['pandemic', 2, 'コロナ'], ['pandemic', 2, '新型ウイルス'], ['pandemic', 2, 'ワクチン'], ['pandemic', 2, '給付金'],
  ['sports-event', 2, 'world cup'], ['sports-event', 2, 'olympics'], ['sports-event', 2, 'olympic games'], ['sports-event', 2, 'super bowl'],
  ['sports-event', 2, 'ワールドカップ'], ['sports-event', 2, 'オリンピック'], ['sports-event', 2, '五輪'], ['sports-event', 2, 'wbc'],
];

export const CATEGORY_TERMS: readonly TermRow<CategoryName>[] = CATEGORY_ROWS.map(([name, weight, term]) => ({ name, weight, term }));
export const THEME_TERMS: readonly TermRow<ThemeName>[] = THEME_ROWS.map(([name, weight, term]) => ({ name, weight, term }));

/** Whole-year calendar of each theme: the days (month/day, or computed) the event falls on, in UTC. */
export interface ThemeCalendar {
  /** The event's day(s) in a given year; empty when the event has no fixed season. */
  days(year: number): { from: Date; to: Date }[];
  /** Days before the event from which a lure counts as timed for it. */
  leadDays: number;
  /** Days after the event it still counts. */
  trailDays: number;
}

const span = (year: number, m1: number, d1: number, m2 = m1, d2 = d1) => ({
  from: new Date(Date.UTC(year, m1 - 1, d1)),
  to: new Date(Date.UTC(year, m2 - 1, d2)),
});

/** The fourth Thursday of November (US Thanksgiving) + 1 day: Black Friday; Cyber Monday three days later. */
function blackFriday(year: number): { from: Date; to: Date } {
  const first = new Date(Date.UTC(year, 10, 1)).getUTCDay();
  const thanksgiving = 1 + ((4 - first + 7) % 7) + 21;
  return span(year, 11, thanksgiving + 1, 11, thanksgiving + 4);
}

export const THEME_CALENDAR: Readonly<Record<ThemeName, ThemeCalendar>> = {
  christmas: { days: (y) => [span(y, 12, 24, 12, 25)], leadDays: 30, trailDays: 2 },
  'new-year': { days: (y) => [span(y, 1, 1, 1, 7)], leadDays: 14, trailDays: 10 },
  valentine: { days: (y) => [span(y, 2, 14)], leadDays: 14, trailDays: 1 },
  'white-day': { days: (y) => [span(y, 3, 14)], leadDays: 14, trailDays: 1 },
  'black-friday': { days: (y) => [blackFriday(y)], leadDays: 14, trailDays: 3 },
  // US filing deadline (15 April) and the Japanese 確定申告 period (16 February – 15 March).
  'tax-season': { days: (y) => [span(y, 4, 15), span(y, 2, 16, 3, 15)], leadDays: 30, trailDays: 7 },
  'golden-week': { days: (y) => [span(y, 4, 29, 5, 5)], leadDays: 14, trailDays: 3 },
  obon: { days: (y) => [span(y, 8, 13, 8, 16)], leadDays: 14, trailDays: 3 },
  disaster: { days: () => [], leadDays: 0, trailDays: 0 },
  pandemic: { days: () => [], leadDays: 0, trailDays: 0 },
  'sports-event': { days: () => [], leadDays: 0, trailDays: 0 },
};
