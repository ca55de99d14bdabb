/**
 * A stopwatch of CPU time (user + system, every thread of this process, in milliseconds) for cost guards.
 *
 * Tests that hostile input stays bounded measure CPU, not wall time: on a loaded machine wall time stretches
 * many-fold while the work done stays the same, so a wall-clock budget fails for reasons the code under test
 * has nothing to do with, while a super-linear blow-up still shows as CPU. Time-outs (a server that never
 * answers, a check told to stop) are about waiting and keep measuring wall time.
 */
export function cpuStopwatch(): () => number {
  const start = process.cpuUsage();
  return () => {
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1000;
  };
}
