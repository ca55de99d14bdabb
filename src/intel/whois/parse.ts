import { parseWhoisDate } from '../record/dates.js';
import {
  RECORD_LIMITS,
  type ContactField,
  type ContactRole,
  type ParsedRecord,
  type RegistrarInfo,
  type WhoisContact,
} from '../record/types.js';
import { contactFieldOf, domainFieldOf, HANDLE_KEYS, handleRefOf, roleKeyOf, roleOf, type DomainField } from './fields.js';
import { layoutOf, type Entry } from './lines.js';

const AVAILABLE =
  /^(?:[^\S\n\r\u2028\u2029]|[%#;*])*(no match|not found|no matching record|no data found|no entries found|no object found|nothing found|domain not found|no information available|no such domain|status:\s*(free|available|avail)\b|object does not exist|the queried object does not exist|no match for|no records matching|domain unknown|available\s*$)|\bno match!!|\bNOT FOUND\b|\b(is|has) not (been )?registered\b|\bis (free|available)\b|\bnot registered\b|\bdoes not exist\b|^[^\S\n\r\u2028\u2029]*(free|available)\s*$/im;
// Both are only tested (no groups read). A line start is `^` (flag m: after \n, \r, U+2028, U+2029); the blanks before
// the words never cross a line end, which changes nothing (a match whose blanks cross one also matches from the last
// line start they cross) and keeps them linear: `(^|\n)\s*(status…)?[:\s]*` made every newline of a run a start
// rescanning the run, three overlapping runs for RESERVED (175 s on 8 KB of blanks a hostile WHOIS server can send).
const RESERVED = /^(?:[^\S\n\r\u2028\u2029]*(?:status|state|\[状態\]|\[state\]))?(?:[^\S\n\r\u2028\u2029]|:)*(?:reserved|prohibited string|blocked|not available for registration|\(reserved\))/im;
const THROTTLED = /(query rate|too many (queries|requests)|limit exceeded|exceeded the (maximum|query)|try again later|quota exceeded)/i;

const HOST = /^(?:[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9])?\.)+(?:[a-z0-9-]{2,63})$/;

/** First word of a name-server value (`ns1.example.com 192.0.2.1`, `ns1.example.com (192.0.2.1)`), lower case, no root dot. */
export function nameserverHost(value: string): string | undefined {
  const first = value.trim().split(/[\s,()\[\]]+/)[0]?.toLowerCase().replace(/\.$/, '');
  if (!first || !HOST.test(first) || /^\d+(\.\d+){3}$/.test(first)) return undefined;
  return first;
}

interface ContactDraft extends WhoisContact {}

/**
 * Parses one raw WHOIS text response (any registry) into a ParsedRecord. Never throws on content:
 * what it cannot read is left out and, where it matters, named in `warnings`.
 * @example parseWhoisText(readFileSync('google.jp.txt', 'utf8')).nameservers // ['ns1.google.com', …]
 */
export function parseWhoisText(input: string, limits = RECORD_LIMITS): ParsedRecord {
  const warnings: string[] = [];
  let text = input;
  if (text.length > limits.maxBytes) {
    text = text.slice(0, limits.maxBytes);
    warnings.push(`response cut at ${limits.maxBytes} characters`);
  }
  const layout = layoutOf(text, limits);
  if (layout.truncated) warnings.push(`response cut at ${limits.maxLines} lines`);

  const contacts = new Map<ContactRole, ContactDraft>();
  const byHandle = new Map<string, ContactDraft>();
  const refs: { role: ContactRole; handle: string }[] = [];
  const registrar: RegistrarInfo = {};
  const statuses: string[] = [];
  const nameservers: string[] = [];
  const dates: Partial<Record<'created' | 'updated' | 'expires', string>> = {};
  const referral: { whois?: string; url?: string } = {};
  let domain: string | undefined;
  let domainId: string | undefined;
  let usedSections = false;
  let usedHandles = false;
  let bracket = false;

  const contact = (role: ContactRole): ContactDraft => {
    let c = contacts.get(role);
    if (!c) {
      c = { role };
      if (contacts.size < limits.maxContacts) contacts.set(role, c);
    }
    return c;
  };
  // JPRS writes the address twice ([住所] then [Postal Address]): the street comes from one key only.
  const streetKey = new Map<ContactDraft, string>();
  const setContact = (c: ContactDraft, field: ContactField, values: string[], key = '') => {
    const vals = values.map((v) => v.trim()).filter(Boolean);
    if (!vals.length) return;
    if (field === 'street') {
      const first = streetKey.get(c);
      if (first === '住所' && key !== first) return;
      if (first === undefined) streetKey.set(c, key);
      c.street = [...(c.street ?? []), ...vals].slice(0, 10);
      return;
    }
    if (c[field]) return; // the first spelling wins (JPRS writes Japanese before English)
    const v = vals.join(' ');
    if (field === 'country' && /^[A-Za-z]{2}$/.test(v)) {
      c.countryCode ??= v.toUpperCase();
      return;
    }
    if (field === 'countryCode') {
      c.countryCode = v.toUpperCase().slice(0, 2);
      return;
    }
    c[field] = v;
  };
  const setDomainField = (f: DomainField, values: string[], rawKey: string) => {
    const v = values.find((x) => x.trim())?.trim();
    if (f === 'nameserver') {
      for (const value of values) {
        const h = nameserverHost(value);
        if (h && !nameservers.includes(h) && nameservers.length < limits.maxNameservers) nameservers.push(h);
      }
      return;
    }
    if (f === 'status') {
      for (const value of values) if (value.trim()) statuses.push(value.trim().split(/(?<!\s)\s+https?:/)[0]!.trim());
      return;
    }
    if (!v) return;
    switch (f) {
      case 'domain':
        if (!domain && /^[\p{L}\p{N}._-]+\.[\p{L}\p{N}-]+\.?$/u.test(v.split(/\s+/)[0]!)) domain = v.split(/\s+/)[0]!.toLowerCase().replace(/\.$/, '');
        return;
      case 'domainId':
        domainId ??= v;
        return;
      case 'registrar':
        registrar.name ??= v.replace(/(?<!\s)\s*\[Tag = [^\]]*\]/, '');
        return;
      case 'registrarId':
        registrar.id ??= v;
        return;
      case 'registrarUrl':
        registrar.url ??= v;
        referral.url ??= /^https?:/.test(v) ? v : undefined;
        if (!referral.url) delete referral.url;
        return;
      case 'referralWhois':
        referral.whois ??= v.replace(/^whois:\/\//, '');
        return;
      case 'created':
      case 'updated':
      case 'expires': {
        if (dates[f]) return;
        const d = parseWhoisDate(v.replace(/^before\s+/i, ''));
        if (d) dates[f] = d;
        else warnings.push(`unreadable date in "${rawKey}": ${v.slice(0, 60)}`);
        return;
      }
    }
  };

  // RIPE-style objects: a blank-line separated block with a handle key is a contact, found by handle.
  const blocks = new Map<number, Entry[]>();
  for (const e of layout.entries) {
    const list = blocks.get(e.block);
    if (list) list.push(e);
    else blocks.set(e.block, [e]);
  }
  const handleBlocks = new Set<number>();
  for (const [block, list] of blocks) {
    const first = list[0]!;
    const handleEntry =
      list.find((e) => HANDLE_KEYS.test(e.key) && !e.section && e.values.length) ??
      (first.key === 'contact' && !first.section && /^[A-Z0-9][A-Z0-9_-]*$/i.test(first.values[0] ?? '') && list.length > 2 ? first : undefined);
    if (!handleEntry || list.some((e) => domainFieldOf(e.key) === 'domain' && !e.section)) continue;
    const draft: ContactDraft = { role: 'other', handle: handleEntry.values[0]! };
    for (const e of list) {
      const f = contactFieldOf(e.key);
      if (f && f !== 'handle' && e !== handleEntry) setContact(draft, f, e.values);
    }
    if (byHandle.size < limits.maxContacts) byHandle.set(draft.handle!.toUpperCase(), draft);
    handleBlocks.add(block);
  }

  for (const e of layout.entries) {
    if (e.bracket) bracket = true;
    if (handleBlocks.has(e.block)) continue;
    if (e.header) {
      // A header with its own indented values (Nominet: `Registrant:` / `    Google Inc.`) is also a field.
      if (e.values.length) handleField(e, undefined);
      continue;
    }
    if (e.section) usedSections = true;
    handleField(e, e.section);
  }

  function handleField(e: Entry, section: string | undefined) {
    if (section === 'domain' && e.key === 'name') return setDomainField('domain', e.values, e.rawKey);
    const sectionRole = section
      ? e.sectionNote && /公開連絡窓口/.test(e.sectionNote)
        ? 'public'
        : roleOf(section)
      : undefined;
    if (sectionRole && sectionRole !== 'registrar') {
      const f = contactFieldOf(e.key);
      if (f) return setContact(contact(sectionRole), f, e.values, e.key);
      const rk = roleKeyOf(e.key);
      if (rk) return setContact(contact(rk.role), rk.field, e.values, e.key);
    }
    if (sectionRole === 'registrar') {
      const v = e.values[0]?.trim();
      if (v && /^(name|organization|organisation|org)$/.test(e.key)) {
        if (e.key === 'name') registrar.name ??= v;
        else registrar.organization ??= v;
        return;
      }
      if (v && /^(url|web|website|www|homepage)$/.test(e.key)) {
        registrar.url ??= v;
        return;
      }
      if (v && /^(id|handle|iana id)$/.test(e.key)) {
        registrar.id ??= v;
        return;
      }
    }
    const ref = handleRefOf(e.key);
    if (ref) {
      for (const v of e.values) if (v.trim()) refs.push({ role: ref, handle: v.trim().split(/\s+/)[0]! });
      return;
    }
    const df = domainFieldOf(e.key);
    if (df) {
      // A contact object's own `created`/`changed` inside a role section is not the domain's.
      if (sectionRole && sectionRole !== 'registrar' && (df === 'created' || df === 'updated' || df === 'expires')) return;
      return setDomainField(df, e.values, e.rawKey);
    }
    const rk = roleKeyOf(e.key);
    if (rk) {
      if (rk.role === 'registrar') return;
      return setContact(contact(rk.role), rk.field, e.values, e.key);
    }
    // JPRS `g. [Organization]` / `f. [組織名]` at the domain level name the registrant organisation.
    if (!sectionRole && /^(organization|組織名|organisation|org)$/.test(e.key)) return setContact(contact('registrant'), 'organization', e.values);
  }

  // Resolve handle references (RIPE-style objects and JPRS handles when the objects are present).
  for (const { role, handle } of refs) {
    const found = byHandle.get(handle.toUpperCase());
    usedHandles = usedHandles || found !== undefined;
    const existing = contacts.get(role);
    if (found && !existing) contacts.set(role, { ...found, role });
    else if (!found && !existing) contacts.set(role, { role, handle });
    else if (existing && !existing.handle) existing.handle = handle;
  }

  // `registrant: MM12383` (CZ.NIC) names a contact object by handle in the name position.
  for (const [role, c] of contacts) {
    const named = c.name ? byHandle.get(c.name.toUpperCase()) : undefined;
    if (named && Object.keys(c).length <= 3) contacts.set(role, { ...named, role });
  }
  if (!domain) {
    const q = /(?:no match for|not found:?|no entries found for|no data found for|no match for domain|domain)\s+"?(?=[a-z0-9.-]+"?\.?(?:\s|$))([a-z0-9][a-z0-9.-]*\.[a-z]{2,}[a-z0-9.-]*)"?\.?(?:\s|$)/i.exec(text);
    if (q && AVAILABLE.test(text)) domain = q[1]!.toLowerCase();
  }
  const list = [...contacts.values()].filter((c) => Object.keys(c).length > 1);
  const registered = domain !== undefined || dates.created !== undefined || nameservers.length > 0 || list.length > 0;
  let status: ParsedRecord['status'] = 'unknown';
  const statusText = statuses.join(' ').toLowerCase();
  if (/reserved|予約/.test(statusText) || (!registered && RESERVED.test(text))) status = 'reserved';
  else if (/^(free|available|avail|not registered|no object found)\b/.test(statusText)) status = 'available';
  else if (!dates.created && !nameservers.length && !list.length && AVAILABLE.test(text)) status = 'available';
  else if (registered) status = 'registered';
  if (status === 'unknown' && THROTTLED.test(text)) warnings.push('response says the query was throttled');

  const format = bracket
    ? layout.entries.some((e) => /^[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}]/u.test(e.key))
      ? 'jprs-ja'
      : 'jprs'
    : layout.entries.some((e) => e.key === 'registry domain id' || e.key === 'registrant name' || e.key === 'registrar iana id')
      ? 'icann'
      : usedHandles
        ? 'handles'
        : usedSections
          ? 'sectioned'
          : 'generic';

  const record: ParsedRecord = {
    protocol: 'whois',
    format,
    status,
    statuses,
    nameservers,
    contacts: list,
    warnings,
  };
  if (domain) record.domain = domain;
  if (domainId) record.domainId = domainId;
  if (Object.keys(registrar).length) record.registrar = registrar;
  if (dates.created) record.created = dates.created;
  if (dates.updated) record.updated = dates.updated;
  if (dates.expires) record.expires = dates.expires;
  if (referral.whois || referral.url) record.referral = referral;
  return record;
}
