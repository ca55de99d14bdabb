/** The threat a finding points to; the verdict is the most severe class whose threshold is reached. */
export type ThreatClass = 'spam' | 'phishing' | 'malware';

export type Verdict = 'clean' | ThreatClass;

/** Severity order, least to most severe. */
export const VERDICT_SEVERITY: readonly Verdict[] = ['clean', 'spam', 'phishing', 'malware'];

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
