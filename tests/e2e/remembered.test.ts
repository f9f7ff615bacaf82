import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { siteUrl, useBrowser } from './support/page.ts';
import { seedSlug } from './support/seed.ts';

const { open } = useBrowser();

/** Lets the page's script run to its end (it runs before the load event, and redirects at once). */
async function idle(page: Page) {
  await page.waitForLoadState('load');
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
}

describe('the language of pages reached without one', () => {
  test.each([
    ['zh-CN', 'zh/'],
    ['zh-TW', 'zh/'],
    ['en-US', 'en/'],
  ])('a first visit to / with the browser in %s goes to /%s', async (locale, home) => {
    const page = await open('', { locale });
    await page.waitForURL(siteUrl(home));
  });

  test('a first visit with a browser in no language of the site stays on /, which offers both', async () => {
    const page = await open('', { locale: 'fr-FR' });
    await idle(page);
    expect(page.url()).toBe(siteUrl(''));
    expect(await page.locator('a.language-choice-link').allInnerTexts()).toEqual(['English', '简体中文']);
  });

  test('a language chosen with the switch is remembered, and / then leads to it over the browser languages', async () => {
    const page = await open(`en/${seedSlug}/`, { locale: 'en-US' });
    await page.locator('.language-switch a[hreflang="zh-Hans"]').click();
    await page.waitForURL(siteUrl(`zh/${seedSlug}/`));
    await page.goto(siteUrl(''));
    await page.waitForURL(siteUrl('zh/'));
    // Choosing English again is remembered as well.
    await page.locator('.language-switch a[hreflang="en"]').click();
    await page.goto(siteUrl(''));
    await page.waitForURL(siteUrl('en/'));
  });

  test('a language chosen on / itself is remembered', async () => {
    const page = await open('', { locale: 'fr-FR' });
    await idle(page);
    await page.getByRole('link', { name: '简体中文' }).click();
    await page.waitForURL(siteUrl('zh/'));
    await page.goto(siteUrl(''));
    await page.waitForURL(siteUrl('zh/'));
  });

  test('an explicitly requested page is never redirected, whatever was chosen before', async () => {
    const page = await open(`zh/${seedSlug}/`, { locale: 'zh-CN' });
    await page.locator('.language-switch a[hreflang="zh-Hans"]').click();
    for (const path of [`en/${seedSlug}/`, 'en/', `en/${seedSlug}/#side-by-side`]) {
      await page.goto(siteUrl(path));
      await idle(page);
      expect(page.url()).toBe(siteUrl(path));
      expect(await page.getAttribute('html', 'lang')).toBe('en');
    }
  });

  test("a paper's address without a language leads to the reader's language, keeping the section", async () => {
    const chinese = await open(`${seedSlug}/#methods`, { locale: 'zh-CN' });
    await chinese.waitForURL(siteUrl(`zh/${seedSlug}/#methods`));
    const english = await open(`${seedSlug}/`, { locale: 'en-GB' });
    await english.waitForURL(siteUrl(`en/${seedSlug}/`));
  });

  test("without JavaScript a paper's address without a language offers both languages as plain links", async () => {
    const page = await open(`${seedSlug}/`, { javaScriptEnabled: false, locale: 'zh-CN' });
    expect(page.url()).toBe(siteUrl(`${seedSlug}/`));
    expect(await page.locator('h1').innerText()).toContain('Perceptions of artificial intelligence in healthcare');
    const links = page.locator('a.language-choice-link');
    expect(await links.allInnerTexts()).toEqual(['Read it in English', '阅读中文版']);
    await links.nth(1).click();
    expect(page.url()).toBe(siteUrl(`zh/${seedSlug}/`));
  });
});
