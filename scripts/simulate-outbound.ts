/**
 * Writes a simulated organisation's Postfix log (see src/outbound/simulate) and its ground truth.
 *   node --import tsx scripts/simulate-outbound.ts --out sim.log [--seed 1] [--users 300] [--days 14]
 *        [--start 2026-04-20] [--no-incidents] [--truth truth.json]
 */
import { createWriteStream, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { simulatePostfixLog, type GroundTruth } from '../src/outbound/simulate/index.js';

const { values } = parseArgs({
  options: {
    out: { type: 'string' }, seed: { type: 'string', default: '1' }, users: { type: 'string', default: '300' },
    days: { type: 'string', default: '14' }, start: { type: 'string', default: '2026-04-20' },
    'no-incidents': { type: 'boolean', default: false }, truth: { type: 'string' },
  },
});
if (!values.out) {
  process.stderr.write('usage: simulate-outbound.ts --out FILE [--seed N] [--users N] [--days N] [--start YYYY-MM-DD] [--no-incidents] [--truth FILE]\n');
  process.exit(2);
}
const out = createWriteStream(values.out);
const truth: GroundTruth[] = [];
let lines = 0;
for (const batch of simulatePostfixLog(
  { seed: Number(values.seed), users: Number(values.users), days: Number(values.days), start: values.start, ...(values['no-incidents'] ? { incidents: [] } : {}) },
  truth,
)) {
  if (batch.length === 0) continue;
  lines += batch.length;
  if (!out.write(batch.join('\n') + '\n')) await new Promise<void>((r) => out.once('drain', () => r()));
}
out.end();
await new Promise<void>((r) => out.once('finish', () => r()));
if (values.truth) {
  writeFileSync(values.truth, JSON.stringify(truth.map((t) => ({ kind: t.kind, subject: t.subject, start: new Date(t.start).toISOString(), messages: t.messageTimes.length })), null, 2));
}
process.stderr.write(`wrote ${lines} lines to ${values.out}; ${truth.length} injected incidents\n`);
