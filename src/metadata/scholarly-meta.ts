import { langs, locales, type Lang } from '../i18n/locales.ts';
import type { PaperFacts as Paper } from '../lib/paper-entry.ts';
import { doiUrl } from '../citations/doi.ts';
import { authorCslName, type CslName } from '../citations/nlm-name.ts';
import { pageRange } from '../citations/page-range.ts';
import { toIsoDate, type PartialDate } from '../lib/partial-date.ts';

/** One `<meta>` element: `name` for Highwire, Dublin Core and Twitter, `property` for Open Graph. */
export type MetaTag = { name: string; content: string } | { property: string; content: string };

/** What the head of a paper's page in one language says about the paper. */
export interface ScholarlyPage {
  paper: Paper;
  /** The page's language. */
  lang: Lang;
  /** The language of the abstract the page shows (another when the translation is missing). */
  abstractLang: string;
  /** The page's absolute canonical URL. */
  url: string;
  /** The page's heading: the title, or the citation heading of a paper without one. */
  heading: string;
  description: string;
  siteName: string;
}

/** `YYYY/MM/DD`, `YYYY/MM` or `YYYY`: Highwire's date form, never more precise than known. */
export function highwireDate(date: PartialDate): string {
  return toIsoDate(date).replaceAll('-', '/');
}

/** An author as `Family, Given` (`Laï, M. C.`), the order harvesters read unambiguously. */
export function invertedName(name: CslName): string {
  if ('literal' in name) return name.literal;
  return [name.family, name.given, name.suffix].filter(Boolean).join(', ');
}

/**
 * The head's metadata for a paper's page: Highwire Press tags (what Google Scholar reads),
 * their Dublin Core equivalents, and Open Graph and Twitter card tags for link previews. A
 * fact the record lacks gets no tag: no empty `citation_author`, no made-up title.
 */
export function scholarlyMetaTags(page: ScholarlyPage): MetaTag[] {
  const { paper } = page;
  const authors = (paper.authors ?? []).map((author) => invertedName(authorCslName(author)));
  const pages = paper.pages ? pageRange(paper.pages) : undefined;
  const tags: MetaTag[] = [];
  const add = (name: string, content: string | undefined) => {
    if (content) tags.push({ name, content });
  };
  const addProperty = (property: string, content: string) => tags.push({ property, content });

  add('citation_title', paper.title);
  for (const author of authors) add('citation_author', author);
  add('citation_publication_date', highwireDate(paper.date));
  add('citation_journal_title', paper.journal);
  add('citation_journal_abbrev', paper.journal);
  add('citation_volume', paper.volume);
  add('citation_issue', paper.issue);
  add('citation_firstpage', pages?.first);
  add('citation_lastpage', pages?.last);
  add('citation_doi', paper.doi);
  add('citation_pmid', paper.pmid);
  for (const keyword of paper.keywords) add('citation_keywords', keyword);
  add('citation_language', page.abstractLang);
  add('citation_abstract_html_url', page.url);

  add('DC.title', paper.title);
  for (const author of authors) add('DC.creator', author);
  add('DC.date', toIsoDate(paper.date));
  add('DC.source', paper.journal);
  add('DC.identifier', paper.doi && doiUrl(paper.doi));
  add('DC.language', page.abstractLang);

  addProperty('og:type', 'article');
  addProperty('og:title', page.heading);
  addProperty('og:description', page.description);
  addProperty('og:url', page.url);
  addProperty('og:site_name', page.siteName);
  addProperty('og:locale', locales[page.lang].ogLocale);
  for (const other of langs) if (other !== page.lang) addProperty('og:locale:alternate', locales[other].ogLocale);
  addProperty('article:published_time', toIsoDate(paper.date));
  add('twitter:card', 'summary');
  add('twitter:title', page.heading);
  add('twitter:description', page.description);
  return tags;
}

// Making a segmenter costs far more than cutting one description with it; pages reuse them.
const segmenters = new Map<string, Intl.Segmenter>();

function wordSegmenter(locale: string): Intl.Segmenter {
  let segmenter = segmenters.get(locale);
  if (!segmenter) segmenters.set(locale, (segmenter = new Intl.Segmenter(locale, { granularity: 'word' })));
  return segmenter;
}

/**
 * `text` cut to at most `maxLength` characters at a word boundary of `locale` (CJK text has no
 * spaces; `Intl.Segmenter` knows its words), with `…` when something was cut.
 */
export function excerpt(text: string, maxLength: number, locale: string): string {
  if (text.length <= maxLength) return text;
  let kept = '';
  // Only the start is cut into words: segmenting a whole abstract for 160 characters of it was
  // the costliest thing the paper pages did (ICU segments a run of Chinese as a whole).
  for (const { segment } of wordSegmenter(locale).segment(text.slice(0, maxLength * 2))) {
    if (kept.length + segment.length > maxLength - 1) break;
    kept += segment;
  }
  return `${kept.trimEnd()}…`;
}
