import { toIsoDate } from '../lib/partial-date.ts';
import type { PaperInput } from '../papers/schema.ts';
import { englishSections, type RecordSection } from './abstract-sections.ts';
import { fullPageRange, readPrintedDate } from './citation-line.ts';
import type { ParseResult, Problem } from './parse.ts';
import type { PubmedArticle } from './pubmed-article.ts';
import { schemaProblems } from './schema-problems.ts';

/** PubMed's three-letter language codes (ISO 639-2/B) of the languages papers are most often in, as BCP 47 tags. */
const languageTags: Record<string, string> = {
  ara: 'ar',
  chi: 'zh',
  cze: 'cs',
  dan: 'da',
  dut: 'nl',
  eng: 'en',
  fin: 'fi',
  fre: 'fr',
  ger: 'de',
  gre: 'el',
  heb: 'he',
  hun: 'hu',
  ita: 'it',
  jpn: 'ja',
  kor: 'ko',
  nor: 'no',
  per: 'fa',
  pol: 'pl',
  por: 'pt',
  rus: 'ru',
  spa: 'es',
  swe: 'sv',
  tur: 'tr',
};

/**
 * An article of a PubMed export as a record of the paper: its facts as the frontmatter holds
 * them (affiliations listed once each, in the order the authors first name them, each author
 * given their numbers; page ranges in full; the title without PubMed's final period) and its
 * English abstract. The site's schema has the last word, each problem at the export's line.
 */
export function pubmedRecord(article: PubmedArticle): ParseResult {
  const errors: Problem[] = [];
  const date = article.date && readPrintedDate(article.date.value);
  if (!article.journal) {
    errors.push({ line: article.line, message: 'no journal: expected its NLM abbreviation (TA, <MedlineTA>)' });
  }
  if (!date) {
    errors.push({
      line: article.date?.line ?? article.line,
      message: article.date
        ? `impossible publication date "${article.date.value}"; expected a real date such as "2020 Jan 9"`
        : 'no publication date: expected one (DP, <PubDate>) such as "2020 Jan 9"',
    });
  }
  if (errors.length > 0 || !article.journal || !date) return { ok: false, errors, warnings: [] };

  const affiliations = [...new Set(article.authors.flatMap((author) => author.affiliations))];
  const vernacularLang = languageTags[article.languages.find((code) => code !== 'eng') ?? ''];
  const facts: PaperInput = {
    ...(article.title && { title: withoutFinalPeriod(article.title.value) }),
    ...(article.vernacularTitle && {
      vernacularTitle: {
        text: withoutFinalPeriod(article.vernacularTitle),
        ...(vernacularLang && { lang: vernacularLang }),
      },
    }),
    ...(article.authors.length > 0 && {
      authors: article.authors.map(({ name, family, given, orcid, affiliations: own }) => {
        const numbers = own.map((affiliation) => String(affiliations.indexOf(affiliation) + 1));
        const details = {
          ...(family && { family }),
          ...(given && { given }),
          ...(orcid && { orcid }),
          ...(numbers.length > 0 && { affiliations: numbers }),
        };
        return Object.keys(details).length > 0 ? { name, ...details } : name;
      }),
    }),
    journal: article.journal.value,
    date: toIsoDate(date),
    ...(article.volume && { volume: article.volume }),
    ...(article.issue && { issue: article.issue }),
    ...(article.pages && { pages: fullPageRange(article.pages) }),
    ...(article.doi && { doi: article.doi.value }),
    ...(article.pmid && { pmid: article.pmid.value }),
    ...(article.pmcid && { pmcid: article.pmcid }),
    affiliations,
    keywords: article.keywords,
    mesh: article.mesh,
    publicationTypes: article.publicationTypes,
    notices: article.notices,
  };
  const refused = schemaProblems(facts, (field, index) => exportLine(article, field, index), article.line);
  if (refused.length > 0) return { ok: false, errors: refused, warnings: [] };
  const sections = abstractSections(article);
  const citation = article.pmid?.line ?? article.line;
  return {
    ok: true,
    warnings: [],
    record: {
      source: 'pubmed',
      facts,
      lines: {
        citation,
        ...(article.title && { title: article.title.line }),
        ...(article.doi && { doi: article.doi.line }),
        ...(article.journal && { journal: article.journal.line }),
        ...(article.date && { date: article.date.line }),
        ...(article.authors[0] && { authors: article.authors[0].line, affiliations: article.authors[0].line }),
      },
      abstracts: sections[0] ? { en: { line: sections[0].line, sections } } : {},
    },
  };
}

function withoutFinalPeriod(title: string): string {
  return title.replace(/(?<!\.)\.$/, '');
}

/**
 * The English abstract's sections: the labels an XML export gives each part (`Label`, else its
 * `NlmCategory`); a MEDLINE `AB` is one line with its labels inside (`BACKGROUND: …`), cut as
 * the plain-text record's English abstract is.
 */
function abstractSections(article: PubmedArticle): RecordSection[] {
  const [first, ...more] = article.abstract;
  if (!first) return [];
  // MEDLINE's one AB; an XML abstract's one unlabelled part, which may hold its labels in its text.
  if (more.length === 0 && first.label === undefined) return englishSections([first]);
  if (article.abstract.some((part) => part.label !== undefined)) {
    return article.abstract.map((part) => ({ label: part.label, line: part.line, paragraphs: [part.text] }));
  }
  return [{ label: undefined, line: first.line, paragraphs: article.abstract.map((part) => part.text) }];
}

/** The line of the export that gave a field of the facts, where the schema objects to it. */
function exportLine(article: PubmedArticle, field: PropertyKey | undefined, index: PropertyKey | undefined) {
  if (field === 'authors' && typeof index === 'number') return article.authors[index]?.line;
  if (field === 'doi') return article.doi?.line;
  if (field === 'title') return article.title?.line;
  if (field === 'pmid') return article.pmid?.line;
  return undefined;
}
