#!/usr/bin/env node
// Entry point of the `spamlab` command: runs the bundled CLI (dist/bundle/, built by `npm install` through
// `prepare`: scripts/bundle.mjs says why it is bundled) — for `spamlab scan` its own CommonJS build with a V8
// code cache (src/cli/code-cache.ts) — or tsc's output when a build older than the bundle is all there is (a
// checkout not rebuilt since).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const bundled = new URL('../dist/bundle/spamlab.js', import.meta.url);
const require = createRequire(import.meta.url);
if (process.argv[2] === 'scan' && existsSync(new URL('../dist/bundle/cli-scan.cjs', import.meta.url))) {
  const { runWithCodeCache } = require('../dist/bundle/code-cache.cjs');
  const run = runWithCodeCache(require.resolve('../dist/bundle/cli-scan.cjs'));
  // A cache that was missing or unusable (rebuilt bundle, new Node version) is written anew after this run;
  // the build asks for one always (SPAMLAB_CODE_CACHE=write).
  if (run.state !== 'used' || process.env.SPAMLAB_CODE_CACHE === 'write') process.once('exit', run.writeCache);
} else {
  await import(existsSync(bundled) ? bundled.href : new URL('../dist/cli/entry.js', import.meta.url).href);
}
