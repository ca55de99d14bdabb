import { hostParts } from '../../links/registrable.js';
import { nonPublicReason } from '../../links/ip.js';
import type { ParsedMessage, ReceivedHop } from '../../mail/types.js';
import type { Check, CheckOutput } from '../types.js';
import type { SenderContext } from './context.js';

/**
 * The address the recipient gave this sender, used by this sender's own mail server (issue 17, the ham false positives
 * the classifier carries alone: a newsletter the reader subscribed to reads like an advert). Three facts, all written
 * by the recipient's side, none by the sender:
 * - the envelope recipient is a sub-address (`bob+shop@…`, qmail's `bob-shop@…`) — the SMTP `RCPT TO` the milter was
 *   given, or the `for <…>` of the Received hop our edge added; never the To header, which the sender writes;
 * - that hop (or the milter's connection) records the client by its reverse-DNS name as the receiving MTA resolved
 *   it — not the HELO, which the client writes, and not a name the MTA marked `(may be forged)`;
 * - the tag is the organisation label of that client's registrable domain (`shop` of `mail.shop.example`), and the
 *   From or the Return-Path is at that organisation.
 * A spammer can write a tagged To, a HELO and a whole stack of older Received lines for nothing; to get this, he must
 * know the tagged address *and* connect from the organisation's own server. The edge hop is the first hop whose client
 * is not one of `trustedRelays` (as SPF's connection, ./auth.ts); without that configuration, the newest hop with a
 * public client address (hops from private and loopback addresses above it are the recipient's own relays and
 * fetchers, as SpamAssassin infers its trusted networks) — where the recipient's own relays use public addresses, the
 * newest public hop names one of them and this does not fire (it never trusts a lower hop). Free-mail organisations
 * are anyone's and never count. What the finding buys is in ../../rules/composites.ts: the classifier's spam vote counts
 * as its low band; no other finding is touched.
 */
export interface SubscribedAddress {
  /** The tagged envelope recipient. */
  recipient: string;
  /** The client's name as the receiving MTA recorded it. */
  client: string;
  /** Its registrable domain: the organisation the tag names. */
  organisation: string;
}

const MIN_TAG = 3;
/** The addresses of a site's own network (its relays, fetchers, filters): private, shared NAT, loopback, link- and site-local. */
const OWN_NETWORK = /^(?:private|carrier-grade|loopback|link-local|unique-local|site-local)/;

/** The hop our edge added: the first whose client is not a trusted relay, or without that list the newest whose client is outside our own network. */
export function edgeHop(msg: ParsedMessage, trustedRelays: readonly string[]): ReceivedHop | undefined {
  const trusted = new Set(trustedRelays.map((r) => r.toLowerCase()));
  for (const hop of msg.received) {
    if (!hop.ip) continue;
    if (trusted.size > 0) {
      if (trusted.has((hop.rdns ?? hop.helo ?? '').toLowerCase())) continue;
      return hop.by && trusted.has(hop.by.toLowerCase()) ? hop : undefined;
    }
    if (OWN_NETWORK.test(nonPublicReason(hop.ip) ?? '')) continue;
    return hop;
  }
  return undefined;
}

/** The sub-address tag of a local part, letters and digits only, lower-cased: after the first `+`, else after the first `-`. */
export function subAddressTag(address: string): string {
  const at = address.lastIndexOf('@');
  const local = (at < 0 ? address : address.slice(0, at)).toLowerCase();
  const plus = local.indexOf('+');
  const cut = plus > 0 ? plus : local.indexOf('-');
  return cut > 0 ? local.slice(cut + 1).replace(/[^a-z0-9]/g, '') : '';
}

const domainOf = (address: string | undefined): string => (address ? address.slice(address.lastIndexOf('@') + 1).toLowerCase() : '');

export function subscribedAddress(msg: ParsedMessage, trustedRelays: readonly string[], freemail: ReadonlySet<string>): SubscribedAddress | null {
  let client: string | undefined;
  let recipients: readonly string[];
  if (msg.envelope?.clientIp) {
    // The MTA gave the connection (milter, spamd with the envelope): its facts, never the headers'.
    client = msg.envelope.clientHostname;
    recipients = msg.envelope.rcptTo ?? [];
  } else {
    const hop = edgeHop(msg, trustedRelays);
    if (!hop || /may be forged/i.test(hop.raw)) return null;
    client = hop.rdns;
    recipients = hop.for ? [hop.for] : [];
  }
  if (!client || client.toLowerCase() === 'unknown') return null;
  // Most mail goes to an address without a tag: then no organisation is worth parsing out of the client's name.
  // A loop into a literal, not map and filter: map's array is made with small-integer elements when there is no recipient
  // (most messages) and with objects' elements otherwise, and the optimised code made for the one was thrown away ("wrong
  // map") at `filter` when the other came, in passes 2 and 4 of the SA split (NOTES, issue 18, session 42, late42).
  const tagged: string[] = [];
  for (let i = 0; i < recipients.length; i++) {
    const r = recipients[i]!.replace(/^<|>$/g, '');
    if (subAddressTag(r).length >= MIN_TAG) tagged.push(r);
  }
  if (tagged.length === 0) return null;
  const host = hostParts(client.toLowerCase().replace(/\.$/, ''));
  const organisation = host.domain;
  const label = (host.domainWithoutSuffix ?? '').replace(/[^a-z0-9]/g, '');
  if (!organisation || label.length < MIN_TAG || freemail.has(organisation)) return null;
  const sameOrganisation = (d: string) => d === organisation || d.endsWith(`.${organisation}`);
  if (!sameOrganisation(domainOf(msg.from[0]?.address)) && !sameOrganisation(domainOf(msg.returnPath))) return null;
  for (const recipient of tagged) if (subAddressTag(recipient) === label) return { recipient, client, organisation };
  return null;
}

export function subscriptionCheck(ctx: SenderContext, trustedRelays: readonly string[]): Check {
  return {
    name: 'sender.subscription',
    description: "The envelope's sub-address names the organisation whose own server delivered the message",
    emits: ['FROM_SUBSCRIBED_ADDRESS'],
    run(msg: ParsedMessage): CheckOutput {
      const found = subscribedAddress(msg, trustedRelays, ctx.freemail);
      if (!found) return { findings: [] };
      return {
        findings: [{ id: 'FROM_SUBSCRIBED_ADDRESS', evidence: `to ${found.recipient} from ${found.client} (${found.organisation})`, data: { ...found } }],
      };
    },
  };
}
