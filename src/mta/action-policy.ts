import type { Verdict } from '../score/types.js';

/**
 * INTERIM: the house engineer's action policy (src/rules/actions.ts) is not on main yet. This mirrors its
 * interface and shipped rules so the adapters code against the final shape; replaced by a re-export once
 * it lands.
 */
export const MAIL_ACTIONS = ['accept', 'add_header', 'tag_subject', 'quarantine', 'reject'] as const;
export type MailAction = (typeof MAIL_ACTIONS)[number];

export interface ActionRule {
  verdict?: Verdict | Verdict[];
  minScore?: number;
  maxScore?: number;
  action: MailAction;
  reason?: string;
}

export interface ActionPolicy {
  rules: readonly ActionRule[];
  subjectTag: string;
  header: string;
}

export const DEFAULT_ACTION_POLICY: ActionPolicy = {
  rules: [
    { verdict: 'malware', action: 'reject', reason: 'malware is refused at the door' },
    { verdict: 'phishing', action: 'quarantine', reason: 'phishing is held for a person to release' },
    { verdict: 'spam', minScore: 15, action: 'tag_subject', reason: 'clear spam is delivered with a tagged subject' },
    { verdict: 'spam', action: 'add_header', reason: 'spam is delivered with a verdict header' },
    { action: 'accept', reason: 'clean mail is delivered as it is' },
  ],
  subjectTag: '[SPAM]',
  header: 'X-Spamlab-Verdict',
};

export interface ActionDecision {
  action: MailAction;
  rule: number;
  reason: string;
}

export function decideAction(policy: ActionPolicy, result: { verdict: Verdict; score: number }): ActionDecision {
  for (let i = 0; i < policy.rules.length; i++) {
    const rule = policy.rules[i]!;
    if (rule.verdict !== undefined && ![rule.verdict].flat().includes(result.verdict)) continue;
    if (rule.minScore !== undefined && result.score < rule.minScore) continue;
    if (rule.maxScore !== undefined && result.score >= rule.maxScore) continue;
    return { action: rule.action, rule: i, reason: rule.reason ?? `rule ${i}` };
  }
  return { action: 'accept', rule: -1, reason: 'no action rule matched' };
}
