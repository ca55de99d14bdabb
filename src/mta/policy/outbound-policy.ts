/**
 * What the policy server answers for outbound mail: a request becomes an outbound event (at RCPT time one
 * recipient; the first RCPT of a transaction counts as a new message), the monitor judges it, and a subject
 * with an open incident gets the configured action until it is released.
 *
 * The actions are the action policy's policy-server vocabulary (DUNNO / DEFER / HOLD / REJECT, from
 * src/rules/actions.ts). The default for an open incident is DEFER: nothing is lost (the client keeps the
 * message and retries; once released it flows), while alert-only would let the abuse go out. HOLD keeps the
 * message in Postfix's hold queue for a person; REJECT bounces it to the (possibly forged) sender.
 */
import type { PolicyAction } from '../../rules/actions.js';
import type { Incident } from '../../outbound/behaviour/incident.js';
import type { OutboundEvent } from '../../outbound/events/types.js';
import type { OutboundMonitor } from '../../outbound/monitor.js';
import type { SharedWindows } from '../../outbound/shared.js';
import type { PolicyRequest } from './protocol.js';

export interface OutboundPolicyRule {
  /** The rule applies from this incident score on. */
  minScore?: number;
  policy: PolicyAction;
  /** The text Postfix shows the client with DEFER/REJECT and logs with HOLD. */
  text: string;
}

export const DEFAULT_OUTBOUND_RULES: readonly OutboundPolicyRule[] = [
  { policy: 'DEFER', text: '4.7.1 Sending paused: unusual outbound activity for this sender; contact your mail administrator' },
];

/** Only alerts: the policy server observes and answers DUNNO to everything. */
export const ALERT_ONLY_RULES: readonly OutboundPolicyRule[] = [{ policy: 'DUNNO', text: '' }];

export interface PolicyDecision {
  action: string;
  incident?: Incident;
}

/** Bounded memory of transaction instances already counted as a message. */
class InstanceSet {
  private readonly seen = new Set<string>();
  constructor(private readonly max = 100_000) {}
  /** True when the instance was new (and is now remembered). */
  add(id: string): boolean {
    if (this.seen.has(id)) return false;
    if (this.seen.size >= this.max) this.seen.delete(this.seen.values().next().value as string);
    this.seen.add(id);
    return true;
  }
}

export class OutboundPolicy {
  private readonly instances = new InstanceSet();

  constructor(
    private readonly monitor: OutboundMonitor,
    private readonly rules: readonly OutboundPolicyRule[] = DEFAULT_OUTBOUND_RULES,
    private readonly now: () => number = Date.now,
  ) {}

  /** Turns a policy request into an event (or undefined when the request carries none). */
  toEvent(req: PolicyRequest, time: number): OutboundEvent | undefined {
    if (req.request !== 'smtpd_access_policy') return undefined;
    const sender = (req.sender ?? '').toLowerCase();
    const e: OutboundEvent = {
      time,
      ...(req.sasl_username ? { account: req.sasl_username } : {}),
      envelopeSender: sender,
      ...(req.client_address ? { clientIp: req.client_address.toLowerCase() } : {}),
      ...(req.client_name ? { clientName: req.client_name } : {}),
      recipients: [],
      ...(req.size && /^\d+$/.test(req.size) ? { size: Number(req.size) } : {}),
      ...(req.queue_id ? { queueId: req.queue_id } : {}),
      source: 'policy',
    };
    if ((req.protocol_state ?? '').toUpperCase() === 'RCPT' && req.recipient) {
      e.recipients = [{ address: req.recipient.toLowerCase(), result: 'pending' }];
      e.newMessage = this.instances.add(req.instance || `${req.client_address}|${sender}|${req.queue_id ?? ''}`);
    }
    return e;
  }

  decide(req: PolicyRequest): PolicyDecision {
    const e = this.toEvent(req, this.now());
    if (!e) return { action: 'DUNNO' };
    if (e.recipients.length) this.monitor.observe(e);
    return this.answerFor(e);
  }

  /**
   * The same decision on the total traffic of several listeners (shared windows in Redis): the event is
   * appended to the shared log and everything logged up to it is judged first. Rejects when the shared
   * state cannot be reached; the server then answers its configured fail mode.
   */
  async decideShared(req: PolicyRequest, shared: SharedWindows): Promise<PolicyDecision> {
    const e = this.toEvent(req, this.now());
    if (!e) return { action: 'DUNNO' };
    if (e.recipients.length) await shared.observe(e);
    else await shared.ready();
    return this.answerFor(e);
  }

  private answerFor(e: OutboundEvent): PolicyDecision {
    const incident = this.monitor.openIncidentFor(e);
    if (!incident) return { action: 'DUNNO' };
    const rule = this.rules.find((r) => incident.score >= (r.minScore ?? 0));
    if (!rule || rule.policy === 'DUNNO') return { action: 'DUNNO', incident };
    const text = `${rule.text} (spamlab incident ${incident.id})`.trim();
    return { action: `${rule.policy} ${text}`, incident };
  }
}
