import { fill } from '../i18n/fill-template.ts';
import { matchesChoice, relatedFacets, type FacetChoice } from './related-facets.ts';

/**
 * Narrows a paper's related-citation list in place by journal and year. The page ships the full
 * list and the filter form hidden; this shows the form, so without JavaScript the list is simply
 * complete. Option labels and the status line come from the page (its UI dictionary), with
 * `{value}`, `{count}`, `{shown}` and `{total}` filled in here.
 */
function enhance(form: HTMLFormElement): void {
  const list = form.closest('section')?.querySelector('ol');
  if (!list) return;
  const items = [...list.querySelectorAll<HTMLLIElement>(':scope > li')];
  const entries = items.map((item) => ({ journal: item.dataset['journal'] ?? '', year: item.dataset['year'] ?? '' }));
  const journal = form.elements.namedItem('journal') as HTMLSelectElement;
  const year = form.elements.namedItem('year') as HTMLSelectElement;
  const status = form.querySelector<HTMLElement>('[role="status"]');
  const optionLabel = form.dataset['option'] ?? '{value} ({count})';
  const statusLabel = form.dataset['status'] ?? '{shown} / {total}';

  const update = () => {
    const choice: FacetChoice = { journal: journal.value, year: year.value };
    let shown = 0;
    entries.forEach((entry, index) => {
      const item = items[index];
      if (!item) return;
      const keep = matchesChoice(entry, choice);
      item.hidden = !keep;
      if (keep) shown++;
    });
    const facets = relatedFacets(entries, choice);
    relabel(journal, facets.journals, optionLabel);
    relabel(year, facets.years, optionLabel);
    if (status) {
      status.textContent = choice.journal || choice.year ? fill(statusLabel, { shown, total: items.length }) : '';
    }
  };

  form.addEventListener('change', update);
  // `reset` fires before the controls are reset; update once they are.
  form.addEventListener('reset', () => setTimeout(update));
  form.addEventListener('submit', (event) => event.preventDefault());
  form.hidden = false;
  update();
}

function relabel(select: HTMLSelectElement, facets: readonly { value: string; count: number }[], label: string): void {
  for (const facet of facets) {
    const option = [...select.options].find((candidate) => candidate.value === facet.value);
    if (!option) continue;
    option.textContent = fill(label, facet);
    option.disabled = facet.count === 0 && !option.selected;
  }
}

document.querySelectorAll<HTMLFormElement>('form.related-filter').forEach(enhance);
