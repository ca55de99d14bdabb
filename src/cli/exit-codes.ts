/**
 * Exit codes of the `spamlab` command (documented in the README):
 * 0  the batch was scanned (whatever the verdicts; unreadable items are reported per item)
 * 1  `--fail-on` was given and at least one message reached that verdict
 * 2  usage or configuration error
 * 3  nothing could be scanned: no input found, or every item was unreadable
 * 70 internal error (a bug: please report it)
 * 74 the store failed: full disk, lost database connection, locked or unreadable store (nothing half-written)
 * 141 the reader of the output went away (`spamlab scan … | head`): stopped early and quietly, with the code
 *     a shell gives a program ended by SIGPIPE (128 + 13), so a pipeline under `set -o pipefail` can tell
 */
export const EXIT = {
  ok: 0,
  verdictReached: 1,
  usage: 2,
  nothingScanned: 3,
  internal: 70,
  store: 74,
  outputClosed: 141,
} as const;
