import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { siteBuild } from './support/site-build.ts';
import { useScratchSite } from './support/scratch-site.ts';
import { treeDifferences, treeFiles } from './support/tree-files.ts';

const papers = ['lancet-2020-395-497', 'nat-med-2023-29-124', 'j-radiol-2021-102-245'];

const { work, content, site, cache, addPaper, build } = useScratchSite('abstract-reader-in-place-', papers.slice(0, 2));

/** How the site rebuilt in place differs from a clean build of the same content. */
async function differencesFromClean(): Promise<string[]> {
  const clean = join(work(), `clean-${Date.now()}`);
  await build({ out: clean, cache: `${clean}-cache` });
  return treeDifferences(await treeFiles(site()), await treeFiles(clean));
}

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
    await addPaper(papers[2]!);
    const output = await build();
    expect(output).toContain('Wrote the reference files of 2 papers');
    expect(output).toMatch(/Removed \d+ files the last build made and this one did not/);
    expect(await differencesFromClean()).toEqual([]);
    expect(await readFile(join(site(), `cite/${papers[1]}.bib`), 'utf8')).toContain('A title changed');
  }, 240_000);

  test('after a build that failed, starts from an empty folder and is the site a clean build makes', async () => {
    await writeFile(join(content(), 'broken.md'), '---\njournal: Nature\ndate: 2020-02-30\n---\n\n# en\n\nA.\n');
    const { code } = await siteBuild({ CONTENT_DIR: `${content()}/`, OUT_DIR: site() }, cache());
    expect(code).not.toBe(0);
    await rm(join(content(), 'broken.md'));
    const output = await build();
    expect(output).not.toContain('[stale files]');
    expect(await differencesFromClean()).toEqual([]);
  }, 240_000);
});
