import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { langs, locales } from '../i18n/locales.ts';
import type { PaperWithAbstracts } from '../lib/paper-entry.ts';
import { paperPath } from '../lib/paths.ts';
import { searchDocument } from './search-document.ts';

/**
 * The folder of the search documents in Astro's cache folder, beside the content store. The
 * content loader writes a paper's documents when it stores the paper (in its worker threads,
 * with the paper's HTML at hand), and removes them with it; the index step hands the folder to
 * Pagefind. So a rebuild makes documents only for the papers that changed, and the index step
 * reads no content store (most of a gigabyte at 10,000 papers, held beside Pagefind's own).
 */
export const searchDocumentsFolder = 'search-documents';

/** The files of a paper's search documents in `folder`: `<url>index.html` (`en/<slug>/index.html`), a language each. */
export function paperDocumentFiles(folder: string, slug: string): string[] {
  return langs.map((lang) => join(folder, paperPath('/', lang, slug), 'index.html'));
}

/**
 * Writes the search document of each paper page of `slug` (`search-document.ts`) into `folder`.
 * Synchronously: a worker thread is sent every paper at once, and writing them all at once ran
 * out of file handles.
 */
export function writePaperDocuments(folder: string, slug: string, paper: PaperWithAbstracts): void {
  for (const lang of langs) {
    const { url, html } = searchDocument(slug, paper, lang);
    const file = join(folder, url, 'index.html');
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, html);
  }
}

/**
 * Removes from `folder` the documents of every paper not in `slugs`: papers deleted since the
 * last build, and those of other content built with the same cache folder (Astro empties its
 * store when its config, such as the base, changes, so the store no longer names them).
 */
export function keepPaperDocuments(folder: string, slugs: ReadonlySet<string>): void {
  for (const lang of langs) {
    const papers = join(folder, locales[lang].path);
    let names: string[];
    try {
      names = readdirSync(papers);
    } catch {
      continue; // no documents in this language yet
    }
    for (const name of names) if (!slugs.has(name)) rmSync(join(papers, name), { recursive: true, force: true });
  }
}
