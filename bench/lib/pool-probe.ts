/**
 * What the pool probes (bench/o2-probe.ts, bench/flags-ab.ts) share: the product loaded from src/ (through tsx) or from dist/
 * (tsc's output: a deopt trace's positions are real lines), the SA *training* split's every `every`-th message (never the
 * test split the bench measures), pools made as `spamlab scan` makes them, and one pass of those messages through a pool.
 */
import path from 'node:path';
import type * as LoadModule from '../../src/config/load.js';
import type * as SourcesModule from '../../src/mail/sources/index.js';
import type * as RuntimeModule from '../../src/runtime/index.js';
import type * as LinesModule from '../../src/cli/output/human-lines.js';
import type { HumanLine } from '../../src/cli/output/human-lines.js';
import type { ScanPool } from '../../src/scan/pool.js';
import type * as PoolModule from '../../src/scan/pool.js';
import { CORPUS_DATA, readSplit } from './corpus.js';

/** A pool whose workers lay out each result as `spamlab scan`'s human lines (what the bench's passes cross). */
export type ProbePool = ScanPool<HumanLine>;

export interface PoolProbe {
  /** The training messages a pass scans. */
  files: string[];
  /** A pool of the default configuration with `options` (threads, isolated, v8Flags, workers, …) and human output. */
  pool(options: Record<string, unknown>): ProbePool;
  /** Scans every file once through `pool`; the number scanned. A message that fails to scan ends the probe. */
  pass(pool: ProbePool): Promise<number>;
}

export async function poolProbe(dist: boolean, every: number): Promise<PoolProbe> {
  const root = dist ? '../../dist' : '../../src';
  const { defaultConfig } = (await import(`${root}/config/load.js`)) as typeof LoadModule;
  const { openSources } = (await import(`${root}/mail/sources/index.js`)) as typeof SourcesModule;
  const { createScanPool } = (await import(`${root}/runtime/index.js`)) as typeof RuntimeModule;
  const { humanLines } = (await import(`${root}/cli/output/human-lines.js`)) as typeof LinesModule;
  const { scanAll } = (await import(`${root}/scan/pool.js`)) as typeof PoolModule;
  const config = defaultConfig();
  const { maxMessageBytes } = config.limits;
  const files = [...readSplit('train-ham'), ...readSplit('train-spam')].filter((_, i) => i % every === 0).map((n) => path.join(CORPUS_DATA, n));
  return {
    files,
    pool: (options) => createScanPool({ config, ...options } as never, humanLines({ color: false, lang: 'en', verbose: false, quiet: false })),
    async pass(pool) {
      let count = 0;
      for await (const outcome of scanAll(pool, openSources(files, { maxMessageBytes, references: true }))) {
        count++;
        if ((outcome as { result?: unknown }).result === undefined && (outcome as { error?: unknown }).error) throw new Error(String((outcome as { error?: unknown }).error));
      }
      return count;
    },
  };
}
