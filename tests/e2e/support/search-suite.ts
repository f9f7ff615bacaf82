import { describe, expect, test } from 'vitest';
import { siteUrl, useBrowser, type Site } from './page.ts';
import {
  resultLink,
  resultLinks,
  searchFromHeader,
  searchOutcome,
  searchResults,
  searchSummary,
  sectionLink,
  subResultLinks,
  watchForProblems,
} from './search.ts';
import { seedSlug } from './seed.ts';

/** What the suite's tests share: a browser on one build, and that build's URLs. */
interface SuiteSite {
  open: ReturnType<typeof useBrowser>['open'];
  /** The build's URL for `path` (relative, no leading slash). */
  url: (path: string) => string;
}

/**
 * The search tests every build must pass: the plain one and the one under a sub-path with a
 * strict Content-Security-Policy. Every URL is checked against the build's own base.
 */
export function searchSuite(site: Site) {
  const { open } = useBrowser(site);
  const suiteSite: SuiteSite = { open, url: (path) => siteUrl(path, site) };
  describe('searching from a page’s own search box', () => searchBoxTests(suiteSite));
  describe('the search page', () => {
    searchPageQueryTests(suiteSite);
    searchPageFilterTests(suiteSite);
    awkwardQueryTests(suiteSite);
  });
}

/** A query typed into the header of a page: where it leads and what it finds. */
function searchBoxTests({ open, url }: SuiteSite) {
  test('an English query on the English page finds the seed’s English page', async () => {
    const page = await open(`en/${seedSlug}/`);
    const summary = await searchFromHeader(page, 'grounded theory');
    expect(page.url()).toBe(url('en/search/?q=grounded+theory'));
    expect(summary).toBe('1 result for grounded theory');
    expect(await resultLinks(page)).toEqual([url(`en/${seedSlug}/`)]);
    await page.locator(resultLink).click();
    await page.waitForURL(url(`en/${seedSlug}/`));
    expect(await page.getAttribute('html', 'lang')).toBe('en');
  });

  test.each(['医疗保健', '扎根理论'])(
    'the Chinese query %s, typed without spaces, finds the seed’s Chinese page',
    async (query) => {
      const page = await open('zh/');
      const summary = await searchFromHeader(page, query);
      expect(summary).toBe(`找到 1 个 ${query} 的相关结果`);
      expect(await resultLinks(page)).toEqual([url(`zh/${seedSlug}/`)]);
    },
  );

  test('a Chinese result’s excerpt reads as written, without the spaces the index puts between words', async () => {
    const page = await open('zh/');
    await searchFromHeader(page, '医疗保健');
    const excerpt = page.locator(`${searchResults} .search-result-excerpt`);
    const shown = await excerpt.innerText();
    expect(shown).toContain('患者的医疗保健方式');
    expect(shown).not.toMatch(/\p{Script=Han} \p{Script=Han}/u);
    expect(await excerpt.locator('mark').allInnerTexts()).toEqual(expect.arrayContaining(['医疗', '保健']));
  });

  test('a citation detail is found by its value alone, and the excerpt shows its label apart from it', async () => {
    const page = await open('en/');
    await searchFromHeader(page, '31918710');
    expect(await resultLinks(page)).toEqual([url(`en/${seedSlug}/`)]);
    const shown = await page.locator(`${searchResults} .search-result-excerpt`).innerText();
    expect(shown).toContain('DOI 10.1186/s12967-019-02204-y. PMID 31918710.');
  });

  test('“Kaunas” finds its related citation, and following it lands on that entry, marked', async () => {
    const page = await open('en/');
    await searchFromHeader(page, 'Kaunas');
    const entry = url(`en/${seedSlug}/#related-medicina-kaunas-2024-06-04`);
    expect(await subResultLinks(page)).toEqual([entry]);
    const link = page.locator(sectionLink);
    expect(await link.innerText()).toBe('Medicina (Kaunas) · 4 June 2024');
    await link.click();
    await page.waitForURL(entry);
    const target = page.locator(':target');
    expect(await target.getAttribute('id')).toBe('related-medicina-kaunas-2024-06-04');
    expect(await target.innerText()).toBe('Medicina (Kaunas) 4 June 2024');
    expect(await target.evaluate((li) => getComputedStyle(li).outlineStyle)).toBe('solid');
  });

  test('the Cite panel is not indexed: its style names and its copies of the citation find nothing', async () => {
    const page = await open('en/');
    expect(await searchFromHeader(page, 'Vancouver')).toBe('No results for Vancouver');
  });

  test('a query with no match says so, in the page’s language', async () => {
    const en = await open('en/');
    expect(await searchFromHeader(en, 'xylophone')).toBe('No results for xylophone');
    expect(await en.locator(resultLink).count()).toBe(0);
    const zh = await open('zh/');
    expect(await searchFromHeader(zh, '量子计算')).toBe('未找到 量子计算 的相关结果');
    expect(await zh.locator(resultLink).count()).toBe(0);
  });
}

/** The search page: loading its code late, keeping its query in the URL, answering the keyboard and screen readers. */
function searchPageQueryTests({ open, url }: SuiteSite) {
  test('fetches none of Pagefind’s code until the reader starts a search, and no filter data until they reach for a filter', async () => {
    const page = await open('en/search/');
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.reload({ waitUntil: 'networkidle' });
    expect(requested.filter((path) => path.includes('/pagefind/'))).toEqual([]);
    await page.locator('#search-query').focus();
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((r) => r.name.includes('.pf_meta')));
    expect(requested).toContain(new URL(url('pagefind/pagefind.js')).pathname);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-query');
    await page.keyboard.type('Kaunas');
    expect(await searchOutcome(page, 'Kaunas')).toBe('1 result for Kaunas');
    expect(requested.filter((path) => path.includes('/pagefind/filter/'))).toEqual([]);
    const journal = page.locator('select[name="journal"]');
    await journal.focus();
    await page.waitForFunction(() => document.querySelectorAll('select[name="journal"] option').length > 1);
    expect(requested.filter((path) => path.includes('/pagefind/filter/'))).not.toEqual([]);
    const journals = await journal.locator('option').allInnerTexts();
    expect(journals[0]).toBe('All journals');
    expect(journals).toContain('J Transl Med (1)');
  });

  test('keeps the query in the URL: typing updates it, and reloading or coming back searches it again', async () => {
    const page = await open('en/search/');
    await page.locator('#search-query').fill('Kaunas');
    expect(await searchOutcome(page, 'Kaunas')).toBe('1 result for Kaunas');
    await page.waitForURL(url('en/search/?q=Kaunas'));
    await page.reload();
    expect(await page.locator('#search-query').inputValue()).toBe('Kaunas');
    expect(await searchOutcome(page)).toBe('1 result for Kaunas');
    await page.locator(resultLink).click();
    await page.waitForURL(url(`en/${seedSlug}/`));
    await page.goBack();
    expect(await searchOutcome(page)).toBe('1 result for Kaunas');
  });

  test('arrow keys move from the box to the results, and Enter follows one', async () => {
    const page = await open('en/search/?q=Kaunas');
    await searchOutcome(page);
    await resultLinks(page);
    await page.locator('#search-query').focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('search-result-link');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => (document.activeElement as HTMLAnchorElement).hash)).toBe(
      '#related-medicina-kaunas-2024-06-04',
    );
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-query');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(url(`en/${seedSlug}/#related-medicina-kaunas-2024-06-04`));
  });

  test('the number of results is announced to screen readers', async () => {
    const page = await open('zh/');
    // Record every text a live region is given, however briefly it holds it.
    await page.addInitScript(() => {
      const heard: string[] = [];
      (window as unknown as { heard: string[] }).heard = heard;
      new MutationObserver((records) => {
        for (const record of records) {
          const region = (record.target as Node).parentElement?.closest('[aria-live]') ?? record.target;
          if (region instanceof Element && region.matches('[aria-live]') && region.textContent) {
            heard.push(region.textContent);
          }
        }
      }).observe(document, { childList: true, subtree: true, characterData: true });
    });
    await page.goto(url('zh/search/?q=扎根理论'));
    await searchOutcome(page);
    await page.waitForFunction(() =>
      (window as unknown as { heard: string[] }).heard.includes('找到 1 个 扎根理论 的相关结果'),
    );
  });
}

/** The filters and the choice of languages on the search page. */
function searchPageFilterTests({ open, url }: SuiteSite) {
  test('journal and year filters are offered, named in the page’s language, with counts', async () => {
    const page = await open('zh/search/?q=健康');
    await searchOutcome(page);
    const filters = page.locator('.search-options label:has(select)');
    expect((await filters.allInnerTexts()).map((text) => text.split('\n')[0])).toEqual(['期刊', '年份']);
    const journal = page.getByLabel('期刊');
    await journal.hover();
    await page.waitForFunction(() => document.querySelectorAll('select[name="journal"] option').length > 1);
    expect(await journal.locator('option[value="J Transl Med"]').innerText()).toBe('J Transl Med（1）');
    const years = await page.getByLabel('年份').locator('option').allInnerTexts();
    expect(years[0]).toBe('全部年份');
    expect(years).toContain('2020（1）');
  });

  test('“all languages” adds the other language’s pages to the results', async () => {
    const page = await open('en/search/?q=医疗保健');
    expect(await searchOutcome(page)).toBe('No results for 医疗保健');
    await Promise.all([page.waitForURL(/[?&]all/), page.locator('[data-search-all]').check()]);
    expect(await searchOutcome(page)).toBe('1 result for 医疗保健');
    expect(await resultLinks(page)).toEqual([url(`zh/${seedSlug}/`)]);
    expect(await page.locator('[data-search-all]').isChecked()).toBe(true);
    const back = await open('zh/search/?q=Kaunas&all');
    await searchOutcome(back);
    expect((await resultLinks(back)).sort()).toEqual([url(`en/${seedSlug}/`), url(`zh/${seedSlug}/`)]);
  });
}

/** Queries a reader might not mean, or an attacker might: searched as text, harming nothing. */
function awkwardQueryTests({ open, url }: SuiteSite) {
  test.each([
    ['quotes', '"grounded theory"'],
    ['a script tag', '<script>alert(1)</script><img src=x onerror=alert(2)>'],
    ['regex characters', '.*+?^${}()|[]\\ (AI)'],
    ['emoji', '🧬🔬 健康 🤖'],
    ['500 characters', 'healthcare '.repeat(46).slice(0, 500)],
  ])('a query with %s does no harm and is searched as text', async (_kind, query) => {
    const page = await open('en/search/');
    const problems = watchForProblems(page);
    await page.goto(url(`en/search/?q=${encodeURIComponent(query)}`));
    const summary = await searchOutcome(page);
    expect(summary).toContain(query.trim().slice(0, 40));
    expect(await page.locator('#search-query').inputValue()).toBe(query);
    expect(await page.locator('main img, main script:not([src])').count()).toBe(0);
    expect(problems).toEqual([]);
  });

  test('a query of only spaces searches nothing, leaves no ?q=, and the box still works after it', async () => {
    const page = await open('en/search/');
    const problems = watchForProblems(page);
    await page.goto(url('en/search/?q=%20%20%20'));
    const box = page.locator('#search-query');
    await box.fill('    ');
    await box.press('Space');
    await page.waitForURL(url('en/search/'));
    expect(await page.locator(resultLink).count()).toBe(0);
    expect(await page.locator(searchSummary).innerText()).toBe('');
    await box.fill('Kaunas');
    expect(await searchOutcome(page, 'Kaunas')).toBe('1 result for Kaunas');
    expect(problems).toEqual([]);
  });
}
