import { subjectAsRead } from '../../mail/parse/index.js';
import type { ParsedMessage } from '../../mail/types.js';
import type { Check } from '../types.js';

/** Each message's content view, made once for all of the family's checks (their memos by message then see one object). */
const views = new WeakMap<ParsedMessage, ParsedMessage>();

/**
 * The message as the content family reads it: the same message with its subject cut to its first SUBJECT_READ_CHARS
 * characters (mail/parse/subject-read.ts). The readers take a bounded prefix of `subject + text`; a subject of 200 KB of
 * filler would fill every one of them and hide the body's lure (issue 17 item 8). The parser keeps the whole subject for the
 * header checks and the report, and records the cut (HDR_SUBJECT_LIMIT). Nearly every message: `msg` itself, nothing made.
 */
export function contentInput(msg: ParsedMessage): ParsedMessage {
  const subject = subjectAsRead(msg.subject);
  if (subject === msg.subject) return msg;
  let view = views.get(msg);
  if (view === undefined || view.subject !== subject) {
    view = { ...msg, subject };
    views.set(msg, view);
  }
  return view;
}

/** `check` reading contentInput(msg): the family's one seam between the parsed message and its readers. */
export function readingContent(check: Check): Check {
  const { name, description, emits } = check;
  return { name, description, emits, run: (msg, ctx) => check.run(contentInput(msg), ctx) };
}
