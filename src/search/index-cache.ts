import { createHash } from 'node:crypto';
import { cp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { langs, locales } from '../i18n/locales.ts';
import { pagefindDir } from '../lib/paths.ts';
import { buildSearchIndex } from './index-site.ts';

/**
 * Pagefind has no incremental mode: it reads every page again, 100 s and more at 10,000 papers.
 * A build whose indexed pages are byte for byte those of the last index (a rebuild with nothing
 * changed that a reader could search) copies that index instead. The last index and the digest
 * of what it read are kept in `<cacheDir>/search-index/`, beside Astro's own caches, since Astro
 * empties the output folder at every build.
 */

/** The pages the index reads, as `buildSearchIndex` globs them: `<lang path>/<slug>/index.html`. */
async function indexedPages(dir: string): Promise<string[]> {
  const pages: string[] = [];
  for (const lang of langs) {
    const folder = locales[lang].path;
    const entries = await readdir(join(dir, folder), { withFileTypes: true }).catch(() => []);
    for (const entry of entries) if (entry.isDirectory()) pages.push(`${folder}/${entry.name}/index.html`);
  }
  return pages.sort();
}

/** The digest of what an index of `dir` is made from: Pagefind's version and every page it reads. */
export async function indexInputDigest(dir: string): Promise<string> {
  const hash = createHash('sha256');
  hash.update(await readFile(new URL('../package.json', import.meta.resolve('pagefind'))));
  for (const page of await indexedPages(dir)) {
    const html = await readFile(join(dir, page)).catch(() => undefined);
    if (html === undefined) continue;
    hash.update(`\0${page}\0${html.length}\0`);
    hash.update(html);
  }
  return hash.digest('hex');
}

const digestFile = 'input.sha256';

/**
 * Puts the kept index into `<dir>/pagefind/` when it was made from pages with `digest`, and says
 * whether it did. Copied to a scratch folder first, so a failed copy leaves no half index.
 */
export async function restoreIndex(dir: string, cacheDir: string, digest: string): Promise<boolean> {
  const kept = await readFile(join(cacheDir, digestFile), 'utf8').catch(() => undefined);
  if (kept !== digest) return false;
  const scratch = join(dir, `${pagefindDir.replace(/\/$/, '')}.${process.pid}.restore`);
  await cp(join(cacheDir, pagefindDir), scratch, { recursive: true });
  await rm(join(dir, pagefindDir), { recursive: true, force: true });
  await rename(scratch, join(dir, pagefindDir));
  return true;
}

/** Keeps `<dir>/pagefind/`, made from pages with `digest`, for the next build. */
export async function keepIndex(dir: string, cacheDir: string, digest: string): Promise<void> {
  // The digest goes first and last: a copy cut short leaves a digest that matches nothing.
  await rm(join(cacheDir, digestFile), { force: true });
  await rm(join(cacheDir, pagefindDir), { recursive: true, force: true });
  await cp(join(dir, pagefindDir), join(cacheDir, pagefindDir), { recursive: true });
  await writeFile(join(cacheDir, digestFile), digest);
}

/**
 * Indexes a built site (`dir`) as {@link buildSearchIndex} does, or copies the index kept in
 * `cacheDir` when the pages it reads are unchanged, and says which it did.
 */
export async function indexSite(dir: string, cacheDir: string): Promise<string> {
  const digest = await indexInputDigest(dir);
  if (await restoreIndex(dir, cacheDir, digest)) return 'Kept the last index: the pages it reads are unchanged';
  const pages = await buildSearchIndex(dir);
  await keepIndex(dir, cacheDir, digest);
  return `Read ${pages} pages and wrote the index`;
}
