import type { Element, Root, RootContent } from 'xast';
import { fromXml } from 'xast-util-from-xml';
import {
  emptyArticle,
  normalOrcid,
  type ExportResult,
  type PubmedArticle,
  type PubmedNotice,
} from './pubmed-article.ts';

/** Whether a file's text is XML (PubMed's `PubmedArticleSet`, or anything else to be refused as such). */
export function isXml(text: string): boolean {
  return text.trimStart().startsWith('<');
}

const noticeTypes: Record<string, PubmedNotice['kind']> = {
  ErratumIn: 'erratum-in',
  ErratumFor: 'erratum-for',
  RetractionIn: 'retraction-in',
  RetractionOf: 'retraction-of',
};

const monthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * Reads PubMed XML (`PubmedArticleSet`, as E-utilities' efetch gives it) with
 * `xast-util-from-xml`: malformed or truncated XML is refused at the line the parser stopped on;
 * a set without a `PubmedArticle`, or an article without a PMID, at its line.
 */
export function readPubmedXml(text: string): ExportResult {
  let root: Root;
  try {
    root = fromXml(text);
  } catch (error) {
    const { line, cause } = error as { line?: number; cause?: Error };
    const reason = cause?.message.split('\n')[0]?.replace(/\s*\(line \d+, column \d+\)$/, '') ?? String(error);
    return {
      ok: false,
      errors: [{ line: line ?? 1, message: `not well-formed XML: ${reason}; expected a complete PubmedArticleSet` }],
    };
  }
  const set = elements(root).find((element) => element.name === 'PubmedArticleSet');
  if (!set) {
    const top = elements(root)[0];
    return {
      ok: false,
      errors: [
        { line: lineOf(top), message: `<${top?.name ?? ''}> is not a PubMed export; expected <PubmedArticleSet>` },
      ],
    };
  }
  const nodes = children(set, 'PubmedArticle');
  if (nodes.length === 0) {
    return {
      ok: false,
      errors: [{ line: lineOf(set), message: 'no <PubmedArticle> in this <PubmedArticleSet>; expected one or more' }],
    };
  }
  const articles = nodes.map(readArticle);
  const errors = articles.flatMap((article) =>
    article.pmid
      ? []
      : [{ line: article.line, message: 'this <PubmedArticle> has no <PMID>; expected one in its <MedlineCitation>' }],
  );
  return errors.length > 0 ? { ok: false, errors } : { ok: true, articles };
}

function readArticle(node: Element): PubmedArticle {
  const article = emptyArticle(lineOf(node));
  const citation = child(node, 'MedlineCitation');
  const paper = child(citation, 'Article');
  const issue = child(child(paper, 'Journal'), 'JournalIssue');
  const pmid = child(citation, 'PMID');
  if (pmid) article.pmid = { value: textOf(pmid), line: lineOf(pmid) };
  const title = child(paper, 'ArticleTitle');
  if (title && textOf(title)) article.title = { value: textOf(title), line: lineOf(title) };
  const vernacular = textOf(child(paper, 'VernacularTitle'));
  if (vernacular) article.vernacularTitle = vernacular;
  article.languages = children(paper, 'Language').map(textOf);
  const journal = child(child(citation, 'MedlineJournalInfo'), 'MedlineTA');
  if (journal) article.journal = { value: textOf(journal), line: lineOf(journal) };
  const pubDate = child(issue, 'PubDate');
  if (pubDate) article.date = { value: printedDate(pubDate), line: lineOf(pubDate) };
  setText(article, 'volume', child(issue, 'Volume'));
  setText(article, 'issue', child(issue, 'Issue'));
  setText(article, 'pages', child(child(paper, 'Pagination'), 'MedlinePgn'));
  const ids = [
    ...children(paper, 'ELocationID').map((id) => ({ type: id.attributes['EIdType'], id })),
    ...children(child(child(node, 'PubmedData'), 'ArticleIdList'), 'ArticleId').map((id) => ({
      type: id.attributes['IdType'],
      id,
    })),
  ];
  const doi = ids.find(({ type }) => type === 'doi')?.id;
  if (doi) article.doi = { value: textOf(doi), line: lineOf(doi) };
  const pmc = ids.find(({ type }) => type === 'pmc')?.id;
  if (pmc) article.pmcid = textOf(pmc);
  for (const author of children(child(paper, 'AuthorList'), 'Author')) {
    const group = textOf(child(author, 'CollectiveName'));
    const family = textOf(child(author, 'LastName'));
    const given = textOf(child(author, 'ForeName'));
    const initials = textOf(child(author, 'Initials'));
    const suffix = textOf(child(author, 'Suffix'));
    const orcid = children(author, 'Identifier').find((id) => id.attributes['Source'] === 'ORCID');
    article.authors.push({
      line: lineOf(author),
      name: group || [family, initials, suffix].filter(Boolean).join(' '),
      ...(!group && family && { family }),
      ...(!group && given && { given }),
      ...(orcid && { orcid: normalOrcid(textOf(orcid)) }),
      affiliations: children(author, 'AffiliationInfo').map((info) => textOf(child(info, 'Affiliation'))),
    });
  }
  for (const section of children(child(paper, 'Abstract'), 'AbstractText')) {
    const label = section.attributes['Label'] ?? section.attributes['NlmCategory'];
    article.abstract.push({ label: label || undefined, text: textOf(section), line: lineOf(section) });
  }
  article.keywords = children(child(citation, 'KeywordList'), 'Keyword').map(textOf).filter(Boolean);
  article.mesh = children(child(citation, 'MeshHeadingList'), 'MeshHeading').map(meshHeading);
  article.publicationTypes = children(child(paper, 'PublicationTypeList'), 'PublicationType').map(textOf);
  for (const comment of children(child(citation, 'CommentsCorrectionsList'), 'CommentsCorrections')) {
    const kind = noticeTypes[comment.attributes['RefType'] ?? ''];
    if (!kind) continue;
    const pmidOf = textOf(child(comment, 'PMID'));
    const citationText = textOf(child(comment, 'RefSource')).replace(/\.$/, '');
    article.notices.push(pmidOf ? { kind, citation: citationText, pmid: pmidOf } : { kind, citation: citationText });
  }
  return article;
}

/** A MeSH heading written as MEDLINE prints it: `Descriptor/qualifier`, `*` before each major topic. */
function meshHeading(heading: Element): string {
  const major = (element: Element | undefined) => (element?.attributes['MajorTopicYN'] === 'Y' ? '*' : '');
  const descriptor = child(heading, 'DescriptorName');
  const qualifiers = children(heading, 'QualifierName').map((qualifier) => `/${major(qualifier)}${textOf(qualifier)}`);
  return `${major(descriptor)}${textOf(descriptor)}${qualifiers.join('')}`;
}

/** A `PubDate` as MEDLINE prints it: `2020 Jan 9`, or its `MedlineDate` (`2019 Dec-2020 Jan`). */
function printedDate(pubDate: Element): string {
  const medlineDate = textOf(child(pubDate, 'MedlineDate'));
  if (medlineDate) return medlineDate;
  const month = textOf(child(pubDate, 'Month')) || textOf(child(pubDate, 'Season'));
  const monthName = /^\d+$/.test(month) ? (monthNames[Number(month) - 1] ?? month) : month;
  const day = textOf(child(pubDate, 'Day')).replace(/^0(?=\d)/, '');
  return [textOf(child(pubDate, 'Year')), monthName, day].filter(Boolean).join(' ');
}

function setText(article: PubmedArticle, key: 'volume' | 'issue' | 'pages', element: Element | undefined) {
  const value = textOf(element);
  if (value) article[key] = value;
}

function elements(parent: Root | Element | undefined): Element[] {
  return (parent?.children ?? []).filter((node: RootContent): node is Element => node.type === 'element');
}

function child(parent: Element | undefined, name: string): Element | undefined {
  return elements(parent).find((element) => element.name === name);
}

function children(parent: Element | undefined, name: string): Element[] {
  return elements(parent).filter((element) => element.name === name);
}

/** An element's text, its markup (`<i>`, `<sup>`) dropped, white space collapsed. */
function textOf(node: Element | undefined): string {
  const collect = (parent: Element): string =>
    parent.children
      .map((item) =>
        item.type === 'text' || item.type === 'cdata' ? item.value : item.type === 'element' ? collect(item) : '',
      )
      .join('');
  return node ? collect(node).replace(/\s+/g, ' ').trim() : '';
}

function lineOf(node: Element | undefined): number {
  return node?.position?.start.line ?? 1;
}
