import type { MessageFeatures } from './features.js';
import { decodeSignature, jaccardEstimate } from '../neardup/minhash.js';
import { isDistinctiveSubject } from '../neardup/normalise.js';

/** Why two messages were put in one campaign: a kind and the evidence, as shown to a person. */
export interface JoinReason {
  kind: 'text' | 'attachment' | 'tracking-url' | 'subject' | 'link-domain';
  evidence: string;
  /** For `text`: the estimated Jaccard similarity. */
  similarity?: number;
}

/**
 * Whether a join is strong enough to merge two existing campaigns: the same attachment, or text similar on
 * its own. Weaker, supported joins add a message to one campaign but never chain two campaigns together.
 */
export function isStrongJoin(reasons: readonly JoinReason[]): boolean {
  return reasons.some((r) => r.kind === 'attachment' || (r.kind === 'text' && (r.similarity ?? 0) >= TEXT_ALONE));
}

/** Decoded signatures, per features object: a new message is compared with many candidates. */
const decoded = new WeakMap<MessageFeatures, Uint32Array>();
function signatureOf(f: MessageFeatures): Uint32Array {
  let sig = decoded.get(f);
  if (!sig) decoded.set(f, (sig = decodeSignature(f.signature)));
  return sig;
}

/** Text this similar (estimated Jaccard of the shingles) joins on its own. */
export const TEXT_ALONE = 0.6;
/** Text this similar joins when another feature agrees (shared link domain, tracking pattern, subject). */
export const TEXT_SUPPORTED = 0.35;

/**
 * Whether two messages belong to one campaign, and why. Joins on: near-identical text (≥ 0.6); the same
 * attachment (sha256); or two agreeing weaker signals among similar text (≥ 0.35), the same distinctive
 * subject template, the same tracking-URL pattern and a shared link domain. Returns [] when they do not join.
 */
export function joinReasons(a: MessageFeatures, b: MessageFeatures): JoinReason[] {
  const reasons: JoinReason[] = [];
  let similarity = 0;
  if (a.signature && b.signature) similarity = jaccardEstimate(signatureOf(a), signatureOf(b));
  const sameAttachment = a.attachmentHashes.find((x) => b.attachmentHashes.some((y) => y.sha256 === x.sha256));
  if (sameAttachment) {
    reasons.push({ kind: 'attachment', evidence: `same attachment ${sameAttachment.name} (sha256 ${sameAttachment.sha256.slice(0, 16)}…)` });
  }
  const support: JoinReason[] = [];
  if (isDistinctiveSubject(a.subjectTemplate) && a.subjectTemplate === b.subjectTemplate) {
    support.push({ kind: 'subject', evidence: `same subject template "${a.subjectTemplate.slice(0, 80)}"` });
  }
  const pattern = a.trackingPatterns.find((p) => b.trackingPatterns.includes(p));
  if (pattern) support.push({ kind: 'tracking-url', evidence: `same tracking-URL pattern ${pattern.slice(0, 100)}` });
  const domain = a.linkDomains.find((d) => b.linkDomains.includes(d));
  if (domain) support.push({ kind: 'link-domain', evidence: `both link to ${domain}` });
  const textReason: JoinReason = { kind: 'text', evidence: `text ${Math.round(similarity * 100)} % similar (MinHash)`, similarity: Math.round(similarity * 1000) / 1000 };
  if (similarity >= TEXT_ALONE) {
    reasons.push(textReason, ...support);
  } else if (similarity >= TEXT_SUPPORTED && support.length > 0) {
    reasons.push(textReason, ...support);
  } else if (support.some((r) => r.kind === 'subject') && support.some((r) => r.kind === 'tracking-url')) {
    // No comparable text (image-only or very short mail), but one subject template and one tracking scheme.
    reasons.push(...support);
  } else if (reasons.length > 0) {
    reasons.push(...support);
  }
  return reasons;
}
