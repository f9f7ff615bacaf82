import GithubSlugger from 'github-slugger';
import type { RelatedCitation } from '../lib/paper-entry.ts';
import { compareNewestFirst, toIsoDate } from '../lib/partial-date.ts';

/** A related citation ready to list: with its anchor id. */
export interface RelatedEntry extends RelatedCitation {
  /** Stable anchor, the same on every language's page: `related-medicina-kaunas-2024-06-04`. */
  id: string;
}

/**
 * The related citations newest first, each with an id built from its journal and date (so it
 * survives reordering and additions); a repeated journal and date gets `-1`, `-2` in record order
 * (github-slugger's numbering).
 */
export function relatedEntries(related: readonly RelatedCitation[]): RelatedEntry[] {
  const slugger = new GithubSlugger();
  const withIds = related.map((entry) => ({
    ...entry,
    id: slugger.slug(`related-${entry.journal}-${toIsoDate(entry.date)}`),
  }));
  // Array.prototype.sort is stable: entries of the same date keep the record's order.
  return withIds.sort((a, b) => compareNewestFirst(a.date, b.date));
}
