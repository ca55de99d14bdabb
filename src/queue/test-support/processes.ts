import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from '../../test-support/shared-data.js';

const RUN_CLI = path.join(REPO_ROOT, 'src/test-support/run-cli.ts');

export interface CliProcess {
  child: ChildProcess;
  /** Resolves with the exit code (or the signal's name) once the process ended. */
  exited: Promise<number | string>;
  output(): string;
}

/** Runs the real `spamlab` CLI from the sources in its own process (signals, exit codes, crashes are real). */
export function spawnCli(args: string[], env: NodeJS.ProcessEnv = {}): CliProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', RUN_CLI, ...args], { cwd: REPO_ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | string>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal ?? -1)));
  return { child, exited, output: () => out };
}

/**
 * Polls `condition` until it holds. The time-out is a guard against a hung test (it fails with what was
 * awaited), never the thing asserted: tests assert counts, not durations.
 */
export async function waitUntil(condition: () => Promise<boolean> | boolean, what: string, guardMs = 180_000, everyMs = 50): Promise<void> {
  const started = Date.now();
  for (;;) {
    if (await condition()) return;
    if (Date.now() - started > guardMs) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
