import type { GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { citePanel, type CitePanelView } from '../citations/cite-panel.ts';
import { alternates, type Alternate } from '../i18n/alternates.ts';
import { langAttr } from '../i18n/lang-attribute.ts';
import { langs, locales, sourceLang, type Lang } from '../i18n/locales.ts';
import { useTranslations, type Translate, type UIKey } from '../i18n/ui.ts';
import { paperPath, searchPath } from '../lib/paths.ts';
import { paperHead, type PaperHead } from '../metadata/paper-head.ts';
import { paperView, type PaperView } from '../reading/paper-view.ts';
import { columnOrder, parallelRows, type ParallelRow, type SideBySideColumn } from '../reading/side-by-side.ts';

/** What a page about one paper, in one interface language, is given. */
export interface PaperPageProps {
  lang: Lang;
  entry: CollectionEntry<'abstracts'>;
}

/**
 * The incremental build's key for a page that shows one paper: the entry's digest (its file and
 * the code that renders it), so the page is rendered again only when that, or the page's own
 * code, changed.
 */
export function paperCacheKey(entry: CollectionEntry<'abstracts'>): { cacheKey?: string | number } {
  return entry.digest === undefined ? {} : { cacheKey: entry.digest };
}

/** One page per paper and language: one collection read for all, each page given only its own entry. */
export const paperPagePaths = (async () => {
  const papers = await getCollection('abstracts');
  return papers.flatMap((entry) =>
    langs.map((lang) => ({
      params: { lang: locales[lang].path, slug: entry.id },
      props: { lang, entry } satisfies PaperPageProps,
      ...paperCacheKey(entry),
    })),
  );
}) satisfies GetStaticPaths;

/** Everything the paper page renders: the paper in the page's language, and side by side. */
export interface PaperPage {
  t: Translate;
  paper: PaperView;
  /** The `lang` of the paper's facts (English) on this page: none when the page is English. */
  factsLang: string | undefined;
  /** This page in every language. */
  alternates: Alternate[];
  head: PaperHead;
  cite: CitePanelView;
  /** Each keyword and the search for it on this language's search page. */
  keywords: { text: string; href: string }[];
  /** The side-by-side view, a mode of this page shown while its fragment is the target. */
  sideBySide: SideBySideView;
  /**
   * How a sentence of the abstract shows its counterpart in the other language, for screen
   * readers (the script reads it out with each sentence); none when there is no other language.
   */
  sentenceHint: string | undefined;
}

/** The abstract in every language, a column each, the page's own first. */
export interface SideBySideView {
  columns: Partial<Record<Lang, SideBySideColumn>>;
  rows: ParallelRow<Lang>[];
  /** Names (in the page's language) of the languages that have no abstract at all. */
  missing: string[];
}

/** The paper page of `props` for a site at `site` under `base`. */
export function paperPage({ entry, lang }: PaperPageProps, base: string, site: URL): PaperPage {
  const t = useTranslations(lang);
  const paper = paperView(entry.id, entry.data, lang);
  return {
    t,
    paper,
    factsLang: langAttr(sourceLang, lang),
    alternates: alternates(lang, (other) => paperPath(base, other, entry.id)),
    head: paperHead(entry.data, paper, lang, t, site, base),
    cite: citePanel(entry.id, entry.data.references, paper.citationMissing, lang, t, base),
    keywords: paper.keywords.map((text) => ({
      text,
      href: `${searchPath(base, lang)}?${new URLSearchParams({ q: text })}`,
    })),
    sideBySide: sideBySideView(entry, lang, t),
    sentenceHint: sentenceHint(entry, paper, t),
  };
}

function sentenceHint(entry: CollectionEntry<'abstracts'>, paper: PaperView, t: Translate): string | undefined {
  const other = langs.find((lang) => lang !== paper.abstract.lang && entry.data.abstracts[lang]);
  return other && t('paper.sentenceHint', { language: t(`lang.${other}` as UIKey) });
}

function sideBySideView(entry: CollectionEntry<'abstracts'>, lang: Lang, t: Translate): SideBySideView {
  const order = columnOrder(lang, langs);
  const nameOf = (other: Lang) => t(`lang.${other}` as UIKey);
  return {
    columns: Object.fromEntries(
      order.map((other) => [other, { label: locales[other].label, name: nameOf(other), attr: langAttr(other, lang) }]),
    ),
    rows: parallelRows(entry.data.abstracts, order),
    missing: order.filter((other) => !entry.data.abstracts[other]).map(nameOf),
  };
}
