// Launches Debian's Chromium through playwright-core. Without Chromium the
// tests are skipped on a developer's machine and fail in CI, where the
// pipeline installs it.

import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--lang=en-US',
];

/**
 * Returns the reason to skip the browser tests, or false to run them. In CI a
 * missing Chromium is an error, because the tests must not pass unrun.
 */
export function skipReason(): string | false {
  if (existsSync(CHROMIUM_PATH)) return false;
  const reason = `Chromium is missing at ${CHROMIUM_PATH}: install Debian's chromium package or set CHROMIUM_PATH.`;
  if (process.env.CI === 'true') throw new Error(reason);
  return reason;
}

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchBrowser(downloadsPath: string): Promise<Browser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'alg-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1366, height: 900 },
    locale: 'en-US',
    timezoneId: 'Asia/Tokyo',
    acceptDownloads: true,
    downloadsPath,
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
