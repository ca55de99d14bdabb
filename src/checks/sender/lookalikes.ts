import type { FindingId } from '../../core/finding-ids.js';
import { parse as parseDomain } from 'tldts';
import type { LookalikeMatch } from '../../lookalike/detector.js';
import type { ParsedMessage } from '../../mail/types.js';
import type { Check, CheckOutput, Finding } from '../types.js';
import type { SenderContext } from './context.js';
import { domainsInDisplayName } from './identity.js';

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
const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>"'()]+/gi;
const MAX_TEXT_URLS_SCAN = 200_000;

function domainOf(address: string | undefined): string {
  if (!address) return '';
  const at = address.lastIndexOf('@');
  return at < 0 ? '' : address.slice(at + 1).replace(/>$/, '').trim().toLowerCase();
}

function hostOf(href: string): string | null {
  if (!/^\s*https?:/i.test(href)) return null;
  try {
    return new URL(href.trim()).hostname.toLowerCase() || null;
  } catch {
    return null;
  }
}

/** Link hosts: HTML hrefs first, then URLs written in the text, unique, at most `max`. */
export function linkHosts(msg: ParsedMessage, max: number): string[] {
  const hosts = new Set<string>();
  for (const link of msg.htmlFacts.links) {
    if (hosts.size >= max) break;
    const h = hostOf(link.href);
    if (h) hosts.add(h);
  }
  const text = msg.text.length > MAX_TEXT_URLS_SCAN ? msg.text.slice(0, MAX_TEXT_URLS_SCAN) : msg.text;
  for (const m of text.matchAll(URL_IN_TEXT)) {
    if (hosts.size >= max) break;
    const h = hostOf(m[0]);
    if (h) hosts.add(h);
  }
  return [...hosts];
}

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
      const examine = (where: Where, domain: string) => {
        if (!domain) return;
        const m = ctx.detector.detect(domain);
        if (m) report(where, domain, m);
      };

      if (from) {
        examine('From domain', fromDomain);
        const local = from.local.toLowerCase();
        if (local.length <= 253 && DOMAIN_LIKE.test(local)) {
          const parsed = parseDomain(local, { extractHostname: false, validateHostname: false });
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
      for (const host of linkHosts(msg, ctx.config.maxLinkHosts)) examine('link', host);
      return { findings, ...(domains.length ? { iocs: { domains: [...new Set(domains)] } } : {}) };
    },
  };
}
