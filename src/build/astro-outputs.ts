import { readFile, writeFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The file, in Astro's cache folder, listing the files Astro's last build made from its routes. */
const outputsFile = 'astro-outputs.json';

/**
 * Lists, at the end of `astro build`, every file Astro made from a route (below the output
 * folder, `en/<slug>/index.html`), those its incremental build left in place as well as those it
 * wrote: a rebuild into the folder of the last build (`scripts/build.ts`) keeps what this lists
 * and removes the files of the last build that nothing made again (`stale-files.ts`).
 */
export function astroOutputs(): AstroIntegration {
  let cacheDir: URL;
  return {
    name: 'abstract-reader:astro-outputs',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = config.cacheDir;
      },
      'astro:build:done': async ({ dir, assets }) => {
        const root = fileURLToPath(dir);
        const files = [...assets.values()].flat().map((file) => relative(root, fileURLToPath(file)));
        await writeFile(new URL(outputsFile, cacheDir), JSON.stringify(files.sort()));
      },
    },
  };
}

/** The files {@link astroOutputs} listed for Astro's last build with the cache folder `cacheDir`. */
export async function readAstroOutputs(cacheDir: string): Promise<string[]> {
  const file = `${cacheDir}/${outputsFile}`;
  const files = JSON.parse(await readFile(file, 'utf8')) as unknown;
  if (!Array.isArray(files) || !files.every((name) => typeof name === 'string')) {
    throw new Error(`${file}: expected the list of files Astro wrote`);
  }
  return files;
}
