/**
 * Reads the `.expected` files that accompany the weppos WHOIS responses (a small Ruby-flavoured spec:
 * `#created_on` / `%s %TIME{2005-05-30}`, `%s[0].email == "x@y"`) and compares a ParsedRecord with them,
 * field by field. Used by the sample tests and bench/intel.ts; not product code.
 */
import type { ParsedRecord, WhoisContact } from '../record/types.js';

export interface ExpectedCheck {
  /** `domain`, `created_on`, `nameservers`, `registrar.name`, `registrant_contacts.email`, … */
  field: string;
  index?: number;
  value: string | null;
}

function unquote(raw: string): string | null | undefined {
  const v = raw.trim();
  if (v === 'nil') return null;
  const q = /^"((?:[^"\\]|\\.)*)"$/.exec(v);
  if (q) return q[1]!.replace(/\\n/g, '\n').replace(/\\"/g, '"').replace(/\\\\/g, '\\');
  const sym = /^:(\w+)$/.exec(v);
  if (sym) return sym[1]!;
  if (/^\d+$/.test(v)) return v;
  return undefined;
}

/** The checks of one `.expected` file that name a concrete value (or nil). */
export function parseExpected(text: string): ExpectedCheck[] {
  const checks: ExpectedCheck[] = [];
  let attr = '';
  for (const line of text.split(/\r?\n/)) {
    const head = /^#(\S+?)\??\s*$/.exec(line);
    if (head) {
      attr = head[1]!;
      continue;
    }
    const body = /^\s*%s(?:\[(\d+)\])?(?:\.(\w+))?\s+(.*)$/.exec(line);
    if (!body || !attr) continue;
    const index = body[1] !== undefined ? Number(body[1]) : undefined;
    const sub = body[2];
    const rest = body[3]!.trim();
    const field = sub ? `${attr}.${sub}` : attr;
    const time = /^%TIME\{([^}]*)\}/.exec(rest);
    if (time) {
      checks.push({ field, value: time[1]!, ...(index !== undefined ? { index } : {}) });
      continue;
    }
    const eq = /^==\s*(.*)$/.exec(rest);
    if (eq) {
      const v = unquote(eq[1]!);
      if (v !== undefined) checks.push({ field, value: v, ...(index !== undefined ? { index } : {}) });
    }
  }
  return checks;
}

const squash = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

const CONTACT_ROLES: Record<string, WhoisContact['role'][]> = {
  registrant_contacts: ['registrant'],
  admin_contacts: ['admin'],
  technical_contacts: ['tech'],
};
const CONTACT_SUB: Record<string, keyof WhoisContact> = {
  name: 'name',
  organization: 'organization',
  email: 'email',
  phone: 'phone',
  fax: 'fax',
  city: 'city',
  zip: 'postalCode',
  state: 'state',
  country_code: 'countryCode',
  address: 'street',
  id: 'handle',
};

/** Fields the comparison covers; everything else in the files (disclaimer, flags) is not ours to match. */
export const COMPARED_FIELDS = [
  'domain',
  'status',
  'created_on',
  'updated_on',
  'expires_on',
  'nameservers.name',
  'registrar.name',
  ...Object.keys(CONTACT_ROLES).flatMap((r) => Object.keys(CONTACT_SUB).map((s) => `${r}.${s}`)),
];

/** Whether a parsed record agrees with one check; undefined when the check is outside COMPARED_FIELDS or not concrete. */
export function compareCheck(record: ParsedRecord, check: ExpectedCheck): boolean | undefined {
  if (check.value === null || !COMPARED_FIELDS.includes(check.field)) return undefined;
  const want = check.value;
  switch (check.field) {
    case 'domain':
      return record.domain !== undefined && squash(record.domain) === squash(want);
    case 'status':
      if (!['registered', 'available', 'reserved'].includes(want)) return undefined;
      return record.status === want;
    case 'created_on':
    case 'updated_on':
    case 'expires_on': {
      const mine = record[check.field === 'created_on' ? 'created' : check.field === 'updated_on' ? 'updated' : 'expires'];
      return mine !== undefined && mine.slice(0, 10) === want.slice(0, 10);
    }
    case 'nameservers.name':
      return record.nameservers.includes(want.toLowerCase().replace(/\.$/, ''));
    case 'registrar.name':
      return (
        record.registrar !== undefined &&
        [record.registrar.name, record.registrar.organization].some((v) => v !== undefined && squash(v) === squash(want))
      );
  }
  const [attr, sub] = check.field.split('.') as [string, string];
  const roles = CONTACT_ROLES[attr];
  const key = CONTACT_SUB[sub];
  if (!roles || !key) return undefined;
  const c = record.contacts.find((x) => roles.includes(x.role));
  if (!c) return false;
  const mine = c[key];
  if (mine === undefined) return false;
  const text = Array.isArray(mine) ? mine.join('\n') : String(mine);
  if (key === 'phone' || key === 'fax') return text.replace(/\D/g, '') === want.replace(/\D/g, '');
  if (key === 'street') return squash(text) === squash(want) || squash(text).startsWith(squash(want));
  return squash(text) === squash(want);
}
