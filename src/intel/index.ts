/**
 * Infrastructure attribution: WHOIS/RDAP records parsed, normalised, kept as history, and the
 * registrant pivot graph. Plain functions over a Store; the CLI, server and campaigns call these.
 */
export type { ParsedRecord, WhoisContact, ContactRole, RecordStatus } from './record/types.js';
export { parseWhoisText } from './whois/parse.js';
export { parseRdap, RdapFormatError } from './rdap/parse.js';
export { decodeResponse } from './whois/decode.js';
export { normaliseRecord, type RecordValue, type ValueKind, STRONG_KINDS, KIND_WEIGHT } from './normalise/record.js';
export { normalisePhone, normaliseEmail, normaliseName, normaliseAddress, normaliseDomain } from './normalise/values.js';
export { INTEL_MIGRATIONS } from './history/schema.js';
export { importResponses, parseResponse, type ResponseInput, type ImportOutcome } from './history/import.js';
export { whoisHistory, registrationDate, type Snapshot } from './history/history.js';
export { pivot, classifyStart, PivotInputError, type PivotResult, type PivotLink, type PivotMember, type PivotOptions } from './graph/pivot.js';
export { explainLink, explainMember, explainIgnored, explainWeak, kindLabel, type Lang } from './graph/explain.js';
export { pivotGraph, type PivotGraph } from './graph/cytoscape.js';
export { intelDomainAge, actorForDomains, type Actor } from './join/mail.js';
