import { parentPort, workerData } from 'node:worker_threads';
import { compileFile, indexEntry, type EntryFile, type RecordFile } from './compile.ts';

/** One thread's share of a batch (see parallel.ts). */
const work = workerData as { task: 'compile'; items: RecordFile[] } | { task: 'index'; items: EntryFile[] };
parentPort?.postMessage(work.task === 'compile' ? work.items.map(compileFile) : work.items.map(indexEntry));
