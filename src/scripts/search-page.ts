import { readSearchState, withSearchState } from '../lib/search-state.ts';

/** The part of Pagefind's Component UI (`pagefind-component-ui.js`) this page drives. */
interface PagefindInstance {
  options: { bundlePath: string };
  pagefindOptions: { baseUrl?: string };
  triggerSearch(term: string): void;
  on(event: 'search', callback: (term: string) => void): void;
}
interface PagefindComponents {
  configureInstance(name: string, options: object): PagefindInstance;
}

/**
 * Connects the search page's Component UI to its URL: `?q=` is searched on arrival and kept in
 * step with the box (so a search can be shared, reloaded and gone back to); `&all` merges the
 * other languages' indexes into this one. The page is hidden until this runs, so a reader
 * without JavaScript sees only the page's explanation. If the UI script did not load (no build
 * yet under `astro dev`), the page says so.
 */
function start(root: HTMLElement, missing: HTMLElement, all: HTMLInputElement): void {
  root.hidden = false;
  const components = (window as { PagefindComponents?: PagefindComponents }).PagefindComponents;
  if (!components) {
    missing.hidden = false;
    return;
  }
  nameFilterTriggers(root);
  const state = readSearchState(location.search);
  // `<pagefind-config>` has already set the bundle path and base URL from the page.
  const instance = components.configureInstance('default', {});
  if (state.allLanguages) {
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

  let query = state.query;
  all.checked = state.allLanguages;
  all.addEventListener('change', () => {
    // Pagefind merges indexes when it loads, so another choice means loading the page again.
    location.assign(withSearchState(location.href, { query, allLanguages: all.checked }));
  });
  instance.on('search', (term) => {
    query = term;
    history.replaceState(history.state, '', withSearchState(location.href, { query: term, allLanguages: all.checked }));
  });
  if (state.query.trim()) instance.triggerSearch(state.query);
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
const missing = root?.querySelector<HTMLElement>('[data-search-missing]');
const all = root?.querySelector<HTMLInputElement>('[data-search-all]');
if (root && missing && all) start(root, missing, all);
