import type { Check, Finding } from '../types.js';

const HOUR = 3600_000;
const DAY = 24 * HOUR;
/** Clocks of real clients drift and time zones get mislabelled; only gross differences count. */
const FUTURE_TOLERANCE = DAY;
const PAST_TOLERANCE = 4 * DAY;

/**
 * The Date header against the time our side received the message: the newest Received hop, not the
 * scan's clock, so an archive of old mail is judged as it was when it arrived (Rspamd's DATE_IN_PAST
 * compares with "now" and so fires on every archived message).
 */
export const dateCheck: Check = {
  name: 'headers.date',
  description: 'Date header present, valid, and close to the time the message was received',
  emits: ['HDR_DATE_MISSING', 'HDR_DATE_INVALID', 'HDR_DATE_FUTURE', 'HDR_DATE_PAST'],
  run(msg, ctx) {
    const findings: Finding[] = [];
    if (msg.dateRaw === undefined) return { findings: [{ id: 'HDR_DATE_MISSING', evidence: 'no Date header' }] };
    if (!msg.date) return { findings: [{ id: 'HDR_DATE_INVALID', evidence: msg.dateRaw.slice(0, 100) }] };
    const receivedAt = msg.received.find((hop) => hop.date)?.date ?? null;
    const reference = receivedAt ?? ctx.now;
    const drift = msg.date.getTime() - reference.getTime();
    // Written only for a finding (most messages have none): two date formats per message were ~0.3 % of a scan.
    const against = () => (receivedAt ? `received ${receivedAt.toISOString()}` : `scanned ${ctx.now.toISOString()}`);
    if (drift > FUTURE_TOLERANCE) {
      findings.push({ id: 'HDR_DATE_FUTURE', evidence: `Date ${msg.date.toISOString()} is ${hours(drift)} after ${against()}` });
    } else if (receivedAt && -drift > PAST_TOLERANCE) {
      findings.push({ id: 'HDR_DATE_PAST', evidence: `Date ${msg.date.toISOString()} is ${hours(-drift)} before ${against()}` });
    }
    return { findings };
  },
};

function hours(ms: number): string {
  const h = ms / HOUR;
  return h >= 48 ? `${Math.round(h / 24)} days` : `${Math.round(h)} hours`;
}
