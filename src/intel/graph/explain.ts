/**
 * Sentences that say why a link holds, in English or Japanese:
 * "phone +81368901234 is in virus-alert-desk.info's 2013 and 2015 records and in prize-mail-center.com's 2014 record".
 */
import type { ValueKind } from '../normalise/record.js';
import type { IgnoredValue, PivotLink, PivotMember, WeakNeighbour } from './pivot.js';

export type Lang = 'en' | 'ja';

const KIND_LABEL: Record<Lang, Record<ValueKind, string>> = {
  en: {
    phone: 'phone', email: 'e-mail', name_address: 'name and address', name: 'name', organization: 'organisation',
    address: 'address', nameserver: 'name server', registrar: 'registrar', ip: 'IP address',
  },
  ja: {
    phone: '電話番号', email: 'メールアドレス', name_address: '氏名と住所', name: '氏名', organization: '組織名',
    address: '住所', nameserver: 'ネームサーバ', registrar: 'レジストラ', ip: 'IPアドレス',
  },
};

export const kindLabel = (kind: ValueKind, lang: Lang = 'en') => KIND_LABEL[lang][kind];

const yearOf = (ms: number) => new Date(ms).getUTCFullYear();

function listEn(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** What a link's value is shown as: E.164 phones, lower-case e-mails, the name and address as written. */
export function linkValueText(link: Pick<PivotLink, 'kind' | 'key' | 'display'>): string {
  return link.kind === 'phone' || link.kind === 'email' || link.kind === 'nameserver' ? link.key : link.display;
}

/**
 * One sentence per link: the value, then each domain with the years of the snapshots holding it.
 * @example explainLink(link) // "phone +81368901234 is in a.info's 2013 and 2015 records and in b.com's 2014 record"
 */
export function explainLink(link: PivotLink, lang: Lang = 'en'): string {
  const byDomain = new Map<string, number[]>();
  for (const o of link.occurrences) {
    const years = byDomain.get(o.domain) ?? [];
    const y = yearOf(o.observedAt);
    if (!years.includes(y)) years.push(y);
    byDomain.set(o.domain, years);
  }
  const value = linkValueText(link);
  if (lang === 'ja') {
    const parts = [...byDomain].map(([d, ys]) => `${d} の ${ys.sort().map((y) => `${y}年`).join('・')}のレコード`);
    return `${KIND_LABEL.ja[link.kind]} ${value} は ${parts.join('、')}にあります`;
  }
  const parts = [...byDomain].map(([d, ys]) => {
    const sorted = ys.sort();
    return `${d}'s ${listEn(sorted.map(String))} record${sorted.length > 1 ? 's' : ''}`;
  });
  const joined = parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', in ')} and in ${parts[parts.length - 1]}`;
  return `${KIND_LABEL.en[link.kind]} ${value} is in ${joined}`;
}

export function explainMember(m: PivotMember, lang: Lang = 'en'): string {
  if (!m.via) return lang === 'ja' ? '起点' : 'start';
  const label = KIND_LABEL[lang][m.via.kind];
  const value = m.via.kind === 'name_address' ? m.via.key.split('\u001f')[0] : m.via.key;
  return lang === 'ja' ? `${m.via.from} と${label} ${value} を共有` : `shares ${label} ${value} with ${m.via.from}`;
}

export function explainIgnored(v: IgnoredValue, lang: Lang = 'en'): string {
  const label = KIND_LABEL[lang][v.kind];
  const value = linkValueText(v);
  if (lang === 'ja') {
    const why = v.reason === 'proxy' ? 'プライバシー代行サービスの値' : v.reason === 'redacted' ? '非公開（秘匿）の値' : `${v.degree} 件を超えるドメインが共有する値（ホスティングや代行の共用）`;
    return `${label} ${value} はピボットに使いません: ${why}`;
  }
  const why = v.reason === 'proxy' ? 'a privacy/proxy service value' : v.reason === 'redacted' ? 'a redacted value' : `shared by more than ${v.degree} domains (hosting or a proxy)`;
  return `${label} ${value} not used as a pivot: ${why}`;
}

export function explainWeak(n: WeakNeighbour, lang: Lang = 'en'): string {
  const what = n.shared.map((s) => `${KIND_LABEL[lang][s.kind]} ${s.kind === 'nameserver' ? s.key : s.display}`);
  return lang === 'ja'
    ? `${n.domain}: 弱い共通点のみ（${what.join('、')}）のため同一アクターとはしません`
    : `${n.domain}: shares only ${listEn(what)} (weak; not linked)`;
}
