import { parentPort } from 'node:worker_threads';
import { abstractProcessor } from '../plugins/index.ts';
import type { RenderRequest, RenderResponse } from './render-pool.ts';

// One renderer per worker, reused for every block it is sent.
const renderer = await abstractProcessor.createRenderer({ syntaxHighlight: false });

parentPort?.on('message', async ({ id, markdown, fileURL }: RenderRequest) => {
  let response: RenderResponse;
  try {
    const { code, metadata } = await renderer.render(markdown, { fileURL: new URL(fileURL) });
    const sections = metadata.headings
      .filter((heading) => heading.depth === 2)
      .map((heading) => ({ id: heading.slug, label: heading.text }));
    response = { id, ok: true, html: code, sections };
  } catch (error) {
    const { reason, message, line } = error as { reason?: string; message: string; line?: number };
    response = { id, ok: false, reason: reason ?? message, line };
  }
  parentPort?.postMessage(response);
});
