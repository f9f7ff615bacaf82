/**
 * Measures what a reader's browser downloads to search a built site: the search page itself,
 * then its first search, and, for comparison, a paper page (which must load no Pagefind code).
 * Every response is counted as served (uncompressed: the test server does not compress) and as
 * gzip would send it, since static hosts compress text. Pagefind's index files are already
 * compressed, so gzip barely changes them.
 *
 *   node bench/search-bytes.ts [site dir] [base] [lang path] [query] [paper path]
 *   node bench/search-bytes.ts dist / zh 医疗保健 zh/j-transl-med-2020-18-14/
 *
 * Prints one JSON object; the benchmark can import {@link measureSearchBytes} instead.
 */
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../tests/e2e/support/browser.ts';
import { searchOutcome } from '../tests/e2e/support/search.ts';
import { serveStatic } from '../tests/e2e/support/server.ts';

/** One downloaded file. */
export interface Fetched {
  /** Path below the site's origin, query string dropped. */
  path: string;
  bytes: number;
  gzipBytes: number;
}

/** Totals of a list of downloads, and the list. */
export interface Downloads {
  requests: number;
  bytes: number;
  gzipBytes: number;
  /** Of which JavaScript (scripts, workers), gzipped. */
  jsGzipBytes: number;
  files: Fetched[];
}

export interface SearchBytes {
  query: string;
  summary: string;
  /** The paper page as a reader opens it: HTML, CSS, scripts. */
  paperPage: Downloads;
  /** The search page before anything is typed (Pagefind's UI loads on first use of the box). */
  searchPage: Downloads;
  /**
   * What the first search adds, until its results are shown: Pagefind's UI, engine and worker, its
   * WebAssembly, the language's metadata, filter and index chunks, the shown results' fragments.
   */
  firstSearch: Downloads;
  /** Milliseconds from typing the query to its results being shown. */
  resultsMs: number;
}

function recorder(page: Page): () => Promise<Downloads> {
  const pending: Promise<Fetched | undefined>[] = [];
  page.on('response', (response) => {
    pending.push(
      response.body().then(
        (body) => ({
          path: new URL(response.url()).pathname,
          bytes: body.length,
          gzipBytes: gzipSync(body).length,
        }),
        // Redirects and aborted requests have no body.
        () => undefined,
      ),
    );
  });
  return async () => {
    const files = (await Promise.all(pending.splice(0))).filter((file): file is Fetched => file !== undefined);
    const sum = (pick: (file: Fetched) => number, of = files) => of.reduce((total, file) => total + pick(file), 0);
    return {
      requests: files.length,
      bytes: sum((file) => file.bytes),
      gzipBytes: sum((file) => file.gzipBytes),
      jsGzipBytes: sum(
        (file) => file.gzipBytes,
        files.filter((file) => file.path.endsWith('.js')),
      ),
      files,
    };
  };
}

/** Serves `dir` at `base` and measures a paper page, the search page, and its first search. */
export async function measureSearchBytes(
  dir: string,
  base: string,
  langPath: string,
  query: string,
  paperPath: string,
): Promise<SearchBytes> {
  const server = await serveStatic(dir, base);
  const browser = await launchBrowser();
  try {
    const paper = await (await browser.newContext()).newPage();
    const paperDownloads = recorder(paper);
    await paper.goto(new URL(paperPath, server.url).href, { waitUntil: 'networkidle' });
    const paperPage = await paperDownloads();

    const page = await (await browser.newContext()).newPage();
    const downloads = recorder(page);
    await page.goto(new URL(`${langPath}/search/`, server.url).href, { waitUntil: 'networkidle' });
    const searchPage = await downloads();
    const typed = performance.now();
    await page.locator('#search-query').fill(query);
    const summary = await searchOutcome(page, query);
    // Each shown result loads its fragment (title, excerpt, sub-results) once it is visible;
    // results count as shown when the first one's link is there (a site of thousands of papers
    // loads the rest as they scroll into view).
    await page.locator('pagefind-results a.pf-result-link').first().waitFor();
    const resultsMs = performance.now() - typed;
    const firstSearch = await downloads();
    return { query, summary, paperPage, searchPage, firstSearch, resultsMs };
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.main) {
  const [dir = 'dist', base = '/', lang = 'en', query = 'Kaunas', paper = 'en/j-transl-med-2020-18-14/'] =
    process.argv.slice(2);
  console.log(JSON.stringify(await measureSearchBytes(dir, base, lang, query, paper), null, 2));
}
