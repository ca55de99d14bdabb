import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestContext } from 'node:test';
import { chromium, type BrowserContext } from 'playwright-core';

/** Debian's chromium (CI installs the `chromium` package); SPAMLAB_CHROMIUM overrides the path. */
export const CHROMIUM_PATH = process.env.SPAMLAB_CHROMIUM ?? '/usr/bin/chromium';

/**
 * Launches headless Chromium with a fresh profile, no sandbox (containers), and every background network
 * feature off, so a page can reach nothing it was not given. Undefined (test skipped with the reason) when
 * Chromium is missing — but under CI=true a missing Chromium fails the test.
 * @example const b = await launchChromium(t); if (!b) return; try { const page = await b.context.newPage(); … } finally { await b.close(); }
 */
export async function launchChromium(t: TestContext): Promise<{ context: BrowserContext; close(): Promise<void> } | undefined> {
  if (!existsSync(CHROMIUM_PATH)) {
    const reason = `needs Chromium at ${CHROMIUM_PATH} (Debian package chromium)`;
    if (process.env.CI === 'true') throw new Error(`${reason}; CI must install it`);
    t.skip(reason);
    return undefined;
  }
  const profile = mkdtempSync(path.join(tmpdir(), 'spamlab-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-default-apps',
      '--disable-domain-reliability',
      '--disable-sync',
      '--no-first-run',
      '--no-default-browser-check',
      '--metrics-recording-only',
      '--disable-features=Translate,OptimizationHints,MediaRouter',
    ],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
