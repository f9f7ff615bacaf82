import type { PaperInput } from '../papers/schema.ts';

/**
 * Lower-case ASCII words joined by hyphens: `Medicina (Kaunas)` -> `medicina-kaunas`,
 * `Rev Méd Suisse` -> `rev-med-suisse`, `METHODS/DESIGN` -> `methods-design`. The importer's
 * scheme for the names it writes: file names and section ids. The anchors the site makes as it
 * renders (`remark-section-ids`, related citations) use github-slugger, which keeps non-ASCII
 * letters and drops `/` and `&` (`methodsdesign`). Not used here: file names must be ASCII (see
 * `isSlug`), and the ids already written must stay, or importing a record again would find its
 * entry changed.
 */
export function asciiSlug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * The readable name of a paper's file, from its citation: journal, year, volume and first page
 * (`j-transl-med-2020-18-14`); the full date stands in for volume and page when it has neither.
 */
export function slugBase(facts: Pick<PaperInput, 'journal' | 'date' | 'volume' | 'pages'>): string {
  const firstPage = facts.pages?.split('-')[0];
  const locator = facts.volume || firstPage ? [facts.volume, firstPage] : [facts.date.slice(5)];
  return asciiSlug([facts.journal, facts.date.slice(0, 4), ...locator].filter(Boolean).join(' ')) || 'paper';
}

/** `base`, or the first of `base-2`, `base-3`, ... that is not taken. */
export function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
