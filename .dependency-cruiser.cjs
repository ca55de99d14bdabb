/**
 * spamlab's layer rules, checked by `npm test` (scripts/test.sh runs `depcruise` over src/). Layers point
 * inward: a module may import its own layer and any layer listed before it, never one after it.
 *
 *   mail ← engines ← core ← checks ← rules/score ← scan ← store ← analyses ← config ← observability ← runtime ← adapters
 *
 * - mail: parsing (knows nothing of ours);
 * - engines: auth, brands, classifier, files, ipinfo, links, lookalike, neardup (pure analysis; brands → lookalike only);
 * - core: finding and check types, the typed id catalogue types, the service ports checks may use;
 * - checks: one folder per family, no scores inside, no I/O (no node:fs/net/dns/http, no database);
 * - rules, score: the declarative score / explanation / action tables and the code that applies them;
 * - scan: engine, pool, report; store: the Store interface and its SQLite / PostgreSQL implementations;
 * - analyses: trends, campaigns, report, intel, outbound (over the store);
 * - config: the whole configuration schema (composed from each layer's own settings);
 * - observability: Prometheus metrics, health and readiness, secret-free logging (used by runtime and adapters);
 * - runtime: the one composition root (configuration → services → scanner);
 * - adapters: cli, server, mta, queue (they start from the runtime).
 * Test code (*.test.ts, test-support/, fixtures/) may import any layer; product code never imports it.
 * Cycles are refused everywhere.
 */
const LAYERS = [
  ['mail'],
  ['auth', 'brands', 'classifier', 'files', 'ipinfo', 'links', 'lookalike', 'neardup'],
  ['core'],
  ['checks'],
  ['rules', 'score'],
  ['scan'],
  ['store'],
  ['trends', 'campaigns', 'report', 'intel', 'outbound'],
  ['config'],
  ['observability'],
  ['runtime'],
  ['cli', 'server', 'mta', 'queue'],
];

/** Test code: exempt from the layer order, and never imported by product code. */
const TEST_CODE = '(\\.test\\.ts$|/test-support/|/fixtures/|/test-[^/]*\\.ts$|\\.suite\\.ts$)';
const folders = (names) => `^src/(${names.join('|')})/`;
const KNOWN = LAYERS.flat();

const layerRules = LAYERS.slice(0, -1).map((layer, i) => ({
  name: `layer-${layer.join('-')}`,
  comment: `${layer.join(', ')} may not import an outer layer (${LAYERS.slice(i + 1).flat().join(', ')})`,
  severity: 'error',
  from: { path: folders(layer), pathNot: TEST_CODE },
  to: { path: folders(LAYERS.slice(i + 1).flat()) },
}));

/** Node modules and drivers that open files, sockets or databases: only the runtime and outer layers build them. */
const IO_MODULES = '^(node:)?(fs|fs/promises|net|dns|dns/promises|http|https|http2|tls|dgram|child_process|worker_threads)$';
const IO_PACKAGES = '^node_modules/(better-sqlite3|pg|ioredis|bullmq)/';

module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'no-io-in-pure-layers',
      comment: 'core, checks, rules and score do no I/O: everything they use comes in through the services of src/core (built by src/runtime)',
      severity: 'error',
      from: { path: folders(['core', 'checks', 'rules', 'score']), pathNot: TEST_CODE },
      to: { dependencyTypes: ['core'], path: IO_MODULES },
    },
    {
      name: 'no-drivers-in-pure-layers',
      comment: 'core, checks, rules and score open no database or queue',
      severity: 'error',
      from: { path: folders(['core', 'checks', 'rules', 'score']), pathNot: TEST_CODE },
      to: { path: IO_PACKAGES },
    },
    {
      name: 'engines-brands-over-lookalike',
      comment: 'the lookalike engine knows domains, not brands: brands may use lookalike, never the reverse',
      severity: 'error',
      from: { path: '^src/lookalike/', pathNot: TEST_CODE },
      to: { path: '^src/brands/' },
    },
    {
      name: 'no-test-code-in-product',
      comment: 'test helpers and fixtures are imported only by tests (and stay out of dist/)',
      severity: 'error',
      from: { path: '^src/', pathNot: TEST_CODE },
      to: { path: TEST_CODE },
    },
    {
      name: 'known-folders-only',
      comment: 'every top-level folder of src/ has a place in the layer order (add a new one to LAYERS)',
      severity: 'error',
      from: { path: '^src/', pathNot: `(${folders(KNOWN)}|${TEST_CODE}|^src/[^/]+$)` },
      to: {},
    },
    {
      name: 'no-circular',
      comment: 'no import cycles of run-time imports (a type-only back-reference, e.g. a repository naming its owner\'s type, loads nothing)',
      severity: 'error',
      from: { path: '^src/', pathNot: TEST_CODE },
      to: { circular: true, pathNot: TEST_CODE, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|node_modules)/' },
    // Type-only imports count: a layer that names an outer layer's types depends on it all the same.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], extensions: ['.ts', '.js', '.mjs', '.cjs', '.json'] },
    moduleSystems: ['es6', 'cjs'],
  },
};
