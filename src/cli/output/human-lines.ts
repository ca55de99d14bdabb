/**
 * `spamlab scan`'s human output, laid out where each message was scanned: a scan pool's render (src/scan/pool.ts
 * RenderModule), which a worker imports by URL, as `--json`'s lines are (json-lines.ts). Without it a batch's
 * workers handed each whole report to the printing thread by structured clone — findings, evidence objects,
 * indicators — to print a few lines of it. The layout is about half the bytes and a few strings instead of an
 * object graph: a report's clone (serialise + deserialise) took 29–32 µs, the layout and its clone 12–14 µs
 * (300 SpamAssassin training messages, session 53), and the printing thread no longer formats. The worker sends
 * the verdict, the score and the layout; the printing thread only adds each id's description the first time the
 * run meets it, which only it can know (human.ts joinHuman).
 */
import type { Verdict } from '../../core/finding.js';
import type { RenderSpec } from '../../scan/pool.js';
import type { ScanReport } from '../../scan/report.js';
import type { Render } from '../../scan/tasks.js';
import { layoutHuman, type HumanFormatOptions, type HumanLayout } from './human.js';

/** What the render needs (plain data: it crosses to the workers). `quiet`: no text, only what the summary counts. */
export type HumanLineOptions = Pick<HumanFormatOptions, 'color' | 'lang' | 'verbose'> & { quiet: boolean };

/** One scanned message as the printing thread gets it: what the summary and --fail-on read, and the laid-out text. */
export interface HumanLine {
  verdict: Verdict;
  score: number;
  /** Absent with `quiet` (nothing is printed per message). */
  layout?: HumanLayout;
}

/** The module a worker imports: this one, found beside the code that names it (tsc's dist/, the bundle's one folder, tsx). */
const HUMAN_LINES_MODULE = new URL(import.meta.url.endsWith('.ts') ? './human-lines.ts' : './human-lines.js', import.meta.url);

/**
 * The render for a pool whose outcomes are printed as `spamlab scan` prints them without --json.
 * @example const pool = createScanPool({ config, threads }, humanLines({ color: false, lang: 'en', verbose: false, quiet: false }));
 */
export function humanLines(options: HumanLineOptions): RenderSpec<HumanLine, HumanLineOptions> {
  return { module: HUMAN_LINES_MODULE, options, loadInProcess: () => Promise.resolve({ createRender }) };
}

export function createRender(options: HumanLineOptions): Render<HumanLine> {
  return (report: ScanReport) =>
    options.quiet ? { verdict: report.verdict, score: report.score } : { verdict: report.verdict, score: report.score, layout: layoutHuman(report, options) };
}
