import type { SubResult } from './result-view.ts';

/** The filters a search is narrowed by: a value per filter name (`journal`, `year`). */
export type FilterChoice = Record<string, string>;

/** For each filter, how many results each of its values has. */
export type FilterCounts = Record<string, Record<string, number>>;

/** What a page's entry in Pagefind's index holds, as `result.data()` loads it. */
export interface PagefindFragment {
  url: string;
  /** The indexed text around the query's words, `<` and `>` escaped, the words in `<mark>`. */
  excerpt: string;
  meta: { title?: string };
  sub_results: SubResult[];
}

/** One page found. */
export interface PagefindResult {
  data(): Promise<PagefindFragment>;
}

/** What a search answers. */
export interface PagefindResponse {
  results: PagefindResult[];
  /**
   * Per filter, how many of the results each value has; empty for a filter whose data has not
   * loaded (see {@link PagefindSearch.filters}).
   */
  filters: FilterCounts;
}

/** The part of Pagefind 1.6's JavaScript API (an instance made by `createInstance`) the search page uses. */
export interface PagefindSearch {
  search(term: string, options: { filters: FilterChoice }): Promise<PagefindResponse>;
  /** Loads every filter's data, so that searches count results by filter value from then on. */
  filters(): Promise<FilterCounts>;
  mergeIndex(bundlePath: string, options: { language: string; baseUrl: string }): Promise<void>;
}

interface PagefindModule {
  createInstance(options: { baseUrl: string; noWorker: boolean }): PagefindSearch;
}

/**
 * Loads Pagefind's engine (`pagefind.js` from the bundle, which then fetches its WebAssembly and
 * the index's metadata for the page's `<html lang>`), merging the indexes of `otherLangs` when
 * given. The engine runs on the page's own thread: its worker is a second copy of the same code
 * (12 KB gzipped, fetched only after `pagefind.js`), and a search of the index takes
 * milliseconds. Rejects when there is no bundle (under `astro dev` before the first build).
 */
export async function loadPagefind(
  bundle: string,
  baseUrl: string,
  otherLangs: readonly string[],
): Promise<PagefindSearch> {
  // A full URL: the other languages live in this same bundle, and Pagefind skips merging a
  // bundle whose path starts its own (taking it for the same index).
  const bundleUrl = new URL(bundle, location.href).href;
  const { createInstance } = (await import(/* @vite-ignore */ `${bundleUrl}pagefind.js`)) as PagefindModule;
  const pagefind = createInstance({ baseUrl, noWorker: true });
  // Pagefind cuts every query into characters, and a Chinese one into words, with ICU's
  // segmenters, whose rules and dictionary load on first use (20-30 ms each): they load now,
  // while the reader types, not after the query.
  for (const lang of [document.documentElement.lang, ...otherLangs]) {
    const granularities = lang.startsWith('zh') ? (['grapheme', 'word'] as const) : (['grapheme'] as const);
    for (const granularity of granularities) {
      for (const piece of new Intl.Segmenter(lang, { granularity }).segment('中文 text')) void piece;
    }
  }
  // Pagefind keys its indexes by the lower-cased `<html lang>` (`zh-hans`).
  await Promise.all(
    otherLangs.map((lang) => pagefind.mergeIndex(bundleUrl, { language: lang.toLowerCase(), baseUrl })),
  );
  return pagefind;
}
