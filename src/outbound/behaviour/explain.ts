/**
 * Incidents in words, English and Japanese, rendered from their figures at output time:
 * "y.suzuki: 640 messages in 55 min to 2,900 recipients, 97 % free-mail, 0 % known, 34 % bounced, from
 * 45.155.x.x never seen for this account; normal is 9 messages/day to known partners".
 */
import type { Evidence, Incident } from './incident.js';

export type Lang = 'en' | 'ja';

const fmt = (n: number | string | undefined): string => Math.round(Number(n ?? 0)).toLocaleString('en-US');
const pct = (a: number, b: number): string => (b > 0 ? `${Math.round((100 * a) / b)} %` : 'n/a');

function duration(ms: number, lang: Lang): string {
  const min = Math.max(1, Math.round(ms / 60_000));
  if (min < 120) return lang === 'ja' ? `${min} 分` : `${min} min`;
  const h = Math.round(min / 60);
  if (h < 48) return lang === 'ja' ? `${h} 時間` : `${h} h`;
  return lang === 'ja' ? `${Math.round(h / 24)} 日` : `${Math.round(h / 24)} days`;
}

const KIND_EN = { sasl: 'account', sender: 'sender', client: 'client' } as const;
const KIND_JA = { sasl: 'アカウント', sender: '送信者', client: 'クライアント' } as const;

/** The one-sentence summary of an incident. */
export function summarise(i: Incident, lang: Lang = 'en'): string {
  const t = i.totals;
  const span = duration(t.lastSeen - i.start, lang);
  const from = i.evidence.find((e) => e.id === 'OUTBOUND_NEW_NETWORK');
  const senders = i.evidence.find((e) => e.id === 'OUTBOUND_MANY_SENDERS');
  const n = i.normal;
  if (lang === 'ja') {
    const parts = [
      `${i.subject.id}（${KIND_JA[i.subject.kind]}）: ${span}で ${fmt(t.messages)} 通、宛先 ${fmt(t.distinctRecipients)} 件`,
      `フリーメール ${pct(t.free, t.recipients)}`,
      `既知の宛先 ${pct(t.recipients - t.fresh, t.recipients)}`,
      `不達・遅延 ${pct(t.failed, t.resolved)}`,
    ];
    if (from) parts.push(`このアカウントで初めての ${from.data.network} から送信`);
    if (senders) parts.push(`エンベロープ送信者 ${fmt(t.senders)} 種類`);
    const normal = n.mature
      ? `通常は 1 日 ${fmt(n.messagesPerDay)} 通、${n.knownShare >= 0.8 ? '既知の取引先宛て' : `既知の宛先 ${Math.round(n.knownShare * 100)} %`}`
      : `履歴がまだ少ないため同種の送信者の標準（1 時間あたり最大 ${fmt(n.peakPerHour)} 宛先）と比較`;
    return `${parts.join('、')}。${normal}。`;
  }
  const parts = [
    `${i.subject.id}: ${fmt(t.messages)} messages in ${span} to ${fmt(t.distinctRecipients)} recipients`,
    `${pct(t.free, t.recipients)} free-mail`,
    `${pct(t.recipients - t.fresh, t.recipients)} known`,
    `${pct(t.failed, t.resolved)} bounced or deferred`,
  ];
  let tail = '';
  if (from) tail += `, from ${from.data.network} never seen for this account`;
  if (senders) tail += `, ${fmt(t.senders)} different envelope senders`;
  const normal = n.mature
    ? `normal is ${fmt(n.messagesPerDay)} messages/day ${n.knownShare >= 0.8 ? 'to known partners' : `(${Math.round(n.knownShare * 100)} % to known recipients)`}`
    : `no history of its own yet: judged against its cohort (up to ${fmt(n.peakPerHour)} recipients per hour)`;
  return `${parts.join(', ')}${tail}; ${normal}`;
}

/** One evidence item in words. */
export function evidenceText(e: Evidence, lang: Lang = 'en'): string {
  const d = e.data;
  const ja = lang === 'ja';
  switch (e.id) {
    case 'OUTBOUND_VOLUME':
      return ja
        ? `${d.window} に ${fmt(d.recipients)} 件の宛先（${fmt(d.messages)} 通）。基準の最大は ${fmt(d.baseline)} 件${d.cohort ? '（同種の送信者の標準）' : ''}`
        : `${fmt(d.recipients)} recipients (${fmt(d.messages)} messages) within ${d.window}; its peak is ${fmt(d.baseline)}${d.cohort ? ' (cohort prior: no history of its own yet)' : ''}`;
    case 'OUTBOUND_NEW_RECIPIENTS':
      return ja
        ? `宛先の ${d.share} % が初めての相手（通常 ${d.usual} %）`
        : `${d.share} % of recipients never mailed before (usually ${d.usual} %)`;
    case 'OUTBOUND_FREE_MAIL':
      return ja ? `宛先の ${d.share} % がフリーメール（通常 ${d.usual} %）` : `${d.share} % of recipients at free-mail providers (usually ${d.usual} %)`;
    case 'OUTBOUND_BOUNCES':
      return ja
        ? `${fmt(d.failed)} / ${fmt(d.resolved)} 件が不達・遅延（${d.rate} %、通常 ${d.usual} %）`
        : `${fmt(d.failed)} of ${fmt(d.resolved)} recipients bounced or deferred (${d.rate} %, usually ${d.usual} %)`;
    case 'OUTBOUND_NEW_NETWORK':
      return ja
        ? `このアカウントで初めてのネットワーク ${d.network} から ${fmt(d.messages)} 通（既知のネットワーク ${d.known} 件）`
        : `${fmt(d.messages)} messages from ${d.network}, a network never seen for this account (${d.known} known networks)`;
    case 'OUTBOUND_OFF_HOURS':
      return ja
        ? `普段送信しない時間帯に ${fmt(d.messages)} 通（${d.hour} 時台、通常この時間帯は ${d.usual} %）`
        : `${fmt(d.messages)} messages at hours it hardly ever sends (around ${d.hour}:00; usually ${d.usual} % of its mail)`;
    case 'OUTBOUND_REPEATED_SUBJECT':
      return ja ? `同じ件名「${d.subject}」を ${fmt(d.recipients)} 件の宛先へ` : `the same subject "${d.subject}" to ${fmt(d.recipients)} recipients`;
    case 'OUTBOUND_MANY_SENDERS':
      return ja
        ? `1 つのクライアントから ${fmt(d.senders)} 種類のエンベロープ送信者（通常最大 ${fmt(d.usual)}）: ${d.examples}`
        : `${fmt(d.senders)} different envelope senders from one client (usually at most ${fmt(d.usual)}): ${d.examples}`;
  }
}
