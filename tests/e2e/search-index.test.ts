import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, inject, test } from 'vitest';

const builds = [
  ['the build', fileURLToPath(new URL('../../dist/', import.meta.url)), 1],
  ['the sub-path build', inject('subSiteDir'), 3],
] as const;

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

describe.each(builds)('%s', (_name, dir, papers) => {
  test('holds one Pagefind index per language, exactly en and zh-Hans, each with every paper', async () => {
    const entry = JSON.parse(await readFile(join(dir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      version: string;
      languages: Record<string, { page_count: number }>;
    };
    expect(entry.version).toBe('1.6.0');
    // Pagefind keys its indexes by the lower-cased `<html lang>`.
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'zh-hans']);
    expect(entry.languages['en']?.page_count).toBe(papers);
    expect(entry.languages['zh-hans']?.page_count).toBe(papers);
  });

  test('every page, search pages included, says <html lang="en"> or <html lang="zh-Hans">', async () => {
    const files = await htmlFiles(dir);
    expect(files).toEqual(expect.arrayContaining(['en/search/index.html', 'zh/search/index.html']));
    for (const file of files) {
      const html = await readFile(join(dir, file), 'utf8');
      const lang = /<html\b[^>]*\blang="([^"]*)"/i.exec(html)?.[1];
      const expected = file.startsWith('zh/') ? 'zh-Hans' : 'en';
      expect({ file, lang }).toEqual({ file, lang: expected });
    }
  });
});
