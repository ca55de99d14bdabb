/**
 * Replaying and following MTA logs into the monitor: picks the parser by format (given, or guessed from the
 * first lines), reads plain or gzip files in order, and follows growing files across rotation.
 */
import { open, stat } from 'node:fs/promises';
import type { OutboundEvent } from './events/types.js';
import { EximLogParser } from './logs/exim.js';
import { PostfixLogParser, type ParserStats } from './logs/postfix.js';
import { guessFormat, LogFollower, readLogFile } from './logs/read.js';

export type LogFormat = 'postfix' | 'exim';

export interface LogReader {
  line(text: string): void;
  end(): void;
  readonly stats: ParserStats;
}

export interface ReaderOptions {
  format: LogFormat;
  year?: number;
  utcOffsetMinutes?: number;
  source?: string;
}

export function makeParser(emit: (e: OutboundEvent) => void, o: ReaderOptions): LogReader {
  const common = { ...(o.utcOffsetMinutes !== undefined ? { utcOffsetMinutes: o.utcOffsetMinutes } : {}), ...(o.source ? { source: o.source } : {}) };
  return o.format === 'exim'
    ? new EximLogParser(emit, common)
    : new PostfixLogParser(emit, { ...common, ...(o.year !== undefined ? { year: o.year } : {}) });
}

/** The format of a file from its first 50 lines (gzip included), or undefined when it shows neither. */
export async function detectFormat(path: string): Promise<LogFormat | undefined> {
  const lines: string[] = [];
  try {
    await readLogFile(path, (l) => {
      if (lines.length < 50) lines.push(l);
      else throw new StopReading();
    });
  } catch (err) {
    if (!(err instanceof StopReading)) throw err;
  }
  return guessFormat(lines);
}

class StopReading extends Error {}

/** The year of a file's last change: the default year of classic syslog stamps in it. */
export async function fileYear(path: string): Promise<number> {
  return (await stat(path)).mtime.getUTCFullYear();
}

/** Reads a whole file through a parser (the parser keeps state across files: pass rotated files oldest first). */
export async function replayFile(path: string, parser: LogReader): Promise<void> {
  await readLogFile(path, (l) => parser.line(l));
}

export { LogFollower };

/** True when the path can be opened for reading (a clear error message otherwise). */
export async function checkReadable(path: string): Promise<string | undefined> {
  try {
    const fh = await open(path, 'r');
    await fh.close();
    const st = await stat(path);
    if (st.isDirectory()) return `${path}: is a directory`;
    return undefined;
  } catch (err) {
    return `${path}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}`;
  }
}
