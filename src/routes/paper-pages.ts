import type { GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { citePanel, type CitePanelView } from '../citations/cite-panel.ts';
import { alternates, type Alternate } from '../i18n/alternates.ts';
import { langAttr } from '../i18n/lang-attribute.ts';
import { langs, locales, sourceLang, type Lang } from '../i18n/locales.ts';
import { useTranslations, type Translate, type UIKey } from '../i18n/ui.ts';
import { neutralPaperPath, paperPath, parallelPath } from '../lib/paths.ts';
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

/**
 * One page per paper and language (the paper page, its side-by-side view): one collection read
 * for all of them, each page given only its own entry.
 */
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

/** What both views of a paper show: the page's words, the paper, and its other languages. */
interface PaperPageBase {
  t: Translate;
  paper: PaperView;
  /** The `lang` of the paper's facts (English) on this page: none when the page is English. */
  factsLang: string | undefined;
  /** This view in every language. */
  alternates: Alternate[];
  /** The paper's other view, linked from the header. */
  otherViewHref: string;
}

/** Everything the paper page renders. */
export interface PaperPage extends PaperPageBase {
  head: PaperHead;
  cite: CitePanelView;
  /** The paper's address without a language: the `x-default` of its alternates. */
  neutralHref: string;
}

/** Everything the side-by-side page renders. */
export interface SideBySidePage extends PaperPageBase {
  title: string;
  columns: Partial<Record<Lang, SideBySideColumn>>;
  rows: ParallelRow<Lang>[];
  /** Names (in the page's language) of the languages that have no abstract at all. */
  missing: string[];
}

function paperPageBase(
  { entry, lang }: PaperPageProps,
  pathOf: typeof paperPath,
  otherView: typeof paperPath,
  base: string,
): PaperPageBase {
  return {
    t: useTranslations(lang),
    paper: paperView(entry.id, entry.data, lang),
    factsLang: langAttr(sourceLang, lang),
    alternates: alternates(lang, (other) => pathOf(base, other, entry.id)),
    otherViewHref: otherView(base, lang, entry.id),
  };
}

/** The paper page of `props` for a site at `site` under `base`. */
export function paperPage(props: PaperPageProps, base: string, site: URL): PaperPage {
  const { entry, lang } = props;
  const page = paperPageBase(props, paperPath, parallelPath, base);
  return {
    ...page,
    head: paperHead(entry.data, page.paper, lang, page.t, site, base),
    cite: citePanel(entry.id, entry.data.references, lang, page.t, base),
    neutralHref: neutralPaperPath(base, entry.id),
  };
}

/** The side-by-side page of `props`: a column per language, the page's own first. */
export function sideBySidePage(props: PaperPageProps, base: string): SideBySidePage {
  const { entry, lang } = props;
  const page = paperPageBase(props, parallelPath, paperPath, base);
  const order = columnOrder(lang, langs);
  const nameOf = (other: Lang) => page.t(`lang.${other}` as UIKey);
  return {
    ...page,
    title: page.t('parallel.title', { title: page.paper.title }),
    columns: Object.fromEntries(
      order.map((other) => [other, { label: locales[other].label, name: nameOf(other), attr: langAttr(other, lang) }]),
    ),
    rows: parallelRows(entry.data.abstracts, order),
    missing: order.filter((other) => !entry.data.abstracts[other]).map(nameOf),
  };
}
