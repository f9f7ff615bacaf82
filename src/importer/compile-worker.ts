import { parentPort, workerData } from 'node:worker_threads';
import { compileRecord, indexEntry, type EntryFile, type RecordFile } from './compile.ts';

/** One thread's share of a batch (see parallel.ts). */
const { records, entries } = workerData as { records: RecordFile[]; entries: EntryFile[] };
parentPort?.postMessage({ records: records.map(compileRecord), entries: entries.map(indexEntry) });
