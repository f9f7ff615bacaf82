import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Every file below `dir`, by its path below it, with its bytes. */
export async function treeFiles(dir: string): Promise<Map<string, Buffer>> {
  const names = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  const entries = await Promise.all(
    names.map(async (entry) => {
      const path = join(entry.parentPath, entry.name);
      return [path.slice(dir.length + 1), await readFile(path)] as const;
    }),
  );
  return new Map(entries);
}

/** How two trees of {@link treeFiles} differ: a line per file only in one, or differing; none when the same. */
export function treeDifferences(first: Map<string, Buffer>, second: Map<string, Buffer>): string[] {
  return [...new Set([...first.keys(), ...second.keys()])].sort().flatMap((file) => {
    const a = first.get(file);
    const b = second.get(file);
    if (!a || !b) return [`${file}: only in the ${a ? 'first' : 'second'} build`];
    return a.equals(b) ? [] : [`${file}: differs`];
  });
}
