/**
 * Waits for a long-running command's end: the first SIGTERM or SIGINT (its name is returned), or `other`
 * when it resolves first (a worker's queue drained). The signal listeners are removed either way, so a
 * second signal can be given its own meaning (stop at once).
 * @example const reason = await untilStopped(process); // 'SIGTERM'
 */
export function untilStopped(signals: NodeJS.EventEmitter, other?: Promise<string>): Promise<string> {
  return new Promise<string>((resolve) => {
    const finish = (reason: string) => {
      signals.off('SIGTERM', finish);
      signals.off('SIGINT', finish);
      resolve(reason);
    };
    signals.on('SIGTERM', finish);
    signals.on('SIGINT', finish);
    void other?.then(finish);
  });
}
