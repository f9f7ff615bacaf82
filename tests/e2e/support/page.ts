import { afterAll, beforeAll, inject } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';

/** Which served build a test runs on: the plain build, or the sub-path one (see global-setup). */
export type Site = 'siteUrl' | 'subSiteUrl';

/** The built site's URL for `path` (relative, no leading slash). */
export function siteUrl(path = '', site: Site = 'siteUrl'): string {
  return new URL(path, inject(site)).href;
}

/**
 * One Chromium for the test file; `open(path)` gives a fresh page (its own context, so storage
 * and preferences do not leak between tests) already loaded.
 */
export function useBrowser(site: Site = 'siteUrl') {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    async open(path: string, options: BrowserContextOptions = {}): Promise<Page> {
      const context = await browser.newContext(options);
      contexts.push(context);
      const page = await context.newPage();
      const response = await page.goto(siteUrl(path, site));
      if (!response?.ok()) throw new Error(`GET ${siteUrl(path, site)} answered ${response?.status()}`);
      return page;
    },
  };
}
