/**
 * RDAP (RFC 9083) domain answers to ParsedRecord: jCard (RFC 7095) `vcardArray` entities with roles,
 * events (registration, last changed, expiration), nameservers, and the `redacted` member (RFC 9537)
 * so a withheld value is known as withheld rather than read as empty.
 */
import { parseWhoisDate } from '../record/dates.js';
import { nameserverHost } from '../whois/parse.js';
import { RECORD_LIMITS, type ContactField, type ContactRole, type ParsedRecord, type WhoisContact } from '../record/types.js';

type Json = unknown;
const isObj = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: Json): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

const ROLE: Record<string, ContactRole> = {
  registrant: 'registrant',
  administrative: 'admin',
  technical: 'tech',
  billing: 'billing',
  registrar: 'registrar',
  abuse: 'abuse',
};

/** `[[REDACTED]]`-style placeholders some servers write in place of a value (RFC 9537 "replacement value"). */
const PLACEHOLDER = /^\[*redacted\]*$/i;

const EXTENSION = /;ext=/gi;

/**
 * A telephone URI without its `;ext=…`, as `.replace(/;ext=.*$/i, '')` gave, in one pass: that pattern read to the end
 * from every `;ext=` (quadratic when a line break follows); `.` stops at a line break, so its match is the first `;ext=`
 * after the last one.
 * @example withoutExtension('+1.5555551212;ext=42') // '+1.5555551212'
 */
export function withoutExtension(tel: string): string {
  EXTENSION.lastIndex = Math.max(tel.lastIndexOf('\n'), tel.lastIndexOf('\r'), tel.lastIndexOf('\u2028'), tel.lastIndexOf('\u2029')) + 1;
  const m = EXTENSION.exec(tel);
  return m ? tel.slice(0, m.index) : tel;
}

function textOf(v: Json): string | undefined {
  const s = str(v);
  return s && !PLACEHOLDER.test(s) ? s : undefined;
}

/** One jCard property list → contact fields. */
function contactFromVcard(vcard: Json, role: ContactRole): WhoisContact {
  const c: WhoisContact = { role };
  const redacted = new Set<ContactField>();
  if (!Array.isArray(vcard) || vcard[0] !== 'vcard' || !Array.isArray(vcard[1])) return c;
  for (const prop of vcard[1] as Json[]) {
    if (!Array.isArray(prop) || typeof prop[0] !== 'string') continue;
    const [name, params, , value] = prop as [string, Json, Json, Json];
    const p = isObj(params) ? params : {};
    const mark = (f: ContactField, v: Json) => {
      if (typeof v === 'string' && PLACEHOLDER.test(v.trim())) redacted.add(f);
    };
    switch (name.toLowerCase()) {
      case 'fn':
        mark('name', value);
        c.name ??= textOf(value);
        break;
      case 'org': {
        const v = Array.isArray(value) ? value[0] : value;
        mark('organization', v);
        c.organization ??= textOf(v);
        break;
      }
      case 'email':
        mark('email', value);
        c.email ??= textOf(value);
        break;
      case 'tel': {
        const types = ([] as Json[]).concat(p.type ?? []).map((t) => String(t).toLowerCase());
        const field: ContactField = types.includes('fax') ? 'fax' : 'phone';
        mark(field, value);
        const tel = textOf(value)?.replace(/^tel:/i, '');
        const v = tel === undefined ? undefined : withoutExtension(tel);
        if (v && !c[field]) c[field] = v;
        break;
      }
      case 'adr': {
        // [pobox, ext, street, locality, region, code, country]; `label` param carries a formatted address.
        const parts = Array.isArray(value) ? value : [];
        const street = ([] as Json[]).concat(parts[1] ?? [], parts[2] ?? []).map(textOf).filter((x): x is string => !!x);
        if (street.length) c.street = street;
        c.city ??= textOf(parts[3]);
        c.state ??= textOf(parts[4]);
        c.postalCode ??= textOf(parts[5]);
        const country = textOf(parts[6]);
        if (country) {
          if (/^[A-Za-z]{2}$/.test(country)) c.countryCode = country.toUpperCase();
          else c.country = country;
        }
        const cc = str(p.cc);
        if (cc) c.countryCode = cc.toUpperCase();
        if (!street.length && typeof p.label === 'string') c.street = p.label.split(/\n/).map((s) => s.trim()).filter(Boolean);
        ([['street', parts[2]], ['city', parts[3]], ['state', parts[4]], ['postalCode', parts[5]]] as [ContactField, Json][]).forEach(([f, v]) => mark(f, v));
        break;
      }
    }
  }
  if (redacted.size) c.redacted = [...redacted];
  return c;
}

/** RFC 9537 redactions, by the field names servers use in `name.description` / `name.type`. */
function redactedFields(redacted: Json): Map<ContactRole, Set<ContactField>> {
  const out = new Map<ContactRole, Set<ContactField>>();
  if (!Array.isArray(redacted)) return out;
  for (const r of redacted) {
    if (!isObj(r) || !isObj(r.name)) continue;
    const label = (str(r.name.description) ?? str(r.name.type) ?? '').toLowerCase();
    const m = /^(registrant|admin|administrative|tech|technical|billing)\s+((?:\S.*)?)$/.exec(label);
    if (!m) continue;
    const role = ROLE[m[1] === 'admin' ? 'administrative' : m[1] === 'tech' ? 'technical' : m[1]!]!;
    const rest = m[2]!;
    const field: ContactField | undefined = /name/.test(rest)
      ? /org/.test(rest) ? 'organization' : 'name'
      : /org/.test(rest) ? 'organization'
      : /street/.test(rest) ? 'street'
      : /city/.test(rest) ? 'city'
      : /postal|zip/.test(rest) ? 'postalCode'
      : /state|province/.test(rest) ? 'state'
      : /fax/.test(rest) ? 'fax'
      : /phone/.test(rest) ? 'phone'
      : /e-?mail/.test(rest) ? 'email'
      : /id$/.test(rest) ? 'handle'
      : undefined;
    if (!field) continue;
    let set = out.get(role);
    if (!set) out.set(role, (set = new Set()));
    set.add(field);
  }
  return out;
}

export class RdapFormatError extends Error {
  override name = 'RdapFormatError';
}

/**
 * Parses an RDAP domain answer (object or JSON text). A non-domain object (entity, nameserver,
 * network, search result, error) is not a registration record: it throws RdapFormatError with the
 * reason, which the importer reports per file.
 * @example parseRdap(readFileSync('lemonde.fr.json', 'utf8')).created
 */
export function parseRdap(input: string | Json, limits = RECORD_LIMITS): ParsedRecord {
  let doc: Json = input;
  if (typeof input === 'string') {
    if (input.length > limits.maxBytes * 4) throw new RdapFormatError(`RDAP answer larger than ${limits.maxBytes * 4} characters`);
    try {
      doc = JSON.parse(input);
    } catch (err) {
      throw new RdapFormatError(`not JSON: ${(err as Error).message}`);
    }
  }
  if (!isObj(doc)) throw new RdapFormatError('not an RDAP object');
  if (doc.objectClassName !== 'domain') {
    const what = str(doc.objectClassName) ?? (doc.errorCode !== undefined ? `error ${String(doc.errorCode)}` : Array.isArray(doc.domainSearchResults) ? 'a domain search result' : 'no objectClassName');
    throw new RdapFormatError(`not a domain object (${what})`);
  }
  const warnings: string[] = [];
  const contacts: WhoisContact[] = [];
  const withheld = redactedFields(doc.redacted);
  let registrar: ParsedRecord['registrar'];

  const visit = (entities: Json, depth: number) => {
    if (!Array.isArray(entities) || depth > 3) return;
    for (const e of entities) {
      if (!isObj(e)) continue;
      const roles = Array.isArray(e.roles) ? e.roles.map((r) => String(r).toLowerCase()) : [];
      for (const r of roles) {
        const role = ROLE[r];
        if (!role) continue;
        const c = contactFromVcard(e.vcardArray, role);
        const handle = str(e.handle);
        if (handle) c.handle = handle;
        const w = withheld.get(role);
        if (w?.size) c.redacted = [...new Set([...(c.redacted ?? []), ...w])];
        if (role === 'registrar') {
          registrar = { ...(c.name ? { name: c.name } : {}), ...(c.organization ? { organization: c.organization } : {}) };
          const iana = Array.isArray(e.publicIds)
            ? e.publicIds.find((p) => isObj(p) && /iana/i.test(String(p.type)))
            : undefined;
          if (isObj(iana) && str(iana.identifier)) registrar.id = str(iana.identifier)!;
          const url = Array.isArray(e.links) ? e.links.find((l) => isObj(l) && (l.rel === 'about' || l.rel === 'related')) : undefined;
          if (isObj(url) && str(url.href)) registrar.url = str(url.href)!;
        }
        if (contacts.length < limits.maxContacts) contacts.push(c);
      }
      visit(e.entities, depth + 1);
    }
  };
  visit(doc.entities, 0);
  // Withheld roles with no entity at all still count as withheld.
  for (const [role, fields] of withheld) {
    if (!contacts.some((c) => c.role === role)) contacts.push({ role, redacted: [...fields] });
  }

  const dates: Partial<Record<'created' | 'updated' | 'expires', string>> = {};
  if (Array.isArray(doc.events)) {
    for (const ev of doc.events) {
      if (!isObj(ev)) continue;
      const action = String(ev.eventAction ?? '').toLowerCase();
      const when = parseWhoisDate(str(ev.eventDate));
      const key = action === 'registration' ? 'created' : action === 'last changed' ? 'updated' : action === 'expiration' ? 'expires' : undefined;
      if (key && when && !dates[key]) dates[key] = when;
      else if (key && !when) warnings.push(`unreadable ${action} date`);
    }
  }
  const nameservers: string[] = [];
  if (Array.isArray(doc.nameservers)) {
    for (const ns of doc.nameservers) {
      const h = isObj(ns) ? nameserverHost(str(ns.ldhName) ?? str(ns.unicodeName) ?? '') : undefined;
      if (h && !nameservers.includes(h) && nameservers.length < limits.maxNameservers) nameservers.push(h);
    }
  }
  const statuses = Array.isArray(doc.status) ? doc.status.map(String) : [];
  const domain = (str(doc.ldhName) ?? str(doc.unicodeName))?.toLowerCase().replace(/\.$/, '');
  const record: ParsedRecord = {
    protocol: 'rdap',
    format: 'rdap',
    status: domain ? 'registered' : 'unknown',
    statuses,
    nameservers,
    contacts: contacts.filter((c) => c.role !== 'registrar'),
    warnings,
  };
  if (domain) record.domain = domain;
  if (str(doc.handle)) record.domainId = str(doc.handle)!;
  if (registrar) record.registrar = registrar;
  Object.assign(record, dates);
  const port43 = str(doc.port43);
  if (port43) record.referral = { whois: port43 };
  return record;
}
