#!/usr/bin/env node
// Entry point of the `spamlab` command: runs the bundled CLI (dist/bundle/, built by `npm install` through
// `prepare`: scripts/bundle.mjs says why it is bundled), or tsc's output when a build older than the bundle
// is all there is (a checkout not rebuilt since).
import { existsSync } from 'node:fs';

const bundled = new URL('../dist/bundle/spamlab.js', import.meta.url);
await import(existsSync(bundled) ? bundled.href : new URL('../dist/cli/entry.js', import.meta.url).href);
