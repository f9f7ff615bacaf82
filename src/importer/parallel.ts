import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import {
  compileRecord,
  indexEntry,
  type CompiledRecord,
  type EntryFile,
  type IndexedEntry,
  type RecordFile,
} from './compile.ts';

/** Below this many files per thread, starting a thread (loading the modules again) costs more than it saves. */
const filesPerThread = 500;

/**
 * Compiles every record and indexes every entry ({@link compileRecord}, {@link indexEntry}),
 * shared among as many threads as the machine has cores when the batch is large enough to gain
 * from it. Results come back in input order.
 */
export async function compileBatch(
  records: readonly RecordFile[],
  entries: readonly EntryFile[],
): Promise<{ records: CompiledRecord[]; entries: IndexedEntry[] }> {
  const threads = Math.min(availableParallelism(), Math.floor((records.length + entries.length) / filesPerThread));
  if (threads <= 1) return { records: records.map(compileRecord), entries: entries.map(indexEntry) };
  const shares = await Promise.all(
    Array.from({ length: threads }, (_, thread) =>
      runWorker({ records: share(records, thread, threads), entries: share(entries, thread, threads) }),
    ),
  );
  return { records: shares.flatMap((part) => part.records), entries: shares.flatMap((part) => part.entries) };
}

/** The `thread`-th of `threads` consecutive slices of `items`. */
function share<T>(items: readonly T[], thread: number, threads: number): T[] {
  const size = Math.ceil(items.length / threads);
  return items.slice(thread * size, (thread + 1) * size);
}

function runWorker(workerData: {
  records: RecordFile[];
  entries: EntryFile[];
}): Promise<{ records: CompiledRecord[]; entries: IndexedEntry[] }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./compile-worker.ts', import.meta.url), { workerData });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`an import thread stopped with code ${code}`)));
  });
}
