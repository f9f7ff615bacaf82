import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CslItem } from '../citations/csl-item.ts';
import type { ReferenceStyle } from '../citations/styles.ts';
import type { BlockSource } from './render-paper.ts';
import type { Paper, RenderedAbstract } from './schema.ts';

/**
 * Where a worker writes a rendered paper's search documents (`src/search/search-documents.ts`),
 * and the paper's facts they are made from beside its abstracts.
 */
export interface DocumentsJob {
  folder: string;
  slug: string;
  facts: Paper;
}

/**
 * A job sent to a worker: render a paper's blocks, pair their sentences and write its search
 * documents, or format its references.
 */
export type WorkerRequest =
  | {
      id: number;
      kind: 'paper';
      blocks: BlockSource[];
      pairs: Record<string, string> | undefined;
      fileURL: string;
      documents: DocumentsJob;
    }
  | { id: number; kind: 'references'; item: CslItem };

/**
 * Where in a content file a refusal points: a block (by language) and the 1-based line in it
 * when the pipeline gave one, or a key of the frontmatter's `pairs:`.
 */
export type RenderErrorPlace = { lang?: string; line?: number | undefined; pairs?: string };

/** A worker's answer: the result, or the error and where it points. */
export type WorkerResponse =
  { id: number; ok: true; value: unknown } | { id: number; ok: false; reason: string; at: RenderErrorPlace };

/** A worker's refusal of a paper, and where in its file the problem is. */
export class RenderError extends Error {
  readonly at: RenderErrorPlace;
  constructor(reason: string, at: RenderErrorPlace) {
    super(reason);
    this.at = at;
  }
}

/** Work done in worker threads; `close()` must be called or the process stays alive. */
export interface RenderPool {
  render(
    blocks: BlockSource[],
    pairs: Record<string, string> | undefined,
    fileURL: URL,
    documents: DocumentsJob,
  ): Promise<Record<string, RenderedAbstract>>;
  references(item: CslItem): Promise<Record<ReferenceStyle, string>>;
  close(): Promise<void>;
}

/** A request before it is numbered. */
type Job = WorkerRequest extends infer R ? (R extends WorkerRequest ? Omit<R, 'id'> : never) : never;

/**
 * Starts worker threads that render Markdown with the site's own pipeline (`renderAbstract`,
 * `src/plugins/`) and format references with citeproc. At 10,000
 * papers these are most of a build's work (micromark alone is a millisecond a block, citeproc
 * several a paper), and each job is independent, so they run on every core while the main
 * thread reads and validates files.
 */
export function createRenderPool(size = Math.max(1, availableParallelism())): RenderPool {
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  const load = new Map<Worker, number>();
  let nextId = 0;
  const workers = Array.from({ length: size }, () => {
    const worker = new Worker(new URL('./render-worker.ts', import.meta.url));
    load.set(worker, 0);
    worker.on('message', (response: WorkerResponse) => {
      load.set(worker, (load.get(worker) ?? 1) - 1);
      const job = pending.get(response.id);
      pending.delete(response.id);
      if (response.ok) job?.resolve(response.value);
      else job?.reject(new RenderError(response.reason, response.at));
    });
    worker.on('error', (error) => {
      for (const job of pending.values()) job.reject(error);
      pending.clear();
    });
    return worker;
  });
  const run = (job: Job): Promise<unknown> => {
    const id = nextId++;
    // The least busy worker takes the job, so one slow file does not hold up the rest.
    const worker = workers.reduce((best, candidate) =>
      (load.get(candidate) ?? 0) < (load.get(best) ?? 0) ? candidate : best,
    );
    load.set(worker, (load.get(worker) ?? 0) + 1);
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      worker.postMessage({ ...job, id } as WorkerRequest);
    });
  };
  return {
    render: (blocks, pairs, fileURL, documents) =>
      run({ kind: 'paper', blocks, pairs, fileURL: fileURL.href, documents }) as Promise<
        Record<string, RenderedAbstract>
      >,
    references: (item) => run({ kind: 'references', item }) as Promise<Record<ReferenceStyle, string>>,
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
