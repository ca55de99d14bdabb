import type { SpamlabConfig } from '../../config/schema.js';
import { parseQueueUrl, queueUrlFrom, ScanQueue, type QueueAddress } from '../../queue/index.js';
import type { CliIo } from '../io.js';

export const QUEUE_OPTION_HELP = 'the scan queue: redis://host:port[/db][?prefix=name] (default: queue.url of the configuration, else $SPAMLAB_QUEUE)';

/** The queue address from --queue / the configuration / $SPAMLAB_QUEUE, or a usage error printed. */
export function queueAddressOrReport(option: string | undefined, configured: string, io: CliIo, command: string): QueueAddress | undefined {
  const url = queueUrlFrom(option, configured);
  if (!url) {
    io.stderr.write(`spamlab ${command}: name the queue with --queue redis://host:port (or queue.url in the configuration, or $SPAMLAB_QUEUE)\n`);
    return undefined;
  }
  try {
    return parseQueueUrl(url);
  } catch (err) {
    io.stderr.write(`spamlab ${command}: ${(err as Error).message}\n`);
    return undefined;
  }
}


/** The queue at `address`, once it answers; else why not is printed, the connection closed, and undefined. */
export async function connectQueueOrReport(address: QueueAddress, settings: SpamlabConfig['queue'], io: CliIo, command: string): Promise<ScanQueue | undefined> {
  const queue = new ScanQueue(address, settings);
  try {
    await queue.ping();
    return queue;
  } catch (err) {
    io.stderr.write(`spamlab ${command}: ${(err as Error).message}\n`);
    await queue.close();
    return undefined;
  }
}
