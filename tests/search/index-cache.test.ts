import { readdir, readFile } from 'node:fs/promises';
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

const documents = [
  {
    lang: 'en',
    documents: [{ url: '/en/a/', html: '<html lang="en"><main data-pagefind-body>Grounded theory</main></html>' }],
  },
  {
    lang: 'zh-Hans',
    documents: [{ url: '/zh/a/', html: '<html lang="zh-Hans"><main data-pagefind-body>扎根 理论</main></html>' }],
  },
] as const;

test('the digest changes with any document the index is made from', async () => {
  const before = await indexInputDigest(documents);
  const [en, zh] = documents;
  const changed = { ...zh, documents: [{ ...zh.documents[0], html: zh.documents[0].html.replace('扎根', '根扎') }] };
  const added = {
    ...en,
    documents: [...en.documents, { url: '/en/b/', html: '<html lang="en">another paper</html>' }],
  };
  const moved = { ...en, documents: [{ ...en.documents[0], url: '/en/b/' }] };
  expect(await indexInputDigest([en, zh])).toBe(before);
  expect(await indexInputDigest([en, changed])).not.toBe(before);
  expect(await indexInputDigest([added, zh])).not.toBe(before);
  expect(await indexInputDigest([moved, zh])).not.toBe(before);
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
  expect(await restoreIndex(dir, join(dir, 'no-cache'), await indexInputDigest(documents))).toBe(false);
  expect(await readdir(dir)).not.toContain('pagefind');
});
