import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CslItem } from './csl-item.ts';
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

/**
 * Writes each paper's reference files (`cite/<slug>.bib`, `.ris`, `.json`) into a built site
 * (`dir`, the build's output folder), from its items (see {@link readReferenceCollection}), and
 * returns how many papers it wrote. Astro serves the same files under `astro dev`
 * (src/pages/cite/), with the same writers.
 */
export async function writeReferenceFiles(dir: string, items: readonly CslItem[]): Promise<number> {
  // A few dozen papers at a time: the disk stays busy, and not every file is held at once.
  for (let start = 0; start < items.length; start += 32) {
    const files = items
      .slice(start, start + 32)
      .flatMap((item) =>
        referenceFileExtensions.map((extension) =>
          writeFile(join(dir, referenceFilePath('/', item.id, extension)), referenceFiles[extension].write(item)),
        ),
      );
    await Promise.all(files);
  }
  return items.length;
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
