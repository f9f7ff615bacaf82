import { describe, expect, test } from 'vitest';
import { siteUrl, useBrowser } from './support/page.ts';
import { searchSuite } from './support/search-suite.ts';
import { seedSlug } from './support/seed.ts';

searchSuite('siteUrl');

const { open } = useBrowser();

describe('pages other than the search page', () => {
  test.each(['en/', `zh/${seedSlug}/`])('load none of Pagefind’s code (/%s)', async (path) => {
    const page = await open(path);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.reload({ waitUntil: 'networkidle' });
    expect(requested).toContain(new URL(siteUrl(path)).pathname);
    expect(requested.filter((url) => url.includes('/pagefind/'))).toEqual([]);
  });
});

describe('without JavaScript', () => {
  test('the header’s search form still reaches the search page with the query, which explains itself', async () => {
    const page = await open(`zh/${seedSlug}/`, { javaScriptEnabled: false });
    await page.fill('#site-search-query', '医疗保健');
    await Promise.all([page.waitForURL(/\/zh\/search\//), page.press('#site-search-query', 'Enter')]);
    expect(page.url()).toBe(siteUrl(`zh/search/?q=${encodeURIComponent('医疗保健')}`));
    expect(await page.getAttribute('html', 'lang')).toBe('zh-Hans');
    expect(await page.locator('main').innerText()).toContain('搜索在浏览器中运行,需要启用 JavaScript。');
    expect(await page.locator('[data-search]').isVisible()).toBe(false);
  });

  test('a paper’s related citations are all listed, with no filter shown', async () => {
    const page = await open(`en/${seedSlug}/`, { javaScriptEnabled: false });
    expect(await page.locator('.related-list > li:visible').count()).toBe(11);
    expect(await page.locator('form.related-filter').isVisible()).toBe(false);
  });
});

describe('when the search index is missing (as under `astro dev` before any build)', () => {
  test('the search page says how to build it', async () => {
    const page = await open('en/');
    await page.route('**/pagefind/**', (route) => route.fulfill({ status: 404, body: 'Not found' }));
    await page.goto(siteUrl('en/search/?q=Kaunas'));
    const notice = page.locator('[data-search-missing]');
    await notice.waitFor();
    expect(await notice.innerText()).toBe(
      'The search index has not been built yet. Run “npm run build” once, then reload this page.',
    );
  });
});

describe('the related-citation filter on a paper page', () => {
  test('narrows the list by year and journal, with counts, and shows all again', async () => {
    const page = await open(`en/${seedSlug}/`);
    const visible = page.locator('.related-list > li:visible');
    const status = page.locator('.related-filter-status');
    const journal = page.locator('.related-filter select[name="journal"]');
    const year = page.locator('.related-filter select[name="year"]');
    expect(await visible.count()).toBe(11);
    expect(await year.locator('option').allInnerTexts()).toEqual([
      'All years',
      '2025 (3)',
      '2024 (2)',
      '2023 (1)',
      '2020 (2)',
      '2019 (3)',
    ]);
    await year.selectOption('2025');
    expect(await visible.locator('cite').allInnerTexts()).toEqual([
      'Eur Arch Otorhinolaryngol',
      'Front Digit Health',
      'J Med Internet Res',
    ]);
    expect(await status.innerText()).toBe('Showing 3 of 11 related citations.');
    expect(await journal.locator('option[value="J Med Internet Res"]').innerText()).toBe('J Med Internet Res (1)');
    expect(await journal.locator('option[value="Nature"]').isDisabled()).toBe(true);
    await year.selectOption('');
    await journal.selectOption('J Med Internet Res');
    expect(await visible.locator('time').allInnerTexts()).toEqual(['15 May 2025', '4 April 2023']);
    await page.locator('.related-filter button[type="reset"]').click();
    await page.waitForFunction(() => document.querySelectorAll('.related-list > li:not([hidden])').length === 11);
    expect(await status.innerText()).toBe('');
  });

  test('speaks the page’s language', async () => {
    const page = await open(`zh/${seedSlug}/`);
    await page.locator('.related-filter select[name="year"]').selectOption('2019');
    expect(await page.locator('.related-filter-status').innerText()).toBe('显示 11 条相关文献中的 3 条。');
    expect(await page.locator('.related-filter label').first().innerText()).toContain('期刊');
  });
});
