export { aligned, organizationalDomain, type AlignmentMode } from './alignment.js';
export { parseDmarcRecord, lookupDmarc, evaluateDmarc, type DmarcRecord, type DmarcLookup } from './dmarc.js';
export { verifyAuthentication, type VerifyInput } from './verify.js';
export { fromAuthenticationResults } from './results.js';
export type { AuthSummary, AuthVerdict, SpfOutcome, DkimOutcome, DmarcOutcome, AuthResolver } from './types.js';
export { ZoneResolver, type Zone } from './zone.js';
