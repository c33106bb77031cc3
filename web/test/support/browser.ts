// Browser tests drive Debian's Chromium (installed by .ci/run; no browser download) with playwright-core
// against the embedded stack: a test platform on the real PostgreSQL whose gateway serves the built app
// (web/dist, built by `npm test` before jest). Screenshots of key pages are kept under
// web/test/artifacts/ for people to look at.
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';

const ROOT = path.resolve(__dirname, '../../..');
export const ARTIFACTS = path.join(ROOT, 'web/test/artifacts');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface WebStack {
  platform: TestPlatform;
  browser: Browser;
  /** The gateway's origin, serving the app at /. */
  origin: string;
  /** A fresh browser context (its own storage: one person) on the app. */
  newPage(options?: { viewport?: { width: number; height: number } }): Promise<{ context: BrowserContext; page: Page }>;
  stop(): Promise<void>;
}

/** The build under test: web/dist, or WEB_DIST (e.g. a build of one's own while others build too). */
const WEB_DIST = path.resolve(ROOT, process.env.WEB_DIST ?? 'web/dist');

function assertPrerequisites(): void {
  if (!existsSync(path.join(WEB_DIST, 'index.html'))) {
    throw new Error(`${WEB_DIST} holds no build: run \`npm run build:web\` (npm test does it first).`);
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is not at ${CHROMIUM}: install it with \`apt-get install -y chromium\` or set CHROMIUM_PATH.`);
  }
}

export async function startWebStack(env: Record<string, string> = {}): Promise<WebStack> {
  assertPrerequisites();
  const platform = await startTestPlatform({ STATIC_DIR: WEB_DIST, ...env });
  const origin = platform.url.replace(/\/graphql$/, '');
  // Running as root in a container needs --no-sandbox; nothing but our own app is loaded.
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
  const contexts: BrowserContext[] = [];
  return {
    platform,
    browser,
    origin,
    async newPage(options = {}) {
      const context = await browser.newContext({ baseURL: origin, viewport: options.viewport ?? { width: 1280, height: 800 } });
      contexts.push(context);
      return { context, page: await context.newPage() };
    },
    async stop() {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close();
      await platform.stop();
    },
  };
}

/** Saves a full-page screenshot as web/test/artifacts/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
}
