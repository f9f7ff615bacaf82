import { parentPort } from 'node:worker_threads';
import { formatReferences } from '../citations/format-references.ts';
import { PairsError } from '../pairing/pair-sentences.ts';
import { writePaperDocuments } from '../search/search-documents.ts';
import { BlockError, renderPaper } from './render-paper.ts';
import type { WorkerRequest, WorkerResponse } from './render-pool.ts';

async function answer(request: WorkerRequest): Promise<WorkerResponse> {
  const { id } = request;
  try {
    if (request.kind === 'references') return { id, ok: true, value: formatReferences(request.item) };
    const value = await renderPaper(request.blocks, request.pairs, new URL(request.fileURL));
    const { folder, slug, facts } = request.documents;
    writePaperDocuments(folder, slug, { ...facts, abstracts: value });
    return { id, ok: true, value };
  } catch (error) {
    if (error instanceof BlockError) {
      return { id, ok: false, reason: error.message, at: { lang: error.lang, line: error.line } };
    }
    if (error instanceof PairsError) return { id, ok: false, reason: error.message, at: { pairs: error.section } };
    return { id, ok: false, reason: (error as Error).message, at: {} };
  }
}

parentPort?.on('message', async (request: WorkerRequest) => {
  parentPort?.postMessage(await answer(request));
});
