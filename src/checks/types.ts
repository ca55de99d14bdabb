import type { FindingId } from '../core/finding-ids.js';
import type { CheckContext, CheckOutput } from '../core/finding.js';
import type { Services } from '../core/services.js';
import type { ParsedMessage } from '../mail/types.js';
import type { ChecksConfig } from './config.js';

export type { CheckContext, CheckOutput, Finding, Iocs } from '../core/finding.js';
export type { Services } from '../core/services.js';

/**
 * A check: a small module with a stable name, a description and a function from a parsed message to
 * findings. It must not throw on any input (a throw is caught, recorded as CHECK_ERROR and the scan goes
 * on), must do no I/O except through the services it was created with, and must be bounded in time.
 */
export interface Check {
  /** Stable module name, `family.name` (e.g. `headers.message-id`). */
  name: string;
  description: string;
  /** Every finding id this check can emit (each has its row in src/rules/findings.ts; a test checks every row is emitted). */
  emits: readonly FindingId[];
  run(msg: ParsedMessage, ctx: CheckContext): CheckOutput | Promise<CheckOutput>;
}

/** What a family gets when it creates its checks: its configuration and the injected services. */
export interface CheckSetup {
  config: ChecksConfig;
  services: Services;
}

/** A check family: its checks (their ids' rows are in the catalogue, src/rules/findings.ts). */
export interface CheckFamily {
  /** Family name, also its folder name under src/checks/. */
  name: string;
  /** Builds the family's checks once per process (expensive setup here, not per message). */
  create(setup: CheckSetup): Check[];
}
