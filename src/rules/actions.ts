import { VERDICT_SEVERITY, type Verdict } from '../score/types.js';
import type { ActionPolicyConfig, ActionRule } from './action-schema.js';

export type { ActionPolicyConfig, ActionRule } from './action-schema.js';

/**
 * Actions apart from verdicts (Haraka's `[check]` vs `[reject]`): a scan says what a message IS (verdict,
 * score); this policy says what to DO about it. One declarative table, first matching rule wins, used by
 * the CLI's `--fail-on`, and by the MTA adapters (milter, spamd, the Postfix policy server) and the API.
 *
 * Two vocabularies, because two kinds of adapter ask:
 * - `action` for adapters that see the message (milter, spamd, API): accept, add headers, tag the subject,
 *   quarantine, reject — in that order of severity;
 * - `policy` for the Postfix policy-delegation server (access(5) answers): DUNNO, DEFER, HOLD, REJECT.
 *
 * @example decideAction(DEFAULT_ACTION_POLICY, { verdict: 'phishing', score: 12 }) // { action: 'quarantine', policy: 'HOLD', rule: 1, … }
 */

/** What an adapter that holds the message does with it, least to most severe. */
export const MAIL_ACTIONS = ['accept', 'add_header', 'tag_subject', 'quarantine', 'reject'] as const;
export type MailAction = (typeof MAIL_ACTIONS)[number];

/** Postfix access(5) answers of the policy server, least to most severe. */
export const POLICY_ACTIONS = ['DUNNO', 'DEFER', 'HOLD', 'REJECT'] as const;
export type PolicyAction = (typeof POLICY_ACTIONS)[number];

/**
 * The shipped policy, conservative on purpose: only what is malware is refused at once; phishing is held
 * where a person can release it; spam is delivered, marked. A policy server never becomes the outage, so
 * nothing here says DEFER by default.
 */
export const DEFAULT_ACTION_RULES: readonly ActionRule[] = [
  { verdict: 'malware', action: 'reject', policy: 'REJECT', reason: 'malware is refused at the door' },
  { verdict: 'phishing', action: 'quarantine', policy: 'HOLD', reason: 'phishing is held for a person to release' },
  { verdict: 'spam', minScore: 15, action: 'tag_subject', policy: 'DUNNO', reason: 'clear spam is delivered with a tagged subject' },
  { verdict: 'spam', action: 'add_header', policy: 'DUNNO', reason: 'spam is delivered with a verdict header' },
  { action: 'accept', policy: 'DUNNO', reason: 'clean mail is delivered as it is' },
];

export interface ActionPolicy {
  rules: readonly ActionRule[];
  subjectTag: string;
  header: string;
}

export const DEFAULT_ACTION_POLICY: ActionPolicy = { rules: DEFAULT_ACTION_RULES, subjectTag: '[SPAM]', header: 'X-Spamlab-Verdict' };

/** The policy a configuration asks for (its `actions:` section), the shipped rules where it names none. */
export function actionPolicyFrom(config: ActionPolicyConfig | undefined): ActionPolicy {
  if (!config) return DEFAULT_ACTION_POLICY;
  return { rules: config.rules ?? DEFAULT_ACTION_RULES, subjectTag: config.subjectTag, header: config.header };
}

export interface ActionDecision {
  action: MailAction;
  policy: PolicyAction;
  /** Index of the rule that matched, -1 when none did (then accept / DUNNO). */
  rule: number;
  reason: string;
}

/** What the policy says to do with a message of this verdict and score. */
export function decideAction(policy: ActionPolicy, result: { verdict: Verdict; score: number }): ActionDecision {
  for (let i = 0; i < policy.rules.length; i++) {
    const rule = policy.rules[i]!;
    if (!ruleMatches(rule, result)) continue;
    return { action: rule.action, policy: rule.policy, rule: i, reason: rule.reason ?? describeRule(rule) };
  }
  return { action: 'accept', policy: 'DUNNO', rule: -1, reason: 'no action rule matched' };
}

function ruleMatches(rule: ActionRule, { verdict, score }: { verdict: Verdict; score: number }): boolean {
  if (rule.verdict !== undefined) {
    const verdicts = Array.isArray(rule.verdict) ? rule.verdict : [rule.verdict];
    if (!verdicts.includes(verdict)) return false;
  }
  if (rule.minScore !== undefined && score < rule.minScore) return false;
  if (rule.maxScore !== undefined && score >= rule.maxScore) return false;
  return true;
}

function describeRule(rule: ActionRule): string {
  const parts: string[] = [];
  if (rule.verdict !== undefined) parts.push(`verdict ${[rule.verdict].flat().join('|')}`);
  if (rule.minScore !== undefined) parts.push(`score ≥ ${rule.minScore}`);
  if (rule.maxScore !== undefined) parts.push(`score < ${rule.maxScore}`);
  return parts.length ? parts.join(', ') : 'every message';
}

/** Severity order, for thresholds such as `--fail-on quarantine`. */
export const mailActionSeverity = (action: MailAction): number => MAIL_ACTIONS.indexOf(action);
export const policyActionSeverity = (action: PolicyAction): number => POLICY_ACTIONS.indexOf(action);

/** A `--fail-on` threshold: a verdict (`phishing`: at least that bad) or a mail action (`quarantine`: at least that severe). */
export type FailThreshold = Exclude<Verdict, 'clean'> | Exclude<MailAction, 'accept'>;
export const FAIL_THRESHOLDS: readonly FailThreshold[] = ['spam', 'phishing', 'malware', 'add_header', 'tag_subject', 'quarantine', 'reject'];

/** True when a message of this verdict and score reaches a `--fail-on` threshold under the policy. */
export function reachesThreshold(policy: ActionPolicy, threshold: FailThreshold, result: { verdict: Verdict; score: number }): boolean {
  if ((VERDICT_SEVERITY as readonly string[]).includes(threshold)) {
    return VERDICT_SEVERITY.indexOf(result.verdict) >= VERDICT_SEVERITY.indexOf(threshold as Verdict);
  }
  return mailActionSeverity(decideAction(policy, result).action) >= mailActionSeverity(threshold as MailAction);
}
