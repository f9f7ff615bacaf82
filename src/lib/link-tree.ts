import { link, mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Makes `to` a copy of the folder `from` whose files are hard links to `from`'s: a build keeps
 * and restores its outputs (tens of thousands of small files) without writing their bytes again.
 * Only for files nobody writes in place afterwards: each build writes new files, and removing one
 * copy leaves the other whole. `to` must not exist yet.
 */
export async function linkTree(from: string, to: string): Promise<void> {
  const entries = await readdir(from, { recursive: true, withFileTypes: true });
  await mkdir(to, { recursive: true });
  const folders = entries.filter((entry) => entry.isDirectory());
  // Parents come before their children in a sorted list, so each mkdir finds its parent.
  const relative = (entry: { parentPath: string; name: string }) =>
    join(entry.parentPath, entry.name).slice(from.length);
  for (const folder of folders.map(relative).sort()) await mkdir(join(to, folder));
  const files = entries.filter((entry) => entry.isFile()).map(relative);
  // A few hundred at a time: the file system stays busy without a promise per file at once.
  for (let start = 0; start < files.length; start += 256) {
    await Promise.all(files.slice(start, start + 256).map((file) => link(join(from, file), join(to, file))));
  }
}
