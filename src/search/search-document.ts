import { countLabel } from '../i18n/count-label.ts';
import type { Lang } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/ui.ts';
import type { PaperWithAbstracts } from '../lib/paper-entry.ts';
import { abstractHtml } from '../lib/abstract-parts.ts';
import { paperPath } from '../lib/paths.ts';
import { paperView } from '../reading/paper-view.ts';
import { breakChineseWordsInHtml } from './chinese-words.ts';

/** One page as the search index reads it: its URL below the site's base, and its HTML. */
export interface SearchDocument {
  url: string;
  html: string;
}

/** The opening tag of a sentence (`src/pairing/`), as the content loader writes it. */
const sentenceOpening = /<span class="sentence"[^>]*>/g;

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escape = (text: string | number) => String(text).replace(/[&<>"]/g, (character) => escapes[character] ?? '');

/**
 * The paper page of `slug` in `lang` as Pagefind indexes it, made from the paper's data instead
 * of read back from the built page: the text of its `data-pagefind-body` (title, authors,
 * abstract, citation details, affiliations, related citations) in the page's order and words,
 * the same filters (`journal`, `year`), sort (`date`), weights, and ids for sub-results (the
 * abstract's sections, each related citation titled as the page titles it), without what the
 * page tells Pagefind to ignore (the Cite panel, the related-citation filter). What differs is
 * only unseen: Chinese text comes with spaces between its words (see `chinese-words.ts`).
 *
 * Keep it in step with the paper page (`src/pages/[lang]/[slug]/index.astro` and its components):
 * the end-to-end search tests check what a reader finds and where a result leads on that page.
 */
export function searchDocument(slug: string, paper: PaperWithAbstracts, lang: Lang): SearchDocument {
  const t = useTranslations(lang);
  const view = paperView(slug, paper, lang);
  const { abstract } = view;
  // Pagefind keeps every element id of a page as an anchor; a sentence's is for the reader's place only.
  const plain = abstractHtml(abstract.abstract).replace(sentenceOpening, '<span>');
  const body = abstract.lang.startsWith('zh') ? breakChineseWordsInHtml(plain) : plain;
  const authors =
    view.authors.length > 0
      ? `<p>${escape(t('paper.authors'))}: ${escape(view.authors.map((author) => author.name).join(', '))}</p>`
      : '';
  // A space between label and value: the page shows them apart, but Pagefind adds none between
  // a <dt> and its <dd>, so its words ran together ("PMID31918710") in the index and excerpts.
  const details = [
    [t('paper.journal'), escape(view.journal)],
    [t('paper.date'), `<time datetime="${escape(view.dateIso)}">${escape(view.dateText)}</time>`],
    ...view.locators.map(({ key, value }) => [t(key), escape(value)]),
    ...(view.doi ? [[t('paper.doi'), escape(view.doi)]] : []),
    ...(view.pmid ? [[t('paper.pmid'), escape(view.pmid)]] : []),
    ...(view.pmcid ? [[t('paper.pmcid'), escape(view.pmcid)]] : []),
    ...(view.keywords.length > 0 ? [[t('paper.keywords'), escape(view.keywords.join(', '))]] : []),
  ].map(([term, value]) => `<div><dt>${escape(term ?? '')}</dt> <dd>${value}</dd></div>`);
  const affiliations =
    view.affiliations.length > 0
      ? `<section><h2 id="affiliations-heading">${escape(t('paper.affiliations'))}</h2>` +
        `<ol data-pagefind-weight="0.5">${view.affiliations.map((line) => `<li>${escape(line)}</li>`).join('')}</ol></section>`
      : '';
  const related = view.related.map(
    (entry) =>
      `<li id="${escape(entry.id)}" data-pagefind-title="${escape(`${entry.journal} · ${entry.dateText}`)}">` +
      `<cite>${escape(entry.journal)}</cite> <time datetime="${escape(entry.dateIso)}">${escape(entry.dateText)}</time></li>`,
  );
  const html = [
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escape(view.title)}</title></head><body>`,
    '<article data-pagefind-body>',
    `<header><h1>${escape(view.title)}</h1>${authors}`,
    `<p><span data-pagefind-filter="journal">${escape(view.journal)}</span> · `,
    `<time datetime="${escape(view.dateIso)}" data-pagefind-filter="year:${view.year}" data-pagefind-sort="date[datetime]">`,
    `${escape(view.dateText)}</time></p></header>`,
    abstract.missing ? `<p>${escape(t('paper.translationMissing'))}</p>` : '',
    `<div data-pagefind-weight="2">${body}</div>`,
    `<section><h2 id="citation-heading">${escape(t('paper.citation'))}</h2><dl>${details.join('')}</dl></section>`,
    affiliations,
    `<section><h2 id="related-heading">${escape(t('paper.related'))}</h2>`,
    `<p>${escape(countLabel(t, 'paper.related.count', view.related.length))}</p>`,
    `<ol data-pagefind-weight="0.5">${related.join('')}</ol></section>`,
    '</article></body></html>',
  ];
  return { url: paperPath('/', lang, slug), html: html.join('') };
}
