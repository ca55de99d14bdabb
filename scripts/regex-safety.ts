/**
 * The regular-expression safety lint (run by src/regex-safety.test.ts in `npm test`): every regular-expression
 * literal of the product code (src/**, less tests, test-support/ and fixtures/), and every `RegExp(…)` whose
 * source and flags fold to constants (string literals, String.raw without holes, templates and `+` over
 * same-file `const` strings, `X.source` of a same-file literal), is analysed by recheck (MIT; ReDoS checker,
 * https://makenowjust-labs.github.io/recheck/): its automaton checker decides super-linear backtracking
 * statically; patterns it cannot model (look-behind, back-references, large counted repeats) go to its fuzz
 * checker, made deterministic here (fixed seed, no time-outs: every bound is a count of characters read).
 *
 * Results are cached in scripts/regex-safety.cache.json, keyed by the analyser's version, its parameters, the
 * source and the flags: a cached verdict is the verdict a fresh run gives, so the test is fast and the same on
 * every machine. A pattern not in the cache is analysed on the spot (seconds each); `--update` writes the cache.
 *
 *   node --import tsx scripts/regex-safety.ts            # report every flagged pattern
 *   node --import tsx scripts/regex-safety.ts --update   # analyse what the cache lacks, drop stale entries
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { REGEX_ALLOW_LIST } from './regex-safety.allow.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CACHE_FILE = path.join(ROOT, 'scripts', 'regex-safety.cache.json');

/** One pattern where it is written. */
export interface PatternSite {
  file: string;
  line: number;
  source: string;
  flags: string;
}

/** What the analyser says of one source and flags (the fields kept in the cache). */
export interface Verdict {
  status: 'safe' | 'vulnerable' | 'unknown';
  checker?: string;
  /** "linear", "2nd degree polynomial", "exponential", … */
  complexity?: string;
  /** A JavaScript expression of an attack string (vulnerable only). */
  attack?: string;
  /** Why the analysis gave no answer (unknown only). */
  error?: string;
}

/**
 * The analyser's parameters. Deterministic verdicts: no wall-clock time-out inside the checkers (null),
 * recall validation (a timed re-run) off, a fixed seed; the fuzz checker's attack strings up to 30,000
 * characters, and an attack that makes the matcher read over 10^8 characters for them (≥ ~3,300 per input
 * character: quadratic at that size, never a linear pattern) proves the pattern super-linear. One wall-clock
 * bound stays, 30 s for the whole analysis of a pattern (the automaton checker ran for minutes on a few): its
 * only possible answer is `unknown`, which fails like `vulnerable` — it can never pass a pattern — and the
 * cache keeps verdicts, so the test's answer for a cached pattern never depends on the machine.
 */
export const PARAMS = {
  timeout: 30_000,
  incubationTimeout: null,
  attackTimeout: null,
  seedingTimeout: null,
  recallTimeout: -1,
  randomSeed: 0,
  maxAttackStringSize: 30_000,
  attackLimit: 100_000_000,
} as const;

const require = createRequire(import.meta.url);

/**
 * The analyser the cache was made with (a devDependency, major pinned in package.json). Only a pattern missing
 * from the cache loads it, so the test runs from the cache alone; a different installed version refuses to mix
 * its verdicts into this cache.
 */
export const ANALYSER_VERSION = '4.5.0';

export function analyserVersion(): string {
  return ANALYSER_VERSION;
}

function installedAnalyser(): string {
  let file: string;
  try {
    file = require.resolve('recheck/package.json');
  } catch {
    throw new Error('regex-safety: a pattern is not in the cache and the analyser is not installed: `npm install` (recheck is a devDependency), then `node --import tsx scripts/regex-safety.ts --update`');
  }
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

export function cacheKey(source: string, flags: string, version = analyserVersion()): string {
  return createHash('sha256').update(JSON.stringify([version, PARAMS, METHOD, source, analysedFlags(flags)])).digest('hex').slice(0, 32);
}

/** Changes when the way a pattern is prepared or a checker chosen changes (it is part of the cache key). */
const METHOD = 'shrink-counts-3; automaton unless look-around or back-reference, or when it gives no answer; then fuzz';

/**
 * Shrinks counted repeats to at most 3 (`{1,253}` → `{1,3}`, `{64}` → `{3}`, `{5,}` → `{3,}`): the automaton
 * checker unrolls a count into that many copies, which made one domain pattern's analysis run for minutes, while a
 * bounded repeat never makes backtracking grow faster with the input (it costs a constant factor): the verdict
 * depends on the unbounded repeats and on how they overlap, which shrinking keeps (a count of 2 or 3 stays ≥ 2).
 */
export function shrinkCounts(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      out += source.slice(i, i + 2);
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      out += c;
      continue;
    }
    if (c === '[') {
      inClass = true;
      out += c;
      continue;
    }
    const m = c === '{' && i > 0 ? /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i)) : null;
    if (m) {
      const lo = Math.min(Number(m[1]), 3);
      const hi = m[2] === undefined ? '' : m[3] === '' ? ',' : `,${Math.max(lo, Math.min(Number(m[3]), 3))}`;
      out += `{${lo}${hi}}`;
      i += m[0].length - 1;
      continue;
    }
    out += c;
  }
  return out;
}

/** Look-around and back-references are beyond the automaton checker: those patterns go to the fuzz checker. */
export function needsFuzz(source: string): boolean {
  return /\(\?<?[=!]|\\[1-9]|\\k</.test(source);
}

/** `g` and `d` change what a match returns, not how it is searched for. */
function analysedFlags(flags: string): string {
  return flags.replace(/[gd]/g, '');
}

let recheck: { checkSync(source: string, flags: string, params: object): Record<string, unknown> } | undefined;

/**
 * Runs the analyser: its automaton checker first; for look-around, back-references, or when the automaton
 * gives no answer within the bound (a long alternation of words ran past 30 s), its fuzz checker. recheck runs
 * its native build when installed (its optional dependency recheck-linux-x64: ~10× faster than the
 * pure-JavaScript build it falls back to; the same Scala code, so the same verdicts).
 */
export function analyse(source: string, flags: string): Verdict {
  const first = needsFuzz(source) ? undefined : check(source, flags, 'automaton');
  return first && first.status !== 'unknown' ? first : check(source, flags, 'fuzz');
}

function check(source: string, flags: string, checker: 'automaton' | 'fuzz'): Verdict {
  if (!recheck) {
    const installed = installedAnalyser();
    if (installed !== ANALYSER_VERSION) throw new Error(`regex-safety: the cache is of recheck ${ANALYSER_VERSION}, recheck ${installed} is installed: change ANALYSER_VERSION and run --update`);
    recheck = require('recheck') as typeof recheck;
  }
  const d = recheck!.checkSync(shrinkCounts(source), analysedFlags(flags), { ...PARAMS, checker }) as {
    status: Verdict['status'];
    checker?: string;
    complexity?: { summary: string };
    attack?: { pattern: string };
    error?: { kind: string; message?: string };
  };
  const verdict: Verdict = { status: d.status };
  if (d.checker) verdict.checker = d.checker;
  if (d.complexity) verdict.complexity = d.complexity.summary;
  if (d.attack) verdict.attack = d.attack.pattern;
  if (d.error) verdict.error = d.error.message ? `${d.error.kind}: ${d.error.message}` : d.error.kind;
  return verdict;
}

export type Cache = Record<string, Verdict & { source: string; flags: string }>;

export function readCache(): Cache {
  return existsSync(CACHE_FILE) ? (JSON.parse(readFileSync(CACHE_FILE, 'utf8')) as Cache) : {};
}

export function writeCache(cache: Cache): void {
  const sorted = Object.fromEntries(Object.entries(cache).sort(([a], [b]) => (a < b ? -1 : 1)));
  writeFileSync(CACHE_FILE, `${JSON.stringify(sorted, null, 1)}\n`);
}

/** Product source files under src/ (tests, test-support/ and fixtures/ excluded: they never see mail). */
export function productFiles(dir = path.join(ROOT, 'src')): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'test-support' && entry.name !== 'fixtures') out.push(...productFiles(full));
    } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') && !entry.name.endsWith('.d.ts')) out.push(full);
  }
  return out.sort();
}

/** Every pattern of the files, and the `RegExp(…)` calls whose source or flags do not fold to a constant. */
export function collectPatterns(files = productFiles()): { sites: PatternSite[]; dynamic: { file: string; line: number; text: string }[] } {
  const sites: PatternSite[] = [];
  const dynamic: { file: string; line: number; text: string }[] = [];
  for (const full of files) {
    const file = path.relative(ROOT, full);
    const sf = ts.createSourceFile(file, readFileSync(full, 'utf8'), ts.ScriptTarget.Latest, true);
    const consts = new Map<string, ts.Expression>();
    const gather = (node: ts.Node): void => {
      if (ts.isVariableStatement(node) && node.declarationList.flags & ts.NodeFlags.Const) {
        for (const d of node.declarationList.declarations) if (ts.isIdentifier(d.name) && d.initializer) consts.set(d.name.text, d.initializer);
      }
      ts.forEachChild(node, gather);
    };
    gather(sf);
    const fold = (e: ts.Expression, depth = 0): string | undefined => {
      if (depth > 20) return undefined;
      if (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isSatisfiesExpression(e)) return fold(e.expression, depth + 1);
      if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return e.text;
      if (ts.isTemplateExpression(e)) {
        let text = e.head.text;
        for (const span of e.templateSpans) {
          const part = fold(span.expression, depth + 1);
          if (part === undefined) return undefined;
          text += part + span.literal.text;
        }
        return text;
      }
      if (ts.isTaggedTemplateExpression(e) && e.tag.getText(sf) === 'String.raw') {
        const t = e.template;
        if (ts.isNoSubstitutionTemplateLiteral(t)) return t.rawText ?? t.text;
        let text = t.head.rawText ?? t.head.text;
        for (const span of t.templateSpans) {
          const part = fold(span.expression, depth + 1);
          if (part === undefined) return undefined;
          text += part + (span.literal.rawText ?? span.literal.text);
        }
        return text;
      }
      if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken) {
        const a = fold(e.left, depth + 1);
        const b = a === undefined ? undefined : fold(e.right, depth + 1);
        return a === undefined || b === undefined ? undefined : a + b;
      }
      if (ts.isIdentifier(e)) {
        const init = consts.get(e.text);
        return init ? fold(init, depth + 1) : undefined;
      }
      if (ts.isPropertyAccessExpression(e) && e.name.text === 'source' && ts.isIdentifier(e.expression)) {
        const init = consts.get(e.expression.text);
        if (init && ts.isRegularExpressionLiteral(init)) return splitLiteral(init.text).source;
      }
      return undefined;
    };
    const visit = (node: ts.Node): void => {
      const line = (): number => sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        sites.push({ file, line: line(), ...splitLiteral((node as ts.RegularExpressionLiteral).text) });
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp' && node.arguments?.length) {
        const source = fold(node.arguments[0]!);
        const flags = node.arguments[1] ? fold(node.arguments[1]) : '';
        if (source !== undefined && flags !== undefined) sites.push({ file, line: line(), source, flags });
        else dynamic.push({ file, line: line(), text: node.getText(sf).replace(/\s+/g, ' ').slice(0, 100) });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return { sites, dynamic };
}

function splitLiteral(text: string): { source: string; flags: string } {
  const end = text.lastIndexOf('/');
  return { source: text.slice(1, end), flags: text.slice(end + 1) };
}

/**
 * A flagged pattern that stays: where, what, and why. `linear`: the written argument why it is linear where it
 * is used (its input is bounded by a limit, or cut so that every start succeeds). `trusted`: it reads only the
 * operator's own files or this program's own strings, never mail or the network. `pending`: super-linear on
 * attacker text and not yet rewritten (what it costs, whose file): the list can only shrink — a new flagged
 * pattern fails, and so does an entry that no longer matches (fixed or changed).
 */
export interface AllowEntry {
  file: string;
  source: string;
  kind: 'linear' | 'trusted' | 'pending';
  why: string;
}

/**
 * Known answers, analysed (and cached) with every run: the lint fails if the analyser stops seeing session 11's
 * exponential pattern (a 688-byte message held a worker for 68 s) or a quadratic one, or starts flagging a
 * linear one, look-behind included.
 */
export const KNOWN_ANSWERS: readonly { source: string; flags: string; status: Verdict['status']; complexity: string }[] = [
  { source: String.raw`^(<!--[\s\S]*?-->\s*)*<!doctype html`, flags: 'i', status: 'vulnerable', complexity: 'exponential' },
  { source: String.raw`\s*([.@])\s*`, flags: 'g', status: 'vulnerable', complexity: '2nd degree polynomial' },
  { source: String.raw`(\d+)\s+\d+\s+obj\b`, flags: 'g', status: 'vulnerable', complexity: '2nd degree polynomial' },
  { source: String.raw`^\s*https?:`, flags: 'i', status: 'safe', complexity: 'linear' },
  { source: String.raw`(?<![\d\s])(\d+)\s+\d+\s+obj\b`, flags: 'g', status: 'safe', complexity: 'safe (fuzz)' },
];

export interface LintResult {
  sites: PatternSite[];
  dynamic: { file: string; line: number; text: string }[];
  /** Flagged (vulnerable or unknown) and not allowed: each is a failure. */
  failures: { site: PatternSite; verdict: Verdict }[];
  /** Flagged and allowed. */
  allowed: { site: PatternSite; verdict: Verdict; kind: AllowEntry['kind']; why: string }[];
  /** Allow-list entries that match no flagged pattern (stale: the pattern changed or went). */
  unusedAllowances: AllowEntry[];
  /** The analyser's answers on KNOWN_ANSWERS. */
  known: ((typeof KNOWN_ANSWERS)[number] & { got: Verdict })[];
  /** Patterns analysed now because the cache lacked them. */
  analysedNow: number;
  cache: Cache;
}

export function lint(options: { allow?: readonly AllowEntry[]; onProgress?: (done: number, total: number) => void; onAnalysed?: (cache: Cache) => void; cachedOnly?: boolean } = {}): LintResult {
  const allow = options.allow ?? REGEX_ALLOW_LIST;
  const { sites, dynamic } = collectPatterns();
  const cache = readCache();
  const version = analyserVersion();
  const fresh: Cache = {};
  let analysedNow = 0;
  const verdictOf = (source: string, flags: string): Verdict => {
    const key = cacheKey(source, flags, version);
    const known = cache[key];
    if (known) {
      fresh[key] = known;
      return known;
    }
    analysedNow++;
    if (options.cachedOnly) return { status: 'safe', complexity: 'not in the cache (--cached)' };
    const v = { source, flags, ...analyse(source, flags) };
    cache[key] = v;
    fresh[key] = v;
    options.onAnalysed?.(cache);
    return v;
  };
  const known = KNOWN_ANSWERS.map((k) => ({ ...k, got: verdictOf(k.source, k.flags) }));
  const failures: LintResult['failures'] = [];
  const allowed: LintResult['allowed'] = [];
  const used = new Set<AllowEntry>();
  sites.forEach((site, i) => {
    options.onProgress?.(i, sites.length);
    const verdict = verdictOf(site.source, site.flags);
    if (verdict.status === 'safe') return;
    const entry = allow.find((a) => a.file === site.file && a.source === site.source);
    if (entry) {
      used.add(entry);
      allowed.push({ site, verdict, kind: entry.kind, why: entry.why });
    } else failures.push({ site, verdict });
  });
  return { sites, dynamic, failures, allowed, unusedAllowances: allow.filter((a) => !used.has(a)), analysedNow, cache: fresh, known };
}

export function describe(site: PatternSite, verdict: Verdict): string {
  const what = verdict.status === 'vulnerable' ? `${verdict.complexity} (${verdict.checker}); attack: ${verdict.attack}` : `no verdict: ${verdict.error}`;
  return `${site.file}:${site.line} /${site.source}/${site.flags} — ${what}`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const update = process.argv.includes('--update');
  const result = lint({
    cachedOnly: process.argv.includes('--cached'),
    onProgress: (done, total) => process.stderr.write(`${done}/${total}\r`),
    // Kept as it grows: an interrupted update loses nothing (stale entries go at the end).
    onAnalysed: (cache) => update && writeCache(cache),
  });
  if (update) writeCache(result.cache);
  for (const f of result.failures) console.log(`FLAGGED ${describe(f.site, f.verdict)}`);
  for (const a of result.allowed) console.log(`allowed ${describe(a.site, a.verdict)}\n        ${a.kind}: ${a.why}`);
  for (const u of result.unusedAllowances) console.log(`STALE allowance ${u.file} /${u.source}/`);
  for (const d of result.dynamic) console.log(`not analysed (built at run time) ${d.file}:${d.line} ${d.text}`);
  console.log(`${result.sites.length} patterns (${new Set(result.sites.map((s) => `${s.source}/${s.flags}`)).size} distinct), ${result.failures.length} flagged, ${result.allowed.length} allowed, ${result.dynamic.length} built at run time; ${result.analysedNow} analysed now${update ? ', cache written' : ''}`);
  process.exitCode = result.failures.length > 0 || result.unusedAllowances.length > 0 ? 1 : 0;
}
