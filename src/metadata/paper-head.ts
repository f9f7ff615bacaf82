import { langs, locales, type Lang } from '../i18n/locales.ts';
import type { Translate } from '../i18n/ui.ts';
import { displayTitle } from '../citations/display-title.ts';
import { toCslItem, type CslItem } from '../citations/csl-item.ts';
import { articleJsonLd, jsonForScript } from './json-ld.ts';
import { sourceLang } from '../papers/source-language.ts';
import type { PaperData, PaperView } from '../reading/paper-view.ts';
import { paperPath } from '../lib/paths.ts';
import { excerpt, scholarlyMetaTags, type MetaTag } from './scholarly-meta.ts';

/**
 * The paper as CSL-JSON; with `withAbstract`, its abstract in its own language when it has one
 * (reference files carry it; a formatted reference has no use for it, and it costs a parse).
 */
export function paperCslItem(slug: string, paper: PaperData, options: { withAbstract: boolean }): CslItem {
  const abstract = options.withAbstract ? paper.abstracts[sourceLang] : undefined;
  return toCslItem(paper, { id: slug, language: sourceLang, abstract: abstract?.text });
}

/** What a paper's page adds to its `<head>`. */
export interface PaperHead {
  /** For `<meta name="description">` and the link previews. */
  description: string;
  meta: MetaTag[];
  /** Serialized JSON-LD, safe inside `<script type="application/ld+json">`. */
  jsonLd: string;
}

// Link previews show about this much; search engines cut descriptions near it too.
const descriptionLength = 160;

/** The head metadata of the page showing `view` (the paper in `view`'s language) at `site`. */
export function paperHead(
  paper: PaperData,
  view: PaperView,
  lang: Lang,
  t: Translate,
  site: URL,
  base: string,
): PaperHead {
  const urls = Object.fromEntries(
    langs.map((other) => [other, new URL(paperPath(base, other, view.slug), site).href]),
  ) as Record<Lang, string>;
  // The JSON-LD holds the original's abstract and, on a translated page, the translation's.
  const abstracts: Partial<Record<Lang, string>> = {};
  for (const other of new Set([sourceLang, view.abstract.lang])) {
    const abstract = paper.abstracts[other];
    if (abstract) abstracts[other] = abstract.text;
  }
  const translations = langs.filter((other) => other !== sourceLang && paper.abstracts[other]);
  const description = excerpt(
    t('meta.description', {
      journal: view.journal,
      date: view.dateText,
      abstract: abstracts[view.abstract.lang] ?? '',
    }),
    descriptionLength,
    locales[lang].dateLocale,
  );
  const heading = displayTitle(paper);
  return {
    description,
    meta: scholarlyMetaTags({
      paper,
      lang,
      abstractLang: view.abstract.lang,
      url: urls[lang],
      heading,
      description,
      siteName: t('site.title'),
    }),
    jsonLd: jsonForScript(articleJsonLd({ paper, heading, sourceLang, lang, urls, abstracts, translations })),
  };
}
