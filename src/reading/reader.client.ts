/**
 * The site's only script, a progressive enhancement: every page reads the same without it.
 * - Links marked `data-keep-place` (the language switch, the view links) get the fragment of the
 *   place being read, and the page they lead to scrolls to the same point of that place. The
 *   side-by-side view is a mode of the paper page (src/reading/side-by-side-fragment.ts): a link
 *   leading to it, or followed from it, gets the fragment of that place's row in it.
 * - Links marked `data-lang-choice` remember the language they lead to.
 * - Paired sentences light up together side by side, and show their counterpart in place on a
 *   page in one language (./paired-sentences.ts); the place kept when switching languages is the
 *   sentence being read, whose pair has the same fragment in every language.
 * - A page without a language (`data-language-chooser`: `/`, `/<slug>/`) sends the reader on to
 *   the language they chose before, or to the first of their browser's languages the site has.
 */
import { enhancePairedSentences, placeBox } from './paired-sentences.ts';
import { languageStorageKey, preferredLang } from './preferred-language.ts';
import { placeAt, readingLine, scrollTopFor, type ReadingPlace } from './reading-place.ts';
import { sideBySideFragment, sideBySideRowId } from './side-by-side-fragment.ts';

/** Session key of the place a link was followed from, for the page it leads to. */
const placeKey = 'abstract-reader.place';

/**
 * Every place: sections by their shared id, the paired sentences of the abstract (by their
 * pair's id), and any other element with an id outside them but the paper itself, whose id turns
 * the side-by-side view on.
 */
const anyPlace = `main [data-section], .abstract-body .sentence[id], main [id]:not([data-section] [id], #${sideBySideFragment})`;
const sectionPlace = 'main [data-section]';

function storage(kind: 'localStorage' | 'sessionStorage'): Storage | undefined {
  try {
    return window[kind];
  } catch {
    return undefined; // storage disabled by the reader: nothing is remembered
  }
}

function store(kind: 'localStorage' | 'sessionStorage', key: string, value: string) {
  try {
    storage(kind)?.setItem(key, value);
  } catch {
    // full or forbidden: the link still works, the place or choice is just not kept
  }
}

/** Whether the paper page shows its side-by-side view: its fragment, or a row of it, is the target. */
function sideBySideShown(): boolean {
  return document.querySelector(`#${sideBySideFragment}:target, .parallel :target`) !== null;
}

function currentPlace(selector: string): ReadingPlace | undefined {
  // The view not shown is still in the page; only what the reader sees is a place.
  const shown = [...document.querySelectorAll<HTMLElement>(selector)].filter(
    (element) => element.getClientRects().length,
  );
  const boxes = shown.map((element) => ({ fragment: element.dataset['section'] ?? element.id, ...placeBox(element) }));
  const remaining = document.documentElement.scrollHeight - window.innerHeight - window.scrollY;
  return placeAt(boxes, readingLine(window.innerHeight, remaining));
}

/**
 * Gives `link` the fragment of the place being read, in the view it leads to: a view link's own
 * view, else the one shown. The side-by-side view holds only the abstract's sections, so only
 * they are places there.
 */
function keepPlace(link: HTMLAnchorElement, followed: boolean) {
  const shownSideBySide = sideBySideShown();
  const toSideBySide = link.dataset['view'] ? link.dataset['view'] === 'side-by-side' : shownSideBySide;
  const place = currentPlace(shownSideBySide || link.dataset['keepPlace'] === 'section' ? sectionPlace : anyPlace);
  const fragment = toSideBySide
    ? place
      ? sideBySideRowId(place.fragment)
      : sideBySideFragment
    : (place?.fragment ?? (link.dataset['view'] ? 'main' : ''));
  link.hash = fragment;
  if (followed && place) store('sessionStorage', placeKey, JSON.stringify({ path: link.pathname, ...place, fragment }));
}

function linkOf(event: Event): HTMLAnchorElement | null {
  return event.target instanceof Element ? event.target.closest('a') : null;
}

// Kept up to date whenever a link may be read, copied or followed, not only on click.
for (const type of ['pointerover', 'focusin', 'contextmenu']) {
  document.addEventListener(type, (event) => {
    const link = linkOf(event);
    if (link?.hasAttribute('data-keep-place')) keepPlace(link, false);
  });
}

document.addEventListener('click', (event) => {
  const link = linkOf(event);
  if (!link) return;
  // Skipping to the content keeps the side-by-side view, which a fragment outside it would end.
  if (link.classList.contains('skip-link') && sideBySideShown()) {
    event.preventDefault();
    document.getElementById('main')?.focus();
    return;
  }
  if (link.hasAttribute('data-keep-place')) keepPlace(link, true);
  if (link.hasAttribute('data-lang-choice') && link.hreflang) store('localStorage', languageStorageKey, link.hreflang);
});

function restorePlace() {
  const saved = storage('sessionStorage')?.getItem(placeKey);
  if (!saved) return;
  storage('sessionStorage')?.removeItem(placeKey);
  let place: ReadingPlace & { path: string };
  try {
    place = JSON.parse(saved) as ReadingPlace & { path: string };
  } catch {
    return; // not written by this script: ignore it
  }
  if (place.path !== location.pathname || location.hash !== `#${place.fragment}`) return;
  const target = document.getElementById(place.fragment);
  // A section's heading carries the id; the place is the whole section (a sentence, its pair).
  const element = target?.closest('.sentence, [data-section]') ?? target;
  const box = element && placeBox(element);
  if (box) window.scrollTo(0, scrollTopFor(box.top + window.scrollY, box.height, place.fraction, place.at));
}

function sendOn(chooser: Element) {
  const lang = preferredLang(storage('localStorage')?.getItem(languageStorageKey) ?? null, navigator.languages);
  const link = lang && chooser.querySelector<HTMLAnchorElement>(`a[data-lang-choice][hreflang="${lang}"]`);
  if (!link) return;
  const target = new URL(link.href);
  target.hash = location.hash;
  location.replace(target);
}

enhancePairedSentences();
const chooser = document.querySelector('[data-language-chooser]');
if (chooser) sendOn(chooser);
// After the browser's own scroll to the fragment, which happens up to the load event.
else if (document.readyState === 'complete') restorePlace();
else window.addEventListener('load', () => requestAnimationFrame(restorePlace), { once: true });
// A view link leads to the other view of the same page: no load, only a new target.
window.addEventListener('hashchange', () => requestAnimationFrame(restorePlace));
