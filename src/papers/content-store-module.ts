import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The virtual module Astro's pages read the content store from, as Vite resolves its id. */
export const contentStoreModuleId = '\0astro:data-layer-content';

/** The file the content layer writes the store to, in Astro's cache folder. */
const storeFileName = 'data-store.json';

/**
 * The content store module's code for a build: it reads the store Astro wrote (`file`) when the
 * pages are rendered, where Astro's own module holds the whole store as one string literal. At
 * 10,000 papers that literal is 118 million characters: V8 reads a literal in time that grows with
 * its square, and Vite carries it through its bundling: at 10,000 papers, Vite took 20 to 25 s
 * and the pages 94 to 250 s with it, 5 to 17 s and 82 to 155 s without (back to back, a busy
 * machine). The value is the same: the parsed JSON, which Astro unflattens itself.
 */
export function contentStoreModule(file: string): string {
  if (!existsSync(file)) return 'export default new Map();';
  return [
    "import { readFileSync } from 'node:fs';",
    `export default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));`,
  ].join('\n');
}

/**
 * Has `astro build` load the content store from its file (see {@link contentStoreModule}).
 * `astro dev` keeps Astro's own module, which it reloads when the store changes. The build fails
 * if the store module never went through this plugin: Astro has renamed it, and the builds would
 * quietly be slow again.
 */
export function contentStoreFromFile(): AstroIntegration {
  let file = '';
  let loaded = false;
  return {
    name: 'abstract-reader:content-store-from-file',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        file = fileURLToPath(new URL(storeFileName, config.cacheDir));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'abstract-reader:content-store-from-file',
                // Before Astro's own load hook, which would otherwise read the store, parse it
                // to check it and quote it whole (seconds at 10,000 papers) for nothing.
                load: {
                  order: 'pre',
                  filter: { id: new RegExp(`^${contentStoreModuleId}$`) },
                  handler(id) {
                    if (id !== contentStoreModuleId) return undefined;
                    loaded = true;
                    return { code: contentStoreModule(file), map: null };
                  },
                },
              },
            ],
          },
        });
      },
      'astro:build:done': () => {
        if (!loaded) {
          throw new Error(
            `The content store module (${JSON.stringify(contentStoreModuleId)}) was not loaded from ${file}: ` +
              'has Astro renamed it? See src/papers/content-store-module.ts.',
          );
        }
      },
    },
  };
}
