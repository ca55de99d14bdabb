import { createWriteStream } from 'node:fs';

const FROM_LINE = Buffer.from('From bench@example.com Thu Aug 22 13:17:22 2002\n');

/** mboxrd escaping (see src/mail/sources/mbox.ts): one more `>` before every `>*From ` line start. */
export function escapeMboxrd(raw: Uint8Array): Buffer {
  const text = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString('latin1');
  return Buffer.from(text.replace(/^(>*From )/gm, '>$1'), 'latin1');
}

/**
 * Writes an mbox of at least `targetBytes` by repeating `messages` (each with a From line, escaped, and
 * the blank line mbox writers put after a message). Returns the number of messages written.
 */
export async function writeMbox(file: string, messages: Uint8Array[], targetBytes: number): Promise<number> {
  const entries = messages.map((m) => {
    const escaped = escapeMboxrd(m);
    const ending = escaped.at(-1) === 0x0a ? Buffer.from('\n') : Buffer.from('\n\n');
    return Buffer.concat([FROM_LINE, escaped, ending]);
  });
  const out = createWriteStream(file, { highWaterMark: 4 << 20 });
  let written = 0;
  let count = 0;
  while (written < targetBytes) {
    for (const entry of entries) {
      if (!out.write(entry)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
      written += entry.length;
      count++;
      if (written >= targetBytes) break;
    }
  }
  await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
  return count;
}
