import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Lang } from '../i18n/locales.ts';
import type { SearchDocument } from './search-document.ts';

/** The pages of one language's index. */
export interface LanguageDocuments {
  lang: Lang;
  documents: readonly SearchDocument[];
}

/** The digest of what an index is made from: Pagefind's version and every document it reads. */
export async function indexInputDigest(languages: readonly LanguageDocuments[]): Promise<string> {
  const hash = createHash('sha256');
  hash.update(await readFile(new URL('../package.json', import.meta.resolve('pagefind'))));
  for (const { lang, documents } of languages) {
    for (const { url, html } of documents) hash.update(`\0${lang}\0${url}\0${html.length}\0${html}`);
  }
  return hash.digest('hex');
}
