import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CslItem } from './csl-item.ts';
import { allExist, filterAsync } from '../lib/files-exist.ts';
import { referenceCollectionFile, referenceFilePath } from '../lib/paths.ts';
import { referenceFileExtensions, referenceFiles } from './reference-files.ts';
import { isSlug } from '../lib/paths.ts';

/**
 * Every paper's CSL-JSON item, from the collection file the build wrote into the built site
 * `dir` (`cite/all/references.json`). A collection that is not a list of CSL-JSON items named
 * by slugs is an error naming the file and the item.
 */
export async function readReferenceCollection(dir: string): Promise<CslItem[]> {
  const source = join(dir, referenceCollectionFile);
  return collection(JSON.parse(await readFile(source, 'utf8')) as unknown, source);
}

/** A paper's reference files, below the output folder: `cite/<slug>.bib`, `.ris`, `.json`. */
export function referenceFileNames(slug: string): string[] {
  return referenceFileExtensions.map((extension) => referenceFilePath('/', slug, extension).slice(1));
}

/**
 * Writes each paper's reference files ({@link referenceFileNames}) into a built site (`dir`, the
 * build's output folder), from its items (see {@link readReferenceCollection}), and returns how
 * many papers it wrote. A paper whose files are there and `written` says are made from its item
 * as it is (a rebuild into the last build's folder, see `src/build/`) is left as it is. Astro
 * serves the same files under `astro dev` (src/pages/cite/), with the same writers.
 */
export async function writeReferenceFiles(
  dir: string,
  items: readonly CslItem[],
  written: (item: CslItem) => boolean = () => false,
): Promise<number> {
  const changed = await filterAsync(
    items,
    async (item) => !written(item) || !(await allExist(referenceFileNames(item.id).map((file) => join(dir, file)))),
  );
  // A few dozen papers at a time: the disk stays busy, and not every file is held at once.
  for (let start = 0; start < changed.length; start += 32) {
    const writes = changed
      .slice(start, start + 32)
      .flatMap((item) =>
        referenceFileExtensions.map((extension) =>
          writeFile(join(dir, referenceFilePath('/', item.id, extension)), referenceFiles[extension].write(item)),
        ),
      );
    await Promise.all(writes);
  }
  return changed.length;
}

function collection(data: unknown, source: string): CslItem[] {
  if (!Array.isArray(data)) throw new Error(`${source}: expected a list of CSL-JSON items`);
  data.forEach((item: unknown, index) => {
    const id = (item as { id?: unknown } | null)?.id;
    if (typeof id !== 'string' || !isSlug(id)) {
      throw new Error(`${source}: item ${index + 1}: id: expected a paper's slug, got ${JSON.stringify(id)}`);
    }
  });
  return data as CslItem[];
}
