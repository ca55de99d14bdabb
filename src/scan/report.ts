import type { Iocs } from '../checks/types.js';
import type { ScoredFinding } from '../score/score.js';
import type { Verdict } from '../score/types.js';

/** The result of scanning one message: what `--json` prints (one NDJSON line) and what the store keeps. */
export interface ScanReport {
  /** Where the message came from: a file path, `mbox:offset`, `stdin`, … */
  source: string;
  messageId: string | null;
  /** ISO 8601 Date header, or null when missing/invalid. */
  date: string | null;
  /** The first From address, and its display name ('' when none). */
  from: string | null;
  fromName: string;
  to: string[];
  subject: string;
  verdict: Verdict;
  score: number;
  findings: ScoredFinding[];
  categories: { name: string; evidence: string[] }[];
  themes: { name: string; evidence: string[]; nearDate?: boolean }[];
  iocs: Required<Iocs>;
  /** Raw size in bytes. */
  size: number;
  /** SHA-256 of the raw message: the idempotency key of the store. */
  sha256: string;
  /** Milliseconds spent on parse + checks + scoring. */
  elapsedMs: number;
  /**
   * Near-duplicate fingerprint of the visible body text (MinHash, src/neardup), '' when too short: campaigns
   * compare messages by it without keeping or re-parsing their text.
   */
  fingerprint?: string;
}

/** An item that could not be read or parsed: reported instead of a ScanReport, the batch goes on. */
export interface ScanError {
  source: string;
  error: string;
}

export type ScanOutcome = ScanReport | ScanError;

export const isScanError = (outcome: ScanOutcome): outcome is ScanError => 'error' in outcome;
