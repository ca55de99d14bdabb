import type { MimePart, ParsedMessage } from '../mail/types.js';
import type { ClassifierInput } from './tokenize.js';

const MAX_PARTS = 50;

/**
 * The classifier's view of a parsed message (see ClassifierInput): header values, MIME structure, the
 * visible text, the raw HTML for tag tokens, link targets and attachment names.
 * @example tokenize(classifierInputFromMessage(parseMessage(raw, limits)))
 */
export function classifierInputFromMessage(msg: ParsedMessage): ClassifierInput {
  const from = msg.from[0];
  const mailer = msg.headerIndex.get('x-mailer')?.[0]?.value ?? msg.headerIndex.get('user-agent')?.[0]?.value ?? '';
  const contentTypes: string[] = [];
  const walk = (part: MimePart): void => {
    if (contentTypes.length >= MAX_PARTS) return;
    contentTypes.push(part.contentType);
    part.children.forEach(walk);
  };
  walk(msg.root);
  return {
    subject: msg.subject,
    fromName: from?.name ?? '',
    fromDomain: from?.domain ?? '',
    mailer,
    headers: msg.headers.map((h) => [h.key, h.value] as [string, string]),
    contentTypes,
    charsets: msg.charsets,
    text: msg.visibleText || msg.text,
    html: msg.html,
    urls: msg.htmlFacts.links.map((l) => l.href),
    attachments: msg.attachments.map((a) => ({ filename: a.filename, type: a.declaredType })),
    hiddenTextChars: msg.htmlFacts.hiddenTextChars,
    hasPlainText: msg.text.trim().length > 0,
  };
}
