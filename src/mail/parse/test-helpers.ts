import type { ParseOptions } from '../types.js';

/** The configured defaults (src/config/schema.ts limits). */
export const DEFAULT_PARSE_OPTIONS: ParseOptions = {
  maxMessageBytes: 32 * 1024 * 1024,
  maxMimeDepth: 20,
  maxParts: 500,
  maxHeaderBytes: 256 * 1024,
};

/** Builds a message from lines joined with CRLF. */
export function eml(...lines: string[]): Buffer {
  return Buffer.from(lines.join('\r\n'), 'utf8');
}
