import { incidentJson } from '../outbound/alerts.js';
import type { OutboundState } from '../outbound/state/types.js';
import type { AnalysesData } from './data.js';

/**
 * Outbound incidents for the API and dashboard, from the outbound state in the store (written by the
 * policy server and `spamlab outbound`). A release is recorded there; every policy server polls for
 * releases and lifts its action, the one in this process included.
 */
export function outboundData(state: OutboundState, options: { lang: 'en' | 'ja'; now?: () => number }): NonNullable<AnalysesData['outbound']> {
  const now = options.now ?? Date.now;
  return {
    async incidents(q) {
      // The state lists newest first with a limit only; 10,000 bounds the count shown.
      const all = await state.incidents({ ...(q.open ? { status: 'open' as const } : {}), limit: 10_000 });
      const page = all.slice(q.offset, q.offset + q.limit);
      return {
        total: all.length,
        items: page.map((i) => {
          const json = incidentJson(i, options.lang) as { summary?: string; evidence: { text: string }[] };
          return {
            id: String(i.id),
            subject: i.subject,
            start: new Date(i.start).toISOString(),
            detectedAt: new Date(i.detectedAt).toISOString(),
            messagesBeforeDetection: i.messagesBeforeDetection,
            evidence: [...(json.summary ? [json.summary] : []), ...json.evidence.map((e) => e.text)],
            action: i.status,
            released: i.status !== 'open',
          };
        }),
      };
    },
    async release(subject) {
      const open = await state.incidents({ status: 'open', limit: 10_000 });
      const held = open.some((i) => i.subject.kind === subject.kind && i.subject.id === subject.id);
      await state.addRelease(subject, now(), 'api');
      return held;
    },
  };
}
