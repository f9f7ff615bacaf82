import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The site's source folder: the code that makes the search documents lives below it. */
const sourceFolder = fileURLToPath(new URL('../', import.meta.url));

/**
 * The digest of what an index is made from: Pagefind's version, the site's code (the documents
 * are made by `search-document.ts` from the reading views, the UI strings and the helpers they
 * use; any source file counts, so none is missed) and the content store the documents are made
 * from, byte for byte. Hashing the store costs a fraction of a second where making the 20,000
 * documents of 10,000 papers to hash them cost half a minute; a store written again with the same
 * papers is the same file, and a store that differs only costs an index made again.
 */
export async function indexInputDigest(storeFile: string): Promise<string> {
  const hash = createHash('sha256');
  hash.update(await readFile(new URL('../package.json', import.meta.resolve('pagefind'))));
  const sources = (await readdir(sourceFolder, { recursive: true })).filter((name) => /\.(ts|json)$/.test(name)).sort();
  for (const name of sources) hash.update(`\0${name}\0`).update(await readFile(join(sourceFolder, name)));
  hash.update('\0store\0');
  for await (const chunk of createReadStream(storeFile)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
