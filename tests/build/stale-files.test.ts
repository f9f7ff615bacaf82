import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { removeStaleFiles } from '../../src/build/stale-files.ts';

let dir: string;
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Writes `path` below `dir`, last changed at `time` (seconds). */
async function file(path: string, time: number) {
  await mkdir(join(dir, path, '..'), { recursive: true });
  await writeFile(join(dir, path), path);
  await utimes(join(dir, path), time, time);
}

test('removes the old files nothing names, and the folders that leaves empty', async () => {
  dir = await mkdtemp(join(tmpdir(), 'stale-'));
  await file('en/gone/index.html', 100);
  await file('en/gone/parallel/index.html', 100);
  await file('en/kept/index.html', 100);
  await file('en/new/index.html', 300);
  await file('pagefind/index/en_1.pf_index', 100);
  const removed = await removeStaleFiles(
    dir,
    200_000,
    (path) => path === 'en/kept/index.html' || path.startsWith('pagefind/'),
  );
  expect(removed).toBe(2);
  expect(existsSync(join(dir, 'en/gone'))).toBe(false);
  for (const path of ['en/kept/index.html', 'en/new/index.html', 'pagefind/index/en_1.pf_index']) {
    expect(existsSync(join(dir, path)), path).toBe(true);
  }
});
