// Part of `npm run build` (after tsc and write-cli-summary.mjs): bundles the CLI into dist/bundle/, the
// program bin/spamlab.js runs. Why: a mail filter invoked per message (procmail, a pipe transport) pays
// start-up on every message, and most of it was Node resolving, reading and linking ~400 modules one file
// at a time (and lexing each CommonJS dependency for its exports). esbuild puts them in a few files:
// - entries: spamlab.js (the CLI), pool-worker.js, pool-process.js, scanner-module.js, json-lines.js and human-lines.js
//   (what a scan worker loads; src/scan/pool.ts, src/runtime/pool.ts and src/cli/output/{json,human}-lines.ts find them
//   beside themselves, so every file is in one folder);
// - each command's module stays a lazily loaded chunk (src/cli/commands/index.ts), shared code is split out;
// - dependencies with native code, workers of their own or files read by path (better-sqlite3, pg, pino,
//   mailauth, the HTTP server's, the queue's) stay ordinary imports from node_modules.
// `spamlab scan` of one message (what a mail filter runs per message) and the top-level help and version have CLIs of their
// own: cli-scan.cjs (the CLI with only the scan command, and the in-process scanner) and cli-top.cjs (no
// command), CommonJS files run by bin/spamlab.js through src/cli/code-cache.ts with a V8 code cache beside
// each (written here after running them): ESM in Node 20 cannot use a code cache, and parsing and compiling
// the modules was the largest part of a one-message scan's start-up. Every other command, and worker
// threads, load the ESM build.
// Modules replaced by their value, computed here from the compiled modules of the same sources
// (dist/, written by tsc just before): src/config/defaults.ts (the built-in configuration, which otherwise
// costs building every family's zod schema), src/brands/defaults.ts (the shipped brands, otherwise
// validated with zod at every start), src/lookalike/confusables.ts (the UTS-39 table as two strings,
// otherwise parsed from unhomoglyph's JSON), src/brands/ascii-facts.ts and src/score/precompiled.ts (the shipped
// catalogue's composites compiled). The values must survive JSON unchanged, or the build fails.
// Also for start-up (each below says why): regular expressions' Unicode property escapes written out as ranges,
// the entity tables of `entities` and tldts' derived trie tables decoded by Buffer, and beside the bundle the
// sender family's tables, the content family's term index and the shipped model gunzipped.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import vm from 'node:vm';
import { build } from 'esbuild';
import ts from 'typescript';

const OUT = new URL('../dist/bundle/', import.meta.url);
const dist = (p) => new URL(`../dist/${p}`, import.meta.url).href;

/** JavaScript text of a value, checked to come back identical from JSON (no undefined, Infinity, Map…). */
function asJsonText(value, what) {
  const text = JSON.stringify(value);
  if (!isDeepStrictEqual(JSON.parse(text), value)) throw new Error(`bundle: ${what} does not survive JSON unchanged; it cannot be precomputed`);
  return JSON.stringify(text);
}

const { builtInDefaults } = await import(dist('config/defaults.js'));
// The content family's term index key, for the rows built into the bundle (src/checks/content/match.ts, categoryAndThemeIndexKey).
const { categoryAndThemeIndexKey } = await import(dist('checks/content/match.js'));
const TERM_INDEX_KEY = { __SPAMLAB_TERM_INDEX_KEY__: JSON.stringify(categoryAndThemeIndexKey()) };
const { defaultBrands } = await import(dist('brands/defaults.js'));
const { confusableText } = await import(dist('lookalike/confusables.js'));
const { asciiCharFacts, foldBrandText, foldBrandWords } = await import(dist('brands/normalize.js'));
const { CATALOGUE, compiledComposites } = await import(dist('score/table.js'));
// The shipped brands and the confusables table are written inside the function that returns them, not as a module-level
// constant: a one-message scan with the precomputed sender tables calls neither (nor does the code cache's training run), and
// a constant's string is made when its module loads, so both texts (~80 K characters, two-byte) were in the code cache and
// deserialised at every start. A function's literals are compiled only when it is first called. NOTES.md, session 48, start48.
const precomputed = {
  'config/defaults.ts': `const TEXT = ${asJsonText(builtInDefaults(), 'the built-in configuration')};\nexport function builtInDefaults() { return JSON.parse(TEXT); }\n`,
  'brands/defaults.ts': `let brands;\nexport function defaultBrands() { return (brands ??= JSON.parse(${asJsonText(defaultBrands(), 'the shipped brands')})); }\n`,
  'lookalike/confusables.ts': `let table;\nexport function confusableText() { return (table ??= ${JSON.stringify(confusableText())}); }\n`,
  'brands/ascii-facts.ts': `const FACTS = ${JSON.parse(asJsonText(asciiCharFacts(), 'the brand fold of ASCII'))};\nexport function precomputedAsciiFacts() { return FACTS; }\n`,
  // The shipped catalogue's composites as the score table compiles them (src/score/precompiled.ts says why).
  'score/precompiled.ts': `let made;\nexport function precompiledComposites() { return (made ??= new Map(JSON.parse(${asJsonText(compiledComposites(CATALOGUE, builtInDefaults().thresholds), 'the compiled composites')}))); }\n`,
};

/** Serves the precomputed modules in place of their sources. */
const precomputedModules = {
  name: 'precomputed-modules',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]((config|brands)[\\/]defaults|lookalike[\\/]confusables|brands[\\/]ascii-facts|score[\\/]precompiled)\.ts$/ }, (args) => {
      const key = args.path.replace(/\\/g, '/').split('/src/').at(-1);
      return { contents: precomputed[key], loader: 'js' };
    });
  },
};

/**
 * Leaves one command module (or none: `name` undefined) in src/cli/commands/index.ts: the build of one
 * command's own CLI file (without any, the CLI has only the top-level help and version, from the summary).
 */
function onlyCommand(name) {
  return {
    name: `only-command-${name ?? 'none'}`,
    setup(b) {
      b.onLoad({ filter: /[\\/]src[\\/]cli[\\/]commands[\\/]index\.ts$/ }, (args) => {
        const lines = readFileSync(args.path, 'utf8').split('\n');
        const wanted = (line) => name !== undefined && line.startsWith(`  { names: ['${name}'],`);
        const kept = lines.filter((line) => !line.startsWith('  { names: [') || wanted(line));
        if (lines.length - kept.length < 2 || (name !== undefined && !kept.some(wanted))) {
          throw new Error(`bundle: src/cli/commands/index.ts no longer lists its modules as this script expects`);
        }
        return { contents: kept.join('\n'), loader: 'ts' };
      });
    },
  };
}

/**
 * Node's own modules, loaded on first use instead of when the module importing them starts: a one-message
 * scan imports http, https, dns, worker_threads, child_process… (link following, DNS checks, the worker pool,
 * ClamAV) that it never calls, and loading them cost ~15 % of its start-up. Each becomes an object whose
 * properties (the module's, listed here at build time) load the module when first read. Only for the
 * CommonJS CLI (ESM imports of builtins are bound at link time).
 */
const LAZY_BUILTINS = ['async_hooks', 'child_process', 'dgram', 'dns', 'dns/promises', 'http', 'http2', 'https', 'net', 'os', 'perf_hooks', 'readline', 'tls', 'worker_threads', 'zlib'];
const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(b) {
    const filter = new RegExp(`^(node:)?(${LAZY_BUILTINS.join('|').replace(/\//g, '\\/')})$`);
    b.onResolve({ filter }, (args) =>
      args.namespace === 'lazy-builtin' ? { path: args.path, external: true } : { path: args.path.replace(/^node:/, ''), namespace: 'lazy-builtin' },
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, async (args) => {
      const names = Object.keys(await import(`node:${args.path}`)).filter((n) => n !== 'default');
      const property = (n) => `Object.defineProperty(exports, ${JSON.stringify(n)}, { enumerable: true, get: () => load()[${JSON.stringify(n)}], set: (v) => { load()[${JSON.stringify(n)}] = v; } });`;
      return { contents: `let loaded;\nconst load = () => (loaded ??= require('node:${args.path}'));\n${names.map(property).join('\n')}\n`, loader: 'js' };
    });
  },
};

/**
 * `safer-buffer` (iconv-lite's `Buffer`) served as Node's own `buffer` module. At load it copies every property of the module
 * and of `Buffer` into new objects, leaving out `allocUnsafe`, `allocUnsafeSlow` and calls of `Buffer()` as a function: on Node
 * 20 its `Buffer.from`, `alloc`, `concat`, `isBuffer`… are Node's own, the only ones iconv-lite calls. That copy was ~0.3 ms of
 * every one-message scan (NOTES.md, session 48, start48). The CommonJS CLIs only, as lazyBuiltins.
 */
const saferBufferNative = {
  name: 'safer-buffer-native',
  setup(b) {
    b.onResolve({ filter: /^safer-buffer$/ }, () => ({ path: 'safer-buffer', namespace: 'safer-buffer-native' }));
    b.onLoad({ filter: /.*/, namespace: 'safer-buffer-native' }, () => ({ contents: "module.exports = require('node:buffer');\n", loader: 'js' }));
  },
};

/**
 * Regular-expression literals of the sources with Unicode property escapes (`\p{L}`…) rewritten as the explicit
 * code-point ranges they stand for (src/runtime/property-classes.ts says why: V8 builds each escape's set from ICU
 * at every parse, ~100 M instructions of a one-message scan). Literals are found by TypeScript's parser, not by
 * a pattern. Every rewritten class is checked here against its original on every code point with the literal's
 * flags: the build fails if one would match differently. The rewritten literal becomes `new RegExp` of a string with the
 * non-ASCII code points as characters (unescapeNonAscii: a pattern of characters parses faster than one of escapes).
 */
const { expandPropertyClasses, checkSameMatches, unescapeNonAscii } = await import(dist('runtime/property-classes.js'));
const { lazyPatterns, applyEdits, literalParts, mayShareLiteral } = await import(dist('runtime/lazy-patterns.js'));
const propertyRanges = new Map();
const checkedClasses = new Set();
/** The literal's pattern with its property escapes expanded, or undefined when it has none. */
function propertyClassPattern(literal) {
  const { source, flags } = literalParts(literal);
  const classes = [];
  const rewritten = expandPropertyClasses(source, flags, classes, propertyRanges);
  if (rewritten === source) return undefined;
  const unchecked = classes.filter((c) => !checkedClasses.has(`${flags.includes('i')} ${c.original}`));
  checkSameMatches(unchecked, flags);
  for (const c of unchecked) checkedClasses.add(`${flags.includes('i')} ${c.original}`);
  // Its non-ASCII escapes written as the characters (unescapeNonAscii says why).
  return { source: unescapeNonAscii(rewritten, flags), flags };
}
/**
 * Case-insensitive patterns (`i` with `u`) without the `i` flag: each letter and class written as its case closure
 * (src/runtime/case-classes.ts says why and how; every rewritten atom is checked here against its original on every
 * code point, and the build fails if one would match differently). Every such literal, small ones too (their letters are
 * the same atoms, checked once): callgrind of a one-message scan (all threads) ~550 → ~516 M instructions, V8's
 * CompileIrregexp ~70 → ~51 M; NOTES.md, session 37, iflag37. Patterns with `\b`, `\w` or a backreference are refused
 * (case-classes.ts) and keep `i`, as do those whose source another pattern is made of with other flags (sourceRead).
 * ~7 s of the build, each distinct atom's set read and checked on every code point.
 */
const { dropCaseFlag, checkSameCaseMatches } = await import(dist('runtime/case-classes.js'));
const caseAtoms = new Map();
const caseStats = { rewritten: 0, refused: 0, sourceRead: 0, ms: 0 };
function caseFreePattern(pattern) {
  if (!pattern.flags.includes('i') || !pattern.flags.includes('u')) return undefined;
  const started = performance.now();
  const atoms = [];
  const rewritten = dropCaseFlag(pattern.source, pattern.flags, atoms, caseAtoms);
  if (rewritten) checkSameCaseMatches(atoms, pattern.flags);
  caseStats.ms += performance.now() - started;
  caseStats[rewritten ? 'rewritten' : 'refused']++;
  if (process.env.SPAMLAB_CASE_LOG) console.error(`case-classes: ${rewritten ? 'rewritten' : 'refused'} /${pattern.flags} ${pattern.source.length} ${pattern.source.slice(0, 60)}`);
  return rewritten && { source: unescapeNonAscii(rewritten.source, rewritten.flags), flags: rewritten.flags };
}
/**
 * Whether the pattern's text or flags are read (`NAME.source`, `.flags`, `.ignoreCase`, `.unicode`, of the constant the
 * literal initialises, in its module, or of the literal itself): a new pattern made of the source with other flags
 * (`new RegExp(X.source, 'uy')`) would match differently without `i`, so such literals keep it. Except where every read
 * is `new RegExp(NAME.source, '…')` with flags that hold `i` and `u` (not `v`): each rewritten atom is its original's case
 * closure, whose closure under `i` is itself, so that pattern matches as before.
 */
function sourceRead(node, text) {
  const parent = node.parent;
  if (parent && ts.isPropertyAccessExpression(parent)) return ['source', 'flags', 'ignoreCase', 'unicode'].includes(parent.name.text);
  if (!parent || !ts.isVariableDeclaration(parent) || !ts.isIdentifier(parent.name)) return false;
  const name = parent.name.text.replace(/\$/g, '\\$');
  const reads = text.match(new RegExp(`(?<![\\w$.])${name}\\s*\\??\\.\\s*(?:source|flags|ignoreCase|unicode)\\b`, 'g')) ?? [];
  const derived = [...text.matchAll(new RegExp(`\\bnew RegExp\\(${name}\\.source, (['"])([dgimsuy]*)\\1\\)`, 'g'))];
  return reads.length > 0 && (derived.length !== reads.length || derived.some((m) => !m[2].includes('i') || !m[2].includes('u') || m[2].includes('v')));
}
/** The literal's pattern with its property escapes expanded and its `i` flag dropped (unless `keepCase`), or undefined when neither applies. */
function rewrittenPattern(literal, keepCase = false) {
  const expanded = propertyClassPattern(literal);
  if (keepCase && /^(?=.*i)(?=.*u)/.test(literalParts(literal).flags)) {
    caseStats.sourceRead++;
    if (process.env.SPAMLAB_CASE_LOG) console.error(`case-classes: kept (its source is read) ${literal.slice(0, 60)}`);
  }
  return (keepCase ? undefined : caseFreePattern(expanded ?? literalParts(literal))) ?? expanded;
}

/**
 * Large character classes of the rewritten patterns (SHARED_CLASS_CHARS or more: the written-out `[\p{L}\p{N}]`, `[\p{L}]`,
 * case closures…) written once in the bundle, each in a module of its own (`spamlab-class:NAME`, its text a default export),
 * and the patterns' sources made by joining their parts and those classes: `"(?<!" + $spamlabClass_… + ")…"`. Why: the same
 * class was written out in each pattern that has it — 155 classes of 400 characters or more in cli-scan.cjs, 52 of them
 * distinct, 0.95 MB of its 3.6 MB source repeated text (11 K characters of escapes for `[\p{L}\p{N}]`, 32 times) — read and
 * decoded into the source string at every start, and each pattern's string kept whole in the code cache. The join is made
 * where the literal was (a module-level pattern: when its module loads; it is made into a pattern on first use); the parts
 * are checked to join into the source.
 */
const SHARED_CLASS_CHARS = 1000;
const sharedClasses = new Map();
/** The big classes of a `u` pattern's source (no `v`: classes do not nest), as [start, end) spans. */
function bigClasses(source) {
  const spans = [];
  for (let i = 0, start = -1; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[' && start < 0) start = i;
    else if (c === ']' && start >= 0) {
      if (i + 1 - start >= SHARED_CLASS_CHARS) spans.push([start, i + 1]);
      start = -1;
    }
  }
  return spans;
}
/** A JavaScript expression whose value is `source` (its big classes as shared names), and the names it uses. */
function sourceCode(source, flags, taken) {
  const spans = flags.includes('u') && !flags.includes('v') ? bigClasses(source) : [];
  if (spans.length === 0) return { code: JSON.stringify(source), names: [] };
  const parts = [];
  const names = [];
  let at = 0;
  for (const [start, end] of spans) {
    const text = source.slice(start, end);
    const name = `$spamlabClass_${createHash('sha1').update(text).digest('hex').slice(0, 12)}`;
    if (taken.includes(name)) throw new Error(`bundle: a module already uses the name ${name}`);
    sharedClasses.set(name, text);
    if (start > at) parts.push(JSON.stringify(source.slice(at, start)));
    parts.push(name);
    names.push(name);
    at = end;
  }
  if (at < source.length) parts.push(JSON.stringify(source.slice(at)));
  const joined = parts.map((p) => (p.startsWith('"') ? JSON.parse(p) : sharedClasses.get(p))).join('');
  if (joined !== source) throw new Error('bundle: a pattern\'s parts do not join into its source');
  return { code: parts.join(' + '), names };
}
/** Serves the shared classes' modules. */
const sharedClassModules = {
  name: 'shared-classes',
  setup(b) {
    b.onResolve({ filter: /^spamlab-class:/ }, (args) => ({ path: args.path.slice('spamlab-class:'.length), namespace: 'spamlab-class' }));
    b.onLoad({ filter: /.*/, namespace: 'spamlab-class' }, (args) => {
      if (!sharedClasses.has(args.path)) throw new Error(`bundle: no shared class ${args.path}`);
      return { contents: `export default ${JSON.stringify(sharedClasses.get(args.path))};\n`, loader: 'js' };
    });
  },
};

/**
 * The literal rewritten (a `new RegExp` of the expanded pattern), or undefined when it has no property escape. Made from
 * a string: the same pattern, a new object at each evaluation as a literal's is — unless `shared` names the module's
 * variable that keeps one object for every evaluation (mayShareLiteral says when, and why).
 */
function propertyClassLiteral(literal, shared, keepCase, classNames) {
  const pattern = rewrittenPattern(literal, keepCase);
  if (!pattern) return undefined;
  const { code, names } = sourceCode(pattern.source, pattern.flags, classNames.taken);
  classNames.used.push(...names);
  const made = `new RegExp(${code}, ${JSON.stringify(pattern.flags)})`;
  return shared ? `(${shared()} ??= ${made})` : `(${made})`;
}

/**
 * Word lists folded for brand matching when their module loads — `['bank', 'impôts', …].map((w) => foldBrandWords(w))`
 * or `.map((w) => foldBrandText(w).text)`, a literal array of strings and exactly that arrow, in a module that imports
 * the function from src/brands/normalize.ts — written in as the folded array, computed here by the same function of the
 * same sources (tsc's dist/ of this build). Why: folding the lists' accented and Japanese words at load took the general
 * fold's path in every process (its Unicode patterns compiled, the UTS-39 table loaded), which ASCII mail never needs.
 */
const FOLDS = { foldBrandWords: (w) => foldBrandWords(w), foldBrandText: (w) => foldBrandText(w).text };
function foldedListLiteral(node, file) {
  if (!ts.isCallExpression(node) || node.arguments.length !== 1 || !ts.isPropertyAccessExpression(node.expression)) return undefined;
  const { expression: array, name } = node.expression;
  if (name.text !== 'map' || !ts.isArrayLiteralExpression(array) || !array.elements.every((e) => ts.isStringLiteral(e))) return undefined;
  const arrow = node.arguments[0].getText(file).replace(/\s+/g, ' ');
  const m = /^\((\w+)\) => (foldBrandWords)\(\1\)$|^\((\w+)\) => (foldBrandText)\(\3\)\.text$/.exec(arrow);
  if (!m) return undefined;
  const fold = m[2] ?? m[4];
  const imported = file.statements.some(
    (s) => ts.isImportDeclaration(s) && /(^|\/)(brands\/)?normalize\.js$/.test(s.moduleSpecifier.text) && s.importClause?.namedBindings?.elements?.some((e) => e.name.text === fold && !e.propertyName),
  );
  if (!imported) throw new Error(`bundle: ${file.fileName}: ${fold} of a word list is not src/brands/normalize.ts's; see foldedListLiteral`);
  return JSON.stringify(array.elements.map((e) => FOLDS[fold](e.text)));
}

/**
 * Module-level pattern constants made on first use (src/runtime/lazy-patterns.ts says why): those with a property escape
 * (large once written out) or of LAZY_PATTERN_CHARS or more; small ones cost less to make than a call per use.
 */
const LAZY_PATTERN_CHARS = 256;
const lazyPattern = (literal) => /\\[pP]\{/.test(literal.text) || literal.text.length >= LAZY_PATTERN_CHARS;

/**
 * The sources' rewrites at build time: folded word lists (foldedListLiteral) always, and, when `propertyClasses`, regular
 * expressions with property escapes (propertyClassLiteral) and module-level patterns made lazily (lazyPatterns) — the
 * one-message and top-level CLIs only, see the ESM build. One plugin: esbuild takes the contents of the first onLoad that
 * returns any.
 */
function sourceTransforms({ propertyClasses }) {
  return {
    name: `source-transforms${propertyClasses ? '-property-classes' : ''}`,
    setup(b) {
      b.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, (args) => {
        const text = readFileSync(args.path, 'utf8');
        const folds = /\.map\(\(\w+\) => foldBrand(Words|Text)\(/.test(text);
        const classes = propertyClasses && (/\\[pP]\{/.test(text) || /\/(?=[dgimsuy]*i)(?=[dgimsuy]*u)[dgimsuy]+(?![\w$])/.test(text));
        // `=\s*`: a long literal is written on the line after its name (`const CALL =\n  /…/iu;`), and a module holding only
        // such constants was skipped here, its patterns made at load (session 59: desktop-install, viewer-install, file-button).
        const lazy = propertyClasses && /^const [A-Za-z_$][\w$]* =\s*\//m.test(text);
        if (!folds && !classes && !lazy) return undefined;
        const file = ts.createSourceFile(args.path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
        const later = lazy ? lazyPatterns(ts, file, lazyPattern) : { wrap: new Map(), edits: [] };
        const edits = [...later.edits];
        // Shared patterns (propertyClassLiteral): one `var` each, declared at the module's end (hoisted, so usable before).
        const sharedNames = [];
        let sharedCount = 0;
        const shared = () => {
          let name = `$sharedPattern${sharedCount++}`;
          while (text.includes(name)) name = `$sharedPattern${sharedCount++}`;
          sharedNames.push(name);
          return name;
        };
        // Shared classes (sourceCode): the names this module uses, imported at its start.
        const classNames = { taken: [...new Set(text.match(/\$spamlabClass_\w+/g) ?? [])], used: [] };
        const code = (pattern) => {
          const { code: expression, names } = sourceCode(pattern.source, pattern.flags, classNames.taken);
          classNames.used.push(...names);
          return expression;
        };
        const visit = (node) => {
          const wrap = later.wrap.get(node);
          const pattern = wrap && ((classes ? rewrittenPattern(node.text, sourceRead(node, text)) : undefined) ?? literalParts(node.text));
          const replaced = pattern
            ? wrap(pattern.source, pattern.flags, code(pattern))
            : ((folds ? foldedListLiteral(node, file) : undefined) ??
              (classes && node.kind === ts.SyntaxKind.RegularExpressionLiteral ? propertyClassLiteral(node.text, mayShareLiteral(ts, node) ? shared : undefined, sourceRead(node, text), classNames) : undefined));
          if (replaced !== undefined) edits.push({ start: node.getStart(file), end: node.end, text: replaced });
          else ts.forEachChild(node, visit);
        };
        visit(file);
        const imports = [...new Set(classNames.used)].map((name) => `import ${name} from ${JSON.stringify(`spamlab-class:${name}`)};\n`).join('');
        if (imports) edits.push({ start: 0, end: 0, text: imports });
        if (sharedNames.length > 0) edits.push({ start: text.length, end: text.length, text: `\nvar ${sharedNames.join(', ')};\n` });
        if (edits.length === 0) return undefined;
        return { contents: applyEdits(text, edits), loader: 'ts' };
      });
    },
  };
}

/**
 * The HTML entity tables of `entities` (htmlparser2's, and an older copy under dom-serializer), decoded faster at
 * start-up. Their generated modules build a Uint16Array from a string at load: v4 by `.split('').map(charCodeAt)`
 * (47 K one-character strings), v7 by `atob` (Node 20's is a JavaScript loop), ~2.8 ms each of a one-message scan
 * that loads both. Here each table is taken from the original module and written as base64 decoded by Buffer; the
 * build fails unless the decoded copy equals the original.
 */
function uint16FromBase64(base64) {
  const bytes = Buffer.from(base64, 'base64');
  // Little-endian hosts (the table was written by one) copy the bytes; others swap each pair.
  if (new Uint8Array(new Uint16Array([1]).buffer)[0] === 1) return new Uint16Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
  const out = new Uint16Array(bytes.length >> 1);
  for (let i = 0; i < out.length; i++) out[i] = bytes[2 * i] | (bytes[2 * i + 1] << 8);
  return out;
}
const entityTables = {
  name: 'entity-tables',
  setup(b) {
    b.onLoad({ filter: /[\\/]node_modules[\\/](.*[\\/])?entities[\\/](lib|dist)[\\/]esm[\\/]generated[\\/]decode-data-(html|xml)\.js$/ }, async (args) => {
      const original = await import(pathToFileURL(args.path).href);
      const exports = Object.entries(original);
      if (exports.length === 0 || exports.some(([, value]) => !(value instanceof Uint16Array))) {
        throw new Error(`bundle: ${args.path} no longer exports only Uint16Arrays; see entityTables`);
      }
      const lines = exports.map(([name, value]) => {
        const base64 = Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64');
        if (!isDeepStrictEqual(uint16FromBase64(base64), value)) throw new Error(`bundle: ${args.path}: the table does not survive base64`);
        return `${name === 'default' ? 'export default' : `export const ${name} =`} /* @__PURE__ */ uint16FromBase64(${JSON.stringify(base64)});`;
      });
      return { contents: `${uint16FromBase64.toString()}\n${lines.join('\n')}\n`, loader: 'js' };
    });
  },
};

/**
 * tldts' public-suffix trie: three tables its module derives at load from the shipped ones (each edge's offset in the
 * label text, its label's djb2 hash, each node's wildcard edge — a loop over the 68 K-character label text, run cold:
 * ~8–12 ms of a one-message scan, the largest single module initialisation) written in as base64 decoded by Buffer.
 * The tables are computed here by running the module's own statements in a VM context; the build fails unless the
 * decoded copies equal them, or if the module no longer has that shape (three `new …Array` declarations and the loop
 * that fills them, after the shipped tables).
 */
function typedFromBase64(Type, base64) {
  const bytes = Buffer.from(base64, 'base64');
  const copy = new Uint8Array(bytes.length);
  copy.set(bytes);
  // Little-endian hosts (the tables were written by one) take the bytes as they are; others swap each element's.
  if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) {
    for (let i = 0; i < copy.length; i += Type.BYTES_PER_ELEMENT) copy.subarray(i, i + Type.BYTES_PER_ELEMENT).reverse();
  }
  return new Type(copy.buffer);
}
const TLDTS_DERIVED = ['edgeOffset', 'edgeHash', 'wildcardEdge'];
function tldtsDerivedTables(text, file) {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const statements = [...source.statements];
  const declares = (s, name) => ts.isVariableStatement(s) && s.declarationList.declarations.some((d) => ts.isIdentifier(d.name) && d.name.text === name);
  const first = statements.findIndex((s) => declares(s, 'nodeFlags'));
  const at = statements.findIndex((s) => declares(s, TLDTS_DERIVED[0]));
  const derived = statements.slice(at, at + TLDTS_DERIVED.length + 1);
  const shaped =
    first >= 0 && at > first && derived.length === TLDTS_DERIVED.length + 1 && TLDTS_DERIVED.every((name, k) => declares(derived[k], name)) && ts.isForStatement(derived[TLDTS_DERIVED.length]);
  if (!shaped) throw new Error(`bundle: ${file} no longer derives ${TLDTS_DERIVED.join(', ')} the way tldtsTables expects; see tldtsTables`);
  const run = (code) => vm.runInNewContext(`(() => {\n${code}\nreturn { ${TLDTS_DERIVED.join(', ')} };\n})()`, { typedFromBase64, Buffer, Uint8Array, Uint16Array, Uint32Array, Int32Array });
  const start = derived[0].getStart(source);
  const end = derived[TLDTS_DERIVED.length].end;
  const before = text.slice(statements[first].getStart(source), start);
  const original = run(before + text.slice(start, end));
  const written = TLDTS_DERIVED.map((name) => {
    const table = original[name];
    const base64 = Buffer.from(table.buffer, table.byteOffset, table.byteLength).toString('base64');
    return `const ${name} = /* @__PURE__ */ typedFromBase64(${table.constructor.name}, ${JSON.stringify(base64)});`;
  }).join('\n');
  const replacement = `${typedFromBase64.toString()}\n${written}`;
  const again = run(before + replacement);
  for (const name of TLDTS_DERIVED) {
    if (!isDeepStrictEqual(again[name], original[name]) || again[name].constructor !== original[name].constructor) throw new Error(`bundle: ${file}: ${name} does not survive base64`);
  }
  return text.slice(0, start) + replacement + text.slice(end);
}
const tldtsTables = {
  name: 'tldts-tables',
  setup(b) {
    b.onLoad({ filter: /[\\/]node_modules[\\/]tldts[\\/]dist[\\/]cjs[\\/]index\.js$/ }, (args) => ({ contents: tldtsDerivedTables(readFileSync(args.path, 'utf8'), args.path), loader: 'js' }));
  },
};

/**
 * iconv-lite's tables of the East Asian double-byte charsets (Shift_JIS, EUC-JP, GBK/GB18030, EUC-KR, Big5: ~500 KB of
 * JSON, an eighth of the scan CLI's source) left in node_modules, where its own lazy `require("./tables/….json")` finds
 * them: the module asks for a table only when a message in one of those charsets is decoded, but bundled, their text was
 * read and decoded into the 4 MB source string at every start (~250 page faults). Only for the top-level iconv-lite (a
 * bare specifier resolves to it); the same JSON is parsed when asked for. The CommonJS CLIs and, since session 59, the ESM build:
 * there the tables were 404 KB of the 771 KB chunk iconv-lite is in, a source string kept in the heap of every scan worker
 * (the worker's live heap after loading the scanner 12.3 -> 11.8 MB with the lazy patterns; `require` is the banner's createRequire).
 */
const ICONV_ENCODINGS = path.join(realpathSync('node_modules'), 'iconv-lite', 'encodings');
const iconvTablesApart = {
  name: 'iconv-tables-apart',
  setup(b) {
    b.onResolve({ filter: /^\.\/tables\/[\w-]+\.json$/ }, (args) =>
      path.dirname(args.importer) === ICONV_ENCODINGS ? { path: `iconv-lite/encodings/${args.path.slice(2)}`, external: true } : undefined,
    );
  },
};

rmSync(OUT, { recursive: true, force: true });
const started = performance.now();
const EXTERNAL = ['better-sqlite3', 'pg', 'pg-*', 'bullmq', 'ioredis', 'pino', 'pino-*', 'prom-client', 'mailauth', 'mailauth/*', 'hono', 'hono/*', '@hono/*', 'cytoscape', 'uplot', 'playwright-core'];
const esm = await build({
  entryPoints: {
    spamlab: 'src/cli/entry.ts',
    'pool-worker': 'src/scan/pool-worker.ts',
    'pool-process': 'src/scan/pool-process.ts',
    'scanner-module': 'src/runtime/scanner-module.ts',
    'json-lines': 'src/cli/output/json-lines.ts',
    'human-lines': 'src/cli/output/human-lines.ts',
  },
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: '[name]-[hash]',
  external: EXTERNAL,
  define: TERM_INDEX_KEY,
  // CommonJS dependencies (iconv-lite…) call require() for Node's own modules; ESM has no require.
  banner: { js: "import { createRequire as __spamlabCreateRequire } from 'node:module'; const require = __spamlabCreateRequire(import.meta.url);" },
  // No propertyClasses here: these modules are what worker threads and long-lived commands scan with, and the
  // rewritten classes made every scan slower. Measured in one thread, the same messages through this build with
  // and without the rewrite in alternating blocks of 100 (NOTES.md, "session 14, engineer pool16"): 1.14–1.21×
  // the CPU per message with it (tsc's modules, which have the `\p{…}` escapes, 1.21–1.27× less than with it).
  // A worker pays the ICU sets once, when it starts; a one-message scan (cli-scan.cjs below) keeps the rewrite.
  plugins: [precomputedModules, iconvTablesApart, sourceTransforms({ propertyClasses: false }), entityTables, tldtsTables],
  // ASCII without comments, as the CommonJS files below (COMMONJS says why): a module's source stays in the heap of
  // every thread that loads it, and one non-ASCII character made a chunk's whole text a two-byte string: the .js
  // files 4.9 MB, nearly all of them two-byte, before; 4.0 MB, all one-byte, after (NOTES.md, "The 1 GiB mbox's
  // peak, again", session 22).
  charset: 'ascii',
  minifyWhitespace: true,
  metafile: true,
  logLevel: 'warning',
});
// esbuild leaves regular-expression literals as written: asciiOnly escapes what is left there (every output is in one folder).
for (const file of Object.keys(esm.metafile.outputs)) if (file.endsWith('.js')) asciiOnly(file.split('/').pop());
/**
 * What the CommonJS files beside the bundle are built with (the code-cached CLIs and their loader). Their source must
 * be ASCII (see asciiOnly): one non-ASCII character makes the whole 3 MB source a two-byte string, decoded on the slow
 * path at every start (~10 ms of a one-message scan's 200). charset escapes strings; minifyWhitespace drops the
 * comments, which esbuild keeps as written; asciiOnly escapes what is left, in regular expressions.
 */
const COMMONJS = { outdir: 'dist/bundle', outExtension: { '.js': '.cjs' }, bundle: true, format: 'cjs', platform: 'node', target: 'node20', charset: 'ascii', minifyWhitespace: true };

/**
 * Rewrites a built CommonJS file's non-ASCII UTF-16 code units as \uXXXX escapes. Once comments are gone and esbuild
 * has escaped strings and identifiers, what is left is in regular-expression literals, where an escape means the same
 * code unit (and, with the u flag, an escaped surrogate pair the same code point, as the spec reads it).
 */
function asciiOnly(file) {
  const url = new URL(file, OUT);
  const text = readFileSync(url, 'utf8');
  writeFileSync(url, text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}
/**
 * The configuration file's reader (YAML, and the configuration's zod schemas) and the brand-file schema: in the scan
 * CLI only behind two dynamic imports (src/cli/config.ts for `-c`/`--config`, src/runtime/services.ts for
 * `sender.brandFiles`), yet ~800 KB of its 4.1 MB source, read and decoded at every start. They go to a file of their
 * own beside it, cli-config.cjs (CONFIG_ENTRY), which those two imports require: a scan without a configuration file
 * never reads it. Only those two imports, by their exact specifiers; every other import is bundled as before.
 */
const CONFIG_APART = { 'src/cli/config.ts': './io.js', 'src/runtime/services.ts': '../brands/schema.js' };
const CONFIG_ENTRY = `export * from './src/cli/io.ts';\nexport * from './src/brands/schema.ts';\n`;
const configApart = {
  name: 'config-apart',
  setup(b) {
    b.onResolve({ filter: /^(\.\/io|\.\.\/brands\/schema)\.js$/ }, (args) => {
      const importer = args.importer.replace(/\\/g, '/').split('/src/').at(-1);
      return args.kind === 'dynamic-import' && CONFIG_APART[`src/${importer}`] === args.path ? { path: './cli-config.cjs', external: true } : undefined;
    });
  },
};

/** A CLI of its own for `commands` (cli-NAME.cjs): CommonJS, for the code cache (src/cli/code-cache.ts). */
const commandCli = (name, command) =>
  build({
    ...COMMONJS,
    entryPoints: { [`cli-${name}`]: 'src/cli/entry.ts' },
    external: EXTERNAL,
    // No import() in a code-cached script (src/cli/code-cache.ts says why): esbuild writes require() instead,
    // which every external above supports. The one import of a computed specifier (src/scan/pool.ts
    // loadScanner) is for worker threads and custom scanner modules; the CLI's in-process scanner comes
    // through `loadInProcess`, a literal import bundled here.
    supported: { 'dynamic-import': false },
    // Modules find files beside themselves (the worker entries, the help summary) by import.meta.url.
    define: { 'import.meta.url': '__spamlabImportMetaUrl', ...TERM_INDEX_KEY },
    banner: { js: "const __spamlabImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    plugins: [precomputedModules, onlyCommand(command), configApart, iconvTablesApart, lazyBuiltins, saferBufferNative, sourceTransforms({ propertyClasses: true }), sharedClassModules, entityTables, tldtsTables],
    metafile: true,
    logLevel: 'error',
  });
const scanCli = await commandCli('scan', 'scan');
await commandCli('top', undefined);
// What the scan CLI's two configuration imports require (configApart), built as the CLIs are; no code cache of its own.
await build({
  ...COMMONJS,
  outdir: undefined,
  outExtension: undefined,
  stdin: { contents: CONFIG_ENTRY, resolveDir: process.cwd(), sourcefile: 'cli-config.ts', loader: 'ts' },
  outfile: 'dist/bundle/cli-config.cjs',
  external: EXTERNAL,
  supported: { 'dynamic-import': false },
  define: { 'import.meta.url': '__spamlabImportMetaUrl', ...TERM_INDEX_KEY },
  banner: { js: "const __spamlabImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [precomputedModules, lazyBuiltins, saferBufferNative, sourceTransforms({ propertyClasses: true }), sharedClassModules, entityTables, tldtsTables],
  logLevel: 'error',
});
if (Object.keys(Object.values(scanCli.metafile.outputs)[0].inputs).some((input) => /node_modules[\\/](zod|yaml)[\\/]/.test(input))) {
  process.stderr.write('bundle: warning: cli-scan.cjs holds zod or yaml again (a new import of the configuration path? see configApart)\n');
}
for (const file of ['cli-scan.cjs', 'cli-top.cjs', 'cli-config.cjs']) asciiOnly(file);
// The loader of those CLIs, as CommonJS too (bin/spamlab.js is CommonJS: bin/package.json).
await build({
  ...COMMONJS,
  entryPoints: { 'code-cache': 'src/cli/code-cache.ts' },
  // src/runtime/sealed-file.ts finds node:crypto by import.meta.url (only on a Node without zlib's crc32).
  define: { 'import.meta.url': '__spamlabImportMetaUrl' },
  banner: { js: "const __spamlabImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  logLevel: 'error',
});
// The sender family's tables for the built-in configuration (src/runtime/sender-tables.ts), where the bundle's
// code looks: beside itself. Built by the compiled modules of the same sources; checked when serialised.
{
  const { buildSenderTables } = await import(dist('runtime/services.js'));
  const { serializeSenderTables, senderTablesKey } = await import(dist('runtime/sender-tables.js'));
  const { sender } = builtInDefaults();
  writeFileSync(new URL('sender-tables.bin', OUT), serializeSenderTables(buildSenderTables(sender), senderTablesKey(sender)));
}
// The content family's term index (categories and themes: src/runtime/term-index.ts), where the bundle's code looks: beside itself.
{
  const { termIndexFileBytes, precomputedTermIndex } = await import(dist('runtime/term-index.js'));
  writeFileSync(new URL('term-index.bin', OUT), termIndexFileBytes());
  if (!precomputedTermIndex(new URL('term-index.bin', OUT))) throw new Error('bundle: the term index written cannot be read back');
}
// The shipped model gunzipped, its weights as the compact view's arrays (src/runtime/model.ts), where the bundle's code looks: beside itself.
{
  const { modelFileId, readModelBytes, shippedModelPath, unzippedModelContainer, unzippedModelFile } = await import(dist('runtime/model.js'));
  const { loadModel } = await import(dist('classifier/index.js'));
  const model = shippedModelPath();
  if (!model) throw new Error('bundle: no shipped model found');
  const container = unzippedModelContainer(readFileSync(model));
  // The same model: what it would write back (its weights, header and info) equals what the file's own model writes.
  if (Buffer.compare(loadModel(container).toBytes(), loadModel(readFileSync(model)).toBytes()) !== 0) throw new Error('bundle: the unzipped model differs from the model file');
  writeFileSync(new URL('default-model.bin', OUT), unzippedModelFile(container, modelFileId(model)));
  // Read back as a scan reads it: the container, at a multiple of 4 bytes in the file (its arrays are views of the bytes).
  const read = readModelBytes(model, new URL('default-model.bin', OUT));
  if (Buffer.compare(read, container) !== 0 || read.byteOffset % 4 !== 0) throw new Error('bundle: the unzipped model written cannot be read back aligned');
}
// The top-level help's summary (scripts/write-cli-summary.mjs), where src/cli/main.ts looks: beside itself.
mkdirSync(new URL('commands/', OUT), { recursive: true });
cpSync(new URL('../dist/cli/commands/summary.json', import.meta.url), new URL('commands/summary.json', OUT));

// The code caches (src/cli/code-cache.ts): what a scan of one message compiles (one file is scanned in this
// thread; bin/spamlab.js runs the cached CLI only for such scans) and what the top-level help compiles. The scan's is made
// by one run over two messages, given as an mbox on standard input (the cached CLI's batch of one thread): the plain-text
// fax lure with a zip, and scripts/code-cache-training.eml, a made-up HTML notice (multipart/alternative, quoted-printable
// and base64, encoded words, CSS, links, an IPv6 hop, authentication results). Functions a run needs that are not in the
// cache are compiled from source at first call; trained on the fax lure alone, a scan of an HTML message compiled ~290 of
// them (the HTML reader, the link checks). Cache 3.13 -> 3.26 MB; NOTES.md, session 41, start41 (callgrind, all threads):
// six phishing-pot messages -23 to -34 M instructions each (~4-5 %), three SpamAssassin messages -1 to -15 M.
const TRAINING = ['examples/fax-lure.eml', 'scripts/code-cache-training.eml'];
const trainingMbox = TRAINING.map((file) => `From training@example.org Thu Jan  1 00:00:00 2026\n${readFileSync(file, 'utf8').replace(/^(>*From )/gm, '>$1')}\n`).join('');
for (const [name, args, input] of [['scan', ['scan', '-'], trainingMbox], ['top', ['--help']]]) {
  const r = spawnSync(process.execPath, ['bin/spamlab.js', ...args], { env: { ...process.env, SPAMLAB_CODE_CACHE: 'write' }, encoding: 'utf8', input });
  if (r.status !== 0) throw new Error(`bundle: spamlab ${args.join(' ')} exited with ${r.status}: ${r.stderr}`);
  if (!existsSync(new URL(`cli-${name}.cjs.cache`, OUT))) throw new Error(`bundle: the code cache of cli-${name}.cjs was not written`);
}
// Each cache is used by an ordinary run (a run that finds it unusable writes it again at exit): V8 takes a cache only under
// the flags it was made with, and bin/spamlab.js sets some for the scan before reading it (it says which and why).
for (const [name, args] of [['scan', ['scan', 'examples/fax-lure.eml']], ['top', ['--help']]]) {
  const cache = new URL(`cli-${name}.cjs.cache`, OUT);
  const before = statSync(cache, { bigint: true });
  const r = spawnSync(process.execPath, ['bin/spamlab.js', ...args], { env: { ...process.env, SPAMLAB_CODE_CACHE: undefined }, encoding: 'utf8' });
  const after = statSync(cache, { bigint: true });
  if (r.error || r.signal || after.mtimeNs !== before.mtimeNs || after.ino !== before.ino) {
    throw new Error(`bundle: the code cache of cli-${name}.cjs was not used by a run of spamlab ${args.join(' ')} (made under other V8 flags?)`);
  }
}
process.stderr.write(`bundle: case-insensitive patterns without i: ${caseStats.rewritten} rewritten, ${caseStats.refused} refused and ${caseStats.sourceRead} whose source is read (kept), ${Math.round(caseStats.ms)} ms\n`);
process.stderr.write(`bundle: dist/bundle/ in ${Math.round(performance.now() - started)} ms\n`);
