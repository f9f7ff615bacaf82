import type { GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { langs, locales, type Lang } from '../../../i18n/locales.ts';

/** What a page about one paper, in one interface language, is given. */
export interface PaperPageProps {
  lang: Lang;
  entry: CollectionEntry<'abstracts'>;
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
    })),
  );
}) satisfies GetStaticPaths;
