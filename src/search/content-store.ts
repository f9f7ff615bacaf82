import { readFile } from 'node:fs/promises';
import { parse } from 'devalue';
import type { PaperWithAbstracts } from '../lib/paper-entry.ts';

/** One paper of the collection, as the content store holds it. */
export interface StoredPaper {
  /** The slug: the file name, and the paper's URL segment. */
  id: string;
  data: PaperWithAbstracts;
}

/** The file `astro build` writes the content store to, in its cache folder. */
export const contentStoreFile = 'data-store.json';

/**
 * Every paper of the `abstracts` collection, by slug, from the content store `astro build` left
 * in `file` (`<cacheDir>/data-store.json`: a devalue-serialized map of collections): what the
 * loader validated and rendered, which the benchmark samples its search queries from. Throws,
 * naming the file, when there is no store or no such collection in it.
 */
export async function readPapers(file: string): Promise<StoredPaper[]> {
  const text = await readFile(file, 'utf8').catch((error: unknown) => {
    throw new Error(`No content store at ${file}: run astro build first`, { cause: error });
  });
  const collections = parse(text) as unknown;
  const papers = collections instanceof Map ? (collections.get('abstracts') as unknown) : undefined;
  if (!(papers instanceof Map)) throw new Error(`The content store ${file} holds no "abstracts" collection`);
  return [...(papers as Map<string, StoredPaper>).values()]
    .map(({ id, data }) => ({ id, data }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
