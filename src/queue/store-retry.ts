import { StoreError } from '../store/index.js';

/** A store failure that goes away by itself: a dropped connection, a restarting server, a deadlock between two workers' transactions. */
export function isTransientStoreError(err: unknown): boolean {
  if (err instanceof StoreError) return err.kind === 'connection' || err.kind === 'busy';
  const code = (err as { code?: string } | null)?.code;
  return code === '40P01' || code === '40001' || code === '55P03' || code === '57P01';
}

