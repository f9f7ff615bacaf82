/**
 * What a search page shows, as it lives in the page's URL so a search can be shared, reloaded
 * and gone back to: `?q=<query>` and, when the other languages' pages are searched too, `&all`.
 */
export interface SearchState {
  /** The query as typed; empty when there is none. */
  query: string;
  /** Whether the other languages' indexes are merged into this language's. */
  allLanguages: boolean;
}

/** Reads the search state from a URL's query string. */
export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  return { query: params.get('q') ?? '', allLanguages: params.has('all') };
}

/**
 * `href` with its query string set to `state`; other parameters and the hash are kept. A query
 * of only spaces is no query, so it leaves no `q`.
 */
export function withSearchState(href: string, state: SearchState): string {
  const url = new URL(href);
  if (state.query.trim()) url.searchParams.set('q', state.query);
  else url.searchParams.delete('q');
  if (state.allLanguages) url.searchParams.set('all', '');
  else url.searchParams.delete('all');
  return url.href;
}
