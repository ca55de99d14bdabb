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

    const list = ['list-unsubscribe', 'list-id'].filter((h) => msg.headerIndex.has(h));
    const precedence = msg.headerIndex.get('precedence')?.[0]?.value.trim().toLowerCase();
    if (precedence === 'bulk' || precedence === 'list') list.push(`precedence: ${precedence}`);
    if (list.length) findings.push({ id: 'HDR_LIST_HEADERS', evidence: list.join(', ') });
    return { findings };
  },
};

function isShouting(subject: string): boolean {
  const letters = subject.match(/\p{L}/gu) ?? [];
  const cased = letters.filter((c) => c.toLowerCase() !== c.toUpperCase());
  if (cased.length >= SHOUTING_MIN_LETTERS && cased.filter((c) => c === c.toUpperCase()).length / cased.length > 0.8) return true;
  return /[!！]{3,}|[$＄€£¥]{2,}/u.test(subject);
}
