import type { ScoreEntry } from './types.js';

/** Ids the scan engine itself emits. They score 0: a broken check must never decide a verdict. */
export const ENGINE_SCORES: readonly ScoreEntry[] = [
  {
    id: 'CHECK_ERROR',
    score: 0,
    group: 'engine',
    description: {
      en: 'A check failed on this message; its signals are missing from the verdict. Report it as a bug with the message.',
      ja: 'このメッセージでチェックの一つが失敗したため、その結果は判定に含まれていません。メッセージを添えて不具合として報告してください。',
    },
  },
  {
    id: 'CHECK_TIMEOUT',
    score: 0,
    group: 'engine',
    description: {
      en: 'The checks did not finish within the per-message time budget (limits.maxScanMs); the verdict uses what had finished.',
      ja: 'メッセージごとの制限時間(limits.maxScanMs)内にチェックが終わらなかったため、終わった分だけで判定しました。',
    },
  },
];
