import { fill } from '../i18n/fill-template.ts';
import { searchFacets } from './filter-facets.ts';
import {
  loadPagefind,
  type FilterChoice,
  type FilterCounts,
  type PagefindResponse,
  type PagefindSearch,
} from './pagefind-api.ts';
import { resultItem } from './result-list.ts';
import { summaryKey } from './result-view.ts';
import { readSearchState, withSearchState } from './search-state.ts';

/** The search page's parts, as the page renders them. */
interface Parts {
  root: HTMLElement;
  form: HTMLFormElement;
  query: HTMLInputElement;
  all: HTMLInputElement;
  filters: HTMLSelectElement[];
  summary: HTMLElement;
  results: HTMLOListElement;
  more: HTMLButtonElement;
  missing: HTMLElement;
}

/** Milliseconds a query must stay unchanged before it is searched (its index chunks load at once). */
const typingPause = 80;

/**
 * Runs the search page. The page is hidden until this runs, so a reader without JavaScript sees
 * only its explanation and the plain form. Pagefind's engine is fetched when a search starts (a
 * `?q=` in the URL, or the reader's first use of the box); the filters' data when the reader
 * first reaches for a filter. The query is kept in the URL as it changes, so a search can be
 * shared, reloaded and gone back to; `&all` merges the other languages' indexes into this one.
 */
function run(parts: Parts): void {
  const { root, form, query, all, filters, summary, results, more, missing } = parts;
  const data = root.dataset;
  // Read when needed: a test makes the pages smaller.
  const pageSize = () => Number(data['pageSize']);
  let pagefind: Promise<PagefindSearch> | undefined;
  let filtersLoaded: Promise<void> | undefined;
  /** Bumped by every search started, so an answer that arrives late is dropped. */
  let searchId = 0;
  let answer: PagefindResponse | undefined;
  let shown = 0;
  let engineReady = false;
  const optionLabel = data['option'] ?? '{value} ({count})';

  const engine = () => {
    const otherLangs = all.checked ? (data['otherLangs'] ?? '').split(' ').filter(Boolean) : [];
    pagefind ??= loadPagefind(data['bundle'] ?? '/pagefind/', data['baseUrl'] ?? '/', otherLangs);
    return pagefind;
  };

  const search = async (wait: boolean) => {
    const id = ++searchId;
    const term = query.value;
    history.replaceState(history.state, '', withSearchState(location.href, { query: term, allLanguages: all.checked }));
    if (!term.trim()) {
      answer = undefined;
      results.replaceChildren();
      summary.textContent = '';
      more.hidden = true;
      return;
    }
    results.setAttribute('aria-busy', 'true');
    // Only the first search waits for the engine long enough to need saying so.
    if (!engineReady) summary.textContent = fill(data['searching'] ?? '', { query: term.trim() });
    try {
      const ready = await engine();
      engineReady = true;
      const options = { filters: chosenFilters(filters) };
      const found = wait ? await ready.debouncedSearch(term, options, typingPause) : await ready.search(term, options);
      if (!found || id !== searchId) return;
      const items = await Promise.all(
        found.results.slice(0, pageSize()).map(async (result) => resultItem(await result.data())),
      );
      if (id !== searchId) return;
      answer = found;
      shown = items.length;
      results.replaceChildren(...items);
      more.hidden = found.results.length <= shown;
      summary.textContent = summaryText(data, found.results.length, term);
      if (filtersLoaded) showCounts(filters, found.filters, optionLabel);
    } catch {
      // No index: under `astro dev` before the first build.
      summary.textContent = '';
      missing.hidden = false;
    } finally {
      if (id === searchId) results.setAttribute('aria-busy', 'false');
    }
  };

  const showMore = async () => {
    if (!answer) return;
    const id = searchId;
    const next = await Promise.all(
      answer.results.slice(shown, shown + pageSize()).map(async (result) => resultItem(await result.data())),
    );
    if (id !== searchId || !answer) return;
    results.append(...next);
    shown += next.length;
    more.hidden = answer.results.length <= shown;
    next[0]?.querySelector('a')?.focus();
  };

  const loadFilters = () => {
    filtersLoaded ??= engine()
      .then((ready) => ready.filters())
      .then((totals) => (query.value.trim() ? search(false) : showCounts(filters, totals, optionLabel)));
  };

  const state = readSearchState(location.search);
  query.value = state.query;
  all.checked = state.allLanguages;
  root.hidden = false;

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void search(false);
  });
  query.addEventListener('input', () => void search(true));
  for (const filter of filters) filter.addEventListener('change', () => void search(false));
  for (const filter of filters) {
    const label = filter.closest('label') ?? filter;
    label.addEventListener('focusin', loadFilters);
    label.addEventListener('pointerenter', loadFilters);
  }
  all.addEventListener('change', () => {
    // Pagefind merges indexes when it loads, so another choice means loading the page again.
    location.assign(withSearchState(location.href, { query: query.value, allLanguages: all.checked }));
  });
  more.addEventListener('click', () => void showMore());
  root.addEventListener('keydown', (event) => moveThroughResults(event, query, results));

  if (state.query.trim()) {
    void search(false);
    return;
  }
  // The engine, its WebAssembly and the index's metadata load while the reader types.
  const onFirstUse = () => {
    form.removeEventListener('focusin', onFirstUse);
    form.removeEventListener('pointerdown', onFirstUse);
    void engine().catch(() => (missing.hidden = false));
  };
  form.addEventListener('focusin', onFirstUse);
  form.addEventListener('pointerdown', onFirstUse);
}

function chosenFilters(filters: readonly HTMLSelectElement[]): FilterChoice {
  return Object.fromEntries(filters.filter((filter) => filter.value).map((filter) => [filter.name, filter.value]));
}

/** The summary that says how many results `term` has, from the page's texts (its UI dictionary). */
function summaryText(data: DOMStringMap, count: number, term: string): string {
  const template = { none: data['foundNone'], one: data['foundOne'], many: data['found'] }[summaryKey(count)];
  return fill(template ?? '', { count, query: term.trim() });
}

/**
 * Lists each filter's values with how many of the results have them; a value no result has
 * stays listed (it may be the one chosen), with 0.
 */
function showCounts(filters: readonly HTMLSelectElement[], counted: FilterCounts, label: string): void {
  for (const filter of filters) {
    const counts = counted[filter.name];
    if (!counts) continue;
    const anyValue = filter.options[0];
    const options = searchFacets(filter.name, counts).map(({ value, count }) => {
      const option = document.createElement('option');
      option.value = value;
      option.textContent = fill(label, { value, count });
      return option;
    });
    const chosen = filter.value;
    filter.replaceChildren(...(anyValue ? [anyValue] : []), ...options);
    filter.value = chosen;
  }
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
  results: root.querySelector<HTMLOListElement>('[data-search-results]'),
  more: root.querySelector<HTMLButtonElement>('[data-search-more]'),
  missing: root.querySelector<HTMLElement>('[data-search-missing]'),
};
if (parts?.form && parts.query && parts.all && parts.summary && parts.results && parts.more && parts.missing) {
  run(parts as Parts);
}
