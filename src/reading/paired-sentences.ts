/**
 * The paired sentences (src/pairing/), for the reader's script. Side by side, hovering, focusing
 * or tapping a sentence lights it up with its counterpart in the other column, which is scrolled
 * into view when it is off screen. On a page in one language, a sentence can show its
 * counterpart in place (a click, or Enter; the arrow keys move between sentences, which take one
 * stop of the Tab order between them). The counterparts come from the side-by-side view, which
 * every paper page holds.
 */
import { pairId } from '../pairing/pair-id.ts';

const lit = 'lit';
const shown = 'sentence-other';
/** The sentences of a page in one language that have a counterpart. */
const paired = '.abstract-body .sentence[data-n]';

/** The sentences of `sentence`'s pair (itself and those with its number in its row), or itself alone. */
function pairOf(sentence: HTMLElement): HTMLElement[] {
  const row = sentence.closest('.parallel-row');
  const n = sentence.dataset['n'];
  return row && n ? [...row.querySelectorAll<HTMLElement>(`.sentence[data-n="${n}"]`)] : [sentence];
}

function light(sentence: HTMLElement | null, scroll: boolean) {
  for (const element of document.querySelectorAll(`.${lit}`)) element.classList.remove(lit);
  if (!sentence) return;
  const pair = pairOf(sentence);
  for (const element of pair) element.classList.add(lit);
  const cell = sentence.closest('.parallel-cell');
  const other = pair.find((element) => element.closest('.parallel-cell') !== cell);
  const box = other?.getBoundingClientRect();
  const header = document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0;
  if (scroll && box && (box.bottom > window.innerHeight || box.top < header))
    other?.scrollIntoView({ block: 'nearest' });
}

function sideBySideSentence(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>('.parallel .sentence') : null;
}

/** The counterpart of a sentence of a page in one language, as the side-by-side view holds it. */
function counterpart(sentence: HTMLElement): HTMLElement | undefined {
  const n = sentence.dataset['n'] ?? '';
  const id = pairId(sentence.closest<HTMLElement>('[data-section]')?.dataset['section'] ?? '', n);
  for (const cell of document.querySelectorAll<HTMLElement>('.parallel-cell[lang]')) {
    const first = document.getElementById(`${id}-${cell.lang}`);
    if (!first || !cell.contains(first)) continue;
    const shownText = document.createElement('span');
    shownText.className = shown;
    shownText.lang = cell.lang;
    const group = first.closest('.parallel-cell')?.querySelectorAll(`.sentence[data-n="${n}"]`) ?? [];
    group.forEach((part, index) => {
      if (index > 0 && !cell.lang.startsWith('zh')) shownText.append(' ');
      shownText.append(...[...part.childNodes].map((node) => node.cloneNode(true)));
    });
    return shownText;
  }
  return undefined;
}

/** The sentences of `sentence`'s pair in its own language on a page in one language. */
function ownPair(sentence: HTMLElement): HTMLElement[] {
  const section = sentence.closest('[data-section], .abstract-body');
  const n = sentence.dataset['n'];
  return n && section ? [...section.querySelectorAll<HTMLElement>(`.sentence[data-n="${n}"]`)] : [sentence];
}

/**
 * The box of a place on the page: an element's, or for a sentence its whole pair's in its
 * language (two sentences translated as one are one place).
 */
export function placeBox(element: Element): { top: number; height: number } {
  const { top, bottom } = element.getBoundingClientRect();
  const parts = element instanceof HTMLElement && element.classList.contains('sentence') ? ownPair(element) : [];
  const end = Math.max(bottom, ...parts.map((part) => part.getBoundingClientRect().bottom));
  return { top, height: end - top };
}

/** Shows or hides the counterpart of `sentence` after the last sentence of its pair. */
function toggle(sentence: HTMLElement) {
  const last = ownPair(sentence).at(-1) ?? sentence;
  const next = last.nextElementSibling;
  const other = next?.classList.contains(shown) ? undefined : counterpart(sentence);
  if (other) last.after(other);
  else if (next?.classList.contains(shown)) next.remove();
}

function move(sentence: HTMLElement, by: number) {
  const all = [...document.querySelectorAll<HTMLElement>(paired)];
  const to = all[all.indexOf(sentence) + by];
  if (!to) return;
  sentence.tabIndex = -1;
  to.tabIndex = 0;
  to.focus();
}

/** Sets the sentences of both views to answer the reader. */
export function enhancePairedSentences() {
  document.querySelectorAll<HTMLElement>(paired).forEach((sentence, index) => {
    sentence.tabIndex = index === 0 ? 0 : -1;
    sentence.setAttribute('aria-describedby', 'sentence-hint');
  });
  document.addEventListener('pointerover', (event) => light(sideBySideSentence(event.target), false));
  document.addEventListener('focusin', (event) => light(sideBySideSentence(event.target), true));
  document.addEventListener('click', (event) => {
    const sentence = event.target instanceof Element ? event.target.closest<HTMLElement>(paired) : null;
    // Selecting text to copy it is no request to show a translation.
    const link = event.target instanceof Element && event.target.closest('a');
    if (sentence && !link && window.getSelection()?.isCollapsed !== false) toggle(sentence);
  });
  document.addEventListener('keydown', (event) => {
    const sentence = event.target instanceof Element ? event.target.closest<HTMLElement>(paired) : null;
    if (!sentence || event.target !== sentence) return;
    const by = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 }[event.key];
    if (event.key === 'Enter' || event.key === ' ') toggle(sentence);
    else if (by) move(sentence, by);
    else return;
    event.preventDefault();
  });
}
