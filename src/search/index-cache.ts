import { cp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pagefindDir } from '../lib/paths.ts';
import { contentStoreFile } from './content-store.ts';
import { buildSearchIndex } from './index-site.ts';
import { writeSearchDocuments } from './search-documents.ts';

/**
 * Pagefind has no incremental mode: it reads every page again, tens of seconds at 10,000 papers.
 * A build whose index would be made from the same documents as the last one (a rebuild with
 * nothing changed that a reader could search) copies that index instead. The last index and
 * the digest of what it was made from are kept in `<cacheDir>/search-index/`, beside Astro's
 * own caches, since Astro empties the output folder at every build.
 */

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
 * (`<astroCacheDir>/data-store.json`), one document per paper page (see `search-documents.ts`),
 * or copies the index kept in `<astroCacheDir>/search-index/` when those documents are
 * unchanged, and says which it did. The documents are written to a scratch folder beside the
 * index for Pagefind to read, and removed after.
 */
export async function indexSite(dir: string, astroCacheDir: string): Promise<string> {
  const cacheDir = join(astroCacheDir, 'search-index');
  const folder = join(dir, `${pagefindDir.replace(/\/$/, '')}.${process.pid}.documents`);
  try {
    const { digest, written } = await writeSearchDocuments({
      storeFile: join(astroCacheDir, contentStoreFile),
      folder,
      keptDigest: await readFile(join(cacheDir, digestFile), 'utf8').catch(() => undefined),
    });
    if (!written && (await restoreIndex(dir, cacheDir, digest))) {
      return 'Kept the last index: the documents it reads are unchanged';
    }
    const pages = await buildSearchIndex(dir, folder);
    await keepIndex(dir, cacheDir, digest);
    return `Indexed ${pages} pages`;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
