/**
 * Outbound events posted as JSON (one object per line: from another MTA's exporter, a queue, an API).
 * Validated with a schema; a bad line is an error value naming the problem, never a throw.
 */
import { z } from 'zod';
import type { OutboundEvent } from './types.js';

const MAX_RECIPIENTS = 10_000;

const eventSchema = z
  .object({
    time: z.union([z.number().int().nonnegative(), z.string().datetime({ offset: true })]),
    account: z.string().min(1).max(320).optional(),
    envelopeSender: z.string().max(320),
    clientIp: z.string().max(64).optional(),
    clientName: z.string().max(255).optional(),
    recipients: z
      .array(
        z.union([
          z.string().min(1).max(320),
          z.object({ address: z.string().min(1).max(320), result: z.enum(['sent', 'deferred', 'bounced', 'rejected', 'pending']).default('pending') }),
        ]),
      )
      .max(MAX_RECIPIENTS),
    size: z.number().int().nonnegative().optional(),
    subject: z.string().max(1000).optional(),
    messageId: z.string().max(1000).optional(),
    queueId: z.string().max(64).optional(),
  })
  .strict();

export type EventJsonResult = { event: OutboundEvent } | { error: string };

/** Parses one JSON line into an event. */
export function parseEventJson(line: string, source?: string): EventJsonResult {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return { error: `not JSON: ${(err as Error).message}` };
  }
  const r = eventSchema.safeParse(value);
  if (!r.success) return { error: r.error.issues.map((i) => `${i.path.join('.') || '(event)'}: ${i.message}`).join('; ') };
  const v = r.data;
  return {
    event: {
      time: typeof v.time === 'number' ? v.time : Date.parse(v.time),
      ...(v.account ? { account: v.account } : {}),
      envelopeSender: v.envelopeSender.toLowerCase(),
      ...(v.clientIp ? { clientIp: v.clientIp.toLowerCase() } : {}),
      ...(v.clientName ? { clientName: v.clientName } : {}),
      recipients: v.recipients.map((x) => (typeof x === 'string' ? { address: x.toLowerCase(), result: 'pending' as const } : { address: x.address.toLowerCase(), result: x.result })),
      ...(v.size !== undefined ? { size: v.size } : {}),
      ...(v.subject !== undefined ? { subject: v.subject } : {}),
      ...(v.messageId !== undefined ? { messageId: v.messageId } : {}),
      ...(v.queueId !== undefined ? { queueId: v.queueId } : {}),
      ...(source ? { source } : {}),
    },
  };
}
