import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { langs, locales, type Lang } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/ui.ts';
import { allExist, filterAsync } from '../lib/files-exist.ts';
import { paperPath, withBase } from '../lib/paths.ts';
import type { CslItem } from '../citations/csl-item.ts';
import { citationHeading } from '../reading/display-title.ts';
import { sideBySideFragment } from '../reading/side-by-side-fragment.ts';
import { contentSecurityPolicy } from '../security/content-security-policy.ts';

/*
 * Addresses earlier builds of the site published for each paper, which still lead where they
 * did. Astro renders a page per paper and language only; the pages at these addresses are
 * written after it, from a paper's slug alone.
 */

/**
 * The slug and the title Astro renders the page of a paper's address without a language with,
 * once (src/pages/[slug]/index.astro); no paper's slug can be the first.
 */
export const slugToken = '__paper__';
export const titleToken = '__title__';

/**
 * A paper's address without a language (`/<slug>/`): it was the paper's `x-default`, which is
 * now its English page, and it still sends each reader on to their language.
 */
export function oldLanguageLessPath(base: string, slug: string): string {
  return withBase(base, `${slug}/`);
}

/**
 * A paper's side-by-side view was a page of its own (`/en/<slug>/parallel/`); it is a mode of
 * the paper page (`/en/<slug>/#side-by-side`).
 */
export function oldSideBySidePath(base: string, lang: Lang, slug: string): string {
  return withBase(base, `${locales[lang].path}/${slug}/parallel/`);
}

/** The policy of a page with no script, style or image of its own: nothing to load at all. */
const nothingToLoad = Object.keys(contentSecurityPolicy)
  .filter((directive) => directive !== 'frame-ancestors' && !directive.endsWith('-src'))
  .map(
    (directive) => `${directive} ${contentSecurityPolicy[directive as keyof typeof contentSecurityPolicy].join(' ')}`,
  )
  .concat("default-src 'none'")
  .join('; ');

/**
 * The page left at an old side-by-side address, for hosts that cannot redirect (GitHub Pages):
 * it sends the browser on at once, offers the link to follow by hand, and names the paper page
 * as canonical so search engines move their entry there. Hosts with redirect files answer the
 * old address with a 301 before this page is read (public/_redirects, vercel.json, deploy/).
 */
export function movedSideBySidePage(site: string, base: string, lang: Lang, slug: string): string {
  const t = useTranslations(lang);
  const target = `${paperPath(base, lang, slug)}#${sideBySideFragment}`;
  const page = h(null, [
    { type: 'doctype' },
    h('html', { lang }, [
      h('head', [
        h('meta', { charSet: 'utf-8' }),
        h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
        h('meta', { httpEquiv: 'content-security-policy', content: nothingToLoad }),
        h('meta', { httpEquiv: 'refresh', content: `0; url=${target}` }),
        h('meta', { name: 'robots', content: 'noindex' }),
        h('title', t('view.parallel')),
        h('link', { rel: 'canonical', href: new URL(paperPath(base, lang, slug), site).href }),
      ]),
      h('body', [h('main', [h('h1', t('view.parallel')), h('p', [h('a', { href: target }, t('moved.sideBySide'))])])]),
    ]),
  ]);
  return `${toHtml(page)}\n`;
}

/**
 * The heading of a paper's language-less page: its title, or its citation (as a paper page
 * shows one without a title, from the item's facts).
 */
function heading(item: CslItem): string {
  if (item.title) return item.title;
  // Every paper has a year (src/papers/schema.ts): the item's first date part.
  const [year = Number.NaN] = item.issued['date-parts'][0];
  return citationHeading({ journal: item['container-title'], date: { year }, volume: item.volume, pages: item.page });
}

/** The pages of a paper's old addresses, below the output folder: `<slug>/index.html` and the like. */
export function oldAddressFiles(slug: string): string[] {
  return [oldLanguageLessPath('/', slug), ...langs.map((lang) => oldSideBySidePath('/', lang, slug))].map(
    (path) => `${path.slice(1)}index.html`,
  );
}

/**
 * Writes the pages of every old address of the papers `items` into the built site `dir`, and
 * returns how many it wrote. The language-less page is Astro's page for {@link slugToken} and
 * {@link titleToken}, with each paper's put in; that page is removed after. A paper whose pages
 * are there and `written` says are made from its item as it is (a rebuild into the last build's
 * folder, see `src/build/`) is left as it is.
 */
export async function writeOldAddresses(
  dir: string,
  site: string,
  base: string,
  items: readonly CslItem[],
  written: (item: CslItem) => boolean = () => false,
) {
  const templateFolder = join(dir, oldLanguageLessPath('/', slugToken));
  const templateFile = join(templateFolder, 'index.html');
  const template = await readFile(templateFile, 'utf8').catch((error: unknown) => {
    throw new Error(`${templateFile}: expected the page of a paper's address without a language`, { cause: error });
  });
  const page = async (path: string, html: string) => {
    await mkdir(join(dir, path), { recursive: true });
    await writeFile(join(dir, path, 'index.html'), html);
  };
  const changed = await filterAsync(
    items,
    async (item) => !written(item) || !(await allExist(oldAddressFiles(item.id).map((file) => join(dir, file)))),
  );
  let count = 0;
  // A few dozen papers at a time: the disk stays busy, and not every page is held at once.
  for (let start = 0; start < changed.length; start += 32) {
    const pages = changed
      .slice(start, start + 32)
      .flatMap((item) => [
        page(
          oldLanguageLessPath('/', item.id),
          template
            .replaceAll(slugToken, item.id)
            .replaceAll(titleToken, toHtml({ type: 'text', value: heading(item) })),
        ),
        ...langs.map((lang) =>
          page(oldSideBySidePath('/', lang, item.id), movedSideBySidePage(site, base, lang, item.id)),
        ),
      ]);
    await Promise.all(pages);
    count += pages.length;
  }
  await rm(templateFolder, { recursive: true });
  return count;
}
