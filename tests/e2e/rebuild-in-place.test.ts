import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { siteBuild } from './support/site-build.ts';
import { treeDifferences, treeFiles } from './support/tree-files.ts';

const fixtures = fileURLToPath(new URL('../fixtures/site/abstracts/', import.meta.url));
const papers = ['lancet-2020-395-497', 'nat-med-2023-29-124', 'j-radiol-2021-102-245'];

let work: string;
const content = () => join(work, 'content');
const site = () => join(work, 'site');

/** Builds `content()` into `out` with the cache `cache`; fails with what the build printed. */
async function build(out = site(), cache = join(work, 'cache')): Promise<string> {
  const { code, output } = await siteBuild({ CONTENT_DIR: `${content()}/`, OUT_DIR: out }, cache);
  if (code !== 0) throw new Error(`the build failed:\n${output}`);
  return output;
}

/** How the site rebuilt in place differs from a clean build of the same content. */
async function differencesFromClean(): Promise<string[]> {
  const clean = join(work, `clean-${Date.now()}`);
  await build(clean, `${clean}-cache`);
  return treeDifferences(await treeFiles(site()), await treeFiles(clean));
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'abstract-reader-in-place-'));
  for (const paper of papers.slice(0, 2)) await cp(join(fixtures, `${paper}.md`), join(content(), `${paper}.md`));
  await build();
}, 120_000);
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('a rebuild into the folder of the last build', () => {
  test('with nothing changed, keeps every file as it was and writes no paper’s files again', async () => {
    const before = await treeFiles(site());
    const output = await build();
    expect(treeDifferences(before, await treeFiles(site()))).toEqual([]);
    expect(output).toContain('Wrote the reference files of 0 papers');
    expect(output).toContain('Wrote 0 pages at old addresses');
    expect(output).toContain('Kept the last index');
  }, 120_000);

  test('after a paper is removed, one changed and one added, is the site a clean build makes', async () => {
    await rm(join(content(), `${papers[0]}.md`));
    const changed = join(content(), `${papers[1]}.md`);
    await writeFile(changed, (await readFile(changed, 'utf8')).replace(/^title: .*$/m, 'title: "A title changed"'));
    await cp(join(fixtures, `${papers[2]}.md`), join(content(), `${papers[2]}.md`));
    const output = await build();
    expect(output).toContain('Wrote the reference files of 2 papers');
    expect(output).toMatch(/Removed \d+ files the last build made and this one did not/);
    expect(await differencesFromClean()).toEqual([]);
    expect(await readFile(join(site(), `cite/${papers[1]}.bib`), 'utf8')).toContain('A title changed');
  }, 240_000);

  test('after a build that failed, starts from an empty folder and is the site a clean build makes', async () => {
    await writeFile(join(content(), 'broken.md'), '---\njournal: Nature\ndate: 2020-02-30\n---\n\n# en\n\nA.\n');
    const { code } = await siteBuild({ CONTENT_DIR: `${content()}/`, OUT_DIR: site() }, join(work, 'cache'));
    expect(code).not.toBe(0);
    await rm(join(content(), 'broken.md'));
    const output = await build();
    expect(output).not.toContain('[stale files]');
    expect(await differencesFromClean()).toEqual([]);
  }, 240_000);
});
