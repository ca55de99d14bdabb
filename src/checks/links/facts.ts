import { analyseLinks, type LinkFacts } from '../../links/analyse.js';
import type { BrandLookup } from '../../links/brands.js';
import type { LinkLists } from '../../links/lists/index.js';
import type { FindingId } from '../../core/finding-ids.js';
import type { ParsedMessage } from '../../mail/types.js';
import type { Finding } from '../types.js';
import type { LinksConfig } from './config.js';
import { letterPasswords } from '../attachments/passwords.js';

/**
 * Link facts are computed once per message and shared by the family's checks (the synchronous analysis
 * and the optional redirect and domain-age checks), keyed weakly by the parsed message.
 */
export interface LinkFactsSource {
  lists: LinkLists;
  factsOf(msg: ParsedMessage): LinkFacts;
}

export function linkFactsSource(config: LinksConfig, lists: LinkLists, brands?: BrandLookup): LinkFactsSource {
  const cache = new WeakMap<ParsedMessage, LinkFacts>();
  const options = {
    lists,
    limits: {
      maxLinks: config.maxLinks,
      maxUrlLength: config.maxUrlLength,
      maxTextChars: config.maxTextChars,
      maxAttachmentBytes: config.maxAttachmentBytes,
      maxAttachments: config.maxAttachments,
      qr: config.qr,
    },
    tokens: { minLength: config.tracking.minTokenLength, minEntropy: config.tracking.minTokenEntropy },
    maxRecipients: config.tracking.maxRecipients,
    maxTrackedUrls: config.tracking.maxUrls,
    passwordsOf: letterPasswords,
    ...(brands ? { brands } : {}),
  };
  return {
    lists,
    factsOf(msg) {
      let facts = cache.get(msg);
      if (!facts) {
        facts = analyseLinks(msg, options);
        cache.set(msg, facts);
      }
      return facts;
    },
  };
}

/** At most this many findings of one id per message: the evidence of the first few says enough. */
export const MAX_FINDINGS_PER_ID = 10;

/**
 * A check's findings with at most MAX_FINDINGS_PER_ID of each id: the list, and `emit`, which adds to it until an id has
 * its share (the link checks each count per message; one way of counting for all of them). A class, not a closure made
 * per message: the checks call `emit` in their loops, and a fresh closure per message made V8 inline one message's
 * closure into the optimised check, then throw that code away when the next message's closure came ("wrong call
 * target") or the old one was collected ("weak objects") — the link lures check was recompiled every pass or two, each
 * compile 0.2–0.5 s of a helper thread, in a pool's late passes. One method is one call target for every message.
 */
export class CappedFindings {
  readonly findings: Finding[] = [];
  private readonly counts = new Map<FindingId, number>();

  emit(id: FindingId, evidence: string, data?: Record<string, unknown>): void {
    const n = this.counts.get(id) ?? 0;
    if (n >= MAX_FINDINGS_PER_ID) return;
    this.counts.set(id, n + 1);
    this.findings.push(data ? { id, evidence, data } : { id, evidence });
  }
}

export function shortUrl(href: string, max = 120): string {
  return href.length > max ? `${href.slice(0, max - 1)}…` : href;
}
