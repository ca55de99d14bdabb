import { hostParts } from '../../links/registrable.js';
import { damerauLevenshtein } from '../../lookalike/edits.js';
import { skeleton } from '../../lookalike/skeleton.js';
import type { ParsedMessage } from '../../mail/types.js';
import type { Check, CheckOutput } from '../types.js';
import type { SenderContext } from './context.js';

/**
 * A sender whose domain looks like the recipient's own (business-e-mail compromise, issue 17): `ceo@acme-corp.co`
 * or `ceo@acmecorrp.com` writing to `bob@acmecorp.com` — the colleague or the boss the opener pretends to be. The
 * recipient's organisation is the one brand the message need not name: it is on the envelope. Strictly compared, as
 * any two organisations' domains are (not with the loose fold of a brand the message claims, which took `flashmail`
 * for `slashnull`): the same UTS-39 skeleton (`acrnecorp`, `acmec0rp`) or one edit of the registrable label (a letter
 * swapped, added, dropped or doubled, a hyphen), and only with a recipient label of five or more letters that is
 * nobody's free mail. The same label under another suffix (`acme.de` to `acme.com`) is the same organisation's.
 */
const MIN_LABEL = 5;

export interface RecipientLookalike {
  from: string;
  recipient: string;
  distance: number;
}

export function recipientLookalike(msg: ParsedMessage, freemail: ReadonlySet<string>): RecipientLookalike | null {
  const fromDomain = (msg.from[0]?.asciiDomain || msg.from[0]?.domain || '').toLowerCase();
  if (!fromDomain) return null;
  const from = hostParts(fromDomain);
  // A free-mail sender belongs to no organisation it could be imitating (`gmail.com` is one letter from `email.com`).
  if (!from.domain || !from.domainWithoutSuffix || freemail.has(from.domain) || freemail.has(fromDomain)) return null;
  const seen = new Set<string>();
  // Pushed one by one, not mapped and concatenated: in the worker pool that chain kept throwing the optimised code
  // of this function away ("wrong map"), recompiled in every pass (NOTES, issue 18, session 10). Same domains, same order.
  const recipients: string[] = [];
  for (const a of msg.to) recipients.push(a.asciiDomain || a.domain);
  for (const a of msg.cc) recipients.push(a.asciiDomain || a.domain);
  for (const a of msg.deliveredTo) recipients.push(a.slice(a.lastIndexOf('@') + 1));
  for (const a of msg.envelope?.rcptTo ?? []) recipients.push(a.slice(a.lastIndexOf('@') + 1));
  for (let k = 0; k < recipients.length && k < 50; k++) {
    const raw = recipients[k]!;
    const domain = raw.toLowerCase();
    if (!domain || seen.has(domain)) continue;
    seen.add(domain);
    const to = hostParts(domain);
    const label = to.domainWithoutSuffix;
    if (!to.domain || !label || label.length < MIN_LABEL || to.domain === from.domain || label === from.domainWithoutSuffix) continue;
    if (freemail.has(to.domain) || freemail.has(domain)) continue;
    const distance = skeleton(from.domainWithoutSuffix) === skeleton(label) ? 0 : damerauLevenshtein(from.domainWithoutSuffix, label, 1);
    if (distance <= 1) return { from: from.domain, recipient: to.domain, distance };
  }
  return null;
}

export function recipientLookalikeCheck(ctx: SenderContext): Check {
  return {
    name: 'sender.recipient-lookalike',
    description: "The sender's domain looks like the recipient's own organisation's domain",
    emits: ['FROM_LOOKALIKE_RECIPIENT_DOMAIN'],
    run(msg: ParsedMessage): CheckOutput {
      const found = recipientLookalike(msg, ctx.freemail);
      if (!found) return { findings: [] };
      return {
        findings: [{ id: 'FROM_LOOKALIKE_RECIPIENT_DOMAIN', evidence: `sender at ${found.from} looks like the recipient's ${found.recipient}`, data: { ...found } }],
      };
    },
  };
}
