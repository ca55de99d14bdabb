#!/usr/bin/env node
// Entry point of the `spamlab` command. CommonJS (bin/package.json): an ES-module entry costs Node its ESM
// loader and a module wrapper per builtin imported, paid by every run. It runs the bundled CLI (dist/bundle/,
// built by `npm install` through `prepare`; scripts/bundle.mjs says why it is bundled): for `spamlab scan` of
// one message and the top-level help and version, CLIs of their own with a V8 code cache
// (src/cli/code-cache.ts); for the other commands and batch scans the ESM build; tsc's output when a build
// older than the bundle is all there is.
'use strict';
const { existsSync } = require('node:fs');
const path = require('node:path');

const bundle = path.join(__dirname, '..', 'dist', 'bundle');
// The command as src/cli/main.ts finds it (the first argument not an option; `help NAME` is NAME's help).
const args = process.argv.slice(2);
const first = args.find((a) => !a.startsWith('-'));
const name = first === 'help' ? args[args.indexOf('help') + 1] : first;
// The code-cached scan CLI is for a scan of one message (one .eml/.msg/.txt file or standard input: a mail filter
// invoked per message pays start-up every time). It brings the whole scan path's compiled code into this thread,
// which in a batch only hands messages to a worker: over a 250 MB mbox that was ~40 MB more peak RSS (211 against
// 170 MB), for ~0.2 s of start-up a batch does not feel. Anything less plain (several paths, an option with a
// value) takes the ES-module build, which gives the same results.
const scanArgs = name === 'scan' ? args.slice(args.indexOf('scan') + 1).filter((a) => a === '-' || !a.startsWith('-')) : [];
const oneMessage = scanArgs.length === 0 || (scanArgs.length === 1 && (scanArgs[0] === '-' || /\.(eml|msg|txt)$/i.test(scanArgs[0])));
const own = name === 'scan' ? (oneMessage ? 'scan' : undefined) : name === undefined ? 'top' : undefined;
const cli = own && path.join(bundle, `cli-${own}.cjs`);
if (cli && existsSync(cli)) {
  // V8 flags for a one-message scan, set before the cached CLI is compiled: V8 accepts a code cache only under the flags it
  // was made with, and the build makes it through this file (and checks that a run uses it). `v8` is loaded by the scan
  // anyway (the sender tables). Not for the help: it runs few patterns and nothing is optimised (measured: no work off the
  // main thread). NOTES.md, session 40, start40 (callgrind of a scan of ONE, all threads, net of V8's hash-seed search):
  // - --no-regexp-tier-up: the scan's ~270 patterns, most run once, were compiled to bytecode and then, once run again, to
  //   native code as well; now once, to native code. 870 -> 852 M instructions, page faults 11,140 -> 10,590.
  // - --interrupt-budget four times V8's 66 KB: a function is optimised by TurboFan (on other threads) after four times the
  //   work, so the short run no longer optimises the ~200 M instructions' worth it did (their zones ~1,000 page faults) of
  //   code it hardly runs again. All threads 852 -> 672 M, main thread unchanged (634-654 M either way), page faults
  //   10,590 -> 9,590; a 5.4 MB message of 300 parts is not slower (1.40-1.59 s against 1.52-1.60 s wall, less CPU).
  // - --interrupt-budget-factor-for-feedback-allocation four times V8's 8: a function gets its feedback vector (and then
  //   baseline code) after four times the work, so fewer of the functions run a few times do. Page faults 9,640 -> 9,390,
  //   instructions unchanged (x16 with the fixed budget: 9,320 but +25 M instructions).
  // - --semi-space-growth-factor=1: the young generation stays at its first size (1 MB semi-spaces) instead of doubling at
  //   each scavenge that finds most objects alive, as start-up's do (its tables and the loaded code's objects live to the
  //   end): it grew to 8 MB, and every page of it is touched once, a page fault apiece, ~10 us each on this VM. Objects
  //   that survive are promoted sooner. NOTES.md, session 47, start47 (scan ONE = spam-1/00004): page faults 8,450 ->
  //   7,520, scavenges 6 -> 14 (+12 M instructions of 615 M), CPU (user+sys) median 248 -> 230 ms; not slower on long
  //   runs through this CLI (a 7.8 MB message of 300 parts, an mbox of 414 on standard input: CPU equal or lower, peak RSS
  //   -12 %). V8 reads the flag at each scavenge.
  // - --no-incremental-marking: the scan's old generation ends at ~16-18 MB (the code cache's objects, the 3.3 MB source, the
  //   sender tables), at the edge of where V8 starts incremental marking on this heap (its trace: "Start (allocation limit):
  //   17MB / 21MB / 4MB slack"); a message that allocates a little more than most had a major GC's concurrent marking and
  //   finalisation at the end of the run (~70 M instructions, 10 % of it), for a process about to exit. Without incremental
  //   marking V8 collects the old generation only when it reaches the limit itself (an atomic mark-compact, as much work as
  //   the incremental one's, when a large message gets there). NOTES.md, session 60, draw17h (CPU, 30 interleaved rounds,
  //   caches trained each under its flags): SpamAssassin hard-ham 00001 118.3 -> 103.9 ms median (-12 %), spam-1/00004,
  //   easy-ham 00001 and a pot message that still reaches the limit unchanged; page faults unchanged; same --json output on 75
  //   messages; an mbox of 150 on standard input: same output, CPU and peak RSS. V8 reads the flag each time it would start.
  //   Callgrind (all threads, net of V8's hash-seed search): hard-ham 00001 784.5 -> 680.2 M, pot sample-161 920.0 -> 806.2 M
  //   (its real runs still meet the limit: CPU unchanged), spam-1/00004 611.1 -> 608.8 M.
  // Setting any V8 flag also changes the hash V8 checks caches against, Node's own included: each of Node's modules loaded
  // after it is compiled from its source instead of from the code cache built into Node (+22 M instructions for zlib, crypto
  // and url alone). So what the scan loads of Node's anyway is loaded first: the cache loader's modules (vm, zlib, module),
  // crypto (the engine's hashes and the sender tables' key) and the output streams (main.ts takes both; for a pipe they
  // bring net). NOTES.md, session 41, start41: scan ONE 657-662 -> 629-630 M instructions.
  const { runWithCodeCache } = require(path.join(bundle, 'code-cache.cjs'));
  if (own === 'scan') {
    require('node:crypto');
    void process.stdout;
    void process.stderr;
    require('node:v8').setFlagsFromString(`--no-regexp-tier-up --interrupt-budget=${4 * 66 * 1024} --interrupt-budget-factor-for-feedback-allocation=${4 * 8} --semi-space-growth-factor=1 --no-incremental-marking`);
  }
  const run = runWithCodeCache(cli);
  // A cache that was missing or unusable (rebuilt bundle, new Node version, other V8 flags) is written anew
  // after this run; the build asks for one always (SPAMLAB_CODE_CACHE=write).
  if (run.state !== 'used' || process.env.SPAMLAB_CODE_CACHE === 'write') process.once('exit', run.writeCache);
} else {
  const esm = path.join(bundle, 'spamlab.js');
  const entry = existsSync(esm) ? esm : path.join(__dirname, '..', 'dist', 'cli', 'entry.js');
  import(require('node:url').pathToFileURL(entry).href);
}
