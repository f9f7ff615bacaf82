import { joinChineseWords } from './chinese-words.ts';
import { readSearchState, withSearchState } from './search-state.ts';

/** The part of Pagefind's Component UI (`pagefind-component-ui.js`) this page drives. */
interface PagefindInstance {
  options: { bundlePath: string };
  pagefindOptions: { baseUrl?: string };
  searchTerm: string;
  searchResult: SearchResult | null;
  triggerLoad(): Promise<void>;
  triggerSearch(term: string): void;
  announce(key: string, data?: Record<string, unknown>, priority?: string): void;
  on(event: 'search', callback: (term: string) => void): void;
  on(event: 'results', callback: (result: SearchResult) => void): void;
}
interface SearchResult {
  results: unknown[];
}
interface PagefindComponents {
  configureInstance(name: string, options: object): PagefindInstance;
}

/** The search page's parts, as the page renders them. */
interface Parts {
  root: HTMLElement;
  /** The plain form shown until the Component UI has loaded. */
  start: HTMLFormElement;
  query: HTMLInputElement;
  all: HTMLInputElement;
  /** Pagefind's own search box, which takes the plain form's place. */
  box: HTMLElement;
  /** Pagefind's results list, and the button that shows its next page. */
  results: HTMLElement;
  more: HTMLButtonElement;
  missing: HTMLElement;
}

/**
 * Runs the search page. The page is hidden until this runs, so a reader without JavaScript sees
 * only its explanation. Pagefind's Component UI is fetched only when a search starts (a `?q=`
 * in the URL, or the reader's first use of the box), so the page weighs little until then. The
 * query is kept in the URL as it changes (so a search can be shared, reloaded and gone back to);
 * `&all` merges the other languages' indexes into this one.
 */
function run(parts: Parts): void {
  const { root, start, query, all } = parts;
  root.hidden = false;
  const state = readSearchState(location.search);
  query.value = state.query;
  all.checked = state.allLanguages;
  all.addEventListener('change', () => {
    // Pagefind merges indexes when it loads, so another choice means loading the page again.
    location.assign(withSearchState(location.href, { query: query.value, allLanguages: all.checked }));
  });
  if (state.query.trim()) {
    loadUi(parts);
    return;
  }
  const onFirstUse = () => {
    start.removeEventListener('focusin', onFirstUse);
    start.removeEventListener('pointerdown', onFirstUse);
    loadUi(parts);
  };
  start.addEventListener('focusin', onFirstUse);
  start.addEventListener('pointerdown', onFirstUse);
}

function loadUi(parts: Parts): void {
  const styles = document.createElement('link');
  styles.rel = 'stylesheet';
  styles.href = parts.root.dataset['uiStyles'] ?? '';
  document.head.append(styles);
  const script = document.createElement('script');
  script.src = parts.root.dataset['uiScript'] ?? '';
  script.addEventListener('load', () => connect(parts));
  // No index yet: under `astro dev` before the first build.
  script.addEventListener('error', () => (parts.missing.hidden = false));
  document.head.append(script);
}

function connect({ root, start, query, all, box, results, more }: Parts): void {
  const components = (window as { PagefindComponents?: PagefindComponents }).PagefindComponents;
  if (!components) return;
  nameFilterTriggers(root);
  // `<pagefind-config>` has already set the bundle path and base URL from the page.
  const instance = components.configureInstance('default', {});
  if (all.checked) {
    // The other languages live in this same bundle. Pagefind skips a merged bundle whose path
    // starts its own (it takes it for the same index), so it is named by its full URL.
    const bundlePath = new URL(instance.options.bundlePath, location.href).href;
    const { baseUrl } = instance.pagefindOptions;
    const others = (root.dataset['otherLangs'] ?? '').split(' ').filter(Boolean);
    components.configureInstance('default', {
      // Pagefind keys its indexes by the lower-cased `<html lang>` (`zh-hans`).
      mergeIndex: others.map((lang) => ({ bundlePath, baseUrl, language: lang.toLowerCase() })),
    });
  }
  instance.on('search', (term) => {
    query.value = term;
    history.replaceState(history.state, '', withSearchState(location.href, { query: term, allLanguages: all.checked }));
  });
  pageResults(instance, results, more);
  unspaceExcerpts(results);
  // Pagefind's engine, its WebAssembly and the index's metadata load while the reader types.
  void instance.triggerLoad();

  // Pagefind's box takes the plain one's place, with what the reader has typed so far.
  const typing = document.activeElement === query;
  const input = box.querySelector('input');
  start.hidden = true;
  box.hidden = false;
  if (input) {
    input.value = query.value;
    if (typing) input.focus();
  }
  if (query.value.trim()) instance.triggerSearch(query.value);
}

/**
 * Shows the results `max-results` at a time, with a button for the next ones, which then takes
 * the focus to the first of them. Pagefind's list announces how many results it shows; with a
 * page of them that is not how many were found, so its announcement is given the search's count,
 * the one its summary shows.
 */
function pageResults(instance: PagefindInstance, results: HTMLElement, more: HTMLButtonElement): void {
  const pageSize = Number(results.getAttribute('max-results'));
  let shown = pageSize;
  let growing = false;
  const announce = instance.announce.bind(instance);
  instance.announce = (key, data = {}, priority) => {
    const found = instance.searchResult?.results.length;
    const counted = /^(total_)?(?:zero_results|one_result|many_results)$/.exec(key);
    if (!counted || found === undefined) return announce(key, data, priority);
    const kind = found === 0 ? 'zero_results' : found === 1 ? 'one_result' : 'many_results';
    return announce(`${counted[1] ?? ''}${kind}`, { ...data, COUNT: found }, priority);
  };
  instance.on('search', () => {
    if (growing) return;
    shown = pageSize;
    results.setAttribute('max-results', String(shown));
  });
  instance.on('results', (found) => {
    more.hidden = found.results.length <= shown;
    if (!growing) return;
    growing = false;
    focusWhenShown(results, shown - pageSize);
  });
  more.addEventListener('click', () => {
    growing = true;
    shown += pageSize;
    results.setAttribute('max-results', String(shown));
    instance.triggerSearch(instance.searchTerm);
  });
}

/**
 * Chinese text is indexed with spaces between its words (`chinese-words.ts`), and Pagefind cuts
 * its excerpts from the indexed text: each excerpt it shows has those spaces taken out again, its
 * `<mark>`s kept.
 */
function unspaceExcerpts(results: HTMLElement): void {
  const unspace = () => {
    for (const excerpt of results.querySelectorAll('.pf-result-excerpt, .pf-heading-excerpt')) {
      const walker = document.createTreeWalker(excerpt, NodeFilter.SHOW_TEXT);
      const texts: Text[] = [];
      while (walker.nextNode()) texts.push(walker.currentNode as Text);
      const joined = joinChineseWords(texts.map((text) => text.data));
      texts.forEach((text, index) => {
        const shown = joined[index] ?? text.data;
        if (text.data !== shown) text.data = shown;
      });
    }
  };
  // Text changes are not watched: taking spaces out does not wake the observer again.
  new MutationObserver(unspace).observe(results, { childList: true, subtree: true });
}

/** Focuses the link of result `index` once Pagefind has loaded it into the list. */
function focusWhenShown(results: HTMLElement, index: number): void {
  const focus = () => {
    const link = results.querySelector<HTMLElement>(`[data-pf-result-index="${index}"] a.pf-result-link`);
    link?.focus();
    return link !== null;
  };
  if (focus()) return;
  const observer = new MutationObserver(() => {
    if (focus()) observer.disconnect();
  });
  observer.observe(results, { childList: true, subtree: true });
}

/**
 * Pagefind 1.6's filter dropdown gives its trigger `role="combobox"`, whose accessible name
 * does not come from its text, and no label: screen readers would announce an unnamed control.
 * Each trigger it renders (it re-renders on its own) is named after its dropdown's `label`.
 */
function nameFilterTriggers(root: HTMLElement): void {
  const name = () => {
    for (const dropdown of root.querySelectorAll('pagefind-filter-dropdown')) {
      const trigger = dropdown.querySelector('.pf-dropdown-trigger');
      const label = dropdown.getAttribute('label');
      if (trigger && label && trigger.getAttribute('aria-label') !== label) trigger.setAttribute('aria-label', label);
    }
  };
  name();
  new MutationObserver(name).observe(root, { childList: true, subtree: true });
}

const root = document.querySelector<HTMLElement>('[data-search]');
const parts = root && {
  root,
  start: root.querySelector<HTMLFormElement>('form.search-start'),
  query: root.querySelector<HTMLInputElement>('#search-query'),
  all: root.querySelector<HTMLInputElement>('[data-search-all]'),
  box: root.querySelector<HTMLElement>('pagefind-input'),
  results: root.querySelector<HTMLElement>('pagefind-results'),
  more: root.querySelector<HTMLButtonElement>('[data-search-more]'),
  missing: root.querySelector<HTMLElement>('[data-search-missing]'),
};
if (parts?.start && parts.query && parts.all && parts.box && parts.results && parts.more && parts.missing) {
  run(parts as Parts);
}
