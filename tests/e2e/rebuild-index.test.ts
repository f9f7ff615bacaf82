import { cp, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { useScratchSite } from './support/scratch-site.ts';

const fixtures = fileURLToPath(new URL('../fixtures/site/abstracts/', import.meta.url));
const papers = ['lancet-2020-395-497', 'nat-med-2023-29-124', 'j-radiol-2021-102-245'];

const { work, content, site, cache, addPaper, build } = useScratchSite('abstract-reader-rebuild-', papers.slice(0, 2));

/** The papers Pagefind indexed in each language, as its entry file counts them. */
async function indexedPages(): Promise<Record<string, number>> {
  const entry = JSON.parse(await readFile(join(site(), 'pagefind/pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.fromEntries(Object.entries(entry.languages).map(([lang, { page_count }]) => [lang, page_count]));
}

/** The pages whose search documents the content loader keeps in the cache, by URL. */
async function documents(): Promise<string[]> {
  const files = await readdir(join(cache(), 'search-documents'), { recursive: true });
  return files.filter((file) => file.endsWith('index.html')).sort();
}

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
    await addPaper(papers[2]!);
    await build();
    expect(await indexedPages()).toEqual({ en: 2, 'zh-hans': 2 });
    expect(await documents()).toEqual(
      [papers[1], papers[2]].flatMap((paper) => [`en/${paper}/index.html`, `zh/${paper}/index.html`]).sort(),
    );
  }, 120_000);

  test('of other content built with the same cache holds only that content’s papers', async () => {
    // Under another base too: Astro then empties its content store, which no longer names the
    // papers of the last build.
    const other = join(work(), 'other-content');
    await cp(join(fixtures, `${papers[0]}.md`), join(other, `${papers[0]}.md`));
    await build({ env: { CONTENT_DIR: `${other}/`, BASE: '/other/' } });
    expect(await indexedPages()).toEqual({ en: 1, 'zh-hans': 1 });
    expect(await documents()).toEqual([`en/${papers[0]}/index.html`, `zh/${papers[0]}/index.html`]);
  }, 120_000);
});
