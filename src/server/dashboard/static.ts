import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** One file the dashboard serves from /static/NAME, read once at start-up. */
export interface StaticAsset {
  body: Uint8Array;
  type: string;
}

const require = createRequire(import.meta.url);

/** The dashboard's own assets: beside this module under tsx, or in the package's src/ when running from dist/. */
function assetsDir(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const beside = path.join(here, 'assets');
  if (existsSync(beside)) return beside;
  let dir = here;
  for (let i = 0; i < 5; i++) {
    const candidate = path.join(dir, 'src', 'server', 'dashboard', 'assets');
    if (existsSync(candidate)) return candidate;
    dir = path.dirname(dir);
  }
  throw new Error('dashboard assets not found (src/server/dashboard/assets)');
}

/**
 * Every static file of the dashboard: its own script and styles, and uPlot and cytoscape from their npm
 * packages (no CDN: the pages load nothing from anywhere but this server).
 */
export function loadStaticAssets(): Map<string, StaticAsset> {
  const dir = assetsDir();
  const js = 'text/javascript; charset=utf-8';
  const css = 'text/css; charset=utf-8';
  const files: [string, string, string][] = [
    ['dashboard.js', path.join(dir, 'dashboard.js'), js],
    ['dashboard.css', path.join(dir, 'dashboard.css'), css],
    ['uplot.js', require.resolve('uplot/dist/uPlot.iife.min.js'), js],
    ['uplot.css', require.resolve('uplot/dist/uPlot.min.css'), css],
    ['cytoscape.js', require.resolve('cytoscape/dist/cytoscape.min.js'), js],
  ];
  return new Map(files.map(([name, file, type]) => [name, { body: readFileSync(file), type }]));
}
