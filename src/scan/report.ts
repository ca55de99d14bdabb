import type { Iocs } from '../checks/types.js';
import type { ScoredFinding } from '../score/score.js';
import type { Verdict } from '../score/types.js';
import type { NetworkInfo } from '../ipinfo/index.js';

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
  /** How the message travelled (envelope, Received chain): what the store indexes besides the headers. */
  delivery?: Delivery;
}

export interface Delivery {
  /** Envelope sender: MAIL FROM when the MTA gave it, else Return-Path ('' for the null sender), else null. */
  mailFrom: string | null;
  /** Envelope recipients: RCPT TO when the MTA gave them, else Delivered-To / X-Original-To. */
  rcptTo: string[];
  cc: string[];
  replyTo: string[];
  /** ISO time of the newest Received header, or null. */
  receivedAt: string | null;
  /** The MTA's client IP, else the first public client IP of the Received chain (newest first), else null. */
  sendingIp: string | null;
  /** The sending IP's network (AS, holder, country) when the operator's IP table knows it. */
  sendingNetwork?: NetworkInfo;
}

/** An item that could not be read or parsed: reported instead of a ScanReport, the batch goes on. */
export interface ScanError {
  source: string;
  error: string;
}

export type ScanOutcome = ScanReport | ScanError;

/** Whether an outcome is an error: of a ScanOutcome, or of what a pool's render made of reports (createScanPool's `render`). */
export const isScanError = <R extends object>(outcome: R | ScanError): outcome is ScanError => 'error' in outcome;
