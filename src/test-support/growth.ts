import { cpuStopwatch } from './cpu-time.js';

/**
 * How much more CPU `run` takes on a 10× larger input: ~10 when it is linear, ~100 when quadratic. The input of
 * each size is made once, outside the timed runs (building a 300 KB string is itself linear work that a collection
 * can make look slow); the fastest of five runs at each size counts (a collection or a busy neighbour costs a run,
 * never a minimum); a ratio, never an absolute bound: a loaded machine slows both sizes alike. Assert it below ~40.
 *
 * A ratio above 25 — between linear and quadratic — is measured again, up to three times, and the lowest kept: on a
 * machine at load 20+ one measurement of a linear function reached 48 (a sibling hyperthread's work slows one size
 * and not the other, and V8's helper threads count in the process's CPU), while a quadratic one measures ~100 every time, so asking again
 * cannot hide it.
 */
export function cpuGrowth<T>(make: (size: number) => T, run: (input: T) => void, small = 30_000): number {
  const fastest = (input: T): number => {
    let best = Infinity;
    for (let i = 0; i < 5; i++) {
      const elapsed = cpuStopwatch();
      run(input);
      best = Math.min(best, elapsed());
    }
    return Math.max(best, 0.05);
  };
  const smallInput = make(small);
  const largeInput = make(small * 10);
  // Warm-up on both sizes: the first calls compile, and V8 optimises the function on a helper thread whose CPU counts
  // in the process's; started by the large input's runs, that compile would land in the timed large runs only (a linear
  // function read 41.6× at load 15–19 so). Two untimed runs of each size let it finish before anything is timed.
  for (let i = 0; i < 2; i++) {
    run(smallInput);
    run(largeInput);
  }
  let growth = Infinity;
  for (let attempt = 0; attempt < 3 && growth > 25; attempt++) {
    growth = Math.min(growth, fastest(largeInput) / fastest(smallInput));
  }
  return growth;
}
