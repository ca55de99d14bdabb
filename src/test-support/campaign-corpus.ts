import { createHash } from 'node:crypto';
import type { CampaignMessage } from '../campaigns/features.js';
import { textFingerprint } from '../neardup/fingerprint.js';
import type { StoredMessage } from '../store/types.js';
import { storedMessage } from './stored-message.js';

/** A small deterministic PRNG (mulberry32): fixed seeds make the labelled set the same in every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seeded Fisher–Yates shuffle: the same order for the same seed, so tests of arrival order are deterministic. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const rnd = prng(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const FIRST = ['alice', 'bob', 'carol', 'dave', 'erin', 'frank', 'taro', 'hanako', 'kenji', 'yuki', 'maria', 'li'];
const WORDS = ('account verify security update payment invoice delivery parcel prize winner offer discount pharmacy ' +
  'pills health dating meet lonely bank transfer urgent action required click here today limited time exclusive ' +
  'member reward bonus loan credit approve claim free trial subscription renewal package customs fee').split(' ');
const JA = ('お客様 アカウント ご確認 お支払い 配送 お荷物 当選 ポイント 期限 ログイン 本人確認 停止 無料 ウイルス チェック 請求 未払い 有効期限 ' +
  '会員 特典 限定 キャンペーン 健康 サプリ 出会い 副業 収入 投資 融資 審査 口座 振込 送金 不在 再配達 税金 還付 手続き 更新 ' +
  '解約 登録 認証 安全 警告 緊急 重要 お知らせ 商品 注文 発送 返金 保険 年金 宝くじ 賞金 招待 秘密 写真 動画 友達 恋人 電話 地図').split(' ');
const JA_JOIN = ['の', 'を', 'に', 'は', 'が', 'と', 'で', 'から', 'まで', 'へ'];

export interface LabelledMessage extends CampaignMessage {
  /** The template it was made from; null for a one-off message. */
  label: string | null;
}

function pick<T>(rnd: () => number, xs: readonly T[]): T {
  return xs[Math.floor(rnd() * xs.length)]!;
}

function sentence(rnd: () => number, n: number, ja: boolean): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(ja ? pick(rnd, JA) : pick(rnd, WORDS));
  return ja ? `${out.map((w, i) => (i ? pick(rnd, JA_JOIN) : '') + w).join('')}。` : `${out.join(' ')}.`;
}

/**
 * A labelled set for campaign quality: `templates` templates (every third in Japanese, some with an
 * attachment), each sent `perTemplate` times with per-recipient variants (address, name, token link,
 * order number, a sentence from a small spin pool) from a different sender domain and IP every time,
 * plus `singletons` unrelated one-off messages drawn from the same vocabulary. `textOnly`: no links, no
 * attachments and a different subject every time, so only the text can join them.
 */
export function labelledCampaignSet(opts: { templates: number; perTemplate: number; singletons: number; seed?: number; hard?: boolean; textOnly?: boolean }): LabelledMessage[] {
  const rnd = prng(opts.seed ?? 42);
  const out: LabelledMessage[] = [];
  const base = Date.UTC(2013, 8, 1);
  let serial = 0;
  // Hard mode (spintax): 30 % of a template's words are slots with three alternatives, one picked per
  // message; 5 % of words are swapped at random; every message (one-offs too) ends with one 40-word footer.
  const footer = opts.hard ? sentence(rnd, 40, false) : '';
  const spin = (text: string, ja: boolean): string[][] => {
    const words = ja ? text.split(/(?<=[のをにはがとでへ])/u) : text.split(' ');
    return words.map((w) => (opts.hard && rnd() < 0.3 ? [w, ja ? pick(rnd, JA) : pick(rnd, WORDS), ja ? pick(rnd, JA) : pick(rnd, WORDS)] : [w]));
  };
  const render = (slots: string[][], ja: boolean): string =>
    slots.map((alts) => (opts.hard && rnd() < 0.05 ? (ja ? pick(rnd, JA) : pick(rnd, WORDS)) : pick(rnd, alts))).join(ja ? '' : ' ');
  const hash = (): string => createHash('sha256').update(`msg-${opts.seed ?? 42}-${serial++}`).digest('hex');
  const ip = (): string => `${1 + Math.floor(rnd() * 220)}.${Math.floor(rnd() * 256)}.${Math.floor(rnd() * 256)}.${1 + Math.floor(rnd() * 254)}`;
  for (let t = 0; t < opts.templates; t++) {
    const ja = t % 3 === 2;
    const paragraphs = Array.from({ length: 4 }, () => spin(sentence(rnd, 8 + Math.floor(rnd() * 6), ja), ja));
    const spins = Array.from({ length: 3 }, () => sentence(rnd, 6, ja));
    const subject = ja ? `【重要】${sentence(rnd, 3, true)}` : `${sentence(rnd, 5, false)}`;
    const landing = `landing${t}-${Math.floor(rnd() * 1e6)}.example`;
    const attachment = t % 4 === 1 ? { name: `invoice_${t}.zip`, sha256: createHash('sha256').update(`att-${t}`).digest('hex') } : null;
    const start = base + Math.floor(rnd() * 300) * 86_400_000;
    for (let v = 0; v < opts.perTemplate; v++) {
      const name = pick(rnd, FIRST);
      const rcpt = `${name}${Math.floor(rnd() * 1000)}@${pick(rnd, ['example.jp', 'example.com', 'mail.example.net'])}`;
      const token = createHash('md5').update(rcpt + v).digest('hex').slice(0, 20);
      const order = Math.floor(rnd() * 1e7);
      const greeting = ja ? `${name} 様 (${rcpt})` : `Dear ${name} (${rcpt}),`;
      const link = `http://${landing}/c/${token}?uid=${Buffer.from(rcpt).toString('base64url')}`;
      const p = paragraphs.map((slots) => render(slots, ja));
      const body = [greeting, p[0], `${ja ? '注文番号' : 'Order'} ${order}`, p[1], pick(rnd, spins), p[2], link, p[3], footer].join('\n');
      const senderDomain = `sender${Math.floor(rnd() * 1e6)}.example`;
      out.push({
        label: `T${t}`,
        hash: hash(),
        time: start + Math.floor(rnd() * 20 * 86_400_000),
        subject: opts.textOnly ? sentence(rnd, 5, ja) : `${subject} ${ja ? '' : `#${order}`}`.trim(),
        text: opts.textOnly ? body.replace(link, '') : body,
        urls: opts.textOnly ? [] : [link],
        attachments: attachment && !opts.textOnly ? [attachment] : [],
        senderIp: ip(),
        senderDomain,
        verdict: attachment ? 'malware' : 'spam',
        categories: attachment ? ['malware-lure'] : ['phishing'],
        themes: [],
      });
    }
  }
  for (let s = 0; s < opts.singletons; s++) {
    const ja = s % 3 === 2;
    const text = [...Array.from({ length: 4 }, () => sentence(rnd, 8 + Math.floor(rnd() * 6), ja)), footer].join('\n');
    const domain = `site${s}.example`;
    out.push({
      label: null,
      hash: hash(),
      time: base + Math.floor(rnd() * 320 * 86_400_000),
      subject: sentence(rnd, 4, ja),
      text,
      urls: [`http://${domain}/page`],
      attachments: [],
      senderIp: ip(),
      senderDomain: `one${s}.example`,
      verdict: 'spam',
      categories: [],
      themes: [],
    });
  }
  // Interleave deterministically, as messages of many campaigns arrive mixed.
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * A labelled message as the store holds it (the scanner's fingerprint instead of its text), for tests and
 * benchmarks that cluster through the store's indexer. Its hash derives from the labelled message's.
 */
export function storedLabelled(m: LabelledMessage, keyPrefix = ''): StoredMessage {
  return storedMessage({
    key: `${keyPrefix}${m.hash}`, at: m.time, subject: m.subject, verdict: m.verdict as StoredMessage['verdict'], categories: [...m.categories],
    sendingIp: m.senderIp ?? null, fromDomain: m.senderDomain ?? null, fingerprint: textFingerprint(m.text), urls: [...m.urls], attachments: [...m.attachments],
  });
}

/** labelledCampaignSet as stored messages, with each stored hash's label. */
export function storedLabelledSet(opts: Parameters<typeof labelledCampaignSet>[0]): { messages: StoredMessage[]; labels: Map<string, string | null> } {
  const labels = new Map<string, string | null>();
  const messages = labelledCampaignSet(opts).map((m) => {
    const s = storedLabelled(m);
    labels.set(s.hash, m.label);
    return s;
  });
  return { messages, labels };
}

/**
 * Campaigns whose template drifts: each of `chains` operations sends `perChain` messages, each a copy of
 * the one before with `drift` of its words replaced, all linking to the operation's landing domain with a
 * per-recipient token. Neighbours join on text supported by the shared link domain (a weak join); members
 * a few steps apart no longer join at all, so a campaign holds together only through its chain — the case
 * where clustering by arrival order used to leave pieces. Plus `singletons` one-offs. In time order per
 * chain, chains interleaved; callers shuffle as they need.
 */
export function driftingCampaignSet(opts: { chains: number; perChain: number; singletons: number; seed?: number; drift?: number }): LabelledMessage[] {
  const rnd = prng(opts.seed ?? 42);
  const drift = opts.drift ?? 0.2;
  const out: LabelledMessage[] = [];
  const base = Date.UTC(2015, 2, 1);
  let serial = 0;
  const hash = (): string => createHash('sha256').update(`drift-${opts.seed ?? 42}-${serial++}`).digest('hex');
  const ip = (): string => `${1 + Math.floor(rnd() * 220)}.${Math.floor(rnd() * 256)}.${Math.floor(rnd() * 256)}.${1 + Math.floor(rnd() * 254)}`;
  for (let c = 0; c < opts.chains; c++) {
    let words = Array.from({ length: 70 }, () => pick(rnd, WORDS));
    const landing = `drift${c}-${Math.floor(rnd() * 1e6)}.example`;
    const start = base + Math.floor(rnd() * 200) * 86_400_000;
    for (let v = 0; v < opts.perChain; v++) {
      if (v > 0) words = words.map((w) => (rnd() < drift ? pick(rnd, WORDS) : w));
      const token = createHash('md5').update(`${c}-${v}-${serial}`).digest('hex').slice(0, 16);
      const link = `http://${landing}/r/${token}`;
      out.push({
        label: `D${c}`,
        hash: hash(),
        time: start + v * 3_600_000 + Math.floor(rnd() * 600_000),
        subject: sentence(rnd, 5, false),
        text: `${words.join(' ')}\n${link}`,
        urls: [link],
        attachments: [],
        senderIp: ip(),
        senderDomain: `s${Math.floor(rnd() * 1e6)}.example`,
        verdict: 'spam',
        categories: ['phishing'],
        themes: [],
      });
    }
  }
  for (let s = 0; s < opts.singletons; s++) {
    out.push({
      label: null, hash: hash(), time: base + Math.floor(rnd() * 220 * 86_400_000), subject: sentence(rnd, 4, false),
      text: Array.from({ length: 4 }, () => sentence(rnd, 10, false)).join('\n'), urls: [`http://one${s}.example/p`], attachments: [],
      senderIp: ip(), senderDomain: `o${s}.example`, verdict: 'spam', categories: [], themes: [],
    });
  }
  return out;
}
