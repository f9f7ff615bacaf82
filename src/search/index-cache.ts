import { createHash } from 'node:crypto';
import { cp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { langs } from '../i18n/locales.ts';
import { pagefindDir } from '../lib/paths.ts';
import { contentStoreFile, readPapers } from './content-store.ts';
import { buildSearchIndex, type LanguageDocuments } from './index-site.ts';
import { searchDocument } from './search-document.ts';

/**
 * Pagefind has no incremental mode: it reads every page again, tens of seconds at 10,000 papers.
 * A build whose index would be made from the same documents as the last one (a rebuild with
 * nothing changed that a reader could search) copies that index instead. The last index and
 * the digest of what it was made from are kept in `<cacheDir>/search-index/`, beside Astro's
 * own caches, since Astro empties the output folder at every build.
 */

/** The digest of what an index is made from: Pagefind's version and every document it reads. */
export async function indexInputDigest(languages: readonly LanguageDocuments[]): Promise<string> {
  const hash = createHash('sha256');
  hash.update(await readFile(new URL('../package.json', import.meta.resolve('pagefind'))));
  for (const { lang, documents } of languages) {
    for (const { url, html } of documents) hash.update(`\0${lang}\0${url}\0${html.length}\0${html}`);
  }
  return hash.digest('hex');
}

const digestFile = 'input.sha256';

/**
 * Puts the kept index into `<dir>/pagefind/` when it was made from documents with `digest`, and
 * says whether it did. Copied to a scratch folder first, so a failed copy leaves no half index.
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

/** Keeps `<dir>/pagefind/`, made from documents with `digest`, for the next build. */
export async function keepIndex(dir: string, cacheDir: string, digest: string): Promise<void> {
  // The digest goes first and last: a copy cut short leaves a digest that matches nothing.
  await rm(join(cacheDir, digestFile), { force: true });
  await rm(join(cacheDir, pagefindDir), { recursive: true, force: true });
  await cp(join(dir, pagefindDir), join(cacheDir, pagefindDir), { recursive: true });
  await writeFile(join(cacheDir, digestFile), digest);
}

/**
 * Indexes the site built into `dir` from the papers in Astro's content store
 * (`<astroCacheDir>/data-store.json`), one document per paper page (see `search-document.ts`),
 * or copies the index kept in `<astroCacheDir>/search-index/` when those documents are
 * unchanged, and says which it did.
 */
export async function indexSite(dir: string, astroCacheDir: string): Promise<string> {
  const languages = await searchDocuments(astroCacheDir);
  const digest = await indexInputDigest(languages);
  const cacheDir = join(astroCacheDir, 'search-index');
  if (await restoreIndex(dir, cacheDir, digest)) return 'Kept the last index: the documents it reads are unchanged';
  const pages = await buildSearchIndex(dir, languages);
  await keepIndex(dir, cacheDir, digest);
  return `Indexed ${pages} pages`;
}

/**
 * Every paper page's search document, by language. The papers are read here, apart, so that
 * the content store (about 1 GB at 10,000 papers once parsed) is let go before Pagefind takes
 * its own memory.
 */
async function searchDocuments(astroCacheDir: string): Promise<LanguageDocuments[]> {
  const papers = await readPapers(join(astroCacheDir, contentStoreFile));
  return langs.map((lang) => ({ lang, documents: papers.map(({ id, data }) => searchDocument(id, data, lang)) }));
}
