import { ContentError, parseFrontmatter } from '../papers/paper-file.ts';
import type { PaperInput } from '../papers/schema.ts';
import { parseRecordFile, type ParseResult } from './parse.ts';
import { joinEntry, recordEntry, writeBody, writeFrontmatter } from './write.ts';

/** A record file to import. */
export interface RecordFile {
  /** The path to show in messages. */
  path: string;
  bytes: Uint8Array;
  /** The file's line that `bytes` start on, when they are a part of a MEDLINE export (see `exportParts`). */
  firstLine?: number;
}

/** A record, parsed and, when it can be imported, written as a new entry would be. */
export interface CompiledRecord {
  /** The path to show in messages. */
  path: string;
  parsed: ParseResult;
  /** The record's entry as a new file (no maintainer's fields yet). */
  text?: string;
  /** Where the body (the language blocks' Markdown) starts in {@link text}. */
  bodyOffset?: number;
}

/** A content file already in the output folder. */
export interface EntryFile {
  /** The file name without `.md`: the paper's slug. */
  name: string;
  /** The path to show in messages. */
  path: string;
  text: string;
}

/** What an entry's frontmatter says, or why it cannot be read. */
export type EntryIndex = { ok: true; facts: PaperInput; bodyOffset: number } | { ok: false; error: string };

/**
 * Parses a file's records and writes each one's entry: the costly part of an import,
 * independent for each file, so that a batch can share it among threads. A translation on its
 * own is no entry yet: it gets none.
 */
export function compileFile(file: RecordFile): CompiledRecord[] {
  return parseRecordFile(file.bytes, file.firstLine).map((parsed) => {
    if (!parsed.ok || parsed.record.source === 'translation') return { path: file.path, parsed };
    const entry = recordEntry(parsed.record);
    const body = writeBody(entry.blocks);
    const text = joinEntry(writeFrontmatter(entry.frontmatter), body);
    return { path: file.path, parsed, text, bodyOffset: text.length - body.length };
  });
}

/** An entry with what its frontmatter says. */
export type IndexedEntry = EntryFile & { index: EntryIndex };

/** Reads an entry's frontmatter (its body is read only if a record concerns it). */
export function indexEntry(file: EntryFile): IndexedEntry {
  try {
    const { raw, bodyOffset } = parseFrontmatter(file.text, file.path);
    return { ...file, index: { ok: true, facts: raw as PaperInput, bodyOffset } };
  } catch (error) {
    if (error instanceof ContentError) return { ...file, index: { ok: false, error: error.message } };
    throw error;
  }
}

/**
 * Indexes an entry that is, byte for byte, what the importer writes for a record: its facts are
 * that record's, so its frontmatter need not be read again. This is the common case when a
 * folder of records is imported again.
 */
export function indexAsWritten(file: EntryFile, record: CompiledRecord): IndexedEntry | undefined {
  if (!record.parsed.ok || record.parsed.record.source === 'translation') return undefined;
  if (record.text !== file.text || record.bodyOffset === undefined) return undefined;
  return { ...file, index: { ok: true, facts: record.parsed.record.facts, bodyOffset: record.bodyOffset } };
}
