import { aligned, organizationalDomain, type AlignmentMode } from './alignment.js';
import type { AuthResolver, DkimOutcome, DmarcOutcome, SpfOutcome } from './types.js';

/** The tags of a DMARC record that decide the result (RFC 7489 §6.3). */
export interface DmarcRecord {
  p: 'none' | 'quarantine' | 'reject';
  sp?: 'none' | 'quarantine' | 'reject';
  adkim: AlignmentMode;
  aspf: AlignmentMode;
  pct: number;
}

const POLICIES = new Set(['none', 'quarantine', 'reject']);

/**
 * Parses a DMARC TXT record; null when it is not one (must start with `v=DMARC1`, RFC 7489 §6.4).
 * A record without a valid `p` is treated as `p=none` when it has `rua` (RFC 7489 §6.6.3 step 6), else invalid.
 * @example parseDmarcRecord('v=DMARC1; p=reject; adkim=s')?.adkim // 's'
 */
export function parseDmarcRecord(txt: string): DmarcRecord | null {
  const tags = new Map<string, string>();
  for (const part of txt.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    tags.set(part.slice(0, eq).trim().toLowerCase(), part.slice(eq + 1).trim());
  }
  if (!/^v\s*=\s*DMARC1\b/i.test(txt.trim())) return null;
  let p = tags.get('p')?.toLowerCase();
  if (!p || !POLICIES.has(p)) {
    if (tags.has('rua')) p = 'none';
    else return null;
  }
  const sp = tags.get('sp')?.toLowerCase();
  const mode = (v: string | undefined): AlignmentMode => (v?.toLowerCase() === 's' ? 's' : 'r');
  const pct = Number(tags.get('pct') ?? '100');
  return {
    p: p as DmarcRecord['p'],
    ...(sp && POLICIES.has(sp) ? { sp: sp as DmarcRecord['p'] } : {}),
    adkim: mode(tags.get('adkim')),
    aspf: mode(tags.get('aspf')),
    pct: Number.isFinite(pct) ? Math.min(100, Math.max(0, pct)) : 100,
  };
}

/** Result of the DMARC record lookup: the record and the domain it was published at. */
export interface DmarcLookup {
  record: DmarcRecord | null;
  /** `_dmarc` owner the record came from, or where we looked last. */
  at: string;
  /** Set when the lookup failed for a reason other than "no record" (a temperror). */
  error?: string;
}

function isNoData(err: unknown): boolean {
  const code = (err as { code?: string } | null)?.code;
  return code === 'ENOTFOUND' || code === 'ENODATA' || code === 'NXDOMAIN';
}

async function txtRecords(resolver: AuthResolver, name: string): Promise<string[]> {
  const rows = await resolver(name, 'TXT');
  return rows.map((r) => (Array.isArray(r) ? r.join('') : String(r)));
}

/**
 * Policy discovery (RFC 7489 §6.6.3): `_dmarc.<From domain>`, else `_dmarc.<organizational domain>`.
 * Exactly one record starting with `v=DMARC1` must be there; several are treated as none.
 */
export async function lookupDmarc(fromDomain: string, resolver: AuthResolver): Promise<DmarcLookup> {
  const names = [`_dmarc.${fromDomain}`];
  const org = organizationalDomain(fromDomain);
  if (org !== fromDomain) names.push(`_dmarc.${org}`);
  for (const name of names) {
    let txts: string[];
    try {
      txts = await txtRecords(resolver, name);
    } catch (err) {
      if (isNoData(err)) continue;
      return { record: null, at: name, error: (err as Error).message ?? String(err) };
    }
    const records = txts.filter((t) => /^v\s*=\s*DMARC1\b/i.test(t.trim()));
    if (records.length !== 1) continue;
    const record = parseDmarcRecord(records[0]!);
    if (record) return { record, at: name };
  }
  return { record: null, at: names[names.length - 1]! };
}

/**
 * DMARC evaluation (RFC 7489 §6.6.2): pass when SPF passed for an aligned MAIL FROM domain or a DKIM
 * signature passed for an aligned d=, in the record's strict or relaxed mode.
 */
export function evaluateDmarc(
  fromDomain: string,
  lookup: DmarcLookup,
  spf: SpfOutcome | undefined,
  dkim: readonly DkimOutcome[],
): DmarcOutcome {
  const { record } = lookup;
  if (lookup.error) return { result: 'temperror', domain: fromDomain, detail: lookup.error };
  if (!record) return { result: 'none', domain: fromDomain, detail: 'no DMARC record' };
  const isSub = organizationalDomain(fromDomain) !== fromDomain && lookup.at !== `_dmarc.${fromDomain}`;
  const policy = isSub && record.sp ? record.sp : record.p;
  const base = { domain: fromDomain, policy, adkim: record.adkim, aspf: record.aspf };
  const dkimPass = dkim.find((d) => d.result === 'pass' && aligned(d.domain, fromDomain, record.adkim));
  if (dkimPass) return { ...base, result: 'pass', alignedBy: 'dkim', detail: `DKIM d=${dkimPass.domain} aligned (adkim=${record.adkim})` };
  if (spf?.result === 'pass' && aligned(spf.domain, fromDomain, record.aspf)) {
    return { ...base, result: 'pass', alignedBy: 'spf', detail: `SPF ${spf.domain} aligned (aspf=${record.aspf})` };
  }
  const why: string[] = [];
  if (spf?.result === 'pass') why.push(`SPF passed for ${spf.domain}, not aligned (aspf=${record.aspf})`);
  const dkimOther = dkim.filter((d) => d.result === 'pass').map((d) => d.domain);
  if (dkimOther.length) why.push(`DKIM passed for ${dkimOther.join(', ')}, not aligned (adkim=${record.adkim})`);
  if (!why.length) why.push('neither SPF nor DKIM passed');
  return { ...base, result: 'fail', detail: why.join('; ') };
}
