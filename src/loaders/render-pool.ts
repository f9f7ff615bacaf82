import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { RenderedAbstract } from '../schemas/paper.ts';

/** A block to render, as sent to a worker. */
export interface RenderRequest {
  id: number;
  markdown: string;
  fileURL: string;
}

/** A worker's answer: the rendered block, or the plugin's error with its line in the block. */
export type RenderResponse =
  ({ id: number; ok: true } & RenderedAbstract) | { id: number; ok: false; reason: string; line: number | undefined };

/** A plugin's refusal of a block, with the 1-based line in the block when it gave one. */
export class RenderError extends Error {
  readonly line: number | undefined;
  constructor(reason: string, line: number | undefined) {
    super(reason);
    this.line = line;
  }
}

/** Renders abstracts in worker threads; `close()` must be called or the process stays alive. */
export interface RenderPool {
  render(markdown: string, fileURL: URL): Promise<RenderedAbstract>;
  close(): Promise<void>;
}

/**
 * Starts worker threads that render Markdown with the site's own pipeline (`abstractProcessor`,
 * the processor astro.config.mjs registers). Rendering is most of the content layer's work at
 * 10,000 papers (micromark alone is a millisecond a block), and it is independent per block,
 * so it runs on every core while the main thread reads and validates files.
 */
export function createRenderPool(size = Math.max(1, availableParallelism())): RenderPool {
  const pending = new Map<number, { resolve: (value: RenderedAbstract) => void; reject: (error: Error) => void }>();
  const load = new Map<Worker, number>();
  let nextId = 0;
  const workers = Array.from({ length: size }, () => {
    const worker = new Worker(new URL('./render-worker.ts', import.meta.url));
    load.set(worker, 0);
    worker.on('message', (response: RenderResponse) => {
      load.set(worker, (load.get(worker) ?? 1) - 1);
      const job = pending.get(response.id);
      pending.delete(response.id);
      if (response.ok) job?.resolve({ html: response.html, sections: response.sections });
      else job?.reject(new RenderError(response.reason, response.line));
    });
    worker.on('error', (error) => {
      for (const job of pending.values()) job.reject(error);
      pending.clear();
    });
    return worker;
  });
  return {
    render(markdown, fileURL) {
      const id = nextId++;
      // The least busy worker takes the block, so one slow file does not hold up the rest.
      const worker = workers.reduce((best, candidate) =>
        (load.get(candidate) ?? 0) < (load.get(best) ?? 0) ? candidate : best,
      );
      load.set(worker, (load.get(worker) ?? 0) + 1);
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, markdown, fileURL: fileURL.href } satisfies RenderRequest);
      });
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
