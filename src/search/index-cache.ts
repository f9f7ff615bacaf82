import { readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { linkTree } from '../lib/link-tree.ts';
import { pagefindDir } from '../lib/paths.ts';
import { contentStoreFile } from './content-store.ts';
import { buildSearchIndex } from './index-site.ts';
import { indexInputDigest } from './index-input-digest.ts';
import { searchDocumentsFolder } from './search-documents.ts';

/**
 * Pagefind has no incremental mode: it reads every page again, tens of seconds at 10,000 papers.
 * A build whose index would be made from the same input as the last one (a rebuild with nothing
 * changed that a reader could search, see `index-input-digest.ts`) puts that index back instead.
 * The last index and the digest of its input are kept in `<cacheDir>/search-index/`, beside
 * Astro's own caches, since Astro empties the output folder at every build. Kept and restored as
 * hard links: its 20,000 files at 10,000 papers are never written in place, only replaced.
 */

const digestFile = 'input.sha256';
const entryFile = 'pagefind-entry.json';

/**
 * Whether two paths are links to one file: the index in the output folder is then the kept one,
 * left there by the last build into that folder (`src/build/`), and needs no restoring.
 */
async function sameFile(a: string, b: string): Promise<boolean> {
  const [one, other] = await Promise.all([stat(a), stat(b)]).catch(() => []);
  return one !== undefined && other !== undefined && one.ino === other.ino && one.dev === other.dev;
}

/**
 * Puts the kept index into `<dir>/pagefind/` when it was made from input with `digest`, and says
 * whether it did. Linked into a scratch folder first, so a failed restore leaves no half index.
 */
export async function restoreIndex(dir: string, cacheDir: string, digest: string): Promise<boolean> {
  const kept = await readFile(join(cacheDir, digestFile), 'utf8').catch(() => undefined);
  if (kept !== digest) return false;
  if (await sameFile(join(dir, pagefindDir, entryFile), join(cacheDir, pagefindDir, entryFile))) return true;
  const scratch = join(dir, `${pagefindDir.replace(/\/$/, '')}.${process.pid}.restore`);
  try {
    await linkTree(join(cacheDir, pagefindDir), scratch);
  } catch (error) {
    await rm(scratch, { recursive: true, force: true });
    throw error;
  }
  await rm(join(dir, pagefindDir), { recursive: true, force: true });
  await rename(scratch, join(dir, pagefindDir));
  return true;
}

/** Keeps `<dir>/pagefind/`, made from input with `digest`, for the next build. */
export async function keepIndex(dir: string, cacheDir: string, digest: string): Promise<void> {
  // The digest goes first and last: a copy cut short leaves a digest that matches nothing.
  await rm(join(cacheDir, digestFile), { force: true });
  await rm(join(cacheDir, pagefindDir), { recursive: true, force: true });
  await linkTree(join(dir, pagefindDir), join(cacheDir, pagefindDir));
  await writeFile(join(cacheDir, digestFile), digest);
}

/**
 * Indexes the site built into `dir` from the search documents the content loader left in
 * Astro's cache folder (`<astroCacheDir>/search-documents/`, see `search-documents.ts`), one per
 * paper page, or restores the index kept in `<astroCacheDir>/search-index/` when the content
 * store and the code the documents are made from are unchanged, and says which it did.
 */
export async function indexSite(dir: string, astroCacheDir: string): Promise<string> {
  const cacheDir = join(astroCacheDir, 'search-index');
  const storeFile = join(astroCacheDir, contentStoreFile);
  const digest = await indexInputDigest(storeFile).catch((error: unknown) => {
    throw new Error(`No content store at ${storeFile}: run astro build first`, { cause: error });
  });
  if (await restoreIndex(dir, cacheDir, digest))
    return 'Kept the last index: the content and code it is made from are unchanged';
  const pages = await buildSearchIndex(dir, join(astroCacheDir, searchDocumentsFolder));
  await keepIndex(dir, cacheDir, digest);
  return `Indexed ${pages} pages`;
}
