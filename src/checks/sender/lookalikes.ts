import type { FindingId } from '../../core/finding-ids.js';
import { hostParts } from '../../links/registrable.js';
import type { LookalikeMatch } from '../../lookalike/detector.js';
import { nearClaimedBrand } from '../../lookalike/claimed.js';
import type { Brand } from '../../brands/types.js';
import { senderSubject } from '../../mail/own-words.js';
import type { ParsedMessage } from '../../mail/types.js';
import type { Check, CheckOutput, Finding } from '../types.js';
import type { SenderContext } from './context.js';
import { domainsInDisplayName } from './identity.js';
import { linkHosts } from './link-hosts.js';
import { displayNameMentions, subjectMentions } from './mentions.js';

type Where = 'From domain' | 'From local part' | 'display name' | 'Reply-To' | 'Return-Path' | 'Sender' | 'Message-ID' | 'link';

const ID_OF: Record<Where, FindingId> = {
  'From domain': 'LOOKALIKE_FROM_DOMAIN',
  'From local part': 'LOOKALIKE_FROM_LOCAL_PART',
  'display name': 'LOOKALIKE_DISPLAY_NAME',
  'Reply-To': 'LOOKALIKE_REPLY_TO',
  'Return-Path': 'LOOKALIKE_RETURN_PATH',
  Sender: 'LOOKALIKE_SENDER',
  'Message-ID': 'LOOKALIKE_MESSAGE_ID',
  link: 'LOOKALIKE_LINK',
};

/** A local part that is itself a domain name (`torendmicro.com` in `torendmicro.com@x.net`). */
const DOMAIN_LIKE = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/i;

function domainOf(address: string | undefined): string {
  if (!address) return '';
  const at = address.lastIndexOf('@');
  return at < 0 ? '' : address.slice(at + 1).replace(/>$/, '').trim().toLowerCase();
}

/**
 * A dotted host whose last label is no top-level domain at all (`uk.my.yahoo.comm`, the typo in 2002's Yahoo! UK advert):
 * nobody can register a name under it and it resolves nowhere, so a link to it leads to no page to imitate a brand with
 * (session 43: 4 training-split list posts carried LOOKALIKE_LINK, 4 points, for that advert's link). Sender fields
 * are still read so: there the name is only shown, and a shown lookalike deceives whether or not it resolves.
 */
function underNoTld(host: string): boolean {
  if (!host.includes('.')) return false;
  const parsed = hostParts(host);
  return !parsed.isIp && parsed.isIcann === false && parsed.isPrivate !== true && !STAND_IN_TLDS.has(parsed.publicSuffix ?? '');
}
/** RFC 2606's names that stand for a real domain in documentation and test mail (`paypal.com.verify.example`): read as real. */
const STAND_IN_TLDS = new Set(['example', 'test', 'invalid']);

/**
 * Lookalikes of protected brand domains wherever a domain appears: the From domain, a From local part
 * shaped like a domain, the display name, Reply-To, Return-Path, Sender, Message-ID and link hosts.
 * Each finding names the brand, the domain, where it appeared and the technique.
 */
export function lookalikeCheck(ctx: SenderContext): Check {
  return {
    name: 'sender.lookalike',
    description: 'Lookalike domains of protected brands in sender fields, Message-ID and links',
    emits: Object.values(ID_OF),
    run(msg: ParsedMessage): CheckOutput {
      const findings: Finding[] = [];
      const seen = new Set<string>();
      const domains: string[] = [];
      const from = msg.from[0];
      const fromDomain = from?.domain ?? '';
      const report = (where: Where, domain: string, m: LookalikeMatch) => {
        const key = `${where}\0${m.registrable}`;
        if (seen.has(key)) return;
        seen.add(key);
        domains.push(m.host);
        findings.push({
          id: ID_OF[where],
          evidence: `${m.host} (${where}) imitates ${m.protectedDomain} of ${m.brandName} by ${m.technique}${m.via ? ` (${m.via})` : ''}`,
          data: { brand: m.brandName, brandId: m.brandId, domain: m.host, where, technique: m.technique, ...(m.via ? { via: m.via } : {}), protectedDomain: m.protectedDomain },
        });
      };
      // The brands the message itself claims (display name, subject): in that context a looser match to
      // their domains is safe (short labels, stacked lookalike letters; src/lookalike/claimed.ts).
      const claimed = new Map<string, Brand>();
      // Found once per message for this check and sender.identity (./mentions.ts).
      if (from?.name) for (const m of displayNameMentions(msg, ctx.registry, from.name)) claimed.set(m.brand.id, m.brand);
      for (const m of subjectMentions(msg, ctx.registry, senderSubject(msg), 1024)) claimed.set(m.brand.id, m.brand);
      const examine = (where: Where, domain: string) => {
        if (!domain) return;
        const m = ctx.detector.detect(domain);
        // Asked only of a link that matched (most hosts match nothing): one under no top-level domain leads nowhere.
        if (m) return where === 'link' && underNoTld(domain) ? undefined : report(where, domain, m);
        if (claimed.size === 0 || ctx.registry.ownersOf(domain).length > 0) return;
        for (const brand of claimed.values()) {
          const near = nearClaimedBrand(domain, brand.domains);
          if (!near) continue;
          if (where === 'link' && underNoTld(domain)) return;
          const parsed = hostParts(domain);
          return report(where, domain, {
            host: domain,
            registrable: parsed.domain ?? domain,
            brandId: brand.id,
            brandName: brand.name,
            protectedDomain: near.protectedDomain,
            technique: 'near-claimed-brand',
          });
        }
      };

      if (from) {
        examine('From domain', fromDomain);
        const local = from.local.toLowerCase();
        if (local.length <= 253 && DOMAIN_LIKE.test(local)) {
          const parsed = hostParts(local);
          if (parsed.domain && parsed.isIcann) {
            const m = ctx.detector.detect(local);
            if (m) report('From local part', local, m);
            else {
              // The brand's own domain as the local part of someone else's address is a disguise too.
              const owner = ctx.registry.ownersOf(local)[0];
              if (owner && !(fromDomain && ctx.registry.ownsDomain(owner.id, fromDomain))) {
                report('From local part', local, {
                  host: local,
                  registrable: parsed.domain,
                  brandId: owner.id,
                  brandName: owner.name,
                  protectedDomain: parsed.domain,
                  technique: 'brand-domain-in-local-part',
                });
              }
            }
          }
        }
        if (from.name) for (const d of domainsInDisplayName(from.name)) examine('display name', d);
      }
      for (const r of msg.replyTo) examine('Reply-To', r.domain);
      examine('Return-Path', domainOf(msg.returnPath));
      examine('Sender', msg.sender?.domain ?? '');
      examine('Message-ID', domainOf(msg.messageId));
      for (const host of linkHosts(msg, ctx.config.maxLinkHosts, ctx.qrLimits)) examine('link', host);
      // Two literals, not a spread into one: a property added to a literal's object gives it a map V8 may drop at a full
      // collection, and code compiled for the old one deoptimised ("wrong map") on the next (NOTES, issue 18, session 21).
      return domains.length ? { findings, iocs: { domains: [...new Set(domains)] } } : { findings };
    },
  };
}
