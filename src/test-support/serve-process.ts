import { spawn, type ChildProcess } from 'node:child_process';
import type { TestContext } from 'node:test';
import { fileURLToPath } from 'node:url';

/**
 * `spamlab serve` as its own process, run from the TypeScript sources (no build): what an operator starts,
 * with its real signals, logs and listeners. Resolves once every listener asked for has said where it is.
 *
 * @example
 * const serve = await startServeProcess(t, ['--milter', '127.0.0.1:0'], { SPAMLAB_STORE: db });
 * await fetch(`${serve.url}/api/messages`); …; assert.equal(await serve.stop(), 0);
 */
export interface ServeProcess {
  child: ChildProcess;
  /** `http://127.0.0.1:PORT` of the API and dashboard. */
  url: string;
  /** `127.0.0.1:PORT` of the milter, when `--milter` was given. */
  milter?: string;
  /** Port of the spamd-protocol listener, when `--spamd` was given. */
  spamdPort?: number;
  /** Everything written so far (JSON logs on stdout; human notes on stderr). */
  stdout(): string;
  stderr(): string;
  /** Sends SIGTERM and resolves with the exit code. */
  stop(): Promise<number | null>;
}

const root = new URL('../../', import.meta.url);

export async function startServeProcess(t: TestContext, args: string[], env: Record<string, string>): Promise<ServeProcess> {
  const entry = `import(${JSON.stringify(new URL('src/cli/main.ts', root).href)}).then((m) => m.main(['node', 'spamlab', ...process.argv.slice(1)])).then((code) => { process.exitCode = code; })`;
  const child = spawn(process.execPath, ['--import', 'tsx', '-e', entry, 'serve', '--http', '127.0.0.1:0', ...args], {
    cwd: fileURLToPath(root),
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  t.after(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  let stdout = '';
  let stderr = '';
  const wantMilter = args.includes('--milter');
  const wantSpamd = args.includes('--spamd');
  const found = await new Promise<{ url: string; milter?: string; spamdPort?: number }>((resolve, reject) => {
    const check = () => {
      const url = /"url":"(http:\/\/127\.0\.0\.1:\d+)"/.exec(stdout)?.[1];
      const spamd = /spamd protocol at 127\.0\.0\.1:(\d+)/.exec(stderr)?.[1];
      const milter = /milter at (127\.0\.0\.1:\d+)/.exec(stderr)?.[1];
      if (url && (!wantSpamd || spamd) && (!wantMilter || milter)) {
        resolve({ url, ...(milter ? { milter } : {}), ...(spamd ? { spamdPort: Number(spamd) } : {}) });
      }
    };
    child.stdout!.on('data', (d) => {
      stdout += d;
      check();
    });
    child.stderr!.on('data', (d) => {
      stderr += d;
      check();
    });
    void exited.then((code) => reject(new Error(`serve exited with ${code} before it was ready: ${stderr}`)));
  });
  return {
    child,
    ...found,
    stdout: () => stdout,
    stderr: () => stderr,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

/**
 * GET `url`/readyz until it answers 200, or until `deadlineMs` passes (then the last answer is returned for the
 * test to assert on). Readiness is eventual by design: the model probe is down until the scan worker has started
 * and loaded the model, which on a loaded machine takes longer than the probe's own 2-second bound — asking once
 * right after start-up made a test depend on the machine's speed.
 */
export async function readyAnswer(url: string, deadlineMs = 60_000): Promise<{ status: number; text: string }> {
  const until = Date.now() + deadlineMs;
  for (;;) {
    const res = await fetch(`${url}/readyz`);
    const answer = { status: res.status, text: await res.text() };
    if (answer.status === 200 || Date.now() >= until) return answer;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
