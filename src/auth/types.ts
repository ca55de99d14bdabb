/**
 * The authentication state of one message, whether read from a trusted Authentication-Results header or
 * verified here: what the sender checks turn into AUTH_* findings.
 */
export type AuthVerdict = 'pass' | 'fail' | 'softfail' | 'neutral' | 'none' | 'temperror' | 'permerror' | 'policy';

export interface SpfOutcome {
  result: AuthVerdict;
  /** The domain SPF checked (MAIL FROM domain, or HELO for the null sender). */
  domain: string;
  detail?: string;
}

export interface DkimOutcome {
  result: AuthVerdict;
  /** Signing domain (d=). */
  domain: string;
  selector?: string;
  detail?: string;
}

export interface DmarcOutcome {
  result: AuthVerdict;
  /** RFC5322.From domain the policy is for. */
  domain: string;
  /** Published policy (p, or sp for a subdomain), when known. */
  policy?: 'none' | 'quarantine' | 'reject';
  /** Which identifier aligned, for a pass. */
  alignedBy?: 'spf' | 'dkim';
  /** Alignment modes from the record (`adkim`, `aspf`). */
  adkim?: 'r' | 's';
  aspf?: 'r' | 's';
  detail?: string;
}

export interface AuthSummary {
  /** Where the results come from: a trusted Authentication-Results header, or our own verification. */
  source: 'header' | 'verified';
  /** authserv-id of the header, when from a header. */
  authservId?: string;
  spf?: SpfOutcome;
  dkim: DkimOutcome[];
  dmarc?: DmarcOutcome;
}

/**
 * DNS lookup as mailauth calls it: `resolver(name, rrtype)`, records shaped as node:dns returns them
 * (TXT as arrays of strings). A missing name or type rejects with an error whose `code` is ENOTFOUND or
 * ENODATA, like node:dns.
 */
export type AuthResolver = (name: string, rrtype: string) => Promise<unknown[]>;
