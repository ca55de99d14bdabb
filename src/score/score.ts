import type { Finding } from '../core/finding.js';
import { compareFindingIds } from '../core/finding-ids.js';
import { evaluate } from './expression.js';
import type { ScoreTable } from './table.js';
import type { ThreatClass, Verdict } from './types.js';

/** A finding as reported: its id's row from the score table joined with the evidence. */
export interface ScoredFinding {
  id: string;
  /** Points it added (after group caps and composites). */
  score: number;
  group: string;
  class?: ThreatClass;
  /**
   * What the id means, in the reader's language: not set by the scan (explanation is chosen at the edge,
   * src/rules/explain.ts); the CLI's JSON and the API add it when they show a result.
   */
  description?: string;
  /** Evidence of every occurrence, joined (the canonical English text; the human output translates it). */
  evidence: string;
  /** Structured evidence of each occurrence (omitted when no occurrence had any). */
  data?: Record<string, unknown>[];
  /** Set when a composite took this finding's place. */
  replacedBy?: string;
}

export interface ScoreResult {
  verdict: Verdict;
  score: number;
  /** Points of findings of each threat class (before group caps), which decide the verdict's class. */
  classScores: Record<ThreatClass, number>;
  findings: ScoredFinding[];
}

/** A finding as the score layer takes it: any id string (the table decides what it knows). */
export type RawFinding = Omit<Finding, 'id'> & { id: string };

const MAX_EVIDENCE_ITEMS = 8;

function joinEvidence(items: string[]): string {
  // One occurrence (most findings): its evidence as it is, without a set and an array around it.
  if (items.length === 1) return items[0]!;
  const unique = [...new Set(items)];
  if (unique.length <= MAX_EVIDENCE_ITEMS) return unique.join('; ');
  return `${unique.slice(0, MAX_EVIDENCE_ITEMS).join('; ')}; … (+${unique.length - MAX_EVIDENCE_ITEMS} more)`;
}

/**
 * scoreFindings' marks of the composites a present id triggers: one array, cleared for each message (scoring is synchronous and
 * calls nothing that scores), not a typed array made per message. Grown for a larger table; only its first `length` are read.
 */
let triggeredMarks = new Uint8Array(128);
function triggeredFor(length: number): Uint8Array {
  if (triggeredMarks.length < length) triggeredMarks = new Uint8Array(length);
  return triggeredMarks.fill(0, 0, length);
}

function markTriggered(triggered: Uint8Array, indices: readonly number[] | undefined): void {
  if (indices) for (const index of indices) triggered[index] = 1;
}

const round = (n: number) => Math.round(n * 100) / 100;

/** Highest score first, then by id (a comparator made once, not an arrow per message: NOTES, issue 18, session 21). */
const byScoreThenId = (a: ScoredFinding, b: ScoredFinding): number => b.score - a.score || compareFindingIds(a.id, b.id);

/**
 * A scored finding with the fields the report lists, in its order (id, score, group, class, evidence, data, replacedBy),
 * the optional ones only when set: one object literal per combination. Not a literal of the first three with the others
 * added after: each added field makes a transition map that V8 holds weakly and may drop at a full collection when no
 * finding is alive, deoptimising code compiled for it; a literal's map is held by its boilerplate (NOTES, issue 18,
 * sessions 21 and 23 — session 23's census saw no late recompile here, so this is the safe form, not a measured gain).
 */
function scoredFinding(id: string, score: number, group: string, threat: ThreatClass | undefined, evidence: string, data: Record<string, unknown>[] | undefined, replacedBy: string | undefined): ScoredFinding {
  if (threat) {
    if (data === undefined) return replacedBy === undefined ? { id, score, group, class: threat, evidence } : { id, score, group, class: threat, evidence, replacedBy };
    return replacedBy === undefined ? { id, score, group, class: threat, evidence, data } : { id, score, group, class: threat, evidence, data, replacedBy };
  }
  if (data === undefined) return replacedBy === undefined ? { id, score, group, evidence } : { id, score, group, evidence, replacedBy };
  return replacedBy === undefined ? { id, score, group, evidence, data } : { id, score, group, evidence, data, replacedBy };
}

/**
 * Turns findings into a score and a verdict. An id counts once however often it fires (its evidence
 * lists every occurrence); composites then replace their parts; group caps bound what a group adds.
 * Verdict: malware when the malware class's own points reach `thresholds.malware`, whatever the total; otherwise below
 * `thresholds.spam` the message is clean, and at or above it phishing when that class's points reach its threshold, else spam.
 */
export function scoreFindings(raw: readonly RawFinding[], table: ScoreTable): ScoreResult {
  const byId = new Map<string, RawFinding[]>();
  for (const found of raw) {
    let finding = found;
    if (!table.entries.has(finding.id)) {
      // Cannot happen for a check (the id type is the catalogue's); a stand-in check or a table without the
      // row still must not vanish silently: it is reported as a check error (0 points) with the id named.
      if (!table.entries.has('CHECK_ERROR')) continue;
      finding = { id: 'CHECK_ERROR', evidence: `unknown finding id ${found.id}: ${found.evidence}` };
    }
    const list = byId.get(finding.id);
    if (list) list.push(finding);
    else byId.set(finding.id, [finding]);
  }

  const present = new Set(byId.keys());
  const replacedBy = new Map<string, string>();
  // A composite none of whose triggers is present cannot hold: it is not evaluated (most messages trigger a few of them).
  // A composite that holds is present for those after it, so it marks what it triggers too.
  const { composites, compositesTriggeredBy } = table;
  const triggered = triggeredFor(composites.length);
  for (const id of present) markTriggered(triggered, compositesTriggeredBy.get(id));
  for (let index = 0; index < composites.length; index++) {
    const composite = composites[index]!;
    if (triggered[index] === 0 && composite.triggers !== null) continue;
    if (present.has(composite.entry.id) || !evaluate(composite.expr, present)) continue;
    const parts = composite.replaces.filter((id) => present.has(id));
    const evidence = parts.length ? parts.join(' + ') : composite.entry.composite!.expression;
    byId.set(composite.entry.id, [{ id: composite.entry.id, evidence }]);
    present.add(composite.entry.id);
    markTriggered(triggered, compositesTriggeredBy.get(composite.entry.id));
    for (const id of parts) replacedBy.set(id, composite.entry.id);
  }

  const groupTotals = new Map<string, number>();
  const classScores: Record<ThreatClass, number> = { spam: 0, phishing: 0, malware: 0 };
  const findings: ScoredFinding[] = [];
  let total = 0;
  for (const [id, occurrences] of byId) {
    const entry = table.entries.get(id)!;
    let points = replacedBy.has(id) ? 0 : entry.score;
    if (entry.class && points > 0) classScores[entry.class] += points;
    const cap = table.groups.get(entry.group)?.maxScore;
    if (cap !== undefined && points > 0) {
      const used = groupTotals.get(entry.group) ?? 0;
      points = Math.max(0, Math.min(points, cap - used));
      groupTotals.set(entry.group, used + points);
    }
    total += points;
    const evidence = occurrences.length === 1 ? occurrences[0]!.evidence : joinEvidence(occurrences.map((o) => o.evidence));
    let data: Record<string, unknown>[] | undefined;
    for (const o of occurrences) if (o.data !== undefined) (data ??= []).push(o.data);
    findings.push(scoredFinding(id, round(points), entry.group, entry.class, evidence, data, replacedBy.get(id)));
  }
  findings.sort(byScoreThenId);

  const score = round(total);
  let verdict: Verdict = 'clean';
  if (score >= table.thresholds.spam) {
    verdict = 'spam';
    if (classScores.phishing >= table.thresholds.phishing) verdict = 'phishing';
  }
  // Malware points are about the payload itself (a program, a script, a macro dropper, a download of one): what the other
  // families subtract — the classifier's ham vote on a letter in a language it was not trained on, a sender's good standing —
  // says nothing about the file, so reaching the malware threshold is the verdict even under the spam line (issue 17).
  if (classScores.malware >= table.thresholds.malware) verdict = 'malware';
  return { verdict, score, classScores, findings };
}
