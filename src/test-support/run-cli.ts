/**
 * Runs the CLI from the TypeScript sources (`node --import tsx src/test-support/run-cli.ts ARGS…`): what
 * tests spawn when they need the real process (signals, exit codes), without a build.
 */
import { main } from '../cli/main.js';

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`spamlab: internal error: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exitCode = 70;
  },
);
