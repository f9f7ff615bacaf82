import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { langs } from '../i18n/locales.ts';
import { readPapers } from './content-store.ts';
import { searchDocument } from './search-document.ts';
import type { DocumentsMessage, DocumentsRequest } from './search-documents.ts';

const say = (message: DocumentsMessage) => parentPort?.postMessage(message);

/** Makes and writes every paper page's search document, a language at a time; says how many. */
async function run({ storeFile, folder }: DocumentsRequest): Promise<void> {
  const papers = await readPapers(storeFile);
  let written = 0;
  for (const lang of langs) {
    for (const { id, data } of papers) {
      const { url, html } = searchDocument(id, data, lang);
      const file = join(folder, url, 'index.html');
      await mkdir(join(file, '..'), { recursive: true });
      await writeFile(file, html);
      written++;
    }
    say({ lang });
  }
  say({ written });
}

await run(workerData as DocumentsRequest);
