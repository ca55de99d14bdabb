/**
 * Brand mentions of a message's display name and subject, found once per message and shared by the sender checks that
 * read them (identity and lookalikes each folded the same name and subject and ran the automaton over them again).
 * Weakly keyed by the parsed message, like the link hosts and the links family's facts: a scanned message is not kept
 * alive. The answers are the registry's own (same brands, same order); they are shared, so no caller may change them.
 */
import type { BrandMention, BrandRegistry } from '../../brands/registry.js';
import type { ParsedMessage } from '../../mail/types.js';

interface Mentions {
  registry: BrandRegistry;
  name?: string;
  nameMentions?: readonly BrandMention[];
  /** The subject as folded (cut at the caller's limit) and what it names. */
  subject?: string;
  subjectMentions?: readonly BrandMention[];
}

const found = new WeakMap<ParsedMessage, Mentions>();

function entryOf(msg: ParsedMessage, registry: BrandRegistry): Mentions {
  let entry = found.get(msg);
  if (entry?.registry !== registry) {
    entry = { registry };
    found.set(msg, entry);
  }
  return entry;
}

/** `registry.mentionsInDisplayName(name)` of the message's sender name, once per message. */
export function displayNameMentions(msg: ParsedMessage, registry: BrandRegistry, name: string): readonly BrandMention[] {
  const entry = entryOf(msg, registry);
  if (entry.name !== name || !entry.nameMentions) {
    entry.name = name;
    entry.nameMentions = registry.mentionsInDisplayName(name);
  }
  return entry.nameMentions;
}

/**
 * `registry.mentionsInText(text, maxChars)` of a subject: remembered by the text it reads (its first `maxChars`
 * characters, all that mentionsInText folds), so a caller that cut it at another length or wrote addresses out of it
 * gets the same answer exactly when it reads the same text.
 */
export function subjectMentions(msg: ParsedMessage, registry: BrandRegistry, text: string, maxChars: number): readonly BrandMention[] {
  const entry = entryOf(msg, registry);
  const cut = text.length > maxChars ? text.slice(0, maxChars) : text;
  if (entry.subject !== cut || !entry.subjectMentions) {
    entry.subject = cut;
    entry.subjectMentions = registry.mentionsInText(cut, maxChars);
  }
  return entry.subjectMentions;
}
