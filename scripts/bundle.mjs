// Part of `npm run build` (after tsc and write-cli-summary.mjs): bundles the CLI into dist/bundle/, the
// program bin/spamlab.js runs. Why: a mail filter invoked per message (procmail, a pipe transport) pays
// start-up on every message, and most of it was Node resolving, reading and linking ~400 modules one file
// at a time (and lexing each CommonJS dependency for its exports). esbuild puts them in a few files:
// - entries: spamlab.js (the CLI), pool-worker.js and scanner-module.js (what a scan worker thread loads;
//   src/scan/pool.ts and src/runtime/pool.ts find them beside themselves, so every file is in one folder);
// - each command's module stays a lazily loaded chunk (src/cli/commands/index.ts), shared code is split out;
// - dependencies with native code, workers of their own or files read by path (better-sqlite3, pg, pino,
//   mailauth, the HTTP server's, the queue's) stay ordinary imports from node_modules.
// Two modules are replaced by their value, computed here from the compiled modules of the same sources
// (dist/, written by tsc just before): src/config/defaults.ts (the built-in configuration, which otherwise
// costs building every family's zod schema) and src/brands/defaults.ts (the shipped brands, otherwise
// validated with zod at every start). The values must survive JSON unchanged, or the build fails.
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { build } from 'esbuild';

const OUT = new URL('../dist/bundle/', import.meta.url);
const dist = (p) => new URL(`../dist/${p}`, import.meta.url).href;

/** JavaScript text of a value, checked to come back identical from JSON (no undefined, Infinity, Map…). */
function asJsonText(value, what) {
  const text = JSON.stringify(value);
  if (!isDeepStrictEqual(JSON.parse(text), value)) throw new Error(`bundle: ${what} does not survive JSON unchanged; it cannot be precomputed`);
  return JSON.stringify(text);
}

const { builtInDefaults } = await import(dist('config/defaults.js'));
const { DEFAULT_BRANDS } = await import(dist('brands/defaults.js'));
const precomputed = {
  'config/defaults.ts': `const TEXT = ${asJsonText(builtInDefaults(), 'the built-in configuration')};\nexport function builtInDefaults() { return JSON.parse(TEXT); }\n`,
  'brands/defaults.ts': `export const DEFAULT_BRANDS = JSON.parse(${asJsonText(DEFAULT_BRANDS, 'the shipped brands')});\n`,
};

/** Serves the precomputed modules in place of their sources. */
const precomputedModules = {
  name: 'precomputed-modules',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/](config|brands)[\\/]defaults\.ts$/ }, (args) => {
      const key = args.path.replace(/\\/g, '/').split('/src/').at(-1);
      return { contents: precomputed[key], loader: 'js' };
    });
  },
};

rmSync(OUT, { recursive: true, force: true });
const started = performance.now();
await build({
  entryPoints: { spamlab: 'src/cli/entry.ts', 'pool-worker': 'src/scan/pool-worker.ts', 'scanner-module': 'src/runtime/scanner-module.ts' },
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: '[name]-[hash]',
  external: ['better-sqlite3', 'pg', 'pg-*', 'bullmq', 'ioredis', 'pino', 'pino-*', 'prom-client', 'mailauth', 'mailauth/*', 'hono', 'hono/*', '@hono/*', 'cytoscape', 'uplot', 'playwright-core'],
  // CommonJS dependencies (iconv-lite…) call require() for Node's own modules; ESM has no require.
  banner: { js: "import { createRequire as __spamlabCreateRequire } from 'node:module'; const require = __spamlabCreateRequire(import.meta.url);" },
  plugins: [precomputedModules],
  logLevel: 'warning',
});
// The top-level help's summary (scripts/write-cli-summary.mjs), where src/cli/main.ts looks: beside itself.
mkdirSync(new URL('commands/', OUT), { recursive: true });
cpSync(new URL('../dist/cli/commands/summary.json', import.meta.url), new URL('commands/summary.json', OUT));
process.stderr.write(`bundle: dist/bundle/ in ${Math.round(performance.now() - started)} ms\n`);
