import { langs, locales, sourceLang, type Lang } from '../i18n/locales.ts';
import type { Translate } from '../i18n/ui.ts';
import { displayTitle } from '../reading/display-title.ts';
import { articleJsonLd, jsonForScript } from './json-ld.ts';
import type { PaperWithAbstracts } from '../lib/paper-entry.ts';
import type { PaperView } from '../reading/paper-view.ts';
import { paperPath } from '../lib/paths.ts';
import { excerpt, scholarlyMetaTags, type MetaTag } from './scholarly-meta.ts';

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
  paper: PaperWithAbstracts,
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
