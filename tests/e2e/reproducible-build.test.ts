import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, test } from 'vitest';
import { siteBuild } from './support/site-build.ts';
import { treeDifferences, treeFiles } from './support/tree-files.ts';

const content = fileURLToPath(new URL('../fixtures/site/abstracts/', import.meta.url));
let work: string | undefined;
afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

test('two clean builds of the same content are byte for byte the same', { timeout: 300_000 }, async () => {
  work = await mkdtemp(join(tmpdir(), 'abstract-reader-twice-'));
  const builds: Map<string, Buffer>[] = [];
  for (const name of ['first', 'second']) {
    const { code, output } = await siteBuild(
      { CONTENT_DIR: content, OUT_DIR: join(work, name), BASE: '/fixture-site/' },
      join(work, `cache-${name}`),
    );
    expect(code, output).toBe(0);
    builds.push(await treeFiles(join(work, name)));
  }
  const [first, second] = builds as [Map<string, Buffer>, Map<string, Buffer>];
  expect(first.size).toBeGreaterThan(10);
  expect(treeDifferences(first, second)).toEqual([]);
});
