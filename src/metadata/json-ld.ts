import type { Lang } from '../i18n/locales.ts';
import type { PaperFacts as Paper } from '../lib/paper-entry.ts';
import { doiUrl } from '../citations/doi.ts';
import { authorCslName, displayName } from '../citations/nlm-name.ts';
import { orcidUrl, pubmedUrl } from '../citations/identifiers.ts';
import { pageRange } from '../citations/page-range.ts';
import { toIsoDate } from '../lib/partial-date.ts';

type Node = Record<string, unknown>;

/** What the JSON-LD of a paper's page is made from. */
export interface ArticleGraphInput {
  paper: Paper;
  /** The heading the pages show: the title, or the citation heading of a paper without one. */
  heading: string;
  /** The language the paper is published in (its abstract's original language). */
  sourceLang: Lang;
  /** The page's language. */
  lang: Lang;
  /** Each language's page, as an absolute URL. */
  urls: Record<Lang, string>;
  /** The abstract as plain text in the paper's language and, on a translated page, in the page's. */
  abstracts: Partial<Record<Lang, string>>;
  /** The languages other than the paper's own that have a translated abstract. */
  translations: readonly Lang[];
}

/**
 * schema.org JSON-LD for a paper's page. The page in the paper's own language describes the
 * `ScholarlyArticle` (DOI as `identifier` and `sameAs`, the journal issue it is part of, its
 * abstract) and lists its translations as `workTranslation`. A translated page describes the
 * translation: its language and abstract, and the article it translates as `translationOfWork`
 * (the same node, with the same `@id`, as on the original's page). A page whose translation is
 * missing shows the original, and describes it.
 */
export function articleJsonLd(input: ArticleGraphInput): Node {
  const { lang, sourceLang, urls, abstracts, translations } = input;
  const original = originalArticle(input);
  if (lang === sourceLang || !translations.includes(lang)) {
    const node: Node = { '@context': 'https://schema.org', ...original };
    if (translations.length > 0) {
      node['workTranslation'] = translations.map((other) => ({
        '@type': 'ScholarlyArticle',
        '@id': urls[other],
        url: urls[other],
        inLanguage: other,
      }));
    }
    return node;
  }
  return {
    '@context': 'https://schema.org',
    '@type': 'ScholarlyArticle',
    '@id': urls[lang],
    url: urls[lang],
    headline: input.heading,
    inLanguage: lang,
    abstract: abstracts[lang],
    translationOfWork: original,
  };
}

function originalArticle({ paper, heading, sourceLang, urls, abstracts }: ArticleGraphInput): Node {
  const node: Node = {
    '@type': 'ScholarlyArticle',
    '@id': urls[sourceLang],
    url: urls[sourceLang],
    headline: heading,
  };
  if (paper.title) node['name'] = paper.title;
  node['inLanguage'] = sourceLang;
  if (paper.authors?.length) {
    node['author'] = paper.authors.map((author) => {
      const name = authorCslName(author);
      if ('literal' in name) return { '@type': 'Organization', name: name.literal };
      const person: Node = { '@type': 'Person', name: displayName(author), familyName: name.family };
      if (name.given) person['givenName'] = name.given;
      if (author.orcid) person['sameAs'] = orcidUrl(author.orcid);
      return person;
    });
  }
  node['datePublished'] = toIsoDate(paper.date);
  if (paper.doi) {
    node['identifier'] = { '@type': 'PropertyValue', propertyID: 'DOI', value: paper.doi };
    node['sameAs'] = doiUrl(paper.doi);
  }
  if (paper.pmid) node['sameAs'] = [...[node['sameAs'] ?? []].flat(), pubmedUrl(paper.pmid)];
  if (paper.keywords.length > 0) node['keywords'] = paper.keywords;
  node['isPartOf'] = publication(paper);
  if (paper.pages) {
    const { first, last } = pageRange(paper.pages);
    node['pageStart'] = first;
    if (last) node['pageEnd'] = last;
    node['pagination'] = last ? `${first}-${last}` : first;
  }
  if (abstracts[sourceLang]) node['abstract'] = abstracts[sourceLang];
  return node;
}

/** The issue in the volume of the periodical, each level only when known. */
function publication(paper: Paper): Node {
  let node: Node = { '@type': 'Periodical', name: paper.journal };
  if (paper.volume) node = { '@type': 'PublicationVolume', volumeNumber: paper.volume, isPartOf: node };
  if (paper.issue) node = { '@type': 'PublicationIssue', issueNumber: paper.issue, isPartOf: node };
  return node;
}

/**
 * JSON for a `<script type="application/ld+json">` element: `<` is written `\u003c`, so no
 * text in the data (`</script>`, `<!--`) can end the element early.
 */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data).replaceAll('<', '\\u003c');
}
