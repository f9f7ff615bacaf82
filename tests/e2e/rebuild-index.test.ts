import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { siteBuild } from './support/site-build.ts';

const fixtures = fileURLToPath(new URL('../fixtures/site/abstracts/', import.meta.url));
const papers = ['lancet-2020-395-497', 'nat-med-2023-29-124', 'j-radiol-2021-102-245'];

let work: string;
const content = () => join(work, 'content');
const cache = () => join(work, 'cache');

/** Builds the scratch site with its own cache, `env` added; fails with what the build printed. */
async function build(env: Record<string, string> = {}): Promise<string> {
  const { code, output } = await siteBuild(
    { CONTENT_DIR: `${content()}/`, OUT_DIR: join(work, 'site'), ...env },
    cache(),
  );
  if (code !== 0) throw new Error(`the build failed:\n${output}`);
  return output;
}

/** The papers Pagefind indexed in each language, as its entry file counts them. */
async function indexedPages(): Promise<Record<string, number>> {
  const entry = JSON.parse(await readFile(join(work, 'site/pagefind/pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.fromEntries(Object.entries(entry.languages).map(([lang, { page_count }]) => [lang, page_count]));
}

/** The pages whose search documents the content loader keeps in the cache, by URL. */
async function documents(): Promise<string[]> {
  const files = await readdir(join(cache(), 'search-documents'), { recursive: true });
  return files.filter((file) => file.endsWith('index.html')).sort();
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'abstract-reader-rebuild-'));
  for (const paper of papers.slice(0, 2)) await cp(join(fixtures, `${paper}.md`), join(content(), `${paper}.md`));
  await build();
}, 120_000);
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('the search index of a rebuilt site', () => {
  test('holds every paper of a first build', async () => {
    expect(await indexedPages()).toEqual({ en: 2, 'zh-hans': 2 });
  });

  test('drops a removed paper, its documents with it', async () => {
    await rm(join(content(), `${papers[0]}.md`));
    await build();
    expect(await indexedPages()).toEqual({ en: 1, 'zh-hans': 1 });
    expect(await documents()).toEqual([`en/${papers[1]}/index.html`, `zh/${papers[1]}/index.html`]);
  }, 120_000);

  test('holds an unchanged paper whose documents were lost from the cache, beside an added one', async () => {
    await rm(join(cache(), 'search-documents/zh'), { recursive: true });
    await cp(join(fixtures, `${papers[2]}.md`), join(content(), `${papers[2]}.md`));
    await build();
    expect(await indexedPages()).toEqual({ en: 2, 'zh-hans': 2 });
    expect(await documents()).toEqual(
      [papers[1], papers[2]].flatMap((paper) => [`en/${paper}/index.html`, `zh/${paper}/index.html`]).sort(),
    );
  }, 120_000);

  test('of other content built with the same cache holds only that content’s papers', async () => {
    // Under another base too: Astro then empties its content store, which no longer names the
    // papers of the last build.
    const other = join(work, 'other-content');
    await cp(join(fixtures, `${papers[0]}.md`), join(other, `${papers[0]}.md`));
    await build({ CONTENT_DIR: `${other}/`, BASE: '/other/' });
    expect(await indexedPages()).toEqual({ en: 1, 'zh-hans': 1 });
    expect(await documents()).toEqual([`en/${papers[0]}/index.html`, `zh/${papers[0]}/index.html`]);
  }, 120_000);
});
