/**
 * One item from an input source: the raw bytes of a message, or why a file or message could not be read.
 *
 * `source` names where the message came from: a file path; `path#N` for the N-th message (from 1) of an
 * mbox; `stdin` (or `stdin#N`) for standard input. `raw` is freshly allocated for each message and owns
 * its whole ArrayBuffer, so a worker pool can transfer it instead of copying.
 *
 * An oversized message is not an error: `raw` then holds the first `maxMessageBytes + 1` bytes (the
 * parser parses `maxMessageBytes` and records the limit anomaly because there is more) and `fullSize`
 * the real size; the rest is counted, never buffered.
 */
export type SourceItem =
  | { source: string; raw: Uint8Array; fullSize?: number }
  | { source: string; error: string };

export const isSourceError = (item: SourceItem): item is { source: string; error: string } => 'error' in item;
