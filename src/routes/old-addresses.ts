import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { langs, locales, type Lang } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/ui.ts';
import { paperPath, withBase } from '../lib/paths.ts';
import { sideBySideFragment } from '../reading/side-by-side-fragment.ts';
import { contentSecurityPolicy } from '../security/content-security-policy.ts';

/**
 * Addresses earlier builds of the site published, and where they lead now. A paper's
 * side-by-side view was a page of its own (`/en/<slug>/parallel/`); it is a mode of the paper
 * page (`/en/<slug>/#side-by-side`).
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
 * Writes the page of every old address of the papers `slugs` into the built site `dir`, and
 * returns how many it wrote.
 */
export async function writeOldAddresses(dir: string, site: string, base: string, slugs: readonly string[]) {
  let written = 0;
  // A few dozen papers at a time: the disk stays busy, and not every page is held at once.
  for (let start = 0; start < slugs.length; start += 32) {
    const pages = slugs.slice(start, start + 32).flatMap((slug) =>
      langs.map(async (lang) => {
        const folder = join(dir, oldSideBySidePath('/', lang, slug));
        await mkdir(folder, { recursive: true });
        await writeFile(join(folder, 'index.html'), movedSideBySidePage(site, base, lang, slug));
      }),
    );
    await Promise.all(pages);
    written += pages.length;
  }
  return written;
}
