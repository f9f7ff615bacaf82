import { langs, locales, type Lang } from '../i18n/locales.ts';
import type { Translate } from '../i18n/ui.ts';
import type { PaperFacts, PaperWithAbstracts } from '../lib/paper-entry.ts';
import { chooseAbstract, type AbstractChoice } from './choose-abstract.ts';
import { doiUrl } from '../citations/doi.ts';
import { displayTitle } from './display-title.ts';
import { compareNewestFirst, formatPartialDate, toIsoDate } from '../lib/partial-date.ts';
import { relatedEntries, type RelatedEntry } from './related.ts';

/** Everything a page shows of a paper in one language, computed once, rendered as is. */
export interface PaperView {
  slug: string;
  /** The title, or the citation heading when the paper has none. */
  title: string;
  /** Whether {@link title} is the published title (and so in the paper's language, English). */
  hasTitle: boolean;
  authors: readonly string[];
  journal: string;
  /** Publication date in the page language's words. */
  dateText: string;
  /** Publication date as ISO 8601 at its precision, for `<time datetime>`. */
  dateIso: string;
  /** Publication year, the value of the search index's `year` filter. */
  year: number;
  volume: string | undefined;
  issue: string | undefined;
  pages: string | undefined;
  /** Volume, issue and pages as printed, those the record has, labelled by UI key. */
  locators: { key: 'paper.volume' | 'paper.issue' | 'paper.pages'; value: string }[];
  doi: string | undefined;
  doiUrl: string | undefined;
  affiliations: readonly string[];
  related: readonly (RelatedEntry & { dateText: string; dateIso: string })[];
  abstract: AbstractChoice;
}

/** What a component showing part of a paper page is given. */
export interface PaperPartProps {
  t: Translate;
  paper: PaperView;
  /** Language of the paper's facts (English: titles, names, journals), when it differs from the page's. */
  sourceLang: string | undefined;
}

/** What a list of papers shows of each: a lighter view than {@link PaperView}. */
export type PaperSummary = Pick<PaperView, 'slug' | 'title' | 'journal' | 'dateText' | 'dateIso'>;

/** Builds the {@link PaperSummary} of `paper` for a list in `lang`. */
export function paperSummary(slug: string, paper: PaperWithAbstracts, lang: Lang): PaperSummary {
  return {
    slug,
    title: displayTitle(paper),
    journal: paper.journal,
    dateText: formatPartialDate(paper.date, locales[lang].dateLocale),
    dateIso: toIsoDate(paper.date),
  };
}

/** Builds the {@link PaperView} of `paper` for a page in `lang`. */
export function paperView(slug: string, paper: PaperWithAbstracts, lang: Lang): PaperView {
  const dateLocale = locales[lang].dateLocale;
  return {
    slug,
    title: displayTitle(paper),
    hasTitle: paper.title !== undefined,
    authors: paper.authors ?? [],
    journal: paper.journal,
    dateText: formatPartialDate(paper.date, dateLocale),
    dateIso: toIsoDate(paper.date),
    year: paper.date.year,
    volume: paper.volume,
    issue: paper.issue,
    pages: paper.pages,
    locators: (
      [
        ['paper.volume', paper.volume],
        ['paper.issue', paper.issue],
        ['paper.pages', paper.pages],
      ] as const
    ).flatMap(([key, value]) => (value === undefined ? [] : [{ key, value }])),
    doi: paper.doi,
    doiUrl: paper.doi ? doiUrl(paper.doi) : undefined,
    affiliations: paper.affiliations,
    related: relatedEntries(paper.related).map((entry) => ({
      ...entry,
      dateText: formatPartialDate(entry.date, dateLocale),
      dateIso: toIsoDate(entry.date),
    })),
    abstract: chooseAbstract(paper.abstracts, lang, langs),
  };
}

/** Papers newest first; papers of the same date by slug, so the order is stable between builds. */
export function newestFirst<T extends { id: string; data: Pick<PaperFacts, 'date'> }>(papers: readonly T[]): T[] {
  return [...papers].sort((a, b) => compareNewestFirst(a.data.date, b.data.date) || a.id.localeCompare(b.id));
}
