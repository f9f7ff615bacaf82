import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { langs } from '../i18n/locales.ts';
import { readPapers } from './content-store.ts';
import { indexInputDigest } from './index-input-digest.ts';
import { searchDocument } from './search-document.ts';
import type { DocumentsRequest, DocumentsResult } from './search-documents.ts';

/** Makes every paper page's search document, and writes them unless their digest is the kept one. */
async function run({ storeFile, folder, keptDigest }: DocumentsRequest): Promise<DocumentsResult> {
  const papers = await readPapers(storeFile);
  const languages = langs.map((lang) => ({
    lang,
    documents: papers.map(({ id, data }) => searchDocument(id, data, lang)),
  }));
  const digest = await indexInputDigest(languages);
  if (digest === keptDigest) return { digest, written: false };
  for (const { documents } of languages) {
    for (const { url, html } of documents) {
      const file = join(folder, url, 'index.html');
      await mkdir(join(file, '..'), { recursive: true });
      await writeFile(file, html);
    }
  }
  return { digest, written: true };
}

parentPort?.postMessage(await run(workerData as DocumentsRequest));
