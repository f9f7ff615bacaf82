import { langFromPath, langs, locales } from '../i18n/locales.ts';
import { alternates, xDefault } from '../i18n/alternates.ts';
import { homePath, withBase } from '../lib/paths.ts';

/** One `<xhtml:link rel="alternate">` of a sitemap entry. */
export interface SitemapLink {
  lang: string;
  url: string;
}

/**
 * The language alternates of the page at `url` (absolute), for its sitemap entry: the same
 * set the page's own head lists (each language, and `x-default`), so the two never disagree.
 * `siteUrl` is the site's absolute URL with its base (`https://host/sub/`). The root page
 * offers each language's home page; a page outside the language folders has none.
 *
 * `@astrojs/sitemap`'s own `i18n` option cannot say this: it files the root page under the
 * default language too, which gives the home pages two `en` alternates and no `x-default`.
 */
export function sitemapLinks(url: string, siteUrl: string): SitemapLink[] {
  if (!url.startsWith(siteUrl)) return [];
  const base = new URL(siteUrl).pathname;
  const [segment = '', ...rest] = url.slice(siteUrl.length).split('/');
  const absolute = (path: string) => new URL(path, siteUrl).href;
  if (segment === '') {
    return [
      ...langs.map((lang) => ({ lang, url: absolute(homePath(base, lang)) })),
      { lang: 'x-default', url: siteUrl },
    ];
  }
  const lang = langFromPath(segment);
  if (!lang) return [];
  const list = alternates(lang, (other) => withBase(base, [locales[other].path, ...rest].join('/')));
  const fallback = xDefault(list);
  return [
    ...list.map((alternate) => ({ lang: alternate.lang, url: absolute(alternate.href) })),
    ...(fallback ? [{ lang: 'x-default', url: absolute(fallback) }] : []),
  ];
}
