import type { Page } from 'playwright-core';

/**
 * Waits until the search page has answered its current query (or `query`, when given, for a
 * query just typed): the summary names the outcome, not "Searching…", and the results list is
 * no longer busy. Returns the summary's text.
 */
export async function searchOutcome(page: Page, query = ''): Promise<string> {
  await page.waitForFunction((query) => {
    const summary = document.querySelector('pagefind-summary')?.textContent?.trim() ?? '';
    const busy = document.querySelector('pagefind-results .pf-results')?.getAttribute('aria-busy');
    return summary.includes(query) && summary !== '' && !/Searching|正在搜索/.test(summary) && busy === 'false';
  }, query);
  return (await page.locator('pagefind-summary').innerText()).trim();
}

/** Types `query` into the page header's search box and submits it, as a reader does. */
export async function searchFromHeader(page: Page, query: string): Promise<string> {
  await page.fill('#site-search-query', query);
  await Promise.all([page.waitForURL(/\/search\/\?q=/), page.press('#site-search-query', 'Enter')]);
  return searchOutcome(page);
}

/** The links of the results shown (pages, not their sections), as absolute URLs, once loaded. */
export async function resultLinks(page: Page): Promise<string[]> {
  const count = await page.locator('pagefind-results li.pf-result').count();
  await page.waitForFunction(
    (expected) => document.querySelectorAll('pagefind-results a.pf-result-link').length === expected,
    count,
  );
  return page
    .locator('pagefind-results a.pf-result-link')
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
}

/** The section links (sub-results) shown under the results, as absolute URLs, once loaded. */
export async function subResultLinks(page: Page): Promise<string[]> {
  await resultLinks(page);
  return page
    .locator('pagefind-results a.pf-heading-link')
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
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
