import { locales, type Lang } from '../i18n/locales.ts';

/** Joins the site's base (`/` or `/sub/path/`) with a path below it, keeping one slash between. */
export function withBase(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

/** The home page of a language: `/en/`, or page `n` of its list: `/en/page/2/`. */
export function homePath(base: string, lang: Lang, page = 1): string {
  return withBase(base, page === 1 ? `${locales[lang].path}/` : `${locales[lang].path}/page/${page}/`);
}

/**
 * The rest parameter of a home page's route from Astro's page parameter: none for page 1
 * (`/en/`), `page/2` (`/en/page/2/`) after, as {@link homePath} writes them.
 */
export function homePageParam(astroParam: string | undefined): string | undefined {
  return astroParam === undefined ? undefined : `page/${astroParam}`;
}

/** A paper's page in a language: `/en/<slug>/`. */
export function paperPath(base: string, lang: Lang, slug: string): string {
  return withBase(base, `${locales[lang].path}/${slug}/`);
}

/** The folder, below the output folder and the base, that holds Pagefind's index and UI. */
export const pagefindDir = 'pagefind/';

/** Pagefind's bundle (index and UI scripts): `/pagefind/`. */
export function pagefindPath(base: string): string {
  return withBase(base, pagefindDir);
}

/** The search page of a language: `/en/search/`. */
export function searchPath(base: string, lang: Lang): string {
  return withBase(base, `${locales[lang].path}/search/`);
}

/** A paper's reference file, the same for every language: `/cite/<slug>.bib`. */
export function referenceFilePath(base: string, slug: string, extension: string): string {
  return withBase(base, `cite/${slug}.${extension}`);
}

/**
 * The file, below the output folder and the base, holding every paper's CSL-JSON item: the
 * whole collection to import at once, and what each paper's reference files are written from.
 * A folder of its own, so no paper's slug can name it.
 */
export const referenceCollectionFile = 'cite/all/references.json';

/** The Atom feed of a language: `/en/feed.xml`. */
export function feedPath(base: string, lang: Lang): string {
  return withBase(base, `${locales[lang].path}/feed.xml`);
}

/** A slug is a URL path segment as is: letters, digits, and `.`, `_`, `-` between them. */
const slugPattern = /^[A-Za-z0-9]+(?:[._-][A-Za-z0-9]+)*$/;

/** Whether `text` is a slug: a paper's name in its URLs and file names. */
export function isSlug(text: string): boolean {
  return slugPattern.test(text);
}
