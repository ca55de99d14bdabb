import { readFileSync } from 'node:fs';

/**
 * spamlab's version, from its package.json: the nearest one above this module, which runs from src/cli
 * (tsx), dist/cli (compiled) or dist/bundle (the bundled CLI, where every module shares one directory).
 */
export function packageVersion(): string {
  let url = new URL('./package.json', import.meta.url);
  for (let i = 0; i < 6; i++) {
    url = new URL('../package.json', url);
    try {
      const pkg = JSON.parse(readFileSync(url, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'spamlab' && pkg.version) return pkg.version;
    } catch {
      // Not here: one directory up.
    }
  }
  throw new Error('spamlab: its package.json was not found above the program');
}
