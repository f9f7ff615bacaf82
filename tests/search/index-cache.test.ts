import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { keepIndex, restoreIndex } from '../../src/search/index-cache.ts';
import { indexInputDigest } from '../../src/search/index-input-digest.ts';
import { scratchFolders } from '../support/scratch-folders.ts';
const folder = scratchFolders('index-cache-');

const pages = {
  'en/a/index.html': '<html lang="en"><main data-pagefind-body>Grounded theory</main></html>',
  'zh/a/index.html': '<html lang="zh-Hans"><main data-pagefind-body>扎根理论</main></html>',
};

test('the digest changes with the content store, byte for byte', async () => {
  const cache = await folder({
    'a.json': '{"papers":["a"]}',
    'b.json': '{"papers":["a"]}',
    'c.json': '{"papers":["b"]}',
  });
  const digest = (name: string) => indexInputDigest(join(cache, name));
  expect(await digest('a.json')).toBe(await digest('b.json'));
  expect(await digest('a.json')).not.toBe(await digest('c.json'));
});

test('a restored index shares the kept files: none is written again', async () => {
  const built = await folder({
    ...pages,
    'pagefind/pagefind-entry.json': '{"languages":{}}',
    'pagefind/fragment/a.pf_fragment': 'y',
  });
  const cache = join(await folder({}), 'search-index');
  await keepIndex(built, cache, 'digest-1');
  const next = await folder(pages);
  expect(await restoreIndex(next, cache, 'digest-1')).toBe(true);
  const kept = await stat(join(cache, 'pagefind/fragment/a.pf_fragment'));
  const restored = await stat(join(next, 'pagefind/fragment/a.pf_fragment'));
  expect(restored.ino).toBe(kept.ino);
  expect(await readFile(join(next, 'pagefind/fragment/a.pf_fragment'), 'utf8')).toBe('y');
});

test('the kept index left in the output folder by the last build stays as it is', async () => {
  const built = await folder({ ...pages, 'pagefind/pagefind-entry.json': '{"languages":{}}' });
  const cache = join(await folder({}), 'search-index');
  await keepIndex(built, cache, 'digest-1');
  const before = await stat(join(built, 'pagefind'));
  expect(await restoreIndex(built, cache, 'digest-1')).toBe(true);
  expect((await stat(join(built, 'pagefind'))).ino).toBe(before.ino);
  expect(await readdir(built)).toEqual(['en', 'pagefind', 'zh']);
});

test('a kept index is restored, file for file, only for pages with the digest it was made from', async () => {
  const built = await folder({
    ...pages,
    'pagefind/pagefind-entry.json': '{"languages":{}}',
    'pagefind/en_1.pf_index': 'x',
  });
  const cache = join(await folder({}), 'search-index');
  await keepIndex(built, cache, 'digest-1');

  const next = await folder({ ...pages, 'pagefind/stale.pf_fragment': 'from an older index' });
  expect(await restoreIndex(next, cache, 'digest-2')).toBe(false);
  expect(await readdir(join(next, 'pagefind'))).toEqual(['stale.pf_fragment']);

  expect(await restoreIndex(next, cache, 'digest-1')).toBe(true);
  expect((await readdir(join(next, 'pagefind'))).sort()).toEqual(['en_1.pf_index', 'pagefind-entry.json']);
  expect(await readFile(join(next, 'pagefind/en_1.pf_index'), 'utf8')).toBe('x');
  expect((await readdir(next)).filter((name) => name.includes('restore'))).toEqual([]);
});

test('nothing is restored before any index was kept', async () => {
  const dir = await folder(pages);
  expect(await restoreIndex(dir, join(dir, 'no-cache'), 'digest-1')).toBe(false);
  expect(await readdir(dir)).not.toContain('pagefind');
});
