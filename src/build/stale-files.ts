import { lstat, readdir, rm, rmdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * Removes from the output folder `dir`, kept from the last build, the files that build made and
 * this one did not: every file no newer than `since` (when the last build finished) that `keep`
 * does not name (a path below `dir`, `en/<slug>/index.html`), then the folders that leaves empty.
 * Returns how many files it removed.
 */
export async function removeStaleFiles(dir: string, since: number, keep: (file: string) => boolean): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const candidates = entries
    .filter((entry) => !entry.isDirectory())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => !keep(file.slice(dir.length + 1)));
  const stale: string[] = [];
  for (const file of candidates) if ((await lstat(file)).mtimeMs <= since) stale.push(file);
  await Promise.all(stale.map((file) => rm(file)));
  // Deepest first, so a folder emptied of folders goes too; one still holding files stays.
  const folders = [...new Set(stale.flatMap((file) => parents(dirname(file), dir)))];
  for (const folder of folders.sort((a, b) => b.length - a.length)) {
    await rmdir(folder).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOTEMPTY' && error.code !== 'EEXIST') throw error;
    });
  }
  return stale.length;
}

/** `folder` and the folders above it, up to but not including `dir`. */
function parents(folder: string, dir: string): string[] {
  return folder.length > dir.length ? [folder, ...parents(dirname(folder), dir)] : [];
}
