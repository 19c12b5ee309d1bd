import path from 'node:path';
import { type Browser, type BrowserContext, type Page, chromium } from 'playwright-core';
import { ARTIFACTS } from './paths';

export const DEMO_PASSWORD = 'Bemanna-demo-2026';

export function baseUrl(): string {
  const url = process.env.BEMANNA_E2E_URL;
  if (!url) throw new Error('BEMANNA_E2E_URL is not set: run the suite with `npm run test:e2e`');
  return url;
}

/** Debian's Chromium, never a downloaded browser. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  /** Uncaught exceptions in the page: a test fails when there are any. */
  pageErrors: string[];
}

/**
 * A fresh browser context. The browser's own zone and language are deliberately not Swedish, so a
 * time shown in the browser's zone or an English default would show up.
 */
export async function openPage(browser: Browser, width = 1280, height = 900): Promise<OpenedPage> {
  const context = await browser.newContext({
    baseURL: baseUrl(),
    viewport: { width, height },
    locale: 'en-US',
    timezoneId: 'America/New_York',
  });
  const page = await context.newPage();
  openPages.add(page);
  page.on('close', () => openPages.delete(page));
  page.setDefaultTimeout(15_000);
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return { context, page, pageErrors };
}

export async function logIn(page: Page, email: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('E-postadress').fill(email);
  await page.getByLabel('Lösenord').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  // Navigations are transitions: the URL changes while the login page (with its own heading) is still
  // shown and the start page's code loads. Only a heading in the app's content means the start page is
  // on screen, so a click that follows cannot be undone by the redirect that closes the phone menu.
  await page.locator('#main').getByRole('heading', { level: 1 }).first().waitFor();
}

/** Pages of the running test file that are still open (for screenshots when a test fails). */
const openPages = new Set<Page>();

/** A viewport screenshot of every open page, named after the failed test. */
export async function failureScreenshots(testName: string): Promise<void> {
  const slug = testName.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 80);
  let n = 0;
  for (const page of openPages) {
    await page.screenshot({ path: path.join(ARTIFACTS, `FAILED-${slug}-${++n}.png`) }).catch(() => undefined);
  }
}

/** Saves `tests/e2e/artifacts/<name>.png`: the whole page, or only what is on screen. */
export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  const fullPage = options.fullPage ?? true;
  // A full-page capture of a scrolled page would paint the sticky top bar mid-page.
  if (fullPage) await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage });
}

/**
 * The browser for the test file that calls this (at its top level): launched before its tests,
 * closed after them. Returns `open`, a fresh page per call; after each test every page it opened is
 * closed, and the test fails when any of them had an uncaught exception.
 */
export function useBrowser(): (width?: number, height?: number) => Promise<Page> {
  let browser: Browser;
  let opened: OpenedPage[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterEach(async () => {
    for (const o of opened) {
      expect(o.pageErrors).toEqual([]);
      await o.context.close();
    }
    opened = [];
  });
  afterAll(async () => {
    await browser?.close();
  });
  return async (width, height) => {
    const o = await openPage(browser, width, height);
    opened.push(o);
    return o.page;
  };
}
