import { Worker } from 'node:worker_threads';

/** What the documents worker is asked: where the papers are, where to write, what is kept. */
export interface DocumentsRequest {
  /** Astro's content store (`<cacheDir>/data-store.json`). */
  storeFile: string;
  /** The folder to write the documents into, as `<url>index.html` (`en/<slug>/index.html`). */
  folder: string;
  /** The digest of the documents the kept index was made from, if there is one. */
  keptDigest: string | undefined;
}

/** The documents' digest, and whether they were written (not when the digest is the kept one). */
export interface DocumentsResult {
  digest: string;
  written: boolean;
}

/**
 * Makes each paper page's search document (`search-document.ts`) from the content store and
 * writes them into `folder`, one HTML file per page, unless they are those the kept index was
 * made from. This runs in a worker thread that ends before Pagefind starts: the parsed store
 * and the documents (about 1 GB at 10,000 papers) are given back whole, so the build's peak
 * memory is Pagefind's alone, and Pagefind reads the files itself, in parallel.
 */
export function writeSearchDocuments(request: DocumentsRequest): Promise<DocumentsResult> {
  return new Promise((done, fail) => {
    const worker = new Worker(new URL('./search-documents.worker.ts', import.meta.url), { workerData: request });
    let result: DocumentsResult | undefined;
    let failure: Error | undefined;
    worker.once('message', (message: DocumentsResult) => (result = message));
    worker.once('error', (error) => (failure = error));
    // Answered once the worker has ended, its memory with it.
    worker.once('exit', (code) => {
      if (result && code === 0) return done(result);
      const cause = failure ?? new Error(`its worker exited with ${code}`);
      fail(new Error(`Could not make the search documents from ${request.storeFile}`, { cause }));
    });
  });
}
