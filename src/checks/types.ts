import type { ParsedMessage } from '../mail/types.js';
import type { ScoreEntry } from '../score/types.js';
import type { Services } from '../scan/services.js';
import type { SpamlabConfig } from '../config/schema.js';

/**
 * One signal a check raised. `id` is a stable UPPER_SNAKE name with a family prefix (FROM_, AUTH_, URL_,
 * ATTACH_, CONTENT_, LOOKALIKE_, HDR_, MIME_) that has a row in the score table; ids never change once
 * released because the store, the dashboard and the tests key on them.
 */
export interface Finding {
  id: string;
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
 * A check: a small module with a stable name, a description and a function from a parsed message to
 * findings. It must not throw on any input (a throw is caught, recorded as CHECK_ERROR and the scan goes
 * on), must do no I/O except through the services it was created with, and must be bounded in time.
 */
export interface Check {
  /** Stable module name, `family.name` (e.g. `headers.message-id`). */
  name: string;
  description: string;
  /** Every finding id this check can emit (each must have a score-table row; a test enforces it). */
  emits: readonly string[];
  run(msg: ParsedMessage, ctx: CheckContext): CheckOutput | Promise<CheckOutput>;
}

/** What a family gets when it creates its checks: its configuration and the injected services. */
export interface CheckSetup {
  config: SpamlabConfig;
  services: Services;
}

/** A check family: its checks and the score-table rows of the ids it emits. */
export interface CheckFamily {
  /** Family name, also its folder name under src/checks/. */
  name: string;
  /** Score-table rows for every id this family emits (and composites that involve them). */
  scores: readonly ScoreEntry[];
  /** Builds the family's checks once per process (expensive setup here, not per message). */
  create(setup: CheckSetup): Check[];
}
