import { shownText } from '../../mail/shown-text.js';
import type { ParsedMessage } from '../../mail/types.js';
import type { Check, CheckOutput, Finding } from '../types.js';
import { foldLetter, inConversationOrList } from './bec-opener.js';
import { headRead, warnsAboutScheme } from './scam-structure.js';

/**
 * Session 52 (issue 17, helper scam52): the investment pitch written in Japanese — "AIを使った自動売買で、毎日3万円の利益を出して
 * います。リスクはほとんどなく、誰でも簡単に始められます", "元本保証で月利20％". scam-structure's CONTENT_INVESTMENT_PITCH reads the
 * pitch's parts in the Latin-script languages (a percentage or a sum per period, a small stake, a guarantee); Japanese writes
 * each part differently and without blanks. Read here: **a quick return** (QUICK: a day, week or month — 毎日, 1日, 月利 — and a
 * sum in 円 or a percentage, in a sentence that names the gain: 利益, 稼ぐ, 儲け, 配当) and **a guarantee** (PROMISE: 元本保証,
 * no risk, 確実に, anyone can do it easily) **or the money said to be invested** (INVEST: 投資, 自動売買, FX, 仮想通貨, 株, 運用),
 * in a first message (no conversation, no list) with Japanese text. A securities firm's letter gives yearly figures and
 * guarantees nothing; CONTENT_INVESTMENT_PITCH_STRANGER (composites.ts) adds the sender who owns no domain. Not in a text that
 * warns about the scheme (詐欺, 注意). Read in the subject and the first MAX_TEXT characters of the shown text, folded.
 */
const MAX_TEXT = 6_000;

const QUICK = /(?:毎日|毎週|毎月|1日|一日|1週間|1ヶ月|1か月|ひと月|月に|日に|週に|日利|月利|週利)[^。！？\n]{0,15}?(?:\d[\d,.]*(?:万|千|億)?円|\d+(?:\.\d+)? ?[%％])/g;
const GAIN = /利益|稼|儲|収益|収入|所得|配当|リターン|増や|増え/;
const PROMISE = /元本保証|リスク(?:は|が)?(?:ほとんど|一切|全く|まったく)?(?:なし|無し|ない|なく|ありません|ゼロ|0)|ノーリスク|確実に|必ず(?:儲|稼|利益)|誰でも(?:簡単|かんたん)|絶対に(?:儲|稼)|損(?:を|は)?(?:する(?:こと)?(?:は|が)?)?(?:しません|しない|ありません|ない)/;
/** Not 株 alone: 株式会社 (a company) is in every business letter. */
const INVEST = /投資|自動売買|\bfx\b|仮想通貨|暗号資産|株式投資|株取引|資産運用|トレード|バイナリー|ビットコイン/;
/** How far a sentence around the quick return is read for its gain word (Japanese sentences end at 。！？ or a line). */
const SENTENCE = 40;

export interface JapanesePitch {
  quick: string;
  promise?: string;
  invest?: string;
}

/** The quick return whose sentence names the gain, or null. */
function quickReturn(folded: string): string | null {
  QUICK.lastIndex = 0;
  for (let m = QUICK.exec(folded); m; m = QUICK.exec(folded)) {
    const around = folded.slice(Math.max(0, m.index - SENTENCE), m.index + m[0].length + SENTENCE);
    if (GAIN.test(around)) return m[0];
  }
  return null;
}

/** The Japanese pitch's parts (see the module's comment), or null. */
export function japanesePitch(msg: ParsedMessage): JapanesePitch | null {
  // Cheapest first: only a text with kana or kanji (headRead's `wide`) can hold a Japanese pitch.
  if (!headRead(msg).wide || inConversationOrList(msg)) return null;
  const text = shownText(msg);
  const folded = foldLetter(msg.subject.slice(0, 512), text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text);
  const quick = quickReturn(folded);
  if (!quick) return null;
  const promise = PROMISE.exec(folded)?.[0];
  const invest = INVEST.exec(folded)?.[0];
  if ((!promise && !invest) || warnsAboutScheme(folded)) return null;
  return { quick, ...(promise ? { promise } : {}), ...(invest ? { invest } : {}) };
}

export function japanesePitchCheck(): Check {
  return {
    name: 'content.investment-pitch-japanese',
    description: 'The investment pitch written in Japanese: a quick return per day or month with a guarantee or an investment named',
    emits: ['CONTENT_INVESTMENT_PITCH_JAPANESE'],
    run(msg: ParsedMessage): CheckOutput {
      const found = japanesePitch(msg);
      const findings: Finding[] = found
        ? [{ id: 'CONTENT_INVESTMENT_PITCH_JAPANESE', evidence: [`return: "${found.quick}"`, found.promise && `promise: "${found.promise}"`, found.invest && `invested: ${found.invest}`].filter(Boolean).join('; '), data: { ...found } }]
        : [];
      return { findings };
    },
  };
}
