import { join } from 'node:path';
import { stringify } from 'devalue';
import { expect, test } from 'vitest';
import { readPapers } from '../../src/search/content-store.ts';
import { scratchFolders } from '../support/scratch-folders.ts';
const folder = scratchFolders('content-store-');

test('the papers of the store Astro wrote, by slug, whatever order it kept them in', async () => {
  const entry = (id: string) => [id, { id, data: { journal: 'Nature' }, digest: '1', filePath: `${id}.md` }] as const;
  const store = new Map([
    ['abstracts', new Map([entry('b-paper'), entry('a-paper')])],
    ['other', new Map()],
  ]);
  const dir = await folder({ 'data-store.json': stringify(store) });
  expect(await readPapers(join(dir, 'data-store.json'))).toEqual([
    { id: 'a-paper', data: { journal: 'Nature' } },
    { id: 'b-paper', data: { journal: 'Nature' } },
  ]);
});

test('no store, or a store without the papers, is an error naming the file', async () => {
  const dir = await folder({ 'data-store.json': stringify(new Map([['other', new Map()]])) });
  await expect(readPapers(join(dir, 'missing.json'))).rejects.toThrow(
    `No content store at ${join(dir, 'missing.json')}: run astro build first`,
  );
  await expect(readPapers(join(dir, 'data-store.json'))).rejects.toThrow(
    `The content store ${join(dir, 'data-store.json')} holds no "abstracts" collection`,
  );
});
