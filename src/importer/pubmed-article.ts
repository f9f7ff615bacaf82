/**
 * What the importer takes from a PubMed export, whichever its format (MEDLINE text or XML):
 * the reader of each format fills one of these per article, with the line each part came from.
 */
export interface PubmedArticle {
  /** Line on which the article starts (its `PMID-` line, its `<PubmedArticle>` tag). */
  line: number;
  pmid?: Located;
  pmcid?: string;
  doi?: Located;
  /** The English title as PubMed gives it (ending in a period, which is left out on import). */
  title?: Located;
  /** The title in the language of publication (`VTI`). */
  vernacularTitle?: string;
  /** Languages of publication, as PubMed's three-letter codes (`eng`, `fre`). */
  languages: string[];
  /** The journal's NLM abbreviation (`TA`). */
  journal?: Located;
  /** The publication date as PubMed prints it: `2020 Jan 9`, `2019 Spring`. */
  date?: Located;
  volume?: string;
  issue?: string;
  /** Pages as printed, perhaps abridged (`249-55`). */
  pages?: string;
  authors: PubmedAuthor[];
  /** The abstract, one section each (a single unlabelled one for an unstructured abstract). */
  abstract: PubmedSection[];
  keywords: string[];
  /** MeSH headings: descriptor, `/` and each qualifier, `*` before a major topic. */
  mesh: string[];
  publicationTypes: string[];
  notices: PubmedNotice[];
}

/** A value and the line it came from. */
export interface Located {
  value: string;
  line: number;
}

/** An author or a group, with what the export says of them. */
export interface PubmedAuthor {
  line: number;
  /** `Laï MC`; a group's name in full. */
  name: string;
  family?: string;
  given?: string;
  orcid?: string;
  /** The author's affiliations, as written. */
  affiliations: string[];
}

/** A section of an abstract: its label (`BACKGROUND`), or none when unstructured; its text. */
export interface PubmedSection {
  label: string | undefined;
  text: string;
  line: number;
}

/** An erratum or retraction, as the export cites it. */
export interface PubmedNotice {
  kind: 'erratum-in' | 'erratum-for' | 'retraction-in' | 'retraction-of';
  citation: string;
  pmid?: string;
}

/** A problem in an export, on a 1-based line of its file. */
export interface ExportProblem {
  line: number;
  message: string;
}

/** What reading an export gives: its articles, or every problem found (then no article). */
export type ExportResult = { ok: true; articles: PubmedArticle[] } | { ok: false; errors: ExportProblem[] };

/** An empty article starting at `line`, for a reader to fill. */
export function emptyArticle(line: number): PubmedArticle {
  return {
    line,
    languages: [],
    authors: [],
    abstract: [],
    keywords: [],
    mesh: [],
    publicationTypes: [],
    notices: [],
  };
}

/** An ORCID iD as the schema holds it, from the forms exports give (`https://orcid.org/…`, no hyphens). */
export function normalOrcid(text: string): string {
  const digits = text
    .replace(/^.*?(?=\d{4}-?\d{4}-?\d{4}-?\d{3}[\dX])/i, '')
    .replace(/-/g, '')
    .toUpperCase();
  return /^\d{15}[\dX]$/.test(digits) ? digits.replace(/(.{4})(?=.)/g, '$1-') : text.trim();
}
