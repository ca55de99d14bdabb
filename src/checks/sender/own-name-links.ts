import { hostParts } from '../../links/registrable.js';
import type { ParsedMessage } from '../../mail/types.js';
import type { Check, CheckOutput } from '../types.js';
import type { SenderContext } from './context.js';
import { linkHosts } from './link-hosts.js';

/**
 * A link to the sender's own name dressed up as another domain (issue 17, item 1: impersonation without a registry
 * entry): mail from `bankone.com` whose links go to `confirm-bankone.com`, from `lasallebank.com` to
 * `lasallebank-online.com`. A phisher who writes from (or forges) an organisation's domain cannot host the page
 * there, so it registers the organisation's name with a word added; the brand registry knows the big brands' own
 * extra domains (paypal-communication.com, ebaystatic.com), not a regional bank's, so this reads the sender's own
 * name instead. Genuine organisations do own such domains (isilo.com links isilox.com): alone it is weak,
 * and PHISH_SENDER_NAME_LINK_LURE asks for the credential lure beside it.
 */

/**
 * The sender's label must be this long: a short one is a word inside unrelated names (`bank.com` in `bankrate.com`,
 * `news.com` in `foxnews.com`).
 */
const MIN_LABEL = 5;

export interface OwnNameLink {
  /** The sender's registrable domain. */
  from: string;
  /** The linked registrable domain that contains the sender's label with more around it. */
  link: string;
}

type OwnNameLinkContext = Pick<SenderContext, 'registry' | 'freemail' | 'config' | 'qrLimits'>;

/** The link the check finds (its finding's data), or null: for tests and callers that want the facts alone. */
export function ownNameLink(msg: ParsedMessage, ctx: OwnNameLinkContext): OwnNameLink | null {
  // The check reads no CheckContext.
  const found = (ownNameLinksCheck(ctx).run(msg, undefined as never) as CheckOutput).findings[0];
  return found ? { from: String(found.data!['from']), link: String(found.data!['link']) } : null;
}

export function ownNameLinksCheck(ctx: OwnNameLinkContext): Check {
  return {
    name: 'sender.own-name-links',
    description: "A link to a domain that is the sender's own domain name with words added",
    emits: ['URL_SENDER_NAME_DRESSED'],
    // The reading is the run itself, not a function it calls: a two-line run around a callee executes a few bytes a
    // message, so V8 optimised it only after ~9,000 messages, and then compiled the callee (optimised on its own
    // thousands of messages before) into it a second time (NOTES, issue 18, session 43).
    run(msg: ParsedMessage): CheckOutput {
      const fromDomain = (msg.from[0]?.asciiDomain || '').toLowerCase();
      if (!fromDomain) return { findings: [] };
      const from = hostParts(fromDomain);
      const label = from.domainWithoutSuffix;
      // Free mail belongs to no organisation whose name could be borrowed (`gmail.com`, `gmailblog.com`).
      if (!from.domain || !label || label.length < MIN_LABEL || ctx.freemail.has(from.domain)) return { findings: [] };
      for (const host of linkHosts(msg, ctx.config.maxLinkHosts, ctx.qrLimits)) {
        const link = hostParts(host);
        const linkLabel = link.domainWithoutSuffix;
        if (!link.domain || !linkLabel || link.domain === from.domain || linkLabel === label || !linkLabel.includes(label)) continue;
        // A known brand's own other domains (eBay's ebaystatic.com) are its own, whatever the sender (asked only of a
        // candidate: most messages have none).
        const linked = link.domain;
        if (ctx.registry.ownedByAnyOf(ctx.registry.ownersOf(from.domain), linked)) continue;
        const found: OwnNameLink = { from: from.domain, link: linked };
        return { findings: [{ id: 'URL_SENDER_NAME_DRESSED', evidence: `mail from ${found.from} links to ${found.link}`, data: { ...found } }] };
      }
      return { findings: [] };
    },
  };
}
