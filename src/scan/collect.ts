/**
 * A full collection, asked for by a scan worker after a large message (tasks.ts's batchRunner). Node gives JavaScript V8's
 * `gc` only under --expose-gc: the flag is set for as long as it takes to make one context that has it (V8 reads it when a
 * context is made), then taken back, so no other context (a worker started later, the scanner's own) sees a `gc`.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let gc: (() => void) | undefined;

export function fullCollection(): void {
  if (gc === undefined) {
    setFlagsFromString('--expose-gc');
    try {
      gc = runInNewContext('gc') as () => void;
    } finally {
      setFlagsFromString('--no-expose-gc');
    }
  }
  gc();
}
