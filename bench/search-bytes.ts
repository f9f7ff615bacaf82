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
import { resultLink, searchOutcome } from '../tests/e2e/support/search.ts';
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
  /** The search page before anything is typed (Pagefind's engine loads on first use of the box). */
  searchPage: Downloads;
  /**
   * What the first search adds, until its results are shown: Pagefind's engine, its WebAssembly,
   * the language's metadata, the index chunks, the shown results' fragments (and whatever else the
   * page fetches by then).
   */
  firstSearch: Downloads;
  /**
   * Milliseconds from the query being typed to its results being shown, the reader having
   * focused the box a second before (focusing it starts loading Pagefind).
   */
  resultsMs: number;
  /** The same when the whole query arrives at once with the focus: Pagefind loads, then searches. */
  coldResultsMs: number;
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
    await page.locator(resultLink).first().waitFor();
    const coldResultsMs = performance.now() - typed;
    const firstSearch = await downloads();

    const warm = await (await browser.newContext()).newPage();
    await warm.goto(new URL(`${langPath}/search/`, server.url).href, { waitUntil: 'networkidle' });
    const box = warm.locator('#search-query');
    await box.focus();
    // A second for the reader to type the query (Pagefind loads meanwhile); the query then
    // arrives in the box at once, as an input method commits a Chinese word.
    await warm.waitForTimeout(1000);
    const started = performance.now();
    await box.fill(query);
    await searchOutcome(warm, query);
    await warm.locator(resultLink).first().waitFor();
    const resultsMs = performance.now() - started;
    return { query, summary, paperPage, searchPage, firstSearch, resultsMs, coldResultsMs };
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
