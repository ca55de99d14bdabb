/**
 * One registration record as parsed from a WHOIS text response or an RDAP JSON answer, before
 * normalisation: values as the registry wrote them, with their role. Both parsers produce this shape,
 * so normalisation, history and the pivot graph never care which protocol a record came from.
 */

/** Who a contact is for the domain. `public` is JPRS's 公開連絡窓口 (the contact published instead of the registrant's own). */
export type ContactRole = 'registrant' | 'admin' | 'tech' | 'billing' | 'public' | 'registrar' | 'abuse' | 'other';

export const CONTACT_FIELDS = [
  'handle',
  'name',
  'organization',
  'street',
  'city',
  'state',
  'postalCode',
  'country',
  'countryCode',
  'phone',
  'fax',
  'email',
] as const;
export type ContactField = (typeof CONTACT_FIELDS)[number];

export interface WhoisContact {
  role: ContactRole;
  handle?: string;
  name?: string;
  organization?: string;
  /** Street lines, in the order written. */
  street?: string[];
  city?: string;
  state?: string;
  postalCode?: string;
  country?: string;
  countryCode?: string;
  phone?: string;
  fax?: string;
  email?: string;
  /** Fields the registry says it withheld (RDAP `redacted`, "REDACTED FOR PRIVACY"). */
  redacted?: ContactField[];
}

export interface RegistrarInfo {
  name?: string;
  id?: string;
  url?: string;
  organization?: string;
}

/**
 * A date as written, kept as ISO 8601 with the offset the registry gave (JPRS writes JST, so
 * `2013-06-01T01:05:07+09:00`); a date without a zone keeps its wall clock with `Z`.
 */
export type IsoDate = string;

export type RecordStatus = 'registered' | 'available' | 'reserved' | 'unknown';

export interface ParsedRecord {
  protocol: 'whois' | 'rdap';
  /** Which layout the parser recognised (`icann`, `jprs`, `jprs-jp`, `sectioned`, `handles`, `rdap`, `generic`). */
  format: string;
  domain?: string;
  domainId?: string;
  status: RecordStatus;
  /** Status words as written (EPP codes, `Active`, `Connected (2019/11/30)`). */
  statuses: string[];
  registrar?: RegistrarInfo;
  created?: IsoDate;
  updated?: IsoDate;
  expires?: IsoDate;
  nameservers: string[];
  contacts: WhoisContact[];
  /** Where a thin registry points for the full record (port 43 host or URL). */
  referral?: { whois?: string; url?: string };
  /** Problems met while parsing (an unreadable date, a limit reached); never fatal. */
  warnings: string[];
}

/** Parsing limits: hostile or broken responses are cut, and the cut is reported as a warning. */
export const RECORD_LIMITS = {
  maxBytes: 1_000_000,
  maxLines: 20_000,
  maxNameservers: 64,
  maxContacts: 64,
  maxValueLength: 2_000,
} as const;
