import { subjectAsRead } from '../mail/parse/index.js';
import type { ParsedMessage } from '../mail/types.js';
import type { Check } from './types.js';

/** Each message's view, made once for all the families' checks (their memos by message then see one object). */
const views = new WeakMap<ParsedMessage, ParsedMessage>();

/**
 * The message as the sender, links, attachments and content families read it: the same message with its subject cut to its
 * first SUBJECT_READ_CHARS characters (mail/parse/subject-read.ts). The readers take a bounded prefix of `subject + text`, or
 * search the subject for brands and organisation words; a subject of 200 KB of filler would fill every one of them and hide
 * the body's lure, or bury the sender's claim (issue 17 item 8; session 62 made this the content family's seam, session 63
 * every family's but the headers'). The parser keeps the whole subject for the header checks and the report, and records
 * the cut (HDR_SUBJECT_LIMIT). Nearly every message: `msg` itself, nothing made.
 */
export function checkInput(msg: ParsedMessage): ParsedMessage {
  const subject = subjectAsRead(msg.subject);
  if (subject === msg.subject) return msg;
  let view = views.get(msg);
  if (view === undefined || view.subject !== subject) {
    view = { ...msg, subject };
    views.set(msg, view);
  }
  return view;
}

/**
 * `check` reading checkInput(msg): the one seam between the parsed message and a family's readers. Every family but the
 * headers' maps its checks through it (the headers' read the subject as written: that is where its length is a finding).
 */
export function readingInput(check: Check): Check {
  const { name, description, emits } = check;
  return { name, description, emits, run: (msg, ctx) => check.run(checkInput(msg), ctx) };
}
