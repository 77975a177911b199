import { existsSync, mkdirSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import type { CountryTimelineView, TimelineEntry } from '../../src/web/web-api.client';
import { UserAccountStore } from '../../src/auth/user-account.store';
import { createUser } from '../../src/auth/user-accounts';
import { CountryDirectory } from '../../src/countries/country-directory';
import { ITU_REGIONS } from '../../src/countries/itu-region';
import { startTestApp, TestApp } from '../support/test-app';

export const BROWSER_USER = { name: 'browser-officer', password: 'correct horse battery staple' };

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const SCREENSHOT_DIR = join(__dirname, '..', '..', 'test-artifacts', 'screenshots');

export const VIEWPORTS = {
  desktop: { width: 1920, height: 1080 },
  phone: { width: 360, height: 740 },
} as const;

export const chromiumIsInstalled = () => existsSync(CHROMIUM_PATH);

/** A listening app with demo data and a headless system Chromium; records every URL the pages request. */
export class BrowserHarness {
  readonly requestedUrls: string[] = [];
  readonly pageErrors: string[] = [];

  private constructor(
    readonly app: TestApp,
    readonly baseUrl: string,
    private readonly browser: Browser,
    private readonly contexts: BrowserContext[] = [],
  ) {}

  static async start(): Promise<BrowserHarness> {
    const app = await startTestApp({ seedDemo: true });
    await createUser(app.app.get(UserAccountStore), new CountryDirectory(), {
      ...BROWSER_USER,
      roles: ['officer', 'manager', 'admin'],
      regions: [...ITU_REGIONS],
    });
    await app.app.listen(0, '127.0.0.1');
    const { port } = app.app.getHttpServer().address() as AddressInfo;
    const browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-gpu'],
    });
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    return new BrowserHarness(app, `http://127.0.0.1:${port}`, browser);
  }

  /** A new browser context, signed in through the sign-in page unless `signedIn` is false. */
  async page(viewport: { width: number; height: number } = VIEWPORTS.desktop, signedIn = true): Promise<Page> {
    const context = await this.browser.newContext({ viewport, acceptDownloads: true });
    this.contexts.push(context);
    const page = await context.newPage();
    page.on('request', (request) => this.requestedUrls.push(request.url()));
    page.on('pageerror', (error) => this.pageErrors.push(`${page.url()}: ${error.message}`));
    page.setDefaultTimeout(15_000);
    if (signedIn) await this.signIn(page);
    return page;
  }

  /** The CSRF token the signed-in page's scripts send, from its readable cookie. */
  async csrfToken(page: Page): Promise<string> {
    const cookie = (await page.context().cookies()).find((candidate) => candidate.name === 'ta_csrf');
    return decodeURIComponent(cookie?.value ?? '');
  }

  async signIn(page: Page, user = BROWSER_USER): Promise<void> {
    await page.goto(this.url('/signin'));
    await page.getByLabel('User name').fill(user.name);
    await page.getByLabel('Password').fill(user.password);
    await Promise.all([page.waitForURL(this.url('/')), page.getByRole('button', { name: 'Sign in' }).click()]);
  }

  url(path: string): string {
    return `${this.baseUrl}${path}`;
  }

  async screenshot(page: Page, name: string): Promise<string> {
    const path = join(SCREENSHOT_DIR, `${name}.png`);
    await page.screenshot({ path, fullPage: true });
    return path;
  }

  async api<T>(path: string): Promise<T> {
    const response = await this.app.http().get(`/api${path}`).expect(200);
    return response.body as T;
  }

  timeline(code: string): Promise<TimelineEntry[]> {
    return this.api<CountryTimelineView>(`/countries/${code}/timeline`).then((timeline) => timeline.entries);
  }

  async stop(): Promise<void> {
    for (const context of this.contexts) await context.close();
    await this.browser.close();
    await this.app.close();
  }
}

/**
 * Runs `tests` against one harness per file, then checks that no page threw and that nothing was
 * fetched from outside the app. Without Chromium, says so and records the skip as a passing test.
 */
export function describeInBrowser(name: string, tests: (harness: () => BrowserHarness) => void): void {
  if (!chromiumIsInstalled()) {
    describe(name, () => {
      it(`is not run: ${CHROMIUM_PATH} is missing`, () => {
        console.warn(`SKIPPED "${name}": ${CHROMIUM_PATH} is not installed (apt-get install -y chromium)`);
        expect(chromiumIsInstalled()).toBe(false);
      });
    });
    return;
  }
  describe(name, () => {
    let harness: BrowserHarness;
    beforeAll(async () => {
      harness = await BrowserHarness.start();
    });
    afterAll(async () => {
      await harness?.stop();
    });

    tests(() => harness);

    it('runs its scripts without errors', () => {
      expect(harness.pageErrors).toEqual([]);
    });

    it('loads every script, style and map file from the app itself', () => {
      expect(harness.requestedUrls.length).toBeGreaterThan(3);
      expect(harness.requestedUrls.filter((url) => !url.startsWith(harness.baseUrl) && !url.startsWith('data:'))).toEqual([]);
    });
  });
}
