import { cpuStopwatch } from './cpu-time.js';

/**
 * How much more CPU a function takes on a 10× larger input: ~10 when it is linear, ~100 when quadratic. The
 * fastest of three runs at each size (a collection or a busy neighbour costs a run, never a minimum), and a
 * ratio, never an absolute bound: a loaded machine slows both sizes alike. Assert it below ~40.
 */
export function cpuGrowth(run: (size: number) => void, small = 30_000): number {
  const fastest = (size: number): number => {
    let best = Infinity;
    for (let i = 0; i < 3; i++) {
      const elapsed = cpuStopwatch();
      run(size);
      best = Math.min(best, elapsed());
    }
    return Math.max(best, 0.05);
  };
  fastest(small); // warm-up: the first call compiles
  return fastest(small * 10) / fastest(small);
}
