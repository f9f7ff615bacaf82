import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'devalue';
import { expect, test } from 'vitest';
import { writeSearchDocuments } from '../../src/search/search-documents.ts';
import { scratchFolders } from '../support/scratch-folders.ts';
const folder = scratchFolders('search-documents-');

const abstract = (html: string) => ({ parts: [{ html }], sections: [], text: '' });
const data = {
  journal: 'J Transl Med',
  date: { year: 2020 },
  affiliations: [],
  keywords: [],
  mesh: [],
  publicationTypes: [],
  notices: [],
  related: [],
  abstracts: { en: abstract('<p>Grounded theory.</p>'), 'zh-Hans': abstract('<p>扎根理论方法。</p>') },
};
const store = stringify(new Map([['abstracts', new Map([['paper-a', { id: 'paper-a', data, digest: '1' }]])]]));

test('every paper page’s document is written as <url>index.html, for Pagefind to read', async () => {
  const cache = await folder({ 'data-store.json': store });
  const documents = join(cache, 'documents');
  const writing = writeSearchDocuments({ storeFile: join(cache, 'data-store.json'), folder: documents });
  await writing.written('en');
  // The English documents are there before the worker has ended, for Pagefind to start on.
  expect(await readFile(join(documents, 'en/paper-a/index.html'), 'utf8')).toContain('<p>Grounded theory.</p>');
  expect(await writing.finished).toBe(2);
  expect((await readdir(documents, { recursive: true })).sort()).toEqual([
    'en',
    'en/paper-a',
    'en/paper-a/index.html',
    'zh',
    'zh/paper-a',
    'zh/paper-a/index.html',
  ]);
  expect(await readFile(join(documents, 'zh/paper-a/index.html'), 'utf8')).toContain('<p>扎根 理论 方法。</p>');
});

test('a missing store fails, naming it and why', async () => {
  const cache = await folder({});
  const storeFile = join(cache, 'data-store.json');
  const writing = writeSearchDocuments({ storeFile, folder: join(cache, 'documents') });
  await expect(writing.written('zh-Hans')).rejects.toThrow(`Could not make the search documents from ${storeFile}`);
  const failure = await writing.finished.catch((error: unknown) => error as Error);
  expect(failure).toBeInstanceOf(Error);
  expect((failure as Error).message).toBe(`Could not make the search documents from ${storeFile}`);
  expect(((failure as Error).cause as Error).message).toBe(`No content store at ${storeFile}: run astro build first`);
});
