import { getDomain } from 'tldts';
import { isDistinctiveSubject, isTrackingPattern, subjectTemplate, urlPattern } from '../neardup/normalise.js';
import { bandKeys, fnv1a32, isEmptySignature, decodeSignature } from '../neardup/minhash.js';
import { textFingerprint } from '../neardup/fingerprint.js';
import { EMPTY_SHA256, SHARED_LINK_DOMAINS } from './shared-domains.js';

/** What the clusterer needs to know about one message; built from a stored scan result (and its text when kept). */
export interface CampaignMessage {
  /** SHA-256 of the raw message: the idempotency key shared with the store. */
  hash: string;
  /** When it was sent (Date header) or else received, epoch ms. */
  time: number;
  subject: string;
  /** Visible body text; '' when not available (then subject, links and attachments carry the join). */
  text: string;
  /** The scanner's text fingerprint (src/neardup), when the text itself is not at hand. Wins over `text`. */
  fingerprint?: string;
  urls: readonly string[];
  attachments: readonly { name: string; sha256: string }[];
  senderIp?: string | null;
  senderDomain?: string | null;
  verdict: string;
  categories: readonly string[];
  themes: readonly string[];
}

/** The comparable facts of one message, as stored with its campaign membership. */
export interface MessageFeatures {
  /** MinHash signature (base64), or '' when the text is too short to compare. */
  signature: string;
  subjectTemplate: string;
  linkDomains: string[];
  trackingPatterns: string[];
  attachmentHashes: { name: string; sha256: string }[];
}

const MAX_URLS = 50;
const MAX_DOMAINS = 20;

/**
 * The features of a message: the text's MinHash, the subject template, the registrable domains of its
 * links, its tracking-URL patterns and its attachment hashes.
 */
export function messageFeatures(msg: CampaignMessage): MessageFeatures {
  const subject = subjectTemplate(msg.subject || '');
  const domains = new Set<string>();
  const patterns = new Set<string>();
  for (const url of msg.urls.slice(0, MAX_URLS)) {
    const pattern = urlPattern(url);
    if (!pattern) continue;
    const host = pattern.slice(0, pattern.indexOf('/'));
    const domain = getDomain(host, { allowPrivateDomains: false }) ?? host;
    // A shortener, a brand's own site or a free host links unrelated mail: no evidence of a campaign.
    if (SHARED_LINK_DOMAINS.has(domain)) continue;
    if (domains.size < MAX_DOMAINS) domains.add(domain);
    if (isTrackingPattern(pattern) && patterns.size < MAX_DOMAINS) patterns.add(pattern);
  }
  const seen = new Set<string>();
  const attachmentHashes = msg.attachments
    .filter((a) => /^[0-9a-f]{64}$/i.test(a.sha256) && a.sha256.toLowerCase() !== EMPTY_SHA256 && !seen.has(a.sha256) && seen.add(a.sha256))
    .slice(0, 20)
    .map((a) => ({ name: a.name.slice(0, 200), sha256: a.sha256.toLowerCase() }));
  return {
    signature: msg.fingerprint ?? textFingerprint(msg.text || ''),
    subjectTemplate: subject.slice(0, 300),
    linkDomains: [...domains].sort(),
    trackingPatterns: [...patterns].sort(),
    attachmentHashes,
  };
}

/**
 * The lookup keys under which a message is filed, so that candidates are found without comparing against
 * every stored message: LSH bands of the text, the attachment hashes, the subject template, tracking-URL
 * patterns and link domains.
 */
export function lookupKeys(f: MessageFeatures): string[] {
  const keys: string[] = [];
  if (f.signature) {
    const sig = decodeSignature(f.signature);
    if (!isEmptySignature(sig)) keys.push(...bandKeys(sig));
  }
  for (const a of f.attachmentHashes) keys.push(`a:${a.sha256}`);
  if (isDistinctiveSubject(f.subjectTemplate)) keys.push(`s:${fnv1a32(f.subjectTemplate).toString(36)}:${f.subjectTemplate.length}`);
  for (const p of f.trackingPatterns) keys.push(`t:${fnv1a32(p).toString(36)}:${p.length}`);
  for (const d of f.linkDomains) keys.push(`d:${d}`);
  return keys;
}
