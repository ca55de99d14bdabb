import { readFileSync, writeFileSync } from 'node:fs';

/**
 * Peak resident set size of this process in bytes (VmHWM). Worker threads are threads of this process,
 * so their memory is included; no summing over processes is needed (unlike rspamd's or spamd's workers).
 */
export function peakRss(): number {
  const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
  return match ? Number(match[1]) * 1024 : process.resourceUsage().maxRSS * 1024;
}

/** Resets VmHWM to the current RSS (Linux clear_refs 5), so a phase's peak is its own. False if refused. */
export function resetPeakRss(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export const mb = (bytes: number): string => `${(bytes / 1048576).toFixed(0)} MB`;
