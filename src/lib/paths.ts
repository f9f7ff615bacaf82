import { locales, type Lang } from '../i18n/locales.ts';

/** Joins the site's base (`/` or `/sub/path/`) with a path below it, keeping one slash between. */
export function withBase(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

/** The home page of a language: `/en/`. */
export function homePath(base: string, lang: Lang): string {
  return withBase(base, `${locales[lang].path}/`);
}

/** A paper's page in a language: `/en/<slug>/`. */
export function paperPath(base: string, lang: Lang, slug: string): string {
  return withBase(base, `${locales[lang].path}/${slug}/`);
}

/** A paper's reference file, the same for every language: `/cite/<slug>.bib`. */
export function referenceFilePath(base: string, slug: string, extension: string): string {
  return withBase(base, `cite/${slug}.${extension}`);
}

/** The Atom feed of a language: `/en/feed.xml`. */
export function feedPath(base: string, lang: Lang): string {
  return withBase(base, `${locales[lang].path}/feed.xml`);
}
