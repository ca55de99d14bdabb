/**
 * How much of the Subject the content of a message is read with. RFC 5322 §2.1.1 holds a line to 998 characters; no mail
 * program writes a subject longer than that, and none of the SpamAssassin corpus (longest 737 characters, spam) or the
 * honeypot's design rows (913, spam) reaches it. A subject far longer is filler: readers that take a bounded prefix of
 * `subject + text` then see only the filler and none of the body's lure (issue 17 item 8: 200 KB of words after the Subject
 * lowered 15 phishing verdicts, 3 to clean). The parser keeps the whole subject (`msg.subject`: header checks and the report
 * read it) and records `limit-subject-length` past this many characters; the content family reads the first ones
 * (checks/content/input.ts).
 */
export const SUBJECT_READ_CHARS = 1024;

/** `subject`'s first SUBJECT_READ_CHARS characters (one less when the cut would split a surrogate pair), or `subject` itself. */
export function subjectAsRead(subject: string): string {
  if (subject.length <= SUBJECT_READ_CHARS) return subject;
  const last = subject.charCodeAt(SUBJECT_READ_CHARS - 1);
  return subject.slice(0, last >= 0xd800 && last <= 0xdbff ? SUBJECT_READ_CHARS - 1 : SUBJECT_READ_CHARS);
}
