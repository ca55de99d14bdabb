/**
 * The configuration schema of the action policy (./actions.ts), apart from the policy itself: deciding an
 * action needs no zod, so a one-message `spamlab scan` with the built-in defaults does not load it.
 */
import { z } from 'zod';
import { MAIL_ACTIONS, POLICY_ACTIONS } from './actions.js';

const verdictSchema = z.enum(['clean', 'spam', 'phishing', 'malware']);

/** One row: when a message matches (every condition given holds), what to do. */
export const actionRuleSchema = z
  .object({
    /** The verdict (or any of several) this row applies to; absent = any verdict. */
    verdict: z.union([verdictSchema, z.array(verdictSchema).min(1)]).optional(),
    /** The row applies only from this score on (inclusive). */
    minScore: z.number().optional(),
    /** The row applies only below this score. */
    maxScore: z.number().optional(),
    action: z.enum(MAIL_ACTIONS),
    policy: z.enum(POLICY_ACTIONS),
    /** Why, for a person reading the configuration or a log line. */
    reason: z.string().optional(),
  })
  .strict();
export type ActionRule = z.infer<typeof actionRuleSchema>;

/** The action policy: ordered rules (first match wins) and how the softer actions mark a message. */
export const actionPolicySchema = z
  .object({
    /** Checked in order; the first matching rule decides. No match = accept / DUNNO. */
    rules: z.array(actionRuleSchema).min(1).optional(),
    /** Prefix `tag_subject` puts before the subject. */
    subjectTag: z.string().default('[SPAM]'),
    /** Header `add_header` (and every action that keeps the message) writes: `verdict, score=…`. */
    header: z
      .string()
      .regex(/^[!-9;-~]+$/, 'a header field name (printable ASCII, no colon or space)')
      .default('X-Spamlab-Verdict'),
  })
  .strict()
  .prefault({});
export type ActionPolicyConfig = z.infer<typeof actionPolicySchema>;
