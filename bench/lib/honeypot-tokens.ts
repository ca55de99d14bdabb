/**
 * What a honeypot message may teach the classifier: only what its sender wrote (issue 17). Shared by the
 * script that trains the shipped model and the bench that chose its recipe.
 *
 * The honeypot's mailbox provider added its own trace and filter headers (Received via outlook.com,
 * X-MS-Exchange-*, X-Microsoft-Antispam, Return-Path, a rewritten Message-ID) and the honeypot rewrote the
 * recipient (`phishing@pot`, the owner's names): learnt as spam, they would make every message received
 * by that provider or sent to that person look like spam. Nor is how today's mail is built learnt from it:
 * UTF-8, HTML-only bodies, HTML tags and attributes, the time zone and the body's shape are common to all
 * mail of 2022–2026, ham included, while the ham corpus is of 2002; learnt from the honeypot alone they
 * would say "modern" rather than "spam". Only words are learnt: body, subject, the sender's name and
 * domain, link hosts.
 */
const RECEIVER_SIDE = /^(?:h|rcvd|to|mid|midshape|return-path|auth|spf|dkim|arc):/;
const FORMAT = /^(?:cs|ct\d*|st|tag|attr|date|dateshape|content-transfer-encoding|mime-version|xm|x-mailer|num):/;
const HONEYPOT_RECIPIENT = /phishing|\bpot\b|rodrigo|ferreira|peixoto|merciayanmact|merciaxaves|hotmail/;

export function honeypotTokens(tokens: readonly string[]): string[] {
  return tokens.filter((t) => !RECEIVER_SIDE.test(t) && !FORMAT.test(t) && !HONEYPOT_RECIPIENT.test(t));
}

/**
 * The honeypot message's tokens without the receiving mailbox's fields and the recipient, but with how it was written
 * (MIME types, charsets, markup, structure): for a recipe in which modern ham is also learnt (training-recipe.ts), so
 * those tokens occur on both sides and need not say "modern" alone.
 */
export function honeypotFormatTokens(tokens: readonly string[]): string[] {
  return tokens.filter((t) => !RECEIVER_SIDE.test(t) && !HONEYPOT_RECIPIENT.test(t));
}

export const HAM_RATIO_NOTE =
  'Ham weight "× ratio": each ham message presented (spam in training) ÷ (SpamAssassin spam in training) times, which restores the ham-to-spam ratio of the 2002 split.';

/**
 * Class weighting by repetition: each ham sample is presented `weight` times (whole copies, then every n-th
 * sample once more for the fraction), in place. The logistic model has no sample weights.
 */
export function weightHam<T extends { isSpam: boolean }>(samples: T[], weight: number): void {
  const hams = samples.filter((s) => !s.isSpam);
  for (let i = 1; i < Math.floor(weight); i++) samples.push(...hams);
  const fraction = weight - Math.floor(weight);
  if (fraction > 0) samples.push(...hams.filter((_, i) => Math.floor((i + 1) * fraction) > Math.floor(i * fraction)));
}
