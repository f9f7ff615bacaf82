import { parentPort } from 'node:worker_threads';
import { formatReferences } from '../citations/format-references.ts';
import { renderedAbstract } from './rendered-abstract.ts';
import { abstractProcessor } from '../plugins/index.ts';
import type { WorkerRequest, WorkerResponse } from './render-pool.ts';

// One renderer per worker, reused for every block it is sent.
const renderer = await abstractProcessor.createRenderer({ syntaxHighlight: false });

async function answer(request: WorkerRequest): Promise<WorkerResponse> {
  const { id } = request;
  try {
    if (request.kind === 'references') return { id, ok: true, value: formatReferences(request.item) };
    const { code, metadata } = await renderer.render(request.markdown, { fileURL: new URL(request.fileURL) });
    return { id, ok: true, value: renderedAbstract(code, metadata.headings, request.lang) };
  } catch (error) {
    const { reason, message, line } = error as { reason?: string; message: string; line?: number };
    return { id, ok: false, reason: reason ?? message, line };
  }
}

parentPort?.on('message', async (request: WorkerRequest) => {
  parentPort?.postMessage(await answer(request));
});
