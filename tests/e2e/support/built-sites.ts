import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** A built site as it lies on disk: what the whole-site checks go through. */
export interface BuiltSite {
  /** `dist` or `dist-fixtures`. */
  name: string;
  /** Absolute path of the build, ending in `/`. */
  dir: string;
  /** The site's root URL with its base path (`https://host/base/`), as its root page declares it. */
  root: URL;
  /** Every HTML page of the build, relative to `dir` (`en/index.html`, `404.html`), sorted. */
  pages: string[];
  /**
   * The pages of old addresses (src/routes/old-addresses.ts) that send the browser on at once
   * (`<meta http-equiv="refresh">`), which a reader never stays on: not among `pages`.
   */
  movedPages: string[];
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.html'))
    .map((path) => path.split('\\').join('/'))
    .sort();
}

/**
 * Reads a build from disk. Pages are found, not listed, so pages added later are checked too.
 * The root comes from the root page's canonical link, so a build under any `BASE` is read right.
 */
export function builtSite(name: string): BuiltSite {
  const dir = join(root, `${name}/`);
  const index = join(dir, 'index.html');
  if (!existsSync(index)) {
    throw new Error(
      `No built site in ${relative(root, dir)}/: run "npm run build" and "npm run build:fixtures" first (npm test does).`,
    );
  }
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(readFileSync(index, 'utf8'))?.[1];
  if (!canonical) throw new Error(`${name}/index.html has no <link rel="canonical">: cannot tell the site's root`);
  const files = htmlFiles(dir);
  const moved = (page: string) => readFileSync(join(dir, page), 'utf8').includes('<meta http-equiv="refresh"');
  return {
    name,
    dir,
    root: new URL(canonical),
    pages: files.filter((page) => !moved(page)),
    movedPages: files.filter(moved),
  };
}

/** Both builds `npm test` makes: the real content and the fixture site of hostile and edge cases. */
export const builtSites = [builtSite('dist'), builtSite('dist-fixtures')];

/** The path of a page below the site's root, as a link names it: `en/`, `404.html`, `` for the root. */
export function pagePath(page: string): string {
  return page === 'index.html' ? '' : page.replace(/(^|\/)index\.html$/, '$1');
}

/** Every page of both builds, as `[name, site, page]` for `test.each('%s', ...)`: `dist/en/index.html`. */
export const everyPage = builtSites.flatMap((site) =>
  site.pages.map((page) => [`${site.name}/${page}`, site, page] as const),
);

/** Every page of old addresses of both builds, as {@link everyPage} lists the others. */
export const everyMovedPage = builtSites.flatMap((site) =>
  site.movedPages.map((page) => [`${site.name}/${page}`, site, page] as const),
);
