import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { isMedline } from './medline.ts';
import {
  compileFile,
  indexAsWritten,
  indexEntry,
  type CompiledRecord,
  type EntryFile,
  type IndexedEntry,
  type RecordFile,
} from './compile.ts';

/**
 * Below this much text per thread (about 500 plain-text records), starting a thread (loading
 * the modules again) costs more than it saves.
 */
const bytesPerThread = 2_000_000;

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
  const cores = availableParallelism();
  const work = records.flatMap((file) => exportParts(file, file.bytes.length >= bytesPerThread ? cores : 1));
  const compiled = (await shared('compile', work, compileFile, (file) => file.bytes.length)).flat();
  const byText = new Map(compiled.map((record) => [record.text, record]));
  const asWritten = new Map<EntryFile, IndexedEntry>();
  for (const entry of entries) {
    const record = byText.get(entry.text);
    const indexed = record && indexAsWritten(entry, record);
    if (indexed) asWritten.set(entry, indexed);
  }
  const unread = entries.filter((entry) => !asWritten.has(entry));
  const indexed = await shared('index', unread, indexEntry, (entry) => entry.text.length);
  const read = new Map(indexed.map((entry, index) => [unread[index], entry]));
  return { records: compiled, entries: entries.flatMap((entry) => asWritten.get(entry) ?? read.get(entry) ?? []) };
}

/**
 * `items.map(run)`, the work shared among threads, in runs of about the same size: the other
 * threads start first, and this one, its modules already loaded, does the first run meanwhile.
 */
async function shared<T, R>(
  task: 'compile' | 'index',
  items: readonly T[],
  run: (item: T) => R,
  sizeOf: (item: T) => number,
): Promise<R[]> {
  const sizes = items.map(sizeOf);
  const total = sizes.reduce((sum, size) => sum + size, 0);
  const threads = Math.max(1, Math.min(availableParallelism(), Math.floor(total / bytesPerThread)));
  // Thread `t` takes the items that start within its `t`-th part of the total size.
  const starts: number[] = [];
  sizes.reduce((at, size) => (starts.push(at), at + size), 0);
  const share = (thread: number) =>
    items.filter((_, index) => Math.min(threads - 1, Math.floor(((starts[index] ?? 0) * threads) / total)) === thread);
  const others = Array.from({ length: threads - 1 }, (_, index) => runWorker<R>(task, share(index + 1)));
  const first = share(0).map(run);
  return [first, ...(await Promise.all(others))].flat();
}

/**
 * A PubMed export may hold thousands of records in one file: a MEDLINE export is cut into about
 * `count` parts at blank lines between records, each part numbering its lines from where it
 * starts in the file, so that threads compile the parts side by side. Any other file stays whole.
 */
export function exportParts(file: RecordFile, count: number): RecordFile[] {
  const bytes = Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength);
  if (count < 2 || !isMedline(bytes.subarray(0, 4096).toString('utf8').split(/\r?\n/))) return [file];
  const cuts = [0];
  for (let part = 1; part < count; part++) {
    const from = Math.floor((part * bytes.length) / count);
    const blank = [bytes.indexOf('\n\n', from), bytes.indexOf('\n\r\n', from)].filter((at) => at >= 0);
    const cut = Math.min(...blank) + 1;
    if (blank.length > 0 && cut > (cuts.at(-1) ?? 0)) cuts.push(cut);
  }
  let line = 1;
  return cuts.map((start, index) => {
    const end = cuts[index + 1] ?? bytes.length;
    const part = { ...file, bytes: bytes.subarray(start, end), firstLine: line };
    for (let at = bytes.indexOf(0x0a, start); at >= 0 && at < end; at = bytes.indexOf(0x0a, at + 1)) line++;
    return part;
  });
}

function runWorker<R>(task: 'compile' | 'index', items: unknown[]): Promise<R[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./compile-worker.ts', import.meta.url), { workerData: { task, items } });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`an import thread stopped with code ${code}`)));
  });
}
