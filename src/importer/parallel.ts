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
  const threads = Math.max(
    1,
    Math.min(availableParallelism(), Math.floor((records.length + entries.length) / filesPerThread)),
  );
  const compile = (thread: number) => ({
    records: share(records, thread, threads).map(compileRecord),
    entries: share(entries, thread, threads).map(indexEntry),
  });
  if (threads <= 1) return compile(0);
  // The other threads start first; this one, its modules already loaded, does the first share meanwhile.
  const others = Array.from({ length: threads - 1 }, (_, index) =>
    runWorker({ records: share(records, index + 1, threads), entries: share(entries, index + 1, threads) }),
  );
  const shares = [compile(0), ...(await Promise.all(others))];
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
