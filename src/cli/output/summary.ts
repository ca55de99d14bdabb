import { isScanError, type ScanError } from '../../scan/report.js';
import type { Verdict } from '../../score/types.js';

/** Running totals of a batch, for the summary line and the exit code. */
export class BatchSummary {
  readonly verdicts: Record<Verdict, number> = { clean: 0, spam: 0, phishing: 0, malware: 0 };
  errors = 0;
  /** process.hrtime, not performance.now(), which loads node:perf_hooks (src/scan/engine.ts says why). */
  private readonly started = process.hrtime.bigint();

  /** Counts an outcome: a ScanReport, or anything else with its verdict (what a scan pool's render hands back). */
  add(outcome: { verdict: Verdict } | ScanError): void {
    if (isScanError(outcome)) this.errors++;
    else this.verdicts[outcome.verdict]++;
  }

  get scanned(): number {
    return Object.values(this.verdicts).reduce((a, b) => a + b, 0);
  }

  get elapsedSeconds(): number {
    return Number(process.hrtime.bigint() - this.started) / 1e9;
  }

  toJSON() {
    return {
      summary: {
        scanned: this.scanned,
        errors: this.errors,
        verdicts: this.verdicts,
        seconds: Math.round(this.elapsedSeconds * 1000) / 1000,
      },
    };
  }

  format(lang: 'en' | 'ja'): string {
    const rate = this.scanned / Math.max(this.elapsedSeconds, 1e-6);
    const v = this.verdicts;
    if (lang === 'ja') {
      return `${this.scanned} 通を ${this.elapsedSeconds.toFixed(1)} 秒で検査(${rate.toFixed(0)} 通/秒): 正常 ${v.clean}、スパム ${v.spam}、フィッシング ${v.phishing}、マルウェア ${v.malware}、読めなかったもの ${this.errors}`;
    }
    return `scanned ${this.scanned} message${this.scanned === 1 ? '' : 's'} in ${this.elapsedSeconds.toFixed(1)} s (${rate.toFixed(0)}/s): ${v.clean} clean, ${v.spam} spam, ${v.phishing} phishing, ${v.malware} malware; ${this.errors} could not be read`;
  }
}
