/**
 * `spamlab scan --json`'s lines, written where each message was scanned: a scan pool's render
 * (src/scan/pool.ts RenderModule), which a worker imports by URL. The worker hands back the line and the
 * few facts the main thread counts, instead of the report's object graph: the main thread of a batch scan only
 * walks the input and prints, and with the reports crossing to it by structured clone its heap grew from 15
 * to 42–48 MB over a 1 GiB mbox (young generation 8 → 32 MB; NOTES.md, "Final runs (session 14)").
 */
import type { Verdict } from '../../core/finding.js';
import { actionPolicyFrom, decideAction, type MailAction } from '../../rules/actions.js';
import type { ActionPolicyConfig } from '../../rules/action-schema.js';
import { withDescriptions, type Lang } from '../../rules/explain.js';
import type { RenderSpec } from '../../scan/pool.js';
import type { ScanReport } from '../../scan/report.js';
import type { Render } from '../../scan/tasks.js';

/** What the render needs (plain data: it crosses to the workers). */
export interface JsonLineOptions {
  lang: Lang;
  /** The configuration's `actions:` (each line says what to do with the message). */
  actions: ActionPolicyConfig | undefined;
}

/** One scanned message as the main thread gets it: the line to write, and what the summary and --fail-on read. */
export interface JsonLine {
  verdict: Verdict;
  score: number;
  /**
   * The NDJSON record, newline included, as UTF-8 bytes: a string would be this thread's heap again (a line is
   * 2–5 KB, twice that in UTF-16 for a Japanese one); bytes cross in a backing store of their own, outside it.
   * Absent when the worker wrote it to the output itself (src/scan/pool.ts ScanPoolOptions.output).
   */
  line?: Uint8Array;
}

/** The module a worker imports: this one, found beside the code that names it (tsc's dist/, the bundle's one folder, tsx). */
const JSON_LINES_MODULE = new URL(import.meta.url.endsWith('.ts') ? './json-lines.ts' : './json-lines.js', import.meta.url);

/**
 * The render for a pool whose outcomes are written as `--json` lines.
 * @example const pool = createScanPool({ config, threads }, jsonLines({ lang: config.lang, actions: config.actions }));
 */
export function jsonLines(options: JsonLineOptions): RenderSpec<JsonLine, JsonLineOptions> {
  return { module: JSON_LINES_MODULE, options, loadInProcess: () => Promise.resolve({ createRender }) };
}

/**
 * The report with each finding id's description in `lang` (explanation at the edge: the scan carries ids and
 * evidence) and the action, as one line. Written into the report, which nothing reads after this, rather than
 * into a spread copy `{ ...report, findings, action }`: the copy cost V8's young generation (NOTES.md, "Final
 * runs (session 14)"). `findings` keeps its place, `action` comes last.
 */
export function createRender(options: JsonLineOptions): Render<JsonLine> {
  const policy = actionPolicyFrom(options.actions);
  // Not Buffer.from: a short string's Buffer is a view on an 8 KB shared pool, and the structured clone would copy the pool.
  const utf8 = new TextEncoder();
  return (report: ScanReport) => {
    const line = report as ScanReport & { action?: MailAction };
    line.findings = withDescriptions(report.findings, options.lang);
    line.action = decideAction(policy, report).action;
    return { verdict: report.verdict, score: report.score, line: utf8.encode(`${JSON.stringify(line)}\n`) };
  };
}
