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

/** The parts of the search page a search fills in, as the page renders them. */
export interface SearchParts {
  /** Holds the page's texts (`data-found`, …) and the bundle's address as data attributes. */
  root: HTMLElement;
  query: HTMLInputElement;
  all: HTMLInputElement;
  filters: HTMLSelectElement[];
  summary: HTMLElement;
  results: HTMLElement;
  more: HTMLButtonElement;
  missing: HTMLElement;
}

/** Milliseconds a query must stay unchanged before it is searched (its index chunks load at once). */
const typingPause = 80;

/**
 * Searches the index and shows what it finds: a page of results at a time, each with its title,
 * excerpt and sections; a summary (a live region, so screen readers hear it); the filters' values
 * with their counts once the filters' data has loaded. Pagefind's engine is fetched on first need.
 */
export class SearchSession {
  private pagefind: Promise<PagefindSearch> | undefined;
  private filtersLoaded: Promise<void> | undefined;
  private engineReady = false;
  /** Bumped by every search started, so an answer that arrives late is dropped. */
  private searchId = 0;
  private answer: PagefindResponse | undefined;
  private shown = 0;
  private readonly parts: SearchParts;

  constructor(parts: SearchParts) {
    this.parts = parts;
  }

  /** Pagefind, loaded on the first call; with the other languages' indexes when "all languages" is on. */
  engine(): Promise<PagefindSearch> {
    const { root, all } = this.parts;
    const otherLangs = all.checked ? (root.dataset['otherLangs'] ?? '').split(' ').filter(Boolean) : [];
    this.pagefind ??= loadPagefind(root.dataset['bundle'] ?? '/pagefind/', root.dataset['baseUrl'] ?? '/', otherLangs);
    return this.pagefind;
  }

  /**
   * Searches the box's query with the filters chosen and shows the first page of results;
   * `typing` waits for a pause in the typing first. A blank query clears the results.
   */
  async search(typing: boolean): Promise<void> {
    const { query, filters, summary, results, more, missing } = this.parts;
    const id = ++this.searchId;
    const term = query.value;
    if (!term.trim()) {
      this.answer = undefined;
      results.replaceChildren();
      summary.textContent = '';
      more.hidden = true;
      return;
    }
    results.setAttribute('aria-busy', 'true');
    // Only the first search waits for the engine long enough to need saying so.
    if (!this.engineReady) summary.textContent = this.text('searching', { query: term.trim() });
    try {
      const pagefind = await this.engine();
      this.engineReady = true;
      const options = { filters: chosenFilters(filters) };
      const found = typing
        ? await pagefind.debouncedSearch(term, options, typingPause)
        : await pagefind.search(term, options);
      if (!found || id !== this.searchId) return;
      const items = await this.items(found, 0);
      if (id !== this.searchId) return;
      this.answer = found;
      this.shown = items.length;
      results.replaceChildren(...items);
      more.hidden = found.results.length <= this.shown;
      const count = found.results.length;
      summary.textContent = this.text({ none: 'foundNone', one: 'foundOne', many: 'found' }[summaryKey(count)], {
        count,
        query: term.trim(),
      });
      if (this.filtersLoaded) this.showCounts(found.filters);
    } catch {
      // No index: under `astro dev` before the first build.
      summary.textContent = '';
      missing.hidden = false;
    } finally {
      if (id === this.searchId) results.setAttribute('aria-busy', 'false');
    }
  }

  /** Shows the next page of results and takes the focus to the first of them. */
  async showMore(): Promise<void> {
    const { answer, searchId } = this;
    if (!answer) return;
    const next = await this.items(answer, this.shown);
    if (searchId !== this.searchId) return;
    this.parts.results.append(...next);
    this.shown += next.length;
    this.parts.more.hidden = answer.results.length <= this.shown;
    next[0]?.querySelector('a')?.focus();
  }

  /**
   * Loads the filters' data (every filter's chunk of the index), once, and shows each value's
   * count: of the current results, or of every page when there is no query.
   */
  loadFilters(): void {
    this.filtersLoaded ??= this.engine()
      .then((pagefind) => pagefind.filters())
      .then((totals) => (this.parts.query.value.trim() ? this.search(false) : this.showCounts(totals)));
  }

  /** The page of results from `start`, each as a list item (loading each one's title, excerpt, sections). */
  private items(found: PagefindResponse, start: number): Promise<HTMLLIElement[]> {
    // Read at each use: a test makes the pages smaller.
    const pageSize = Number(this.parts.root.dataset['pageSize']);
    return Promise.all(
      found.results.slice(start, start + pageSize).map(async (result) => resultItem(await result.data())),
    );
  }

  /**
   * Lists each filter's values with how many of the results have them; a value no result has
   * stays listed (it may be the one chosen), with 0.
   */
  private showCounts(counted: FilterCounts): void {
    for (const filter of this.parts.filters) {
      const counts = counted[filter.name];
      if (!counts) continue;
      const anyValue = filter.options[0];
      const options = searchFacets(filter.name, counts).map(({ value, count }) => {
        const option = document.createElement('option');
        option.value = value;
        option.textContent = this.text('option', { value, count });
        return option;
      });
      const chosen = filter.value;
      filter.replaceChildren(...(anyValue ? [anyValue] : []), ...options);
      filter.value = chosen;
    }
  }

  /** One of the page's texts (from its UI dictionary, in a data attribute) with `values` filled in. */
  private text(name: string, values: Record<string, string | number>): string {
    return fill(this.parts.root.dataset[name] ?? '', values);
  }
}

function chosenFilters(filters: readonly HTMLSelectElement[]): FilterChoice {
  return Object.fromEntries(filters.filter((filter) => filter.value).map((filter) => [filter.name, filter.value]));
}
