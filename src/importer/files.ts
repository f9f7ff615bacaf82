import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import type { Outcome } from './batch.ts';
import type { EntryFile } from './compile.ts';

/**
 * What a record file in a folder is named: plain-text records and PubMed's exports (`.nbib`,
 * `.txt` in PubMed's own format, `.xml`). A file named on the command line is read whatever its
 * name; the format is told from the content either way.
 */
export const recordExtensions = ['.txt', '.nbib', '.xml'];

/** A path on the command line that is neither a file nor a folder. */
export class MissingPathError extends Error {}

/**
 * The record files named by `paths`: each file as given, and every record file (see
 * {@link recordExtensions}) under each folder
 * (recursively, skipping hidden files and folders), each once, folders' files in path order.
 */
export function findRecordFiles(paths: readonly string[]): string[] {
  const found = new Set<string>();
  for (const path of paths) {
    const absolute = resolve(path);
    if (!existsSync(absolute)) throw new MissingPathError(`${path}: no such file or folder`);
    if (!statSync(absolute).isDirectory()) {
      found.add(absolute);
      continue;
    }
    const inside = readdirSync(absolute, { recursive: true, encoding: 'utf8' })
      .filter(
        (name) =>
          recordExtensions.some((extension) => name.endsWith(extension)) &&
          !name.split(sep).some((part) => part.startsWith('.')),
      )
      .map((name) => join(absolute, name))
      .filter((file) => statSync(file).isFile())
      .sort();
    for (const file of inside) found.add(file);
  }
  return [...found];
}

/** The content files (`*.md`) of a folder, by name; none when the folder does not exist yet. */
export function readEntryFiles(dir: string, display: (path: string) => string): EntryFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => {
      const path = join(dir, name);
      return { name: name.slice(0, -'.md'.length), path: display(path), text: readFileSync(path, 'utf8') };
    });
}

/**
 * Writes the created and updated entries into `dir`, all or none: each goes to a temporary
 * file beside its target (a dot file not ending in `.md`, so the site never reads it) and only
 * when all are written are they renamed over their targets, each rename atomic. A failure while
 * writing removes the temporary files and leaves every entry as it was.
 */
export function commitOutcomes(dir: string, outcomes: readonly Outcome[]): void {
  const changed = outcomes.filter((outcome) => outcome.status !== 'unchanged');
  if (changed.length === 0) return;
  mkdirSync(dir, { recursive: true });
  const staged: { temporary: string; target: string }[] = [];
  try {
    for (const outcome of changed) {
      const temporary = join(dir, `.${outcome.name}.md.${process.pid}.tmp`);
      staged.push({ temporary, target: join(dir, `${outcome.name}.md`) });
      writeFileSync(temporary, outcome.text);
    }
  } catch (error) {
    for (const { temporary } of staged) {
      try {
        rmSync(temporary, { force: true });
      } catch {
        // Not a file we wrote (a folder in the way, say): it is not ours to remove.
      }
    }
    throw error;
  }
  for (const { temporary, target } of staged) renameSync(temporary, target);
}
