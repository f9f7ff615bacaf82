import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { langs, locales } from '../i18n/locales.ts';
import { pagefindDir } from '../lib/paths.ts';

/** What Pagefind writes in `pagefind-entry.json`: the site's indexes, by language. */
interface PagefindEntry {
  languages: Record<string, unknown>;
}

/**
 * Indexes the paper pages' search documents in `documents` (`<lang path>/<slug>/index.html`,
 * see `search-documents.ts`) with Pagefind's Node API into `<dir>/pagefind/`, one index per
 * language, and returns how many pages it read.
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
export async function buildSearchIndex(dir: string, documents: string): Promise<number> {
  const output = join(dir, pagefindDir);
  const scratch = join(dir, `${pagefindDir.replace(/\/$/, '')}.${process.pid}.tmp`);
  await rm(scratch, { recursive: true, force: true });
  try {
    const languages: PagefindEntry['languages'] = {};
    let pages = 0;
    for (const lang of langs) {
      const read = await indexLanguage(documents, `${locales[lang].path}/*/index.html`, scratch);
      if (read === 0) continue;
      pages += read;
      const entry = JSON.parse(await readFile(join(scratch, 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
      Object.assign(languages, entry.languages);
      await writeFile(join(scratch, 'pagefind-entry.json'), JSON.stringify({ ...entry, languages }));
    }
    if (pages === 0) throw new Error(`Pagefind found no pages to index in ${documents}`);
    await rm(output, { recursive: true, force: true });
    await rename(scratch, output);
    return pages;
  } catch (error) {
    await rm(scratch, { recursive: true, force: true });
    throw new Error('Pagefind could not index the site', { cause: error });
  }
}

async function indexLanguage(dir: string, glob: string, outputPath: string): Promise<number> {
  try {
    const { index } = checked(await pagefind.createIndex({}));
    if (!index) throw new Error('Pagefind created no index');
    const { page_count } = checked(await index.addDirectory({ path: dir, glob }));
    if (page_count > 0) checked(await index.writeFiles({ outputPath }));
    return page_count;
  } finally {
    await pagefind.close();
  }
}

/** Pagefind answers with a list of errors instead of throwing; turn them into one error. */
function checked<T extends { errors: string[] }>(response: T): T {
  if (response.errors.length > 0) throw new Error(response.errors.join('\n'));
  return response;
}
