import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations } from './support/axe.ts';
import { launchBrowser } from './support/browser.ts';
import { everyPage } from './support/built-sites.ts';
import { servedUrl } from './support/served.ts';
import { useBrowser } from './support/page.ts';
import { resultLinks, searchOutcome } from './support/search.ts';

/** The ways a reader may see a page: light and dark scheme, a desktop and a phone. */
const views = [
  { name: 'light, 1280 px', colorScheme: 'light', viewport: { width: 1280, height: 900 } },
  { name: 'dark, 1280 px', colorScheme: 'dark', viewport: { width: 1280, height: 900 } },
  { name: 'light, 375 px', colorScheme: 'light', viewport: { width: 375, height: 740 } },
] as const;

// One tab per view, reused from page to page: launching contexts costs more than axe itself.
let browser: Browser;
const tabs: Page[] = [];
beforeAll(async () => {
  browser = await launchBrowser();
  for (const { colorScheme, viewport } of views)
    tabs.push(await (await browser.newContext({ colorScheme, viewport })).newPage());
});
afterAll(async () => {
  await browser?.close();
});

describe('axe-core finds no violations on any built page, in any view', () => {
  test.each(everyPage)(
    '%s',
    async (_name, site, page) => {
      const found: string[] = [];
      for (const [index, view] of views.entries()) {
        const tab = tabs[index]!;
        await tab.goto(servedUrl(site, page));
        found.push(...(await axeViolations(tab)).map((violation) => `${view.name}: ${violation}`));
      }
      expect(found).toEqual([]);
    },
    120_000,
  );
});

describe('axe-core finds no violations on search pages once results are shown', () => {
  const { open } = useBrowser();
  test.each(['en/search/?q=Kaunas', 'zh/search/?q=健康'])('on /%s', async (path) => {
    const page = await open(path);
    await searchOutcome(page);
    await resultLinks(page);
    expect(await axeViolations(page)).toEqual([]);
  });
});
