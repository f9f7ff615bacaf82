import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { Lang } from '../i18n/locales.ts';
import { pagefindDir } from '../lib/paths.ts';
import type { SearchDocument } from './search-document.ts';

/** What Pagefind writes in `pagefind-entry.json`: the site's indexes, by language. */
interface PagefindEntry {
  languages: Record<string, unknown>;
}

/** The pages of one language's index. */
export interface LanguageDocuments {
  lang: Lang;
  documents: readonly SearchDocument[];
}

/**
 * Indexes the paper pages given as `languages` (see `search-document.ts`) with Pagefind's Node
 * API into `<dir>/pagefind/`, one index per language, and returns how many pages it indexed.
 *
 * Each language is indexed by a Pagefind service of its own, one after the other, each closed
 * before the next starts: Pagefind holds every page it reads in memory until it has written the
 * index, so one service for both languages needed their sum. Each language's files carry its
 * name (`en_…`, `zh-hans_…`); only `pagefind-entry.json`, listing the languages, is written by
 * every run, so it is merged here. The index is written to a scratch folder and moved into
 * place at the end: a failed run leaves the previous index, never half of one.
 *
 * Any error from Pagefind is thrown, with Pagefind's own messages as the cause.
 */
export async function buildSearchIndex(dir: string, languages: readonly LanguageDocuments[]): Promise<number> {
  const output = join(dir, pagefindDir);
  const scratch = join(dir, `${pagefindDir.replace(/\/$/, '')}.${process.pid}.tmp`);
  await rm(scratch, { recursive: true, force: true });
  try {
    const entries: PagefindEntry['languages'] = {};
    let pages = 0;
    for (const { lang, documents } of languages) {
      if (documents.length === 0) continue;
      pages += await indexLanguage(lang, documents, scratch);
      const entry = JSON.parse(await readFile(join(scratch, 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
      Object.assign(entries, entry.languages);
      await writeFile(join(scratch, 'pagefind-entry.json'), JSON.stringify({ ...entry, languages: entries }));
    }
    if (pages === 0) throw new Error(`Pagefind was given no pages to index for ${dir}`);
    await rm(output, { recursive: true, force: true });
    await rename(scratch, output);
    return pages;
  } catch (error) {
    await rm(scratch, { recursive: true, force: true });
    throw new Error('Pagefind could not index the site', { cause: error });
  }
}

const batchSize = 100;

async function indexLanguage(lang: Lang, documents: readonly SearchDocument[], outputPath: string): Promise<number> {
  try {
    const { index } = checked(await pagefind.createIndex({}));
    if (!index) throw new Error('Pagefind created no index');
    // Pagefind answers each page in turn over a pipe: pages go out a batch at a time, so it is
    // never left waiting for the next one, nor handed all of them at once.
    for (let start = 0; start < documents.length; start += batchSize) {
      await Promise.all(
        documents.slice(start, start + batchSize).map(async ({ url, html }) => {
          const { errors } = await index.addHTMLFile({ url, content: html });
          if (errors.length > 0) throw new Error(`Pagefind could not read ${url} (${lang}):\n${errors.join('\n')}`);
        }),
      );
    }
    checked(await index.writeFiles({ outputPath }));
    return documents.length;
  } finally {
    await pagefind.close();
  }
}

/** Pagefind answers with a list of errors instead of throwing; turn them into one error. */
function checked<T extends { errors: string[] }>(response: T): T {
  if (response.errors.length > 0) throw new Error(response.errors.join('\n'));
  return response;
}
