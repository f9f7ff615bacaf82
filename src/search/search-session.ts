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
  /** Whether a search is under way, and whether the query changed meanwhile. */
  private running = false;
  private pending = false;
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
   * Searches the box's query with the filters chosen and shows the first page of results; a
   * blank query clears them. The query is searched at once, with no pause for typing to stop
   * (an input method gives a Chinese word all at once); while a search is under way, only the
   * latest query is kept, and searched when it ends, so typing never queues up searches.
   */
  async search(): Promise<void> {
    if (this.running) {
      this.pending = true;
      // The search under way shows nothing more.
      this.searchId++;
      return;
    }
    this.running = true;
    try {
      do {
        this.pending = false;
        await this.searchOnce();
      } while (this.pending);
    } finally {
      this.running = false;
    }
  }

  private async searchOnce(): Promise<void> {
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
      const found = await pagefind.search(term, { filters: chosenFilters(filters) });
      if (id !== this.searchId) return;
      this.answer = found;
      this.shown = 0;
      more.hidden = true;
      // The last results stay until the first new one can take their place.
      const showFound = () => {
        const count = found.results.length;
        const key = ({ none: 'foundNone', one: 'foundOne', many: 'found' } as const)[summaryKey(count)];
        summary.textContent = this.text(key, {
          count: count.toLocaleString(document.documentElement.lang),
          query: term.trim(),
        });
        if (this.filtersLoaded) this.showCounts(found.filters);
      };
      if (found.results.length === 0) {
        results.replaceChildren();
        showFound();
      }
      await this.showPage(id, (first) => {
        results.replaceChildren(first);
        showFound();
      });
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
    const { results } = this.parts;
    results.setAttribute('aria-busy', 'true');
    await this.showPage(this.searchId, (first) => {
      results.append(first);
      first.querySelector('a')?.focus();
    });
    results.setAttribute('aria-busy', 'false');
  }

  /**
   * Loads the filters' data (every filter's chunk of the index), once, and shows each value's
   * count: of the current results, or of every page when there is no query.
   */
  loadFilters(): void {
    this.filtersLoaded ??= this.engine()
      .then((pagefind) => pagefind.filters())
      .then((totals) => (this.parts.query.value.trim() ? this.search() : this.showCounts(totals)));
  }

  /**
   * Shows the next page of the current answer's results, each as soon as it and those before it
   * have loaded (their titles, excerpts and sections load together), the first through `showFirst`.
   * Stops when another search starts.
   */
  private async showPage(id: number, showFirst: (item: HTMLLIElement) => void): Promise<void> {
    const { answer } = this;
    if (!answer) return;
    // Read at each use: a test makes the pages smaller.
    const pageSize = Number(this.parts.root.dataset['pageSize']);
    const loads = answer.results.slice(this.shown, this.shown + pageSize).map((result) => result.data());
    for (const [index, load] of loads.entries()) {
      const item = resultItem(await load);
      if (id !== this.searchId) return;
      if (index === 0) showFirst(item);
      else this.parts.results.append(item);
      this.shown++;
    }
    this.parts.more.hidden = answer.results.length <= this.shown;
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
