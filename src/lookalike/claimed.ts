import { hostParts } from '../links/registrable.js';
import { damerauLevenshtein } from './edits.js';
import { skeleton } from './skeleton.js';

/**
 * Looser matching in context: a lookalike of a brand's domain that the message itself claims to be from
 * (display name, subject). Alone, a two-edit variant of a four-letter label (`snbc`, `smbc6`) or a stack of
 * visual swaps (`trcndrricro` = c for e, rr for m) would hit ordinary sites, so the detector holds them back;
 * when the same message says it is SMBC or Trend Micro, the brand is given and the question is only whether
 * a domain looks like its own. The context makes the looser match safe, not a looser detector for every domain.
 */

/**
 * A fold that merges what a reader at small size does not tell apart in a domain, on top of the UTS-39
 * skeleton (which already folds 0→o, 1→l, 3→e, 5→s, rn→m, vv→w, cl→d): rr→m, lc→k, c→e, i/j→l, m→n,
 * 6→b, 9→g, 4→a, 7→t, 8→b, q→g, doubled letters to one. Used only to compare a domain with the domains
 * of a brand the message claims.
 */
export function looseFold(label: string): string {
  let s = skeleton(label).replaceAll('-', '');
  s = s.replace(/[46789]/g, (d) => ({ '4': 'a', '6': 'b', '7': 't', '8': 'b', '9': 'g' })[d]!);
  // skeleton writes m as rn; a stacked `rr` reads as m too, and `lc` as k (after 1→l: `ra1cuten`).
  s = s.replaceAll('rr', 'rn').replaceAll('lc', 'k');
  s = s.replaceAll('rn', 'n').replace(/[ij]/g, 'l').replaceAll('c', 'e').replaceAll('q', 'g');
  return s.replace(/(.)\1+/g, '$1');
}

/** How close a domain's label is to a claimed brand's label: 0 equal after the fold, 1–2 edits, or null. */
export function nearClaimedLabel(label: string, brandLabel: string): number | null {
  const a = looseFold(label);
  const b = looseFold(brandLabel);
  if (a.length < 2 || b.length < 2) return null;
  if (a === b) return 0;
  // Digits or letters appended to the brand (`smbc6`, `rakutenn`) and one edit: any label of 3+ letters.
  // Two edits only for long labels, where two edits still leave most of the name.
  const max = b.length >= 8 ? 2 : b.length >= 3 ? 1 : 0;
  if (max === 0) return null;
  // A letter dropped from a short name leaves another name (`mbc`, `sbc` of `smbc`): not for short labels.
  if (b.length < 5 && a.length < b.length) return null;
  const d = damerauLevenshtein(a, b, max);
  return d <= max ? d : null;
}

export interface ClaimedLookalike {
  /** The claimed brand's own registrable domain the host imitates. */
  protectedDomain: string;
  /** Edits after the loose fold (0: only visual swaps). */
  distance: number;
}

/**
 * Whether `host` looks like one of `brandDomains` (the registrable domains of a brand the message claims):
 * its registrable label compared with each brand label after the loose fold. The caller has already made
 * sure the host is not the brand's own.
 * @example nearClaimedBrand('smbc6.co.jp', ['smbc.co.jp', 'smbc-card.com'])?.protectedDomain // 'smbc.co.jp'
 */
export function nearClaimedBrand(host: string, brandDomains: readonly string[]): ClaimedLookalike | null {
  const parsed = hostParts(host);
  const label = parsed.domainWithoutSuffix;
  if (!label || !parsed.domain) return null;
  let best: ClaimedLookalike | null = null;
  for (const d of brandDomains) {
    const own = hostParts(d).domainWithoutSuffix;
    if (!own) continue;
    const distance = nearClaimedLabel(label, own);
    if (distance !== null && (!best || distance < best.distance)) best = { protectedDomain: d, distance };
  }
  return best;
}
