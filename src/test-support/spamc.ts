import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import type { TestContext } from 'node:test';

export const SPAMC = '/usr/bin/spamc';

/** True when the real spamc (Debian "spamc") is here; otherwise skips the test (fails when CI=true). */
export function requireSpamc(t: TestContext): boolean {
  if (existsSync(SPAMC)) return true;
  const reason = `needs spamc (${SPAMC}; Debian package "spamc")`;
  if (process.env.CI === 'true') throw new Error(`CI=true but ${reason}`);
  t.skip(reason);
  return false;
}

/**
 * Runs the real spamc against a spamd-protocol server and resolves with its exit code and output.
 * @example const { code, stdout } = await spamc(server.port, ['-c'], message);
 */
export function spamc(port: number, args: string[], input: string | Buffer): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(SPAMC, ['-d', '127.0.0.1', '-p', String(port), ...args], { timeout: 30_000, maxBuffer: 64 * 1024 * 1024, encoding: 'latin1' }, (error, stdout, stderr) => {
      const code = error ? (typeof (error as { code?: unknown }).code === 'number' ? (error as { code: number }).code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
    child.stdin!.on('error', () => undefined);
    child.stdin!.end(input);
  });
}

/** Sends raw request bytes (half-closing like spamc) and resolves with the whole response as latin1 text. */
export function spamdRequest(port: number, request: Buffer | string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => resolve(Buffer.concat(chunks).toString('latin1')));
    socket.end(request);
  });
}
