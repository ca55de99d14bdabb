import type { AuthResolver } from './types.js';

/**
 * A declarative DNS zone for tests and offline replays: `{ 'example.com': { TXT: ['v=spf1 -all'] } }`.
 * Records every query so tests can assert how many lookups happened; a missing name or type rejects with
 * ENOTFOUND / ENODATA as node:dns does. A value of `'TIMEOUT'` for a type rejects with ETIMEOUT.
 * @example
 * const zone = new ZoneResolver({ '_dmarc.example.com': { TXT: ['v=DMARC1; p=reject'] } });
 * await zone.resolve('_dmarc.example.com', 'TXT') // [['v=DMARC1; p=reject']]
 */
export type Zone = Record<string, Partial<Record<string, unknown[] | 'TIMEOUT'>>>;

export class ZoneResolver {
  readonly queries: string[] = [];
  private readonly zone: Zone;

  constructor(zone: Zone) {
    this.zone = Object.fromEntries(Object.entries(zone).map(([k, v]) => [k.toLowerCase().replace(/\.$/, ''), v]));
  }

  /** The resolver function to hand to verification (bound). */
  readonly resolve: AuthResolver = async (name: string, rrtype: string) => {
    const key = name.toLowerCase().replace(/\.$/, '');
    this.queries.push(`${rrtype} ${key}`);
    const entry = this.zone[key];
    if (!entry) throw Object.assign(new Error(`queryTxt ENOTFOUND ${name}`), { code: 'ENOTFOUND' });
    const records = entry[rrtype];
    if (records === 'TIMEOUT') throw Object.assign(new Error(`query ETIMEOUT ${name}`), { code: 'ETIMEOUT' });
    if (!records) throw Object.assign(new Error(`query ENODATA ${name}`), { code: 'ENODATA' });
    // node:dns returns TXT records as arrays of character-strings.
    return rrtype === 'TXT' ? records.map((r) => (Array.isArray(r) ? r : [String(r)])) : records;
  };
}
