import type { Page } from 'playwright-core';

/** The search page's summary of its results, which is also what screen readers are told. */
export const searchSummary = '[data-search-summary]';
/** The search page's list of results. */
export const searchResults = '[data-search-results]';
/** The links of the results shown (pages), and of the sections under them (sub-results). */
export const resultLink = `${searchResults} a.search-result-link`;
export const sectionLink = `${searchResults} a.search-section-link`;

/**
 * Waits until the search page has answered its current query (or `query`, when given, for a
 * query just typed): the summary names the outcome, not "Searching…", and the results list is
 * no longer busy. Returns the summary's text.
 */
export async function searchOutcome(page: Page, query = ''): Promise<string> {
  await page.waitForFunction(
    ({ query, searchSummary, searchResults }) => {
      const summary = document.querySelector(searchSummary)?.textContent?.trim() ?? '';
      const busy = document.querySelector(searchResults)?.getAttribute('aria-busy');
      return summary.includes(query) && summary !== '' && !/Searching|正在搜索/.test(summary) && busy === 'false';
    },
    { query, searchSummary, searchResults },
  );
  return (await page.locator(searchSummary).innerText()).trim();
}

/** Types `query` into the page header's search box and submits it, as a reader does. */
export async function searchFromHeader(page: Page, query: string): Promise<string> {
  await page.fill('#site-search-query', query);
  await Promise.all([page.waitForURL(/\/search\/\?q=/), page.press('#site-search-query', 'Enter')]);
  return searchOutcome(page);
}

/** The links of the results shown (pages, not their sections), as absolute URLs. */
export async function resultLinks(page: Page): Promise<string[]> {
  return page.locator(resultLink).evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
}

/** The section links (sub-results) shown under the results, as absolute URLs. */
export async function subResultLinks(page: Page): Promise<string[]> {
  return page.locator(sectionLink).evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
}

/**
 * Records every Content-Security-Policy violation and uncaught error on `page` from now on, so
 * a test can assert that none happened.
 */
export function watchForProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) problems.push(`CSP: ${message.text()}`);
  });
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return problems;
}
