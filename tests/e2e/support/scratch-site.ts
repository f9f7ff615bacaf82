import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll } from 'vitest';
import { siteBuild } from './site-build.ts';

const fixtures = fileURLToPath(new URL('../../fixtures/site/abstracts/', import.meta.url));

/** A site of its own for a test file's rebuilds: its content folder, output folder and cache. */
export interface ScratchSite {
  /** The folder holding the rest, removed after the file's tests. */
  work: () => string;
  content: () => string;
  site: () => string;
  cache: () => string;
  /** Copies the fixture paper `paper` (tests/fixtures/site/abstracts/<paper>.md) into the content. */
  addPaper: (paper: string) => Promise<void>;
  /**
   * Builds the content, with `env` added, into the site folder (or `out`, with the cache `cache`);
   * fails with what the build printed.
   */
  build: (options?: { env?: Record<string, string>; out?: string; cache?: string }) => Promise<string>;
}

/** A scratch site holding the fixture papers `papers`, built once before the file's tests. */
export function useScratchSite(prefix: string, papers: readonly string[]): ScratchSite {
  let work = '';
  const scratch: ScratchSite = {
    work: () => work,
    content: () => join(work, 'content'),
    site: () => join(work, 'site'),
    cache: () => join(work, 'cache'),
    addPaper: (paper) => cp(join(fixtures, `${paper}.md`), join(scratch.content(), `${paper}.md`)),
    build: async ({ env = {}, out = scratch.site(), cache = scratch.cache() } = {}) => {
      const { code, output } = await siteBuild({ CONTENT_DIR: `${scratch.content()}/`, OUT_DIR: out, ...env }, cache);
      if (code !== 0) throw new Error(`the build failed:\n${output}`);
      return output;
    },
  };
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), prefix));
    for (const paper of papers) await scratch.addPaper(paper);
    await scratch.build();
  }, 120_000);
  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });
  return scratch;
}
