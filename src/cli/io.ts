import { ConfigError, defaultConfig, loadConfigFile } from '../config/load.js';
import type { SpamlabConfig } from '../config/schema.js';
import type { CliIo } from './streams.js';

export { OutputWatch, writeWithBackpressure, type CliIo } from './streams.js';

/** The configuration the user named with `-c`, or the built-in defaults; `--lang` overrides the file. */
export function configFromOptions(options: { config?: string; lang?: 'en' | 'ja' }): SpamlabConfig {
  const config = options.config ? loadConfigFile(options.config) : defaultConfig();
  return options.lang ? { ...config, lang: options.lang } : config;
}

/**
 * Like configFromOptions, but a configuration problem is printed (every invalid setting named) and
 * undefined returned, so the command exits with the usage code instead of a stack trace.
 */
export function configOrReport(options: { config?: string; lang?: 'en' | 'ja' }, io: CliIo): SpamlabConfig | undefined {
  try {
    return configFromOptions(options);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    io.stderr.write(`spamlab: ${err.message}\n`);
    return undefined;
  }
}
