import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { langs, locales } from '../../i18n/locales.ts';
import { useTranslations } from '../../i18n/ui.ts';
import { atomFeed } from '../../metadata/atom-feed.ts';
import { chooseAbstract } from '../../reading/choose-abstract.ts';
import { displayTitle } from '../../reading/display-title.ts';
import { formatPartialDate } from '../../lib/partial-date.ts';
import { displayName } from '../../citations/nlm-name.ts';
import { newestFirst } from '../../reading/paper-view.ts';
import { abstractHtml } from '../../lib/abstract-parts.ts';
import { feedPath, homePath, paperPath } from '../../lib/paths.ts';

export const getStaticPaths = (async () => {
  const papers = newestFirst(await getCollection('abstracts'));
  return langs.map((lang) => ({ params: { lang: locales[lang].path }, props: { lang, papers } }));
}) satisfies GetStaticPaths;

type Props = Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];

export const GET: APIRoute<Props> = ({ props: { lang, papers }, site }) => {
  const t = useTranslations(lang);
  const base = import.meta.env.BASE_URL;
  const absolute = (path: string) => new URL(path, site).href;
  const xml = atomFeed({
    lang,
    title: t('feed.title'),
    url: absolute(feedPath(base, lang)),
    homeUrl: absolute(homePath(base, lang)),
    entries: papers.map(({ id, data }) => ({
      title: displayTitle(data),
      url: absolute(paperPath(base, lang, id)),
      date: data.date,
      authors: (data.authors ?? []).map(displayName),
      summary: t('feed.summary', {
        journal: data.journal,
        date: formatPartialDate(data.date, locales[lang].dateLocale),
      }),
      contentHtml: abstractHtml(chooseAbstract(data.abstracts, lang, langs).abstract),
    })),
  });
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
