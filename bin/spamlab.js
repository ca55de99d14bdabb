#!/usr/bin/env node
// Entry point of the `spamlab` command: runs the compiled CLI (built by `npm install` through `prepare`).
import { main } from '../dist/cli/main.js';

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`spamlab: internal error: ${err?.stack ?? err}\n`);
    process.exitCode = 70;
  },
);
