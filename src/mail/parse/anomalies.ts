import type { ParseAnomaly } from '../types.js';

/** At most this many anomalies of one kind are kept: hostile input must not grow the report without bound. */
export const MAX_ANOMALIES_PER_KIND = 20;

/** Collects anomalies, bounded per kind. */
export class AnomalySink {
  readonly list: ParseAnomaly[] = [];
  private readonly counts = new Map<ParseAnomaly['kind'], number>();

  add(kind: ParseAnomaly['kind'], detail: string, partPath: string): void {
    const count = this.counts.get(kind) ?? 0;
    this.counts.set(kind, count + 1);
    if (count >= MAX_ANOMALIES_PER_KIND) return;
    this.list.push({ kind, detail: detail.length > 200 ? `${detail.slice(0, 200)}…` : detail, partPath });
  }

  has(kind: ParseAnomaly['kind']): boolean {
    return this.counts.has(kind);
  }
}
