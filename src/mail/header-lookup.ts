import type { HeaderField, ParsedMessage } from './types.js';

/** The decoded value of the first header field with this name, or undefined. Names are case-insensitive. */
export function headerValue(msg: Pick<ParsedMessage, 'headerIndex'>, name: string): string | undefined {
  return msg.headerIndex.get(name.toLowerCase())?.[0]?.value;
}

/** Every field with this name, in order. */
export function headerFields(msg: Pick<ParsedMessage, 'headerIndex'>, name: string): HeaderField[] {
  return msg.headerIndex.get(name.toLowerCase()) ?? [];
}
