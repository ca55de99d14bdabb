/**
 * The built-in defaults (no configuration file), as the start-up path of `spamlab scan` asks for them. Under
 * tsx (tests, benches) they are computed from the schema here; the built CLI (scripts/bundle.mjs) replaces
 * this module with the same value computed at build time from this very function, so a mail filter that runs
 * `spamlab scan` per message does not load zod and every family's schema to compute it again each time.
 */
import { resolveConfig } from './load.js';
import type { SpamlabConfig } from './schema.js';

/** A fresh copy of the built-in defaults (callers may change it). */
export function builtInDefaults(): SpamlabConfig {
  return resolveConfig({});
}
