import { Worker } from 'node:worker_threads';
import { langs, type Lang } from '../i18n/locales.ts';

/** What the documents worker is asked: where the papers are, and where to write. */
export interface DocumentsRequest {
  /** Astro's content store (`<cacheDir>/data-store.json`). */
  storeFile: string;
  /** The folder to write the documents into, as `<url>index.html` (`en/<slug>/index.html`). */
  folder: string;
}

/** What the worker says: a language's documents are all written, or all are, and how many. */
export type DocumentsMessage = { lang: Lang } | { written: number };

/** The documents being written: when each language's are all there, and when all are. */
export interface DocumentsWriting {
  /** Settles once every document of `lang` is written (or the worker has failed). */
  written(lang: Lang): Promise<void>;
  /** How many documents were written, once the worker has ended. */
  finished: Promise<number>;
}

/**
 * Makes each paper page's search document (`search-document.ts`) from the content store and
 * writes them into `folder`, one HTML file per page, a language at a time (in `langs` order), in
 * a worker thread: Pagefind can index one language while the next one's documents are made.
 * Pagefind reads the files itself, in parallel; the worker gives back the parsed store (most of
 * a gigabyte at 10,000 papers) when it ends.
 */
export function writeSearchDocuments(request: DocumentsRequest): DocumentsWriting {
  const ready = new Map(langs.map((lang) => [lang, Promise.withResolvers<undefined>()]));
  // A language nobody waits for, after a failure, is no unhandled rejection.
  for (const { promise } of ready.values()) promise.catch(() => {});
  const finished = new Promise<number>((done, fail) => {
    const worker = new Worker(new URL('./search-documents.worker.ts', import.meta.url), { workerData: request });
    let written: number | undefined;
    let failure: Error | undefined;
    worker.on('message', (message: DocumentsMessage) => {
      if ('lang' in message) ready.get(message.lang)?.resolve(undefined);
      else written = message.written;
    });
    worker.once('error', (error) => (failure = error));
    // Answered once the worker has ended, its memory with it.
    worker.once('exit', (code) => {
      if (written !== undefined && code === 0) return done(written);
      const cause = failure ?? new Error(`its worker exited with ${code}`);
      const error = new Error(`Could not make the search documents from ${request.storeFile}`, { cause });
      for (const { reject } of ready.values()) reject(error);
      fail(error);
    });
  });
  return { written: async (lang) => ready.get(lang)?.promise, finished };
}
