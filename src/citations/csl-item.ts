import { sourceLang } from '../i18n/locales.ts';
import type { PaperFacts, PaperWithAbstracts } from '../lib/paper-entry.ts';
import { authorCslName, type CslName } from './nlm-name.ts';
import { fullPages } from './page-range.ts';
import type { PartialDate } from '../lib/partial-date.ts';

/** The CSL-JSON fields this site knows of a paper (CSL-JSON schema 1.0). */
export interface CslItem {
  id: string;
  type: 'article-journal';
  title?: string;
  author?: CslName[];
  /** The journal as the record names it: its NLM abbreviation. */
  'container-title': string;
  'container-title-short': string;
  /** The publication date at the precision known: `[[2020, 1, 9]]`, `[[2019, 3]]`, `[[2019]]`. */
  issued: { 'date-parts': [number[]] };
  volume?: string;
  issue?: string;
  page?: string;
  DOI?: string;
  PMID?: string;
  PMCID?: string;
  keyword?: string;
  abstract?: string;
  /** BCP 47 tag of the paper's language. */
  language: string;
}

/** What a reference needs and the paper lacks. */
export type MissingForCitation = 'title' | 'authors';

/**
 * What the paper lacks of what a reference cannot do without: its title and its authors. A
 * reference without them is one nobody can paste, and Google Scholar leaves such a page out.
 */
export function missingForCitation(paper: Pick<PaperFacts, 'title' | 'authors'>): MissingForCitation[] {
  const missing: MissingForCitation[] = [];
  if (!paper.title) missing.push('title');
  if (!paper.authors?.length) missing.push('authors');
  return missing;
}

/** A date's CSL date-parts, no more precise than the date. */
export function dateParts(date: PartialDate): number[] {
  return [date.year, date.month, date.day].filter((part) => part !== undefined);
}

/**
 * The paper as CSL-JSON, the one description every citation style and reference file is made
 * from, built here only: by the content loader (to format the references) and by the reference
 * files. `id` is the paper's slug. Given the rendered abstracts, the item carries the abstract
 * in the paper's own language as plain text (reference files do; a formatted reference has no
 * use for it). Facts the record lacks are left out, never invented: a paper without authors has
 * no `author`, and the journal is the abbreviation PubMed gives, since no full title is known.
 */
export function paperCslItem(
  slug: string,
  paper: PaperFacts & Partial<Pick<PaperWithAbstracts, 'abstracts'>>,
): CslItem {
  const item: CslItem = {
    id: slug,
    type: 'article-journal',
    'container-title': paper.journal,
    'container-title-short': paper.journal,
    issued: { 'date-parts': [dateParts(paper.date)] },
    language: sourceLang,
  };
  if (paper.title) item.title = paper.title;
  if (paper.authors?.length) item.author = paper.authors.map(authorCslName);
  if (paper.volume) item.volume = paper.volume;
  if (paper.issue) item.issue = paper.issue;
  if (paper.pages) item.page = fullPages(paper.pages);
  if (paper.doi) item.DOI = paper.doi;
  if (paper.pmid) item.PMID = paper.pmid;
  if (paper.pmcid) item.PMCID = paper.pmcid;
  if (paper.keywords.length > 0) item.keyword = paper.keywords.join(', ');
  const abstract = paper.abstracts?.[sourceLang]?.text;
  if (abstract) item.abstract = abstract;
  return item;
}
