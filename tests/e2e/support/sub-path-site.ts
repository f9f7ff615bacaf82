import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { siteBuild } from './site-build.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** The base the second site is built under, as a deployment under a sub-path would set it. */
export const subPathBase = '/sub/';

/**
 * The policy the sub-path site is served with: scripts only from the site itself, and
 * WebAssembly (Pagefind's search) allowed to compile. No inline script can run under it.
 */
export const contentSecurityPolicy = "script-src 'self' 'wasm-unsafe-eval'";

/**
 * Builds the site with `BASE=/sub/` into a temporary folder, from `content/abstracts/` plus the
 * search fixtures (`tests/fixtures/search-papers/`), so filters have several values to narrow.
 * The build is the project's own, index included; its output is shown if it fails.
 */
export async function buildSubPathSite(): Promise<{ dir: string; remove(): Promise<void> }> {
  const work = await mkdtemp(join(tmpdir(), 'abstract-reader-sub-'));
  const content = join(work, 'content/');
  const out = join(work, 'site/');
  await cp(join(root, 'content/abstracts/'), content, { recursive: true });
  await cp(join(root, 'tests/fixtures/search-papers/'), content, {
    recursive: true,
    filter: (source) => !source.endsWith('README.md'),
  });
  const { code, output } = await siteBuild({ BASE: subPathBase, OUT_DIR: out, CONTENT_DIR: content });
  const remove = () => rm(work, { recursive: true, force: true });
  if (code !== 0) {
    await remove();
    throw new Error(`Building the sub-path site failed (exit ${code}):\n${output}`);
  }
  return { dir: out, remove };
}
