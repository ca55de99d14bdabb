/**
 * What a check reports and what the score table says about it: the innermost shared vocabulary of the
 * scan (checks, the score table, the scan engine and every adapter speak it). No logic, no I/O.
 */

/** The threat a finding points to; the verdict is the most severe class whose threshold is reached. */
export type ThreatClass = 'spam' | 'phishing' | 'malware';

export type Verdict = 'clean' | ThreatClass;

/** Severity order, least to most severe. */
export const VERDICT_SEVERITY: readonly Verdict[] = ['clean', 'spam', 'phishing', 'malware'];

import type { FindingId } from './finding-ids.js';

export type { FindingId } from './finding-ids.js';

/**
 * One signal a check raised. `id` is a stable UPPER_SNAKE name with a family prefix (FROM_, AUTH_, URL_,
 * ATTACH_, CONTENT_, LOOKALIKE_, HDR_, MIME_) that has a row in the score table; ids never change once
 * released because the store, the dashboard and the tests key on them.
 */
export interface Finding {
  id: FindingId;
  /** Short, human-readable evidence: the domain, the decoded token, the file name. Never empty. */
  evidence: string;
  /** Structured evidence for the JSON output (brand, technique, hashes…). */
  data?: Record<string, unknown>;
}

/** Indicators of compromise a check wants reported in the JSON output. */
export interface Iocs {
  urls?: string[];
  domains?: string[];
  ips?: string[];
  hashes?: { name: string; md5: string; sha1: string; sha256: string; size: number }[];
}

/** What a check returns: findings, plus optional IOCs and classification facts. */
export interface CheckOutput {
  findings: Finding[];
  iocs?: Iocs;
  /** Spam categories (health, dating, finance, phishing, malware-lure, …) with their evidence terms. */
  categories?: { name: string; evidence: string[] }[];
  /** Event themes (christmas, new-year, valentine, …) with evidence. */
  themes?: { name: string; evidence: string[]; nearDate?: boolean }[];
}

/** Per-scan context: the same for every check of one scan. */
export interface CheckContext {
  /** The scan's clock (injected: tests fix it). */
  now: Date;
  /** Abort when the per-message time budget runs out; long checks should look at it between steps. */
  signal: AbortSignal;
}

/**
 * One row of the declarative score table (as Rspamd's scores.d): the points a finding id is worth, its
 * group, the threat it indicates and a human explanation in English and Japanese. Checks never hold
 * scores; operators override them in the config (`scores:`).
 */
export interface ScoreEntry {
  id: string;
  /** Points added when the id fires (negative for good signs such as DMARC pass). */
  score: number;
  /** Group name; a group may cap the total its members add (see ScoreGroup). */
  group: string;
  /** Which threat the id indicates; unset for neutral/general evidence that only adds to the total. */
  class?: ThreatClass;
  /** What the finding means and what to do about it, for a person reading the report. */
  description: { en: string; ja: string };
  /**
   * A composite fires when the boolean expression over finding ids holds (`A & (B | !C)`), and then
   * takes the place of the ids in `replaces` (their scores are set to 0), as Rspamd composites do.
   * Exceptions are written this way, not as `if`s inside checks.
   */
  composite?: { expression: string; replaces?: readonly string[] };
}

export interface ScoreGroup {
  name: string;
  /** Most points the group's positive findings may add together. */
  maxScore?: number;
  description: string;
}

export interface Thresholds {
  /** Total score from which a message is at least spam. */
  spam: number;
  /** Points of phishing-class findings that make a spam-level message phishing. */
  phishing: number;
  /** Points of malware-class findings that make a spam-level message malware. */
  malware: number;
}
