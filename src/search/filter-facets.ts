import type { Facet } from '../reading/related-facets.ts';

/**
 * The values of one of the search's filters with their counts, in the order the page lists them:
 * years newest first, anything else (journals) A to Z, as the paper page's citation filter has them.
 */
export function searchFacets(name: string, counts: Readonly<Record<string, number>>): Facet[] {
  const facets = Object.entries(counts).map(([value, count]) => ({ value, count }));
  return name === 'year'
    ? facets.sort((a, b) => b.value.localeCompare(a.value))
    : facets.sort((a, b) => a.value.localeCompare(b.value, 'en'));
}
