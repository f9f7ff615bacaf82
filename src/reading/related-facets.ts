/** One value a citation list can be narrowed to, and how many entries have it. */
export interface Facet {
  value: string;
  count: number;
}

/** What the in-page filter of a citation list reads of each entry. */
export interface FacetedEntry {
  journal: string;
  year: string;
}

/** The narrowing a reader chose: an empty value means "any". */
export interface FacetChoice {
  journal: string;
  year: string;
}

/** Whether `entry` is kept by `choice`. */
export function matchesChoice(entry: FacetedEntry, choice: FacetChoice): boolean {
  return (!choice.journal || entry.journal === choice.journal) && (!choice.year || entry.year === choice.year);
}

/**
 * The journals (A to Z) and the years (newest first) of `entries`, each with the number of
 * entries that have it once the other facet's choice is applied, so each count says what
 * choosing that value would show.
 */
export function relatedFacets(
  entries: readonly FacetedEntry[],
  choice: FacetChoice = { journal: '', year: '' },
): { journals: Facet[]; years: Facet[] } {
  const journals = countBy(
    entries.filter((entry) => matchesChoice(entry, { ...choice, journal: '' })),
    (entry) => entry.journal,
  );
  const years = countBy(
    entries.filter((entry) => matchesChoice(entry, { ...choice, year: '' })),
    (entry) => entry.year,
  );
  // Values the choice rules out still appear, with 0, so the lists keep their shape.
  for (const entry of entries) {
    if (!journals.has(entry.journal)) journals.set(entry.journal, 0);
    if (!years.has(entry.year)) years.set(entry.year, 0);
  }
  return {
    journals: [...journals].map(toFacet).sort((a, b) => a.value.localeCompare(b.value, 'en')),
    years: [...years].map(toFacet).sort((a, b) => b.value.localeCompare(a.value)),
  };
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

function toFacet([value, count]: [string, number]): Facet {
  return { value, count };
}
