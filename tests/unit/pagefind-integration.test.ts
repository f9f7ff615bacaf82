import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { afterEach, expect, test } from 'vitest';
import { pagefindIntegration } from '../../src/integrations/pagefind.ts';

const folders: string[] = [];
afterEach(async () => {
  await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
});

/** Runs the integration's end-of-build hook on `dir`, as `astro build` does; returns what it logged. */
async function buildDone(dir: string): Promise<string[]> {
  const logged: string[] = [];
  const logger = { info: (message: string) => logged.push(message) } as unknown as AstroIntegrationLogger;
  const hook = pagefindIntegration().hooks['astro:build:done'];
  if (!hook) throw new Error('the integration has no astro:build:done hook');
  await hook({ dir: pathToFileURL(`${dir}/`), logger, pages: [], assets: new Map() });
  return logged;
}

async function site(pages: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'pagefind-integration-'));
  folders.push(dir);
  for (const [path, html] of Object.entries(pages)) {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), html);
  }
  return dir;
}

test('a build’s paper pages are indexed into <outDir>/pagefind/, one index per <html lang>, other pages unread', async () => {
  const dir = await site({
    'en/a/index.html': '<html lang="en"><body><main data-pagefind-body><h1>Grounded theory</h1></main></body></html>',
    'zh/a/index.html': '<html lang="zh-Hans"><body><main data-pagefind-body><h1>扎根理论</h1></main></body></html>',
    'index.html': '<html lang="en"><body><p>Not indexed: no data-pagefind-body.</p></body></html>',
    'en/a/parallel/index.html': '<html lang="en"><body><main data-pagefind-body><h1>Not read</h1></main></body></html>',
    'a/index.html': '<html lang="en"><body><main data-pagefind-body><h1>Not read</h1></main></body></html>',
  });
  const logged = await buildDone(dir);
  const entry = JSON.parse(await readFile(join(dir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  expect(Object.fromEntries(Object.entries(entry.languages).map(([lang, index]) => [lang, index.page_count]))).toEqual({
    en: 1,
    'zh-hans': 1,
  });
  expect(logged).toEqual([expect.stringMatching(/^Read 2 pages and wrote the index in \d+ ms\.$/)]);
});

test('a build Pagefind cannot index fails, with Pagefind’s reason as the cause', async () => {
  const dir = await site({});
  const failure = await buildDone(dir).then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(failure).toBeInstanceOf(Error);
  expect((failure as Error).message).toBe('Pagefind could not index the built site');
  expect(((failure as Error).cause as Error).message).toBe(`Pagefind found no pages to index in ${dir}/`);
});
