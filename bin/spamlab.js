#!/usr/bin/env node
// Entry point of the `spamlab` command. CommonJS (bin/package.json): an ES-module entry costs Node its ESM
// loader and a module wrapper per builtin imported, paid by every run. It runs the bundled CLI (dist/bundle/,
// built by `npm install` through `prepare`; scripts/bundle.mjs says why it is bundled): for `spamlab scan`
// and the top-level help and version, CLIs of their own with a V8 code cache (src/cli/code-cache.ts); for
// the other commands the ESM build; tsc's output when a build older than the bundle is all there is.
'use strict';
const { existsSync } = require('node:fs');
const path = require('node:path');

const bundle = path.join(__dirname, '..', 'dist', 'bundle');
// The command as src/cli/main.ts finds it (the first argument not an option; `help NAME` is NAME's help).
const args = process.argv.slice(2);
const first = args.find((a) => !a.startsWith('-'));
const name = first === 'help' ? args[args.indexOf('help') + 1] : first;
const own = name === 'scan' ? 'scan' : name === undefined ? 'top' : undefined;
const cli = own && path.join(bundle, `cli-${own}.cjs`);
if (cli && existsSync(cli)) {
  const run = require(path.join(bundle, 'code-cache.cjs')).runWithCodeCache(cli);
  // A cache that was missing or unusable (rebuilt bundle, new Node version, other V8 flags) is written anew
  // after this run; the build asks for one always (SPAMLAB_CODE_CACHE=write).
  if (run.state !== 'used' || process.env.SPAMLAB_CODE_CACHE === 'write') process.once('exit', run.writeCache);
} else {
  const esm = path.join(bundle, 'spamlab.js');
  const entry = existsSync(esm) ? esm : path.join(__dirname, '..', 'dist', 'cli', 'entry.js');
  import(require('node:url').pathToFileURL(entry).href);
}
