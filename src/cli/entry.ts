import { EXIT } from './exit-codes.js';
import { main } from './main.js';

/**
 * The `spamlab` process: runs the CLI on the process's own streams and sets the exit code
 * (bin/spamlab.js loads the compiled copy of this module; tests spawn it under tsx).
 */
main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`spamlab: internal error: ${(err as Error)?.stack ?? String(err)}\n`);
    process.exitCode = EXIT.internal;
  },
);
