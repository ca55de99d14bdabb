/**
 * One scan worker process of ./pool.ts (forked with an IPC channel): builds its own scanner from the setup
 * the pool sends first, then runs the batches the pool posts (tasks.ts's batchRunner) and sends the outcomes
 * of each batch back in one message. It does not publish which task it is on (that would be one IPC message
 * per message): the pool times out a whole batch and re-runs its messages one at a time.
 *
 * Its life belongs to the pool: it ignores SIGINT and SIGTERM (a Ctrl-C reaches the whole process group; the
 * pool finishes or abandons the work and ends its workers itself) and exits when the channel closes (the
 * pool's process ended, however it ended).
 */
import { loadRender, loadScanner } from './pool.js';
import type { FromWorker, ToWorker } from './pool-workers.js';
import { batchRunner, errorText, type BatchMessage } from './tasks.js';

const send = process.send?.bind(process);
if (!send) throw new Error('pool-process runs only as a worker process of the scan pool (forked with an IPC channel)');
const post = (message: FromWorker, then?: () => void): void => {
  send(message, undefined, {}, then ? () => then() : undefined);
};

/** Says why it dies (the pool reports that for the message), then exits; exits anyway if the channel is stuck. */
function die(err: unknown): void {
  post({ type: 'fatal', error: errorText(err) }, () => process.exit(1));
  setTimeout(() => process.exit(1), 1000).unref();
}

process.on('uncaughtException', die);
process.on('SIGINT', () => {});
process.on('SIGTERM', () => {});
process.on('disconnect', () => process.exit(0));

let run: ((batch: BatchMessage) => void) | undefined;
process.on('message', (message: ToWorker) => {
  if (message.type === 'setup') {
    const { config, scannerModule, scannerOptions, render } = message.setup;
    Promise.all([loadScanner(config, scannerModule, scannerOptions), render && loadRender(render.module, render.options)]).then(([scanner, renderReport]) => {
      run = batchRunner(scanner, renderReport, () => {}, (batch, outcomes) => post({ type: 'done', id: batch.id, outcomes }));
      post({ type: 'ready' });
    }, die);
  } else if (message.type === 'batch') {
    // The pool posts batches only after 'ready'.
    run?.(message);
  }
});
