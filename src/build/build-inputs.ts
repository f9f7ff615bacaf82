import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The digest of what makes the files of a build besides each paper's data: the site's code (every
 * file below `src/`, so none is missed), its configuration and dependencies (`astro.config.mjs`,
 * the lock file, the patches applied on install) and the address it is built for. Two builds
 * with the same digest make the same files from the same paper.
 */
export async function buildInputsDigest(site: string, base: string): Promise<string> {
  const hash = createHash('sha256').update(`${site}\0${base}\0`);
  const sources = (await readdir(join(root, 'src'), { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(root.length));
  const patches = await readdir(join(root, 'patches')).catch(() => []);
  const files = [...sources, ...patches.map((name) => join('patches', name)), 'astro.config.mjs', 'package-lock.json'];
  for (const name of files.sort()) hash.update(`\0${name}\0`).update(await readFile(join(root, name)));
  return hash.digest('hex');
}
