import type { ParsedMessage } from '../../mail/types.js';
import type { Check, CheckOutput, Finding } from '../types.js';

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
    // A merge field left unfilled, the other trace of a list tool in the body, is template-slots.ts' CONTENT_TEMPLATE_UNFILLED.
    description: 'Traces a bulk mailer leaves in the body: an HTML document sent as plain text',
    emits: ['MIME_HTML_AS_PLAIN_TEXT'],
    run(msg: ParsedMessage): CheckOutput {
      const findings: Finding[] = [];
      if (htmlSentAsPlainText(msg)) findings.push({ id: 'MIME_HTML_AS_PLAIN_TEXT', evidence: `the plain-text body begins "${msg.text.trimStart().slice(0, 40)}"` });
      return { findings };
    },
  };
}
