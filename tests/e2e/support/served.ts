import { afterAll, beforeAll, inject } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { pagePath, type BuiltSite } from './built-sites.ts';

/** Where the test servers serve a page of a built site (see the global setups). */
export function servedUrl(site: BuiltSite, page: string): string {
  const base = inject(site.name === 'dist' ? 'siteUrl' : 'fixtureSiteUrl');
  return new URL(pagePath(page), base).href;
}

/**
 * One Chromium for the test file; `withPage(options, use)` runs `use` on a fresh page in its
 * own context (closed afterwards, so hundreds of pages stay cheap).
 */
export function useChromium() {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    async withPage<T>(options: BrowserContextOptions, use: (page: Page) => Promise<T>): Promise<T> {
      const context = await browser.newContext(options);
      try {
        return await use(await context.newPage());
      } finally {
        await context.close();
      }
    },
  };
}
