import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { indexInputDigest, keepIndex, restoreIndex } from '../../src/search/index-cache.ts';
import { scratchFolders } from '../support/scratch-folders.ts';
const folder = scratchFolders('index-cache-');

const pages = {
  'en/a/index.html': '<html lang="en"><main data-pagefind-body>Grounded theory</main></html>',
  'zh/a/index.html': '<html lang="zh-Hans"><main data-pagefind-body>扎根理论</main></html>',
  'a/index.html': '<html lang="en">language-less, not indexed</html>',
  'en/a/parallel/index.html': '<html lang="en">side by side, not indexed</html>',
};

test('the digest changes with any page the index reads, and with no other file', async () => {
  const before = await indexInputDigest(await folder(pages));
  const notRead = await folder({ ...pages, 'a/index.html': 'changed', 'en/a/parallel/index.html': 'changed' });
  const read = await folder({ ...pages, 'zh/a/index.html': pages['zh/a/index.html'].replace('扎根', '根扎') });
  const added = await folder({ ...pages, 'en/b/index.html': '<html lang="en">another paper</html>' });
  expect(await indexInputDigest(notRead)).toBe(before);
  expect(await indexInputDigest(read)).not.toBe(before);
  expect(await indexInputDigest(added)).not.toBe(before);
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
  expect(await restoreIndex(dir, join(dir, 'no-cache'), await indexInputDigest(dir))).toBe(false);
  expect(await readdir(dir)).not.toContain('pagefind');
});
