import { SearchSession, type SearchParts } from './search-session.ts';
import { readSearchState, withSearchState } from './search-state.ts';

/**
 * Runs the search page. The page is hidden until this runs, so a reader without JavaScript sees
 * only its explanation and the plain form. Pagefind's engine is fetched when a search starts (a
 * `?q=` in the URL, or the reader's first use of the box); the filters' data when the reader
 * first reaches for a filter. The query is kept in the URL as it changes, so a search can be
 * shared, reloaded and gone back to; `&all` merges the other languages' indexes into this one.
 */
function run(parts: SearchParts & { form: HTMLFormElement }): void {
  const { root, form, query, all, filters, results, more, missing } = parts;
  const session = new SearchSession(parts);
  const state = readSearchState(location.search);
  query.value = state.query;
  all.checked = state.allLanguages;
  root.hidden = false;

  const search = () => {
    const url = withSearchState(location.href, { query: query.value, allLanguages: all.checked });
    history.replaceState(history.state, '', url);
    void session.search();
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    search();
  });
  query.addEventListener('input', () => search());
  for (const filter of filters) {
    filter.addEventListener('change', () => search());
    const label = filter.closest('label') ?? filter;
    label.addEventListener('focusin', () => session.loadFilters());
    label.addEventListener('pointerenter', () => session.loadFilters());
  }
  all.addEventListener('change', () => {
    // Pagefind merges indexes when it loads, so another choice means loading the page again.
    location.assign(withSearchState(location.href, { query: query.value, allLanguages: all.checked }));
  });
  more.addEventListener('click', () => void session.showMore());
  root.addEventListener('keydown', (event) => moveThroughResults(event, query, results));

  if (state.query.trim()) {
    search();
    return;
  }
  // The engine, its WebAssembly and the index's metadata load while the reader types.
  const onFirstUse = () => {
    form.removeEventListener('focusin', onFirstUse);
    form.removeEventListener('pointerdown', onFirstUse);
    void session.engine().catch(() => (missing.hidden = false));
  };
  form.addEventListener('focusin', onFirstUse);
  form.addEventListener('pointerdown', onFirstUse);
}

/**
 * ↓ and ↑ move the focus from the search box through the result links and back, as in Pagefind's
 * own UI; Enter then follows the link, as any link does.
 */
function moveThroughResults(event: KeyboardEvent, query: HTMLInputElement, results: HTMLElement): void {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const stops: HTMLElement[] = [query, ...results.querySelectorAll<HTMLElement>('a')];
  const at = stops.indexOf(document.activeElement as HTMLElement);
  if (at === -1) return;
  const next = stops[at + (event.key === 'ArrowDown' ? 1 : -1)];
  if (!next) return;
  event.preventDefault();
  next.focus();
}

const root = document.querySelector<HTMLElement>('[data-search]');
const parts = root && {
  root,
  form: root.querySelector<HTMLFormElement>('form.search-form'),
  query: root.querySelector<HTMLInputElement>('#search-query'),
  all: root.querySelector<HTMLInputElement>('[data-search-all]'),
  filters: [...root.querySelectorAll<HTMLSelectElement>('select[data-search-filter]')],
  summary: root.querySelector<HTMLElement>('[data-search-summary]'),
  results: root.querySelector<HTMLElement>('[data-search-results]'),
  more: root.querySelector<HTMLButtonElement>('[data-search-more]'),
  missing: root.querySelector<HTMLElement>('[data-search-missing]'),
};
if (parts?.form && parts.query && parts.all && parts.summary && parts.results && parts.more && parts.missing) {
  run(parts as SearchParts & { form: HTMLFormElement });
}
