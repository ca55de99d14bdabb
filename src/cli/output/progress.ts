import type { BatchSummary } from './summary.js';

const REDRAW_MS = 100;

/**
 * A one-line progress indicator on stderr, only when it is enabled (a terminal; never in pipes or logs):
 * redrawn at most every `redrawMs`, the text built only when it is drawn. Each command says what the line
 * shows; the total is usually unknown while a directory or mbox is still being read, so they show counts
 * and rates.
 */
export class ProgressLine {
  private last = 0;
  private drawn = false;

  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly enabled: boolean = stream.isTTY === true,
    private readonly redrawMs = REDRAW_MS,
  ) {}

  update(text: () => string): void {
    if (!this.enabled) return;
    const now = performance.now();
    if (now - this.last < this.redrawMs) return;
    this.last = now;
    this.stream.write(`\r\x1b[K${text()}`);
    this.drawn = true;
  }

  /** Erases the line before normal output is written to the same terminal. */
  clear(): void {
    if (this.drawn) this.stream.write('\r\x1b[K');
    this.drawn = false;
  }
}

/** `spamlab scan`'s line: messages, rate and verdicts so far. */
export function scanProgressText(summary: BatchSummary): string {
  const rate = summary.scanned / Math.max(summary.elapsedSeconds, 1e-6);
  const v = summary.verdicts;
  return `${summary.scanned + summary.errors} messages  ${rate.toFixed(0)}/s  clean ${v.clean}  spam ${v.spam}  phishing ${v.phishing}  malware ${v.malware}  errors ${summary.errors}`;
}

/** Messages per second since `started` (performance.now() ms). */
export function ratePerSecond(count: number, started: number): number {
  return count / Math.max((performance.now() - started) / 1000, 1e-6);
}
