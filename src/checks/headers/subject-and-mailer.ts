import type { Check, Finding } from '../types.js';

/**
 * Bulk-mailing programs seen in spam campaigns; matched as substrings of X-Mailer / User-Agent,
 * case-insensitively. Legitimate ESPs (Mailchimp, SendGrid, …) are not listed: they are bulk but not spam.
 */
const SPAMWARE_MAILERS = [
  'advanced mass sender', 'atomic mail sender', 'dark mailer', 'darkmailer', 'direct email blaster',
  'emailer platinum', 'emarksman', 'express mailer', 'group mail', 'massive mail', 'mach5 mailer',
  'mailking', 'sendblaster', 'stealth mailer', 'super mail sender', 'worldmerge', 'aureate group mail',
  'extractor pro', 'bulk mailer', 'mass mailer', 'ultimate bulk', 'the bat! (v1.0', 'ymailer', 'fastmailer',
];

const SHOUTING_MIN_LETTERS = 10;

const LIST_HEADERS = ['list-unsubscribe', 'list-id'];

export const subjectAndMailerCheck: Check = {
  name: 'headers.subject-mailer',
  description: 'Subject style and the sending program',
  emits: ['HDR_SUBJECT_MISSING', 'HDR_SUBJECT_SHOUTING', 'HDR_BULK_MAILER', 'HDR_LIST_HEADERS'],
  run(msg) {
    const findings: Finding[] = [];
    const subject = msg.subject.trim();
    if (!subject) findings.push({ id: 'HDR_SUBJECT_MISSING', evidence: 'empty or no Subject' });
    else if (isShouting(subject)) findings.push({ id: 'HDR_SUBJECT_SHOUTING', evidence: subject.slice(0, 120) });

    const mailer = [msg.headerIndex.get('x-mailer')?.[0]?.value, msg.headerIndex.get('user-agent')?.[0]?.value]
      .filter((v): v is string => !!v)
      .join(' ');
    const lower = mailer.toLowerCase();
    const known = SPAMWARE_MAILERS.find((name) => lower.includes(name));
    if (known) findings.push({ id: 'HDR_BULK_MAILER', evidence: mailer.slice(0, 120), data: { mailer: known } });

    // A loop, not a filter with an arrow made per message (V8 drops such a closure's optimised code at a full collection).
    const list: string[] = [];
    for (const h of LIST_HEADERS) if (msg.headerIndex.has(h)) list.push(h);
    const precedence = msg.headerIndex.get('precedence')?.[0]?.value.trim().toLowerCase();
    if (precedence === 'bulk' || precedence === 'list') list.push(`precedence: ${precedence}`);
    if (list.length) findings.push({ id: 'HDR_LIST_HEADERS', evidence: list.join(', ') });
    return { findings };
  },
};

const LETTER = /^\p{L}$/u;

/**
 * Whether more than 80 % of the subject's cased letters (at least ten) are capitals, or it shouts with `!!!` or `$$`.
 * Letters are counted by character codes (ASCII by range; any other code point as `\p{L}` and the case maps say), not
 * as an array of one-letter strings: this ran on every message.
 */
export function isShouting(subject: string): boolean {
  let cased = 0;
  let upper = 0;
  for (let i = 0; i < subject.length; i++) {
    const c = subject.charCodeAt(i);
    if (c < 0x80) {
      if (c >= 0x41 && c <= 0x5a) {
        cased++;
        upper++;
      } else if (c >= 0x61 && c <= 0x7a) cased++;
      continue;
    }
    const cp = subject.codePointAt(i)!;
    if (cp > 0xffff) i++;
    const letter = String.fromCodePoint(cp);
    if (!LETTER.test(letter)) continue;
    const capital = letter.toUpperCase();
    if (letter.toLowerCase() === capital) continue;
    cased++;
    if (letter === capital) upper++;
  }
  if (cased >= SHOUTING_MIN_LETTERS && upper / cased > 0.8) return true;
  return /[!！]{3,}|[$＄€£¥]{2,}/u.test(subject);
}
