import { shownText } from '../../mail/shown-text.js';
import type { ParsedMessage } from '../../mail/types.js';
import type { Check, CheckOutput, Finding } from '../types.js';

/**
 * A bulk mailer's merge field shown unfilled (issue 17, session 38): the placeholder a list tool replaces with the
 * subscriber's name or address — `{{ FNAME }}`, `{{Firstname}}`, `*|FNAME|*`, `%%firstname%%`, `%Email%`, `[FNAME]`,
 * `#FIRSTNAME#`, `${firstname}` — or a contact form's own field (`[your-subject]`, WordPress Contact Form 7), left as written
 * because the sender's list has no names, only harvested addresses. A message a person or an organisation writes to its
 * reader fills them or has none. Only the fields that stand for the reader (name, first and last name, e-mail, company),
 * in the syntaxes of the common list tools: a template engine's other variables (`{{ item.price }}`) in a developer's mail are
 * not these. 0 of the 4,150 SpamAssassin ham and the modern-ham probe; 11 dev-pot messages (stayfriends.de forgeries, IPTV
 * and casino adverts, a CPF lure; 2 clean before: a TundraFreeze cooler advert "Hey {{ FNAME }}", a contact-form spam).
 *
 * Bounded: the subject and the first MAX_TEXT characters of the shown text; each pattern is alternatives of literals with at
 * most a few blanks: linear.
 */
const MAX_TEXT = 20_000;
/** The reader's fields, as list tools name them (en, de, es, pt, fr). */
const FIELD = String.raw`(?:f_?name|l_?name|first_?name|last_?name|firstname|lastname|full_?name|name|e_?mail|email_?address|company_?name|vorname|nachname|nombre|nome|prenom|prénom)`;
const MERGE_FIELD = new RegExp(
  [
    String.raw`\{\{ ?(?:contact\.|subscriber\.|user\.)?${FIELD} ?\}\}`, // Mustache / Liquid / Handlebars
    String.raw`\*\|${FIELD}\|\*`, // Mailchimp
    String.raw`%%?${FIELD}%%?`, // Sendy, Acumbamail, mass-mail scripts
    String.raw`\[(?:${FIELD}|your-(?:name|email|subject|message))\]`, // square-bracket mergers, Contact Form 7
    String.raw`#${FIELD}#`,
    String.raw`\$\{${FIELD}\}`,
  ].join('|'),
  'i',
);

/** The first unfilled merge field in the subject or the shown text, or undefined. */
export function unfilledMergeField(msg: Pick<ParsedMessage, 'subject' | 'visibleText' | 'text' | 'html'>): string | undefined {
  const shown = shownText(msg);
  const text = `${msg.subject}\n${shown.length > MAX_TEXT ? shown.slice(0, MAX_TEXT) : shown}`;
  return MERGE_FIELD.exec(text)?.[0];
}

/**
 * An HTML document sent as plain text (session 38): the only body is `text/plain` (declared, or no Content-Type at all) and
 * it begins with `<!DOCTYPE html>` or `<html>`, so the reader sees the markup itself ("AI agent running by tonight?" shown as
 * `<!doctype html> <html> <head> <title>…`). A mail client or a list tool writes HTML as text/html; a script that talks to
 * the receiving server itself and forgets the header does this. 0 of the 4,150 SpamAssassin ham and the modern-ham probe;
 * 38 of the 1,896 SpamAssassin spam; 1 dev-pot message (clean before).
 */
const HTML_DOCUMENT_START = /^\s*<(?:!doctype\s+html|html)[\s>]/i;

/** Whether the message's only body is plain text that is an HTML document. */
export function htmlSentAsPlainText(msg: Pick<ParsedMessage, 'text' | 'html'>): boolean {
  return msg.html === '' && HTML_DOCUMENT_START.test(msg.text.slice(0, 512));
}

export function bulkTracesCheck(): Check {
  return {
    name: 'content.bulk-traces',
    description: "Traces a bulk mailer leaves in the body: a merge field for the reader's name or address shown unfilled ({{ FNAME }}, *|FNAME|*), an HTML document sent as plain text",
    emits: ['CONTENT_MERGE_FIELD_UNFILLED', 'MIME_HTML_AS_PLAIN_TEXT'],
    run(msg: ParsedMessage): CheckOutput {
      const findings: Finding[] = [];
      const field = unfilledMergeField(msg);
      if (field) findings.push({ id: 'CONTENT_MERGE_FIELD_UNFILLED', evidence: `"${field}" left unfilled`, data: { field } });
      if (htmlSentAsPlainText(msg)) findings.push({ id: 'MIME_HTML_AS_PLAIN_TEXT', evidence: `the plain-text body begins "${msg.text.trimStart().slice(0, 40)}"` });
      return { findings };
    },
  };
}
