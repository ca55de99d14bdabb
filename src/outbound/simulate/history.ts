import type { OutboundEvent } from '../events/types.js';
import { Random } from './random.js';

export interface HistoryOptions {
  account: string;
  sender: string;
  clientIp: string;
  /** Days of history before `end` (default 21). */
  days?: number;
  /** Messages per working day (default 9). */
  perDay?: number;
  /** The partners it writes to (default: 12 addresses at partner domains). */
  contacts?: string[];
  /** The history ends here (epoch ms). */
  end: number;
  seed?: number;
}

/**
 * A plain working history for one account (weekdays, office hours, known partners, office network):
 * what a monitor must have learned before a stolen account can stand out. Used by the policy-server tests
 * and the benchmark to warm a monitor.
 */
export function ordinaryHistory(o: HistoryOptions): OutboundEvent[] {
  const r = new Random(o.seed ?? 7);
  const contacts = o.contacts ?? Array.from({ length: 12 }, (_, i) => `partner${i}@client${i % 4}.example`);
  const out: OutboundEvent[] = [];
  const days = o.days ?? 21;
  const firstDay = Math.floor(o.end / 86_400_000) - days;
  for (let d = firstDay; d < firstDay + days; d++) {
    const dow = new Date(d * 86_400_000).getUTCDay();
    if (dow === 0 || dow === 6) continue;
    for (let k = 0; k < (o.perDay ?? 9); k++) {
      const time = d * 86_400_000 + (9 + r.int(0, 8)) * 3600_000 + r.int(0, 3599) * 1000;
      if (time >= o.end) continue;
      out.push({
        time, account: o.account, envelopeSender: o.sender, clientIp: o.clientIp,
        recipients: [{ address: r.pick(contacts), result: 'sent' }],
      });
    }
  }
  return out.sort((a, b) => a.time - b.time);
}
