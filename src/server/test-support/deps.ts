import { Writable } from 'node:stream';
import pino from 'pino';
import { defaultConfig } from '../../config/load.js';
import { createScanPool } from '../../runtime/index.js';
import type { AppDeps } from '../context.js';

export const TEST_TOKEN = 'test-token-0123456789abcdef';

/** A pino logger writing into an array of lines, so tests can read what was logged. */
export function captureLogger(): { logger: pino.Logger; lines: string[] } {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  return { logger: pino({ level: 'debug' }, sink), lines };
}

/**
 * App dependencies for tests: the real scanner (in-process), a fixed clock, the test token, a captured
 * logger; override any part.
 */
export function testDeps(overrides: Partial<AppDeps> = {}): AppDeps & { logLines: string[] } {
  const { logger, lines } = captureLogger();
  const config = defaultConfig();
  return {
    scanner: createScanPool({ config, threads: 1, fingerprint: true }),
    data: {},
    access: { token: TEST_TOKEN, publicRead: false },
    logger,
    lang: 'en',
    // The handler's time-out is a wall-clock limit, so a test that does not test it keeps it out of reach: a first scan
    // starts the pool's worker and ran past 20 s on a CI machine at load 19 (a 503, then a 400 on the hash it lacked).
    // The tests of the time-out itself set their own (app.test.ts).
    limits: { maxBodyBytes: 1024 * 1024, handlerTimeoutMs: 600_000 },
    version: '0.0.0-test',
    now: () => new Date('2026-01-15T10:00:00Z'),
    ...overrides,
    logLines: lines,
  };
}

export const auth = { Authorization: `Bearer ${TEST_TOKEN}` };
