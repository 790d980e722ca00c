/**
 * Headless Chromium for the end-to-end tests: Debian's `chromium` (`/usr/bin/chromium`,
 * or PARLEY_TEST_CHROMIUM, a test-only setting) driven by playwright-core, with a fresh
 * user-data folder each time, so no earlier login, style or history leaks in. A missing
 * Chromium fails the test with how to install it; it is never a skip.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';

const EXECUTABLE = process.env.PARLEY_TEST_CHROMIUM || '/usr/bin/chromium';

/** The flags Chromium needs in a container: no sandbox, no GPU, nothing fetched in the background. */
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

/** docs/screenshots/: the README's pictures, taken by these tests. */
export const SCREENSHOTS_DIR = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
/** artifacts/e2e/: the same pictures (and failure shots) kept by CI. */
export const ARTIFACTS_DIR = fileURLToPath(new URL('../../artifacts/e2e/', import.meta.url));

export interface Chromium {
  context: BrowserContext;
  page: Page;
  /** Addresses the page asked for that are not on 127.0.0.1 or localhost. */
  offsite: string[];
  close(): Promise<void>;
}

/** Starts headless Chromium with a fresh profile and one 1400×900 page. */
export async function launchChromium(): Promise<Chromium> {
  if (!existsSync(EXECUTABLE)) {
    throw new Error(
      `Chromium is missing: ${EXECUTABLE} does not exist. The browser tests need Debian's chromium ` +
        '(apt-get install -y chromium; .ci/run installs it) or PARLEY_TEST_CHROMIUM set to a Chromium binary.',
    );
  }
  const profile = mkdtempSync(join(tmpdir(), 'parley-e2e-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: EXECUTABLE,
    headless: true,
    args: ARGS,
    viewport: { width: 1400, height: 900 },
    deviceScaleFactor: 1,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const offsite: string[] = [];
  page.on('request', (request) => {
    const { hostname, protocol } = new URL(request.url());
    if (!['data:', 'blob:'].includes(protocol) && !['127.0.0.1', 'localhost'].includes(hostname)) offsite.push(request.url());
  });
  return {
    context,
    page,
    offsite,
    close: async () => {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Saves a screenshot of the page as `name` in artifacts/e2e/ and, when `readme`, in
 * docs/screenshots/; `clipTo` keeps the page from its top down to that element's bottom.
 */
export async function screenshot(page: Page, name: string, options: { readme?: boolean; clipTo?: Locator } = {}): Promise<Buffer> {
  const box = options.clipTo ? await options.clipTo.boundingBox() : null;
  const viewport = page.viewportSize();
  const clip = box && viewport ? { x: 0, y: 0, width: viewport.width, height: Math.min(viewport.height, Math.ceil(box.y + box.height + 12)) } : undefined;
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const png = await page.screenshot({ path: join(ARTIFACTS_DIR, name), clip });
  if (options.readme) {
    mkdirSync(SCREENSHOTS_DIR, { recursive: true });
    writeFileSync(join(SCREENSHOTS_DIR, name), png);
  }
  return png;
}
