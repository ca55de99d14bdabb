import { builtInDefaults } from '../config/defaults.js';
import type { SpamlabConfig } from '../config/schema.js';
import type { CliIo } from './streams.js';

/**
 * The configuration of a run, like `configOrReport` (./io.ts), for the commands on the per-message start-up
 * path (`spamlab scan` invoked by procmail or a pipe transport): without `-c` the built-in defaults come
 * from ../config/defaults.ts (precomputed in the built CLI), and the YAML reader and the configuration
 * schema (zod) are loaded only when there is a file to read and validate.
 */
export async function configForRun(options: { config?: string; lang?: 'en' | 'ja' }, io: CliIo): Promise<SpamlabConfig | undefined> {
  if (!options.config) {
    const config = builtInDefaults();
    return options.lang ? { ...config, lang: options.lang } : config;
  }
  const { configOrReport } = await import('./io.js');
  return configOrReport(options, io);
}
