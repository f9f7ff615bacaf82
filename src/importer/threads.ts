import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import {
  compileFile,
  indexAsWritten,
  indexEntry,
  type CompiledRecord,
  type EntryFile,
  type IndexedEntry,
  type RecordFile,
} from './compile.ts';

/** Below this many files per thread, starting a thread (loading the modules again) costs more than it saves. */
const filesPerThread = 500;

/**
 * Compiles every record file ({@link compileFile}), then indexes every entry ({@link indexEntry})
 * but those that are exactly what the importer writes for one of the records. Each step is
 * shared among as many threads as the machine has cores when it is large enough to gain from
 * it. Results come back in input order.
 */
export async function compileBatch(
  records: readonly RecordFile[],
  entries: readonly EntryFile[],
): Promise<{ records: CompiledRecord[]; entries: IndexedEntry[] }> {
  const compiled = (await shared('compile', records, compileFile)).flat();
  const byText = new Map(compiled.map((record) => [record.text, record]));
  const asWritten = new Map<EntryFile, IndexedEntry>();
  for (const entry of entries) {
    const record = byText.get(entry.text);
    const indexed = record && indexAsWritten(entry, record);
    if (indexed) asWritten.set(entry, indexed);
  }
  const unread = entries.filter((entry) => !asWritten.has(entry));
  const read = new Map((await shared('index', unread, indexEntry)).map((indexed, index) => [unread[index], indexed]));
  return { records: compiled, entries: entries.flatMap((entry) => asWritten.get(entry) ?? read.get(entry) ?? []) };
}

/**
 * `items.map(run)`, the work shared among threads: the other threads start first, and this one,
 * its modules already loaded, does the first share meanwhile.
 */
async function shared<T, R>(task: 'compile' | 'index', items: readonly T[], run: (item: T) => R): Promise<R[]> {
  const threads = Math.max(1, Math.min(availableParallelism(), Math.floor(items.length / filesPerThread)));
  const size = Math.ceil(items.length / threads);
  const share = (thread: number) => items.slice(thread * size, (thread + 1) * size);
  const others = Array.from({ length: threads - 1 }, (_, index) => runWorker<R>(task, share(index + 1)));
  const first = share(0).map(run);
  return [first, ...(await Promise.all(others))].flat();
}

function runWorker<R>(task: 'compile' | 'index', items: unknown[]): Promise<R[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./compile-worker.ts', import.meta.url), { workerData: { task, items } });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`an import thread stopped with code ${code}`)));
  });
}
