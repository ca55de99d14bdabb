/**
 * Walks a folder of saved WHOIS/RDAP responses (the layout of ../shared/data/whois: `.txt` text
 * responses, optionally with a `.expected` truth file beside them, and `.json` RDAP answers) and
 * scores the parsers against them. Shared by the sample tests and bench/intel.ts.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseRdap } from '../rdap/parse.js';
import { compareCheck, parseExpected } from './expected-file.js';
import { parseWhoisText } from './parse.js';
import { decodeResponse } from './decode.js';

export interface CorpusScore {
  files: number;
  parsed: number;
  /** Files whose parse threw (a bug) — with the message. */
  crashed: { file: string; error: string }[];
  /** RDAP files that are not domain objects (entities, networks, errors): rejected with a reason, not crashes. */
  rejected: { file: string; reason: string }[];
  /** Per compared field: [matched, checked]. */
  fields: Record<string, [number, number]>;
  misses: { file: string; field: string; want: string | null }[];
  bytes: number;
  ms: number;
}

function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) yield* walk(p);
    else yield p;
  }
}

export function scoreCorpus(root: string): CorpusScore {
  const score: CorpusScore = { files: 0, parsed: 0, crashed: [], rejected: [], fields: {}, misses: [], bytes: 0, ms: 0 };
  for (const file of walk(root)) {
    const rel = path.relative(root, file);
    const isJson = file.endsWith('.json');
    if (!isJson && !file.endsWith('.txt')) continue;
    if (isJson && /-expected\.json$/.test(file)) continue; // a redaction tool's expected output, not an answer
    score.files++;
    const bytes = readFileSync(file);
    score.bytes += bytes.length;
    const t0 = performance.now();
    let record;
    try {
      record = isJson ? parseRdap(decodeResponse(bytes)) : parseWhoisText(decodeResponse(bytes));
      score.parsed++;
    } catch (err) {
      const message = (err as Error).message;
      if (isJson && (err as Error).name === 'RdapFormatError') score.rejected.push({ file: rel, reason: message });
      else score.crashed.push({ file: rel, error: message });
      continue;
    } finally {
      score.ms += performance.now() - t0;
    }
    const expected = file.replace(/\.txt$/, '.expected');
    if (isJson || !existsSync(expected)) continue;
    for (const check of parseExpected(readFileSync(expected, 'utf8'))) {
      const ok = compareCheck(record, check);
      if (ok === undefined) continue;
      const s = (score.fields[check.field] ??= [0, 0]);
      s[1]++;
      if (ok) s[0]++;
      else score.misses.push({ file: rel, field: check.field, want: check.value });
    }
  }
  return score;
}
