import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { buildSearchIndex } from '../../src/search/index-site.ts';
import { scratchFolders } from '../support/scratch-folders.ts';
const site = scratchFolders('pagefind-integration-');

test('the documents are indexed into <outDir>/pagefind/, one index per language, replacing the last', async () => {
  const dir = await site({ 'pagefind/from-an-earlier-build.pf_fragment': 'stale' });
  const documents = await site({
    'en/a/index.html': '<html lang="en"><body><main data-pagefind-body><h1>Grounded theory</h1></main></body></html>',
    'zh/a/index.html': '<html lang="zh-Hans"><body><main data-pagefind-body><h1>扎根 理论</h1></main></body></html>',
  });
  expect(await buildSearchIndex(dir, documents)).toBe(2);
  expect(await readdir(join(dir, 'pagefind'))).not.toContain('from-an-earlier-build.pf_fragment');
  const entry = JSON.parse(await readFile(join(dir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  expect(Object.fromEntries(Object.entries(entry.languages).map(([lang, index]) => [lang, index.page_count]))).toEqual({
    en: 1,
    'zh-hans': 1,
  });
  expect(await readdir(dir)).toEqual(['pagefind']);
});

test('an index Pagefind cannot build fails, with the reason as the cause, and keeps the last index', async () => {
  const dir = await site({ 'pagefind/pagefind-entry.json': '{}' });
  const documents = await site({});
  const failure = await buildSearchIndex(dir, documents).then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(failure).toBeInstanceOf(Error);
  expect((failure as Error).message).toBe('Pagefind could not index the site');
  expect(((failure as Error).cause as Error).message).toBe(`Pagefind found no pages to index in ${documents}`);
  expect(await readdir(dir)).toEqual(['pagefind']);
  expect(await readFile(join(dir, 'pagefind/pagefind-entry.json'), 'utf8')).toBe('{}');
});
