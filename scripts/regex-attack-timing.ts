/**
 * Times flagged patterns on the analyser's own attack strings, scaled to a given length (default 8 KB and 32 KB):
 *
 *   node --import tsx scripts/regex-attack-timing.ts                 every `pending` entry of the allow-list
 *   node --import tsx scripts/regex-attack-timing.ts --all           every flagged pattern (pending, linear, trusted)
 *   node --import tsx scripts/regex-attack-timing.ts --match neardup entries whose file or source contains the text
 *   node --import tsx scripts/regex-attack-timing.ts --try 'NEW' 'FLAGS' --attack-of 'OLD SOURCE' [--cache-from main]
 *                                                                    a candidate rewrite on the old pattern's attack
 *                                                                    (`--cache-from REV`: the attack from that commit's
 *                                                                    cache, once the old pattern has left this one)
 *
 * The attack is the cached verdict's JavaScript expression (`'p' + 'q'.repeat(643) + 's'`); every `.repeat(N)` is
 * scaled by one factor until the string is the asked length. A global pattern is run to its last match
 * (`matchAll`), as `replace` and loops do; any other once (`exec`). CPU time (process.cpuUsage), fastest of three.
 */
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { REGEX_ALLOW_LIST } from './regex-safety.allow.js';
import { collectPatterns, readCache, type Cache } from './regex-safety.js';

export function attackOfSize(expression: string, size: number): string {
  const at = (k: number): string => (0, eval)(expression.replace(/\.repeat\(\d+\)/g, `.repeat(${k})`)) as string;
  let lo = 1;
  let hi = 1;
  while (at(hi).length < size && hi < 1 << 24) hi *= 2;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at(mid).length < size) lo = mid + 1;
    else hi = mid;
  }
  return at(lo);
}

export function cpuMs(re: RegExp, text: string, runs = 3): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = process.cpuUsage();
    if (re.global) {
      re.lastIndex = 0;
      for (const _ of text.matchAll(re));
    } else re.exec(text);
    const d = process.cpuUsage(t);
    best = Math.min(best, (d.user + d.system) / 1000);
  }
  return best;
}

/** The analyser's attack for a source, from this checkout's cache or an older commit's (a rewritten pattern leaves it). */
export function attackExpression(cache: Cache, source: string): string | undefined {
  for (const v of Object.values(cache)) if (v.source === source && v.attack) return v.attack;
  return undefined;
}

const SIZES = [8192, 32768];
const args = process.argv.slice(2);
const from = args.includes('--cache-from') ? args[args.indexOf('--cache-from') + 1]! : '';
const cache: Cache = from ? (JSON.parse(execFileSync('git', ['show', `${from}:scripts/regex-safety.cache.json`], { encoding: 'utf8', maxBuffer: 1 << 28 })) as Cache) : readCache();
const row = (label: string, re: RegExp, attack: string | undefined): void => {
  if (!attack) return console.log(`${label}\n    no attack string in the cache`);
  const ms = SIZES.map((n) => cpuMs(re, attackOfSize(attack, n)).toFixed(2));
  console.log(`${label}\n    ${SIZES.map((n, i) => `${n / 1024} KB ${ms[i]} ms`).join('   ')}`);
};

if (import.meta.url !== pathToFileURL(process.argv[1] ?? '').href) {
  // imported: the functions only
} else if (args[0] === '--try') {
  const [, source, flags, , of] = args;
  row(`/${source}/${flags}`, new RegExp(source!, flags), attackExpression(cache, of ?? source!));
} else {
  const all = args.includes('--all');
  const match = args.includes('--match') ? args[args.indexOf('--match') + 1]! : '';
  const { sites } = collectPatterns();
  for (const entry of REGEX_ALLOW_LIST) {
    if (!all && entry.kind !== 'pending') continue;
    if (match && !entry.file.includes(match) && !entry.source.includes(match)) continue;
    const site = sites.find((s) => s.file === entry.file && s.source === entry.source);
    if (!site) continue;
    row(`${entry.file}:${site.line} [${entry.kind}] /${entry.source}/${site.flags}`, new RegExp(entry.source, site.flags), attackExpression(cache, entry.source));
  }
}
