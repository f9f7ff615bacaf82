import { langs, locales, type Lang } from '../i18n/locales.ts';
import type { Translate } from '../i18n/ui.ts';
import type { Notice, PaperFacts, PaperWithAbstracts } from '../lib/paper-entry.ts';
import { chooseAbstract, type AbstractChoice } from './choose-abstract.ts';
import { doiUrl } from '../citations/doi.ts';
import { missingForCitation, type MissingForCitation } from '../citations/csl-item.ts';
import { orcidUrl, pmcUrl, pubmedUrl } from '../citations/identifiers.ts';
import { displayName } from '../citations/nlm-name.ts';
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
  /** The title in the language of publication, when not English. */
  vernacularTitle: { text: string; lang: string | undefined } | undefined;
  authors: readonly AuthorView[];
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
  pmid: string | undefined;
  pmidUrl: string | undefined;
  pmcid: string | undefined;
  pmcUrl: string | undefined;
  affiliations: readonly string[];
  keywords: readonly string[];
  mesh: readonly string[];
  publicationTypes: readonly string[];
  /** Errata and retractions, each with its label's UI key and its PubMed page when known. */
  notices: readonly NoticeView[];
  /** What a reference needs and the paper lacks: the Cite panel says so instead of a broken reference. */
  citationMissing: readonly MissingForCitation[];
  related: readonly (RelatedEntry & { dateText: string; dateIso: string })[];
  abstract: AbstractChoice;
}

/** An author as a page shows them: the name, their ORCID record, the numbers of their affiliations. */
export interface AuthorView {
  name: string;
  orcidUrl: string | undefined;
  affiliations: readonly number[];
}

/** An erratum or retraction notice as a page shows it. */
export interface NoticeView {
  key: `notice.${Notice['kind']}`;
  citation: string;
  url: string | undefined;
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
    vernacularTitle: paper.vernacularTitle && {
      text: paper.vernacularTitle.text,
      lang: paper.vernacularTitle.lang,
    },
    authors: (paper.authors ?? []).map((author) => ({
      name: displayName(author),
      orcidUrl: author.orcid && orcidUrl(author.orcid),
      affiliations: author.affiliations ?? [],
    })),
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
    pmid: paper.pmid,
    pmidUrl: paper.pmid && pubmedUrl(paper.pmid),
    pmcid: paper.pmcid,
    pmcUrl: paper.pmcid && pmcUrl(paper.pmcid),
    affiliations: paper.affiliations,
    keywords: paper.keywords,
    mesh: paper.mesh,
    publicationTypes: paper.publicationTypes,
    notices: paper.notices.map((notice) => ({
      key: `notice.${notice.kind}` as const,
      citation: notice.citation,
      url: notice.pmid && pubmedUrl(notice.pmid),
    })),
    citationMissing: missingForCitation(paper),
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
