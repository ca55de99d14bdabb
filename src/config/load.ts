import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { configSchema, type SpamlabConfig } from './schema.js';

/** A configuration problem, with every invalid setting named; the CLI prints it and exits with code 2. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** Validates a plain object (from YAML, JSON or code) into a full configuration with defaults filled in. */
export function resolveConfig(input: unknown, origin = 'configuration'): SpamlabConfig {
  const result = configSchema.safeParse(input ?? {});
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const where = issue.path.length ? issue.path.join('.') : '(top level)';
    return `  - ${where}: ${issue.message}`;
  });
  throw new ConfigError(`invalid ${origin}:\n${problems.join('\n')}`);
}

/** The built-in defaults: spamlab runs with no configuration file at all. */
export function defaultConfig(): SpamlabConfig {
  return resolveConfig({});
}

/**
 * Reads a YAML (or JSON, which is YAML) configuration file.
 * @example loadConfigFile('spamlab.yaml').limits.maxMimeDepth
 */
export function loadConfigFile(path: string): SpamlabConfig {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw new ConfigError(`cannot read configuration file ${path}: ${(err as Error).message}`);
  }
  // A program or an image given by mistake (-c /bin/ls): say so, never echo its bytes into the terminal.
  let text: string;
  try {
    if (bytes.includes(0)) throw new Error('NUL byte');
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ConfigError(`configuration file ${path} is not a readable YAML/text configuration (it holds binary data)`);
  }
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (err) {
    // The YAML error quotes the offending line: keep it short and printable.
    const message = (err as Error).message.replace(/[\x00-\x08\x0b-\x1f\x7f]/g, '?').slice(0, 500);
    throw new ConfigError(`configuration file ${path} is not valid YAML: ${message}`);
  }
  return resolveConfig(data, `configuration file ${path}`);
}
