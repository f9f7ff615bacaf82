import type { GetStaticPaths, Page } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { alternates, type Alternate } from '../i18n/alternates.ts';
import { countLabel } from '../i18n/count-label.ts';
import { langAttr } from '../i18n/lang-attribute.ts';
import { langs, locales, sourceLang, type Lang } from '../i18n/locales.ts';
import { useTranslations, type Translate } from '../i18n/ui.ts';
import { homePageParam, homePath, paperPath } from '../lib/paths.ts';
import { newestFirst, paperSummary, type PaperSummary } from '../reading/paper-view.ts';

/** Papers per home page: a long scroll on a phone, and still a light page at 10,000 papers. */
export const homePageSize = 100;

/** What a home page (a page of the list of papers, newest first) is given. */
export interface HomePageProps {
  lang: Lang;
  page: Page<CollectionEntry<'abstracts'>>;
}

/** Every language's list of papers, cut into pages by Astro's `paginate()`. */
export const homePagePaths = (async ({ paginate }) => {
  const papers = newestFirst(await getCollection('abstracts'));
  return langs.flatMap((lang) =>
    paginate(papers, { pageSize: homePageSize, params: { lang: locales[lang].path }, props: { lang } }).map(
      ({ params, props }) => ({ params: { ...params, page: homePageParam(params.page) }, props }),
    ),
  );
}) satisfies GetStaticPaths;

/** Everything a home page renders. */
export interface HomePage {
  t: Translate;
  title: string;
  alternates: Alternate[];
  /** How many papers the site has, in words. */
  count: string;
  papers: (PaperSummary & { href: string })[];
  /** Number of the first paper of this page in the whole list. */
  start: number;
  /** The `lang` of titles and journal names (English) on this page. */
  factsLang: string | undefined;
  pagination: { number: number; count: number; hrefFor: (number: number) => string } | undefined;
}

/** The home page of `props` for a site under `base`. */
export function homePage({ lang, page }: HomePageProps, base: string): HomePage {
  const t = useTranslations(lang);
  const heading = t('home.heading');
  const { currentPage: number, lastPage: count } = page;
  return {
    t,
    title: number === 1 ? heading : `${heading} · ${t('home.pageOf', { page: number, count })}`,
    alternates: alternates(lang, (other) => homePath(base, other, number)),
    count: countLabel(t, 'home.count', page.total),
    papers: page.data.map((entry) => ({
      ...paperSummary(entry.id, entry.data, lang),
      href: paperPath(base, lang, entry.id),
    })),
    start: page.start + 1,
    factsLang: langAttr(sourceLang, lang),
    pagination: count > 1 ? { number, count, hrefFor: (other) => homePath(base, lang, other) } : undefined,
  };
}
