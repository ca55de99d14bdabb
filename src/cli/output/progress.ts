import type { BatchSummary } from './summary.js';

const REDRAW_MS = 100;

/**
 * A one-line progress indicator on stderr, only when stderr is a terminal (never in pipes or logs).
 * The total is unknown while a directory or mbox is still being read, so it shows counts and rate.
 */
export class Progress {
  private last = 0;
  private drawn = false;

  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly enabled: boolean = stream.isTTY === true,
  ) {}

  update(summary: BatchSummary): void {
    if (!this.enabled) return;
    const now = performance.now();
    if (now - this.last < REDRAW_MS) return;
    this.last = now;
    const rate = summary.scanned / Math.max(summary.elapsedSeconds, 1e-6);
    const v = summary.verdicts;
    this.stream.write(
      `\r\x1b[K${summary.scanned + summary.errors} messages  ${rate.toFixed(0)}/s  clean ${v.clean}  spam ${v.spam}  phishing ${v.phishing}  malware ${v.malware}  errors ${summary.errors}`,
    );
    this.drawn = true;
  }

  /** Erases the line before normal output is written to the same terminal. */
  clear(): void {
    if (this.drawn) this.stream.write('\r\x1b[K');
    this.drawn = false;
  }
}
