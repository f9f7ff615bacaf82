import type { PaperFacts as Paper } from '../lib/paper-entry.ts';

/**
 * The heading a paper without a title is shown under, built from its citation the way NLM
 * writes it: `J Transl Med 2020;18:14` (volume and pages when known). Never empty: a journal
 * and a year are required by the schema.
 */
export function citationHeading(paper: Pick<Paper, 'journal' | 'date' | 'volume' | 'pages'>): string {
  let heading = `${paper.journal} ${paper.date.year}`;
  if (paper.volume) heading += `;${paper.volume}`;
  if (paper.pages) heading += `:${paper.pages}`;
  return heading;
}

/** The paper's title, or its citation heading when it has none. */
export function displayTitle(paper: Pick<Paper, 'title' | 'journal' | 'date' | 'volume' | 'pages'>): string {
  return paper.title ?? citationHeading(paper);
}
