import type { MessageIndexer } from '../store/types.js';
import { trendsIndexer } from '../trends/rollup.js';
import { campaignsIndexer } from '../campaigns/store-index.js';

/**
 * The indexers every path that stores scanned messages passes to `insertBatch` (ingest, the HTTP API,
 * queue workers): trend rollups and campaign clustering, kept in the insert transaction.
 * @example await store.messages.insertBatch({ messages }, { indexers: storeIndexers() });
 */
export function storeIndexers(): MessageIndexer[] {
  return [trendsIndexer(), campaignsIndexer()];
}
