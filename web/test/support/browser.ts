// Browser tests drive Debian's Chromium (installed by .ci/run; no browser download) with playwright-core
// against the embedded stack: a test platform on the real PostgreSQL whose gateway serves the built app
// (web/dist, built by `npm test` before jest). Screenshots of key pages are kept under
// web/test/artifacts/ for people to look at.
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { Person } from '../../../scripts/platform/test-people';
import type { PrismaClient } from '../../../subgraphs/kit/src/db';
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import { freePort } from '../../../scripts/platform/launch-process';

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
  /** A fresh context signed in as `person`: the session is in localStorage before the app starts. */
  pageAs(person: Person, viewport?: { width: number; height: number }): Promise<Page>;
  stop(): Promise<void>;
}

/** How long a page may take to show what a test waits for, and a browser test to run. */
const PAGE_TIMEOUT_MS = 60_000;
jest.setTimeout(240_000);
// A browser test that fails under CI's load is run once more (its first failure is printed); one that
// is broken fails both times.
jest.retryTimes(1, { logErrorsBeforeRetry: true });

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
  // The gateway's port is chosen first so PUBLIC_URL (where checkouts return people) is this stack.
  const port = await freePort();
  const platform = await startTestPlatform({ STATIC_DIR: WEB_DIST, GATEWAY_PORT: String(port), PUBLIC_URL: `http://127.0.0.1:${port}`, ...env });
  const origin = platform.url.replace(/\/graphql$/, '');
  // Running as root in a container needs --no-sandbox; nothing but our own app is loaded.
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
  const contexts: BrowserContext[] = [];
  const stack: WebStack = {
    platform,
    browser,
    origin,
    async newPage(options = {}) {
      const context = await browser.newContext({ baseURL: origin, viewport: options.viewport ?? { width: 1280, height: 800 } });
      // CI runs two test files at once on two cores: pages get more time than on an idle machine.
      context.setDefaultTimeout(PAGE_TIMEOUT_MS);
      contexts.push(context);
      return { context, page: await context.newPage() };
    },
    async pageAs(person, viewport) {
      const { page } = await stack.newPage(viewport ? { viewport } : {});
      const session = JSON.stringify({ accessToken: person.token, refreshToken: `unused-${randomUUID()}`, user: { id: person.id, displayName: person.displayName } });
      await page.addInitScript(`window.localStorage.setItem('scrollforge.session', ${JSON.stringify(session)})`);
      return page;
    },
    async stop() {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close();
      await platform.stop();
    },
  };
  return stack;
}

/** Saves a full-page screenshot as web/test/artifacts/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** Waits for a condition the page reaches on its own (e.g. a form clearing after its request). */
export async function until(check: () => Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * One web stack for the test file: started before its first test (handed to `onStarted` with a Prisma
 * client over every schema) and stopped after its last.
 */
export function useWebStack(onStarted: (started: { stack: WebStack; prisma: PrismaClient }) => void, env: Record<string, string> = {}): void {
  let stack: WebStack | undefined;
  beforeAll(async () => {
    stack = await startWebStack(env);
    onStarted({ stack, prisma: stack.platform.handle.services.prisma });
  }, 120_000);
  afterAll(async () => {
    await stack?.stop();
  });
}
