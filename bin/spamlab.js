#!/usr/bin/env node
// Entry point of the `spamlab` command: runs the bundled CLI (dist/bundle/, built by `npm install` through
// `prepare`: scripts/bundle.mjs says why it is bundled).
import '../dist/bundle/spamlab.js';
