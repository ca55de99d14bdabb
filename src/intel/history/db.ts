/**
 * What the intel tables need of the store (src/store/types.ts): SQL with `?` placeholders,
 * transactions and module migrations. Any `Store` is an IntelDb.
 */
import type { Store } from '../../store/types.js';

export type { SqlExecutor, ModuleMigrations } from '../../store/types.js';
export type IntelDb = Pick<Store, 'dialect' | 'all' | 'get' | 'run' | 'transaction' | 'migrate'>;
