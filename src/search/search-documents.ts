import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { langs } from '../i18n/locales.ts';
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

/** Writes the search document of each paper page of `slug` (`search-document.ts`) into `folder`. */
export async function writePaperDocuments(folder: string, slug: string, paper: PaperWithAbstracts): Promise<void> {
  await Promise.all(
    langs.map(async (lang) => {
      const { url, html } = searchDocument(slug, paper, lang);
      const file = join(folder, url, 'index.html');
      await mkdir(join(file, '..'), { recursive: true });
      await writeFile(file, html);
    }),
  );
}

/** Removes the search documents of `slug` from `folder`. */
export async function removePaperDocuments(folder: string, slug: string): Promise<void> {
  await Promise.all(
    paperDocumentFiles(folder, slug).map((file) => rm(join(file, '..'), { recursive: true, force: true })),
  );
}
