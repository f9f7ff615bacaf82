import { describe, expect, test } from 'vitest';
import { siteUrl, useBrowser } from './support/page.ts';
import { resultLink, resultLinks, searchFromHeader, searchOutcome, watchForProblems } from './support/search.ts';
import { searchSuite } from './support/search-suite.ts';
import { seedSlug } from './support/seed.ts';

// The same tests on the site built with `BASE=/sub/`, served with
// `Content-Security-Policy: script-src 'self' 'wasm-unsafe-eval'` (see support/global-setup.ts).
searchSuite('subSiteUrl');

const { open } = useBrowser('subSiteUrl');
const url = (path: string) => siteUrl(path, 'subSiteUrl');

describe('under a sub-path and a strict Content-Security-Policy', () => {
  test('the policy is in force, and searching breaks none of it', async () => {
    const page = await open('en/');
    const problems = watchForProblems(page);
    const response = await page.goto(url(`en/${seedSlug}/`));
    expect(response?.headers()['content-security-policy']).toBe("script-src 'self' 'wasm-unsafe-eval'");
    await page.locator('.related-filter select[name="year"]').selectOption('2024');
    expect(await page.locator('.related-list > li:visible').count()).toBe(2);
    await searchFromHeader(page, 'Kaunas');
    expect(page.url()).toBe(url('en/search/?q=Kaunas'));
    expect(problems).toEqual([]);
  });

  test('the year filter narrows the results', async () => {
    const page = await open('en/search/?q=health');
    expect(await searchOutcome(page)).toBe('3 results for health');
    expect(await resultLinks(page)).toHaveLength(3);
    const year = page.getByLabel('Year');
    await year.focus();
    await page.waitForFunction(() => document.querySelectorAll('select[name="year"] option').length > 1);
    expect(await year.locator('option').allInnerTexts()).toEqual(['All years', '2023 (1)', '2020 (1)', '2019 (1)']);
    await year.selectOption('2020');
    expect(await searchOutcome(page)).toBe('1 result for health');
    expect(await resultLinks(page)).toEqual([url(`en/${seedSlug}/`)]);
    expect(await year.locator('option').allInnerTexts()).toEqual(['All years', '2023 (0)', '2020 (1)', '2019 (0)']);
  });

  test('the journal filter narrows the Chinese results the same way', async () => {
    const page = await open('zh/search/?q=健康');
    expect(await searchOutcome(page)).toBe('找到 3 个 健康 的相关结果');
    const journal = page.getByLabel('期刊');
    await journal.hover();
    await page.waitForFunction(() => document.querySelectorAll('select[name="journal"] option').length > 1);
    await journal.selectOption('NPJ Digit Med');
    expect(await searchOutcome(page)).toBe('找到 1 个 健康 的相关结果');
    expect(await resultLinks(page)).toEqual([url('zh/fixture-imaging-2019/')]);
  });

  test('results come a page at a time: a button shows the next ones and takes the focus to them', async () => {
    const page = await open('en/');
    // Record every text a live region is given, however briefly it holds it.
    await page.addInitScript(() => {
      const heard: string[] = [];
      (window as unknown as { heard: string[] }).heard = heard;
      new MutationObserver(() => {
        for (const region of document.querySelectorAll('[aria-live]')) {
          if (region.textContent) heard.push(region.textContent);
        }
      }).observe(document, { childList: true, subtree: true, characterData: true });
    });
    await page.goto(url('en/search/'));
    // A page of one result, so this site's three results for “health” make three pages.
    await page.locator('[data-search]').evaluate((search) => search.setAttribute('data-page-size', '1'));
    await page.locator('#search-query').fill('health');
    expect(await searchOutcome(page, 'health')).toBe('3 results for health');
    expect(await resultLinks(page)).toHaveLength(1);
    // What is announced is how many were found, not how many are shown.
    await page.waitForFunction(() => (window as unknown as { heard: string[] }).heard.includes('3 results for health'));
    const more = page.locator('[data-search-more]');
    expect(await more.innerText()).toBe('Show more results');
    await more.click();
    await page.waitForFunction(
      (resultLink) => document.activeElement === document.querySelectorAll(resultLink)[1],
      resultLink,
    );
    expect(await resultLinks(page)).toHaveLength(2);
    await more.click();
    await page.waitForFunction((resultLink) => document.querySelectorAll(resultLink).length === 3, resultLink);
    expect(await more.isHidden()).toBe(true);
    expect(await searchOutcome(page)).toBe('3 results for health');
  });
});
