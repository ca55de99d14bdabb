import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sharedData } from '../../test-support/shared-data.js';
import { scoreCorpus } from './corpus.js';

/**
 * Every saved response in ../shared/data/whois (weppos, flipbit, RDAP) parses without an exception, and
 * the fields the weppos `.expected` files give agree at least as often as measured when this was
 * written (floors a little under the figures in NOTES.md, so a regression fails and progress does not).
 */
test('every WHOIS/RDAP sample parses; fields match the .expected truth files', (t) => {
  const dir = sharedData(t, 'whois');
  if (!dir) return;
  const s = scoreCorpus(dir);
  assert.ok(s.files > 1500, `found ${s.files} sample files`);
  assert.deepEqual(s.crashed, []);
  // Only RDAP answers that are not domain objects (entity, autnum, network, search, error) are refused.
  for (const r of s.rejected) assert.match(r.reason, /not a domain object/, r.file);
  const share = (field: string) => {
    const [ok, n] = s.fields[field] ?? [0, 0];
    assert.ok(n > 0, `no checks for ${field}`);
    return ok / n;
  };
  const floors: Record<string, number> = {
    domain: 0.95,
    created_on: 0.85,
    updated_on: 0.85,
    expires_on: 0.85,
    'nameservers.name': 0.85,
    'registrar.name': 0.78,
    'registrant_contacts.name': 0.8,
    'registrant_contacts.email': 0.88,
    'registrant_contacts.phone': 0.85,
    'registrant_contacts.organization': 0.75,
    'registrant_contacts.address': 0.72,
    'registrant_contacts.country_code': 0.9,
    'technical_contacts.email': 0.88,
  };
  for (const [field, floor] of Object.entries(floors)) {
    assert.ok(share(field) >= floor, `${field}: ${(share(field) * 100).toFixed(1)} % < ${floor * 100} %`);
  }
});
