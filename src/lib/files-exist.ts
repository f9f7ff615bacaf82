import { access } from 'node:fs/promises';

/** Whether every one of `files` exists. */
export async function allExist(files: readonly string[]): Promise<boolean> {
  const found = await Promise.all(
    files.map((file) =>
      access(file).then(
        () => true,
        () => false,
      ),
    ),
  );
  return found.every(Boolean);
}

/** The `items` that `test` keeps, tested a few hundred at a time. */
export async function filterAsync<T>(items: readonly T[], test: (item: T) => Promise<boolean>): Promise<T[]> {
  const kept: T[] = [];
  for (let start = 0; start < items.length; start += 256) {
    const slice = items.slice(start, start + 256);
    const results = await Promise.all(slice.map(test));
    kept.push(...slice.filter((_, index) => results[index]));
  }
  return kept;
}
