import { hostParts } from '../../links/registrable.js';
import type { ParsedMessage } from '../../mail/types.js';
import type { Check, CheckOutput, Finding } from '../types.js';

/**
 * Traits of unsolicited bulk mail in the sender's own identity (issue 17, session 30): what a bulk sender's software
 * writes per message so that no two copies look alike, and no newsletter a reader asked for writes. Three facts, each
 * read from the From and Subject fields alone (no classifier, no markup):
 * - FROM_LOCAL_PART_GENERATED: the sender's address is generated — `first_last_12345`, `newsletters.xMARt` (a word and
 *   a short mixed-case tag drawn per message; the Return-Path carries another), or a label of letters and digits in
 *   alternation (`r4wbt6mshvx1.com`, `2j69hqc07ujd@`), or a local part decorated with a pictograph (`Department-✅-n54212@`) or written in
 *   styled letters (`𝗿𝗲𝗽𝗹𝘆@`). People and organisations choose their addresses to be read and
 *   remembered; a random one is there to be discarded.
 * - FROM_DISPLAY_NAME_TAG: the display name ends with a tag set off by a dot or `#` (`Energieadviseur .NTWQ`,
 *   `Specialisten inVoetcomfort...PUVH`) and the subject carries the same tag, or (session 37) ends in a tag of capitals and
 *   digits set off by a blank and dots (`… Nederland .QJACF`) whatever the subject says: a per-send marker of a bulk tool,
 *   to defeat duplicate detection; a name meant for a reader has none.
 * - HDR_SUBJECT_RECIPIENT_ADDRESS: the subject (not a reply or forward) names the recipient's whole address
 *   (`Bin ich deine Traumliebe? bob@example.com`): a list-merge of the one field a harvested address list has. A sender
 *   who knows the reader greets them by name. Weak alone (an account notice may name the address it concerns).
 * Measured on the SpamAssassin training ham (2,933), the modern-ham probe (63) and the honeypot's dev part: see the
 * session-30 notes.
 */

/** `first_last_12345`, `Webb_Lori_83003`: two names and a serial number. */
const NAMES_AND_SERIAL = /^[A-Za-z]{2,20}_[A-Za-z]{2,20}_\d{3,8}$/;
/** A word, one separator and a short letter tag (`newsletters.xMARt`). */
const WORD_AND_TAG = /^[A-Za-z]{2,20}[._-]([A-Za-z]{4,6})$/;
/**
 * A lower-case letter before a capital inside the tag (`xMARt`, `IrrKU`), or three capitals or more before at most two
 * lower-case letters (`LSHes`, `YILYy`) — not initials before a surname (`ASkwar`, `JSmith`), a common way to spell a person.
 */
const MIXED_CASE_TAG = /[a-z][A-Z]|^[A-Z]{3,}[a-z]{1,2}$/;
/** Surnames written with an inner capital (`McQuirk`, `DeVito`, `LeBlanc`, `OBrien`) are people, not tags. */
const NAME_WITH_INNER_CAPITAL = /^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|O)[A-Z][a-z]+$/;
/** Letters and digits only, long enough that alternation is no accident. */
const ALPHANUMERIC_LABEL = /^[a-z0-9]{10,30}$/i;
/** Letter–digit alternations (`r4wbt6mshvx1`: 5) at which a label reads as drawn rather than chosen. */
const MIN_ALTERNATIONS = 4;

function alternations(label: string): number {
  let count = 0;
  for (let i = 1; i < label.length; i++) {
    const digit = label.charCodeAt(i) >= 48 && label.charCodeAt(i) <= 57;
    const before = label.charCodeAt(i - 1) >= 48 && label.charCodeAt(i - 1) <= 57;
    if (digit !== before) count++;
  }
  return count;
}

const drawn = (label: string): boolean => ALPHANUMERIC_LABEL.test(label) && alternations(label) >= MIN_ALTERNATIONS;
/** A pictograph or other symbol in a local part (`Department-✅-n54212@`): decoration no mailbox name is given. */
const SYMBOL_IN_LOCAL_PART = /[\p{Extended_Pictographic}\p{So}]/u;
/**
 * Session 32: letters drawn from Unicode's styled sets in a local part — mathematical bold, italic, script or sans-serif
 * (U+1D400–U+1D7FF: `𝗿𝗲𝗽𝗹𝘆@telekom.com`), circled (U+24B6–U+24E9) and negative squared or circled (U+1F130–U+1F189:
 * `🅐🅟🅟🅛🅔🅘🅓@`), fullwidth (U+FF21–U+FF5A). No mail system assigns such a mailbox; a bulk tool writes it so that filters
 * keyed on the plain name miss it. 0 of the 4,150 SpamAssassin ham and the modern-ham probe.
 */
const STYLED_LETTER_IN_LOCAL_PART = /[\u{1D400}-\u{1D7FF}\u{24B6}-\u{24E9}\u{1F130}-\u{1F189}\u{FF21}-\u{FF5A}]/u;

/** Why the sender's address reads as generated, or undefined. */
export function generatedAddress(address: string): string | undefined {
  const at = address.lastIndexOf('@');
  if (at <= 0) return undefined;
  const local = address.slice(0, at);
  const domain = address.slice(at + 1).toLowerCase();
  if (NAMES_AND_SERIAL.test(local)) return `names and a serial number: ${local}`;
  const tag = WORD_AND_TAG.exec(local)?.[1];
  if (tag && MIXED_CASE_TAG.test(tag) && !NAME_WITH_INNER_CAPITAL.test(tag)) return `a mixed-case tag: ${local}`;
  if (drawn(local)) return `letters and digits in alternation: ${local}`;
  if (STYLED_LETTER_IN_LOCAL_PART.test(local)) return `styled letters in the local part: ${local}`;
  if (SYMBOL_IN_LOCAL_PART.test(local)) return `a symbol in the local part: ${local}`;
  const label = hostParts(domain).domainWithoutSuffix ?? '';
  if (drawn(label)) return `a domain of letters and digits in alternation: ${domain}`;
  return undefined;
}

/** A tag at the end of a display name, set off by a dot or `#`: 4–10 letters or digits with a capital or a digit. */
const NAME_TAG = /[.#]([A-Za-z0-9]{4,10})$/;
const TAG_SHAPE = /[A-Z0-9]/;
const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** The name without the quotes, blanks and underscores a bulk tool leaves after the tag (a loop: a `[…]+$` pattern is quadratic). */
function trimDecoration(name: string): string {
  let end = name.length;
  while (end > 0 && `"' \t_`.includes(name[end - 1]!)) end--;
  return name.slice(0, end);
}

/** The display name's trailing tag when the subject carries it too (as a whole token, same case), or undefined. */
export function displayNameTag(name: string, subject: string): string | undefined {
  const tag = NAME_TAG.exec(trimDecoration(name))?.[1];
  if (!tag || !TAG_SHAPE.test(tag)) return undefined;
  for (let from = subject.indexOf(tag); from >= 0; from = subject.indexOf(tag, from + 1)) {
    if (!isWordChar(subject[from - 1]) && !isWordChar(subject[from + tag.length])) return tag;
  }
  return undefined;
}

/**
 * Session 37: a tag set off by a blank and one or more dots, of capitals and digits only (`Sophie van Onderzoeksbureau
 * Nederland .QJACF`, `Jouw PensioenInzicht .....BF403`), is a bulk tool's per-send marker even when the subject does not
 * repeat it: a person's initial is written against the name (`Craig R.Hughes`), and no name ends in a blank, a dot and a
 * run of capitals. 0 of the 4,150 SpamAssassin ham and the modern-ham probe; 17 dev-pot senders, 16 of them flagged already.
 */
const NAME_TAG_AFTER_BLANK = /\s\.+([A-Z0-9]{4,6})$/;

/** The display name's trailing tag set off by a blank and dots, or undefined. */
export function blankSetNameTag(name: string): string | undefined {
  const tag = NAME_TAG_AFTER_BLANK.exec(trimDecoration(name))?.[1];
  return tag && /[A-Z]/.test(tag) ? tag : undefined;
}

/**
 * Session 37: a display name that begins with decoration — `*`, `_`, `~`, `[`, a backquote or a dash (`*Limited#`,
 * `[\`.WeightLoss--]`, `--- Access ---`, `-Onafhankelijk..'Thuisbatterij-Loket'`): a bulk tool's way to make the name stand out
 * and slip past name filters. 0 of the 4,150 SpamAssassin ham and the modern-ham probe (a list's tag goes in the subject,
 * not the name); 35 dev-pot senders. Only the start: forwarders end names with `[owner/list]` (2 hard-ham messages).
 */
const DECORATED_NAME_START = /^[*_~[`-]/;

/** Whether the display name (quotes and blanks trimmed) begins with decoration and has a letter after it. */
export function decoratedName(name: string): boolean {
  const trimmed = name.replace(/^["'\s]+/, '');
  return DECORATED_NAME_START.test(trimmed) && /\p{L}/u.test(trimmed);
}

/**
 * Session 38: the null reverse path (`Return-Path: <>`, or MAIL FROM:<> from the MTA) on a message that is no delivery
 * report, read receipt or automatic reply. RFC 5321 §4.5.5 keeps the null sender for those notices, so that a failure to
 * deliver them makes no loop; a bulk sender uses it so that no bounce ever comes back and no bounce domain can be judged
 * (`Power Spin Scrubber <amazonnews@about.amazon.com>` with `Return-Path: <>`). 0 of the 4,150 SpamAssassin ham and the
 * modern-ham probe; 169 dev-pot messages, 168 of them flagged already. Weak alone (an old autoresponder may not say it is
 * one); one of CONTENT_ADVERT_BULK_SENDER's traits.
 */
const REPORT_TYPES: ReadonlySet<string> = new Set(['multipart/report', 'message/delivery-status', 'message/disposition-notification']);
/** Headers an automatic reply or notice carries (RFC 3834 Auto-Submitted; the older vendor ones). */
const AUTOMATIC_HEADERS = ['x-autoreply', 'x-autorespond', 'x-auto-response-suppress'] as const;
/** The Precedence an autoresponder of the 1990s writes (not `bulk` or `list`: adverts write those too). */
const AUTOMATIC_PRECEDENCE = /^\s*auto_reply\b/i;

/** Whether the message comes from the null sender without being a report or an automatic reply. */
export function nullSenderNotANotice(msg: ParsedMessage): boolean {
  const bounce = msg.envelope?.mailFrom ?? msg.returnPath;
  if (bounce === undefined || bounce.trim() !== '') return false;
  if (REPORT_TYPES.has(msg.root.contentType) || msg.root.children.some((p) => REPORT_TYPES.has(p.contentType))) return false;
  const header = (name: string) => msg.headerIndex.get(name) ?? [];
  if (header('auto-submitted').some((h) => !/^\s*no\b/i.test(h.value))) return false;
  if (AUTOMATIC_HEADERS.some((name) => header(name).length > 0)) return false;
  return !header('precedence').some((h) => AUTOMATIC_PRECEDENCE.test(h.value));
}

/**
 * Session 38: letters written as hexadecimal escapes inside a Q-encoded word of the From or Subject field
 * (`=?UTF-8?Q?=4B=C3=BC=6E=73=74=6C=69=63=68=65?=` for "Künstliche"). RFC 2047 escapes only what may not stand as
 * itself (`=`, `?`, `_`, blanks, bytes beyond ASCII); no encoder escapes a plain letter. A bulk tool does, so that
 * filters reading the raw field find no word in it. Four letters or more: 0 of the 4,150 SpamAssassin ham and the
 * modern-ham probe; 35 dev-pot messages, 34 of them flagged already.
 */
const Q_ENCODED_TEXT = /=\?[^?\s]{1,40}\?[Qq]\?([^?\s]*)\?=/g;
const ESCAPED_LETTER = /=(?:4[1-9A-F]|5[0-9A]|6[1-9A-F]|7[0-9A])/gi;
const MIN_ESCAPED_LETTERS = 4;

/** How many plain ASCII letters the From and Subject fields' Q-encoded words write as escapes. */
export function escapedLetters(msg: ParsedMessage): number {
  let count = 0;
  for (const key of ['from', 'subject']) {
    for (const field of msg.headerIndex.get(key) ?? []) {
      // Most fields hold no encoded word at all (no `=?`): nothing to cut or search. exec, not matchAll: matchAll copies
      // the pattern (a new RegExp) and makes an iterator per field.
      if (!field.raw.includes('=?')) continue;
      const raw = field.raw.slice(0, 4096);
      Q_ENCODED_TEXT.lastIndex = 0;
      for (let m = Q_ENCODED_TEXT.exec(raw); m; m = Q_ENCODED_TEXT.exec(raw)) count += m[1]!.match(ESCAPED_LETTER)?.length ?? 0;
    }
  }
  return count;
}

/** A reply or a forward quotes a subject someone else wrote (`Re:`, `Fwd:`, `AW:`, `WG:`, `RES:`, `ENC:`, `TR:`, `SV:`, `VS:`). */
const REPLY_OR_FORWARD = /^(?:re|fwd?|aw|wg|res|enc|tr|sv|vs|rv)(?:\[\d+\])? ?:/i;
/** Enough of an address to be one: a local part, `@`, a domain. */
const ADDRESS_SHAPE = /^[^@\s]+@[^@\s]+$/;

/** The recipient's address the subject names, or undefined. */
export function subjectRecipient(msg: ParsedMessage): string | undefined {
  const subject = msg.subject.toLowerCase();
  if (!subject.includes('@') || REPLY_OR_FORWARD.test(subject.trimStart())) return undefined;
  const recipients = [...msg.to.map((a) => a.address), ...msg.deliveredTo, ...(msg.envelope?.rcptTo ?? [])];
  // A mailing list's own address (its List-Post) in a subject is the list's, not the reader's.
  const listPost = (msg.headerIndex.get('list-post') ?? []).map((h) => h.value.toLowerCase()).join(' ');
  for (const raw of recipients) {
    const address = raw.replace(/^<|>$/g, '').toLowerCase();
    if (ADDRESS_SHAPE.test(address) && subject.includes(address) && !listPost.includes(address)) return address;
  }
  return undefined;
}

export function bulkTraitsCheck(): Check {
  return {
    name: 'sender.bulk-traits',
    description: "Traits a bulk sender's software writes per message: a generated address, a tag in the display name repeated in the subject, the recipient's address in the subject, the null bounce address on a message that is no notice, letters needlessly escaped in encoded words",
    emits: ['FROM_LOCAL_PART_GENERATED', 'FROM_DISPLAY_NAME_TAG', 'HDR_SUBJECT_RECIPIENT_ADDRESS', 'FROM_DISPLAY_NAME_DECORATED', 'HDR_RETURN_PATH_NULL', 'HDR_ENCODED_LETTERS'],
    run(msg: ParsedMessage): CheckOutput {
      const findings: Finding[] = [];
      const from = msg.from[0];
      if (from?.address) {
        const why = generatedAddress(from.address);
        if (why) findings.push({ id: 'FROM_LOCAL_PART_GENERATED', evidence: why, data: { address: from.address } });
      }
      if (from?.name) {
        const tag = displayNameTag(from.name, msg.subject);
        const setOff = tag ? undefined : blankSetNameTag(from.name);
        if (tag) findings.push({ id: 'FROM_DISPLAY_NAME_TAG', evidence: `"${from.name.trim()}" and the subject both carry ${tag}`, data: { tag } });
        else if (setOff) findings.push({ id: 'FROM_DISPLAY_NAME_TAG', evidence: `"${from.name.trim()}" ends in the tag ${setOff}, set off by a blank and dots`, data: { tag: setOff } });
        if (decoratedName(from.name)) findings.push({ id: 'FROM_DISPLAY_NAME_DECORATED', evidence: `"${from.name.trim().slice(0, 120)}" begins with decoration`, data: { name: from.name.slice(0, 200) } });
      }
      const recipient = subjectRecipient(msg);
      if (recipient) findings.push({ id: 'HDR_SUBJECT_RECIPIENT_ADDRESS', evidence: recipient, data: { recipient } });
      const escaped = escapedLetters(msg);
      if (escaped >= MIN_ESCAPED_LETTERS) findings.push({ id: 'HDR_ENCODED_LETTERS', evidence: `${escaped} plain letters written as =XX escapes in the From or Subject field`, data: { letters: escaped } });
      if (nullSenderNotANotice(msg)) findings.push({ id: 'HDR_RETURN_PATH_NULL', evidence: 'the bounce address is the null sender <>, and the message is no delivery report or automatic reply' });
      return { findings };
    },
  };
}
