import type { ParsedMessage, ParseOptions } from '../types.js';

/**
 * Parses one raw RFC 5322 message. Never throws on message content: structural problems become
 * `anomalies`, limits cut parsing short and are recorded as anomalies too.
 */
export function parseMessage(raw: Uint8Array, options: ParseOptions): ParsedMessage {
  // Placeholder until the MIME parser lands (issue 3, in progress): headers only.
  void raw;
  void options;
  throw new Error('parseMessage: not implemented yet');
}
