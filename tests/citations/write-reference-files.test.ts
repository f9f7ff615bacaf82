import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { readReferenceCollection, writeReferenceFiles } from '../../src/citations/write-reference-files.ts';
import { paperCslItem } from '../../src/citations/csl-item.ts';
import { referenceCollectionFile } from '../../src/lib/paths.ts';
import { referenceFiles } from '../../src/citations/reference-files.ts';
import { contentFiles, loadPaper } from '../support/papers.ts';

const folders: string[] = [];
afterEach(async () => {
  await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
});

/** A built site holding only the collection file, with `items` in it. */
async function site(items: unknown): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'reference-files-'));
  folders.push(dir);
  await mkdir(join(dir, referenceCollectionFile, '..'), { recursive: true });
  await writeFile(join(dir, referenceCollectionFile), JSON.stringify(items));
  return dir;
}

test('every paper of the collection gets its .bib, .ris and .json, as the dev server serves them', async () => {
  const papers = await Promise.all(contentFiles.map(loadPaper));
  const items = papers.map((paper) => paperCslItem(paper.slug, paper.data));
  const dir = await site(items);
  expect(await writeReferenceFiles(dir, await readReferenceCollection(dir))).toBe(papers.length);
  expect((await readdir(join(dir, 'cite'))).sort()).toEqual(
    [...papers.flatMap((paper) => ['bib', 'ris', 'json'].map((ext) => `${paper.slug}.${ext}`)), 'all'].sort(),
  );
  for (const item of items) {
    for (const [ext, { write }] of Object.entries(referenceFiles)) {
      expect(await readFile(join(dir, 'cite', `${item.id}.${ext}`), 'utf8')).toBe(write(item));
    }
  }
});

test('an item without a slug for its id is refused, naming the file and the item, and nothing is written', async () => {
  const papers = await Promise.all(contentFiles.map(loadPaper));
  const [first] = papers.map((paper) => paperCslItem(paper.slug, paper.data));
  const dir = await site([first, { ...first, id: '../escaped' }]);
  await expect(readReferenceCollection(dir)).rejects.toThrow(
    `${join(dir, referenceCollectionFile)}: item 2: id: expected a paper's slug, got "../escaped"`,
  );
  expect(await readdir(join(dir, 'cite'))).toEqual(['all']);
});

test('a collection that is not a list is refused', async () => {
  const dir = await site({ id: 'a' });
  await expect(readReferenceCollection(dir)).rejects.toThrow(
    `${join(dir, referenceCollectionFile)}: expected a list of CSL-JSON items`,
  );
});
