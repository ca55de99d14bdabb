import { PassThrough } from 'node:stream';
import { main } from '../cli/main.js';

/**
 * Runs the CLI in this process with captured stdout and stderr (no stdin), for tests that check output and
 * exit codes without spawning (src/test-support/run-cli.ts spawns when signals or a real process matter).
 * @example const { code, out } = await runCliInProcess(['store', 'stats', '--json']);
 */
export async function runCliInProcess(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d) => (out += d));
  stderr.on('data', (d) => (err += d));
  const code = await main(['node', 'spamlab', ...argv], { stdout, stderr, stdin: new PassThrough() });
  return { code, out, err };
}
