import { cpuStopwatch } from './cpu-time.js';

/**
 * How much more CPU `run` takes on a 10× larger input: ~10 when it is linear, ~100 when quadratic. The input of
 * each size is made once, outside the timed runs (building a 300 KB string is itself linear work that a collection
 * can make look slow); the fastest of five runs at each size counts (a collection or a busy neighbour costs a run,
 * never a minimum); a ratio, never an absolute bound: a loaded machine slows both sizes alike. Assert it below ~40.
 */
export function cpuGrowth<T>(make: (size: number) => T, run: (input: T) => void, small = 30_000): number {
  const fastest = (size: number): number => {
    const input = make(size);
    let best = Infinity;
    for (let i = 0; i < 5; i++) {
      const elapsed = cpuStopwatch();
      run(input);
      best = Math.min(best, elapsed());
    }
    return Math.max(best, 0.05);
  };
  fastest(small); // warm-up: the first call compiles
  return fastest(small * 10) / fastest(small);
}
