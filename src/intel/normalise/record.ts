/**
 * A parsed record to the values the pivot graph links on: each with a kind, a canonical key, the
 * spelling as written, the contact role it came from, and — for redacted or privacy-proxy values — a
 * shield that keeps it out of pivots while still showing it in the history.
 */
import type { ContactRole, ParsedRecord, WhoisContact } from '../record/types.js';
import { isProxyEmail, isProxyName, isProxyPhone, isRedactionPhrase, type Shield } from './privacy.js';
import {
  normaliseAddress,
  normaliseDomain,
  normaliseEmail,
  normaliseName,
  normaliseNameserver,
  normaliseOrganisation,
  normalisePhone,
  normaliseRegistrar,
} from './values.js';

/** Kinds of graph nodes besides domains. `name_address` is a name and an address seen together. */
export const VALUE_KINDS = ['phone', 'email', 'name_address', 'name', 'organization', 'address', 'nameserver', 'registrar', 'ip'] as const;
export type ValueKind = (typeof VALUE_KINDS)[number];

/** Strong values alone make two domains one actor's; weak ones only corroborate (see graph/pivot.ts). */
export const STRONG_KINDS: ReadonlySet<ValueKind> = new Set(['phone', 'email', 'name_address']);

/** The weight of a shared value of each kind in a link's score (strong = 1; weak ones never reach 1 alone). */
export const KIND_WEIGHT: Record<ValueKind, number> = {
  phone: 1,
  email: 1,
  name_address: 1,
  organization: 0.4,
  address: 0.35,
  name: 0.3,
  nameserver: 0.2,
  ip: 0.2,
  registrar: 0.05,
};

export interface RecordValue {
  kind: ValueKind;
  /** Canonical key: equal keys are one graph node. */
  key: string;
  /** As written in the record (first spelling met). */
  display: string;
  /** Contact role, or `domain` for name servers and registrar. */
  role: ContactRole | 'domain';
  shield?: Shield;
}

export interface NormalisedRecord {
  domain?: string;
  values: RecordValue[];
}

/** Contact roles whose values identify the registrant (the others are registrars' and hosters' staff). */
const IDENTITY_ROLES: ReadonlySet<ContactRole> = new Set(['registrant', 'public', 'admin']);

const shieldOfText = (v: string): Shield | undefined => (isRedactionPhrase(v) ? 'redacted' : isProxyName(v) ? 'proxy' : undefined);

/**
 * Normalises a parsed record. The phone's country comes from the contact's country, else the domain's
 * ccTLD (`.jp` → JP), else the JPRS layout (JPRS writes Japanese numbers nationally).
 * @example normaliseRecord(parseWhoisText(text)).values.filter((v) => v.kind === 'phone')
 */
export function normaliseRecord(record: ParsedRecord): NormalisedRecord {
  const values: RecordValue[] = [];
  const seen = new Set<string>();
  const add = (v: RecordValue) => {
    const id = `${v.kind}\u0000${v.key}\u0000${v.role}`;
    if (seen.has(id)) return;
    seen.add(id);
    values.push(v);
  };
  const domain = record.domain ? normaliseDomain(record.domain) : undefined;
  const tld = domain?.slice(domain.lastIndexOf('.') + 1).toUpperCase();
  const defaultCountry = record.format.startsWith('jprs') || tld === 'JP' ? 'JP' : tld && tld.length === 2 ? tld : undefined;

  for (const c of record.contacts) {
    if (!IDENTITY_ROLES.has(c.role)) continue;
    addContact(c, defaultCountry, add);
  }
  for (const ns of record.nameservers) {
    const key = normaliseNameserver(ns);
    if (key) add({ kind: 'nameserver', key, display: ns, role: 'domain' });
  }
  const registrarName = record.registrar?.name ?? record.registrar?.organization;
  if (registrarName) {
    const key = normaliseRegistrar(registrarName);
    if (key) add({ kind: 'registrar', key, display: registrarName, role: 'domain' });
  }
  return { ...(domain ? { domain } : {}), values };
}

function addContact(c: WhoisContact, defaultCountry: string | undefined, add: (v: RecordValue) => void) {
  const role = c.role;
  const redacted = new Set(c.redacted ?? []);
  // A contact whose name or organisation is a proxy service is a proxy as a whole: its phone, e-mail
  // and address are the service's, shared by every customer.
  const contactShield: Shield | undefined =
    (c.name && isProxyName(c.name)) || (c.organization && isProxyName(c.organization)) || (c.email && isProxyName(c.email))
      ? 'proxy'
      : undefined;
  const withShield = (v: RecordValue, own?: Shield): RecordValue => {
    const shield = own ?? contactShield;
    return shield ? { ...v, shield } : v;
  };

  if (c.phone && !redacted.has('phone')) {
    const textShield = shieldOfText(c.phone);
    const p = textShield ? undefined : normalisePhone(c.phone, c.countryCode ?? defaultCountry);
    if (p) add(withShield({ kind: 'phone', key: p.key, display: c.phone, role }, isProxyPhone(p.key) ? 'proxy' : undefined));
  }
  if (c.email && !redacted.has('email')) {
    const e = shieldOfText(c.email) === 'redacted' ? undefined : normaliseEmail(c.email);
    if (e) add(withShield({ kind: 'email', key: e, display: c.email, role }, isProxyEmail(e) ? 'proxy' : undefined));
  }
  const nameText = c.name && !redacted.has('name') ? c.name : undefined;
  const nameShield = nameText ? shieldOfText(nameText) : undefined;
  const name = nameText && nameShield !== 'redacted' ? normaliseName(nameText) : undefined;
  if (name && nameText) add(withShield({ kind: 'name', key: name, display: nameText, role }, nameShield));
  if (c.organization && !redacted.has('organization')) {
    const s = shieldOfText(c.organization);
    const o = s === 'redacted' ? undefined : normaliseOrganisation(c.organization);
    if (o) add(withShield({ kind: 'organization', key: o, display: c.organization, role }, s));
  }
  const streetRedacted = redacted.has('street') || (c.street ?? []).some((l) => isRedactionPhrase(l));
  const address = streetRedacted
    ? undefined
    : normaliseAddress({
        ...(c.street ? { street: c.street } : {}),
        ...(c.city ? { city: c.city } : {}),
        ...(c.state ? { state: c.state } : {}),
        ...(c.postalCode ? { postalCode: c.postalCode } : {}),
        ...(c.countryCode ?? defaultCountry ? { countryCode: c.countryCode ?? defaultCountry } : {}),
      });
  const addressDisplay = [...(c.street ?? []), c.city, c.state, c.postalCode, c.countryCode].filter(Boolean).join(', ');
  // A street-less "address" (city and country only) identifies no one.
  if (address && c.street?.length) {
    add(withShield({ kind: 'address', key: address, display: addressDisplay, role }));
    if (name && nameText && !nameShield) {
      add(withShield({ kind: 'name_address', key: `${name}\u001f${address}`, display: `${nameText} / ${addressDisplay}`, role }));
    }
  }
}
