import { execFile, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, chown, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestContext } from 'node:test';
import { startSmtpSink, type SmtpSink } from './smtp-sink.js';

/**
 * A private Postfix instance for one test: its own configuration, queue and data directories in a temp
 * dir, an SMTP listener on a free loopback port, mail relayed to a loopback sink. It never reads or changes
 * the system's Postfix (/etc/postfix, /var/spool/postfix) and never listens on port 25, so several test
 * runs on one machine can each start their own.
 *
 * @example
 * const pf = await startPostfix(t, { mainCf: { smtpd_milters: `inet:${milter.address}` } });
 * if (!pf) return; // skipped (no Postfix here), or thrown in CI
 * after(() => pf.stop());
 * await swaks(['--server', pf.smtpAddress, '--to', 'a@example.test', …]);
 * const [delivered] = await pf.sink!.waitForMessages(1);
 */
export interface PostfixOptions {
  /** main.cf settings added to (or overriding) the instance's defaults, e.g. smtpd_milters, check_policy_service. */
  mainCf?: Record<string, string>;
  /** Extra master.cf lines (services beyond the ones a relay-only instance needs). */
  masterCf?: string[];
  /** Relay accepted mail to a loopback SMTP sink started here (default true). With false, mail stays queued. */
  sink?: boolean;
  /** How long to wait for the SMTP banner after start (default 15 s). */
  readyTimeoutMs?: number;
}

export interface PostfixInstance {
  /** 127.0.0.1. */
  smtpHost: string;
  smtpPort: number;
  /** `127.0.0.1:port`, for swaks --server. */
  smtpAddress: string;
  /** The instance's root temp dir (etc/, queue/, data/, maillog). */
  dir: string;
  configDir: string;
  /** The sink that receives relayed mail, or null when started with `sink: false`. */
  sink: SmtpSink | null;
  /** The instance's own mail log (Postfix's maillog_file). */
  log(): Promise<string>;
  /** Changes main.cf settings and reloads the running instance. */
  reconfigure(mainCf: Record<string, string>): Promise<void>;
  /** Stops Postfix, closes the sink and deletes every directory of the instance. Idempotent. */
  stop(): Promise<void>;
}

const POSTFIX = '/usr/sbin/postfix';
const POSTCONF = '/usr/sbin/postconf';

/** Why a private Postfix cannot start on this machine, or null when it can. */
export function postfixUnavailableReason(): string | null {
  if (!existsSync(POSTFIX) || !existsSync(POSTCONF)) return `needs Postfix (${POSTFIX}; Debian package "postfix")`;
  if (typeof process.getuid === 'function' && process.getuid() !== 0) return 'needs root to start a private Postfix instance (its master process runs as root)';
  try {
    execFileSync('getent', ['passwd', 'postfix'], { stdio: 'ignore' });
  } catch {
    return 'needs the "postfix" system user (installed with the Debian package)';
  }
  return null;
}

/**
 * Skips the test with a reason when Postfix cannot run here (a failure instead when CI=true), else undefined.
 * Used by startPostfix; exported for tests that need other Postfix tools.
 */
export function requirePostfix(t: TestContext | undefined): boolean {
  const reason = postfixUnavailableReason();
  if (!reason) return true;
  if (process.env.CI === 'true') throw new Error(`CI=true but ${reason}`);
  t?.skip(reason);
  return false;
}

/** Every live instance, so a crashing test run still stops its Postfix masters on exit. */
const live = new Set<string>();
process.once('exit', () => {
  for (const configDir of live) {
    try {
      execFileSync(POSTFIX, ['-c', configDir, 'abort'], { stdio: 'ignore', timeout: 5_000 });
    } catch {
      // best effort: the process is exiting anyway
    }
  }
});

/**
 * Starts a private Postfix (see PostfixInstance). Returns undefined after `t.skip(reason)` when Postfix
 * cannot run here; throws when CI=true and it cannot.
 */
export async function startPostfix(t: TestContext | undefined, options: PostfixOptions = {}): Promise<PostfixInstance | undefined> {
  if (!requirePostfix(t)) return undefined;
  const sink = options.sink === false ? null : await startSmtpSink();
  let lastError: unknown;
  // A port found free can be taken by another test run before master binds it: retry with a new one.
  for (let attempt = 0; attempt < 4; attempt++) {
    try {
      return await startOnce(sink, options);
    } catch (error) {
      lastError = error;
      if (!/address already in use/i.test(String(error))) break;
    }
  }
  await sink?.close();
  throw lastError;
}

async function startOnce(sink: SmtpSink | null, options: PostfixOptions): Promise<PostfixInstance> {
  const dir = await mkdtemp(path.join(tmpdir(), 'spamlab-postfix-'));
  // Postfix's unprivileged daemons must traverse the path into the queue and data directories.
  await chmod(dir, 0o755);
  const configDir = path.join(dir, 'etc');
  const queueDir = path.join(dir, 'queue');
  const dataDir = path.join(dir, 'data');
  const maillog = path.join(dir, 'maillog');
  for (const d of [configDir, queueDir, dataDir]) await mkdir(d, { mode: 0o755 });
  const { uid, gid } = postfixUser();
  await chown(dataDir, uid, gid);
  const port = await freeLoopbackPort();
  const name = `spamlab-test-${randomBytes(4).toString('hex')}`;
  const settings: Record<string, string> = {
    compatibility_level: '3.6',
    config_directory: configDir,
    queue_directory: queueDir,
    data_directory: dataDir,
    mail_owner: 'postfix',
    setgid_group: 'postdrop',
    syslog_name: name,
    maillog_file: maillog,
    maillog_file_prefixes: dir,
    myhostname: 'mx.spamlab.test',
    mydomain: 'spamlab.test',
    myorigin: 'spamlab.test',
    mydestination: '',
    local_recipient_maps: '',
    alias_maps: '',
    alias_database: '',
    inet_interfaces: '127.0.0.1',
    inet_protocols: 'ipv4',
    mynetworks: '127.0.0.0/8',
    smtpd_relay_restrictions: 'permit_mynetworks, reject_unauth_destination',
    smtp_dns_support_level: 'disabled',
    smtp_connect_timeout: '5s',
    smtpd_error_sleep_time: '0',
    smtpd_banner: '$myhostname ESMTP spamlab-test',
    biff: 'no',
    delay_warning_time: '0',
    // Mail relayed to the sink: no DNS, no MX lookup, loopback only.
    relayhost: sink ? `[127.0.0.1]:${sink.port}` : '[127.0.0.1]:9',
    ...(sink ? {} : { defer_transports: 'smtp relay' }),
    ...options.mainCf,
  };
  await writeFile(path.join(configDir, 'main.cf'), mainCfText(settings));
  await writeFile(path.join(configDir, 'master.cf'), masterCfText(port, options.masterCf ?? []));
  const instance: PostfixInstance = {
    smtpHost: '127.0.0.1',
    smtpPort: port,
    smtpAddress: `127.0.0.1:${port}`,
    dir,
    configDir,
    sink,
    log: () => readFile(maillog, 'utf8').catch(() => ''),
    async reconfigure(mainCf) {
      Object.assign(settings, mainCf);
      await writeFile(path.join(configDir, 'main.cf'), mainCfText(settings));
      await run(POSTFIX, ['-c', configDir, 'reload']);
    },
    stop: once(async () => {
      live.delete(configDir);
      await run(POSTFIX, ['-c', configDir, 'stop']).catch(() => run(POSTFIX, ['-c', configDir, 'abort']).catch(() => undefined));
      await waitForMasterExit(queueDir);
      await sink?.close();
      await rm(dir, { recursive: true, force: true });
    }),
  };
  live.add(configDir);
  try {
    await run(POSTFIX, ['-c', configDir, 'start']);
    await waitForBanner(port, options.readyTimeoutMs ?? 15_000);
  } catch (error) {
    const log = await instance.log();
    live.delete(configDir);
    await run(POSTFIX, ['-c', configDir, 'abort']).catch(() => undefined);
    await waitForMasterExit(queueDir);
    await rm(dir, { recursive: true, force: true });
    throw new Error(`private Postfix did not start: ${(error as Error).message}\n--- maillog ---\n${log}`);
  }
  return instance;
}

function mainCfText(settings: Record<string, string>): string {
  return Object.entries(settings)
    .map(([key, value]) => `${key} = ${value}`)
    .join('\n') + '\n';
}

/** A relay-only master.cf: chroot off (the temp dir holds no chroot tree), smtpd on the chosen port only. */
function masterCfText(port: number, extra: string[]): string {
  return [
    `127.0.0.1:${port} inet n - n - - smtpd`,
    'pickup    unix  n - n 60 1 pickup',
    'cleanup   unix  n - n - 0 cleanup',
    'qmgr      unix  n - n 300 1 qmgr',
    'rewrite   unix  - - n - - trivial-rewrite',
    'bounce    unix  - - n - 0 bounce',
    'defer     unix  - - n - 0 bounce',
    'trace     unix  - - n - 0 bounce',
    'verify    unix  - - n - 1 verify',
    'flush     unix  n - n 1000? 0 flush',
    'proxymap  unix  - - n - - proxymap',
    'smtp      unix  - - n - - smtp',
    'relay     unix  - - n - - smtp',
    'showq     unix  n - n - - showq',
    'error     unix  - - n - - error',
    'retry     unix  - - n - - error',
    'discard   unix  - - n - - discard',
    'anvil     unix  - - n - 1 anvil',
    'scache    unix  - - n - 1 scache',
    'postlog   unix-dgram n - n - 1 postlogd',
    ...extra,
  ].join('\n') + '\n';
}

function postfixUser(): { uid: number; gid: number } {
  const entry = execFileSync('getent', ['passwd', 'postfix'], { encoding: 'utf8' }).split(':');
  return { uid: Number(entry[2]), gid: Number(entry[3]) };
}

/** A loopback port free right now (bound and released); the caller retries if someone takes it meanwhile. */
export function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function run(file: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { timeout: 30_000 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${path.basename(file)} ${args.join(' ')}: ${stderr || error.message}`));
      else resolve(stdout);
    });
  });
}

/** Ready = the SMTP banner arrives (master binds before forking, but smtpd may still be spawning). */
async function waitForBanner(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    try {
      const banner = await readBanner(port);
      if (banner.startsWith('220')) return;
      last = banner;
    } catch (error) {
      last = (error as Error).message;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no SMTP banner on 127.0.0.1:${port} within ${timeoutMs} ms (${last})`);
}

function readBanner(port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let text = '';
    socket.setTimeout(5_000, () => socket.destroy(new Error('banner time-out')));
    socket.on('data', (chunk) => {
      text += chunk.toString('latin1');
      if (text.includes('\n')) {
        socket.end('QUIT\r\n');
        resolve(text.trim());
      }
    });
    socket.on('error', reject);
    socket.on('close', () => resolve(text.trim()));
  });
}

async function waitForMasterExit(queueDir: string): Promise<void> {
  const pidText = await readFile(path.join(queueDir, 'pid', 'master.pid'), 'utf8').catch(() => '');
  const pid = Number(pidText.trim());
  if (!pid) return;
  for (let i = 0; i < 100; i++) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function once(fn: () => Promise<void>): () => Promise<void> {
  let promise: Promise<void> | undefined;
  return () => (promise ??= fn());
}

/** Runs swaks (Debian "swaks") and resolves with its exit code and the whole transcript. */
export function swaks(args: string[], timeoutMs = 30_000): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile('swaks', ['--hide-informational', ...args], { timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof (error as { code?: unknown }).code === 'number' ? ((error as { code: number }).code) : -1) : 0;
      resolve({ code, output: `${stdout}${stderr}` });
    });
  });
}
