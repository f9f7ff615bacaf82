import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { paperDocumentFiles, keepPaperDocuments, writePaperDocuments } from '../../src/search/search-documents.ts';
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

test('a paper’s search documents are written as <url>index.html, one per paper page, for Pagefind to read', async () => {
  const documents = await folder({});
  writePaperDocuments(documents, 'paper-a', data);
  expect((await readdir(documents, { recursive: true })).sort()).toEqual([
    'en',
    'en/paper-a',
    'en/paper-a/index.html',
    'zh',
    'zh/paper-a',
    'zh/paper-a/index.html',
  ]);
  expect(paperDocumentFiles(documents, 'paper-a')).toEqual([
    join(documents, 'en/paper-a/index.html'),
    join(documents, 'zh/paper-a/index.html'),
  ]);
  expect(await readFile(join(documents, 'en/paper-a/index.html'), 'utf8')).toContain('<p>Grounded theory.</p>');
  expect(await readFile(join(documents, 'zh/paper-a/index.html'), 'utf8')).toContain('<p>扎根 理论 方法。</p>');
});

test('the documents of papers not in the content go, and no other paper’s', async () => {
  const documents = await folder({});
  writePaperDocuments(documents, 'paper-a', data);
  writePaperDocuments(documents, 'paper-b', data);
  keepPaperDocuments(documents, new Set(['paper-b', 'paper-c']));
  expect((await readdir(documents, { recursive: true })).sort()).toEqual([
    'en',
    'en/paper-b',
    'en/paper-b/index.html',
    'zh',
    'zh/paper-b',
    'zh/paper-b/index.html',
  ]);
});

test('a folder with no documents yet is left as it is', async () => {
  const documents = await folder({});
  keepPaperDocuments(documents, new Set(['paper-a']));
  expect(await readdir(documents)).toEqual([]);
});
