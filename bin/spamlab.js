#!/usr/bin/env node
// Entry point of the `spamlab` command: runs the compiled CLI (built by `npm install` through `prepare`).
import '../dist/cli/entry.js';
