import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import type { CslItem } from '../../src/citations/csl-item.ts';
import { claimLastBuild, itemDigests, recordBuild, sameAsLastBuild } from '../../src/build/last-build.ts';

let cache: string;
afterEach(async () => {
  await rm(cache, { recursive: true, force: true });
});

const item = (id: string, title: string) => ({ id, title, type: 'article-journal' }) as unknown as CslItem;

test('a build’s record is read once, by a build into the same folder', async () => {
  cache = await mkdtemp(join(tmpdir(), 'last-build-'));
  await recordBuild(cache, { outDir: cache, inputs: 'x', items: {} });
  expect(await claimLastBuild(cache, join(cache, 'elsewhere'))).toBeUndefined();
  await recordBuild(cache, { outDir: cache, inputs: 'x', items: {} });
  expect(await claimLastBuild(cache, cache)).toMatchObject({ outDir: cache, inputs: 'x' });
  expect(existsSync(join(cache, 'last-build.json'))).toBe(false);
  expect(await claimLastBuild(cache, cache)).toBeUndefined();
});

test('a record cut short is no record', async () => {
  cache = await mkdtemp(join(tmpdir(), 'last-build-'));
  await writeFile(join(cache, 'last-build.json'), '{"outDir":');
  expect(await claimLastBuild(cache, cache)).toBeUndefined();
});

test('a paper’s files are the last build’s when the code and its item are', () => {
  const before = [item('a', 'A'), item('b', 'B')];
  const after = [item('a', 'A'), item('b', 'B2'), item('c', 'C')];
  const last = { outDir: '/site', inputs: 'code', items: itemDigests(before) };
  const same = sameAsLastBuild(last, 'code', itemDigests(after));
  expect(after.map(same)).toEqual([true, false, false]);
  expect(after.map(sameAsLastBuild(last, 'other code', itemDigests(after)))).toEqual([false, false, false]);
  expect(after.map(sameAsLastBuild(undefined, 'code', itemDigests(after)))).toEqual([false, false, false]);
});
