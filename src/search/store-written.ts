import type { AstroIntegration } from 'astro';

/** What `astro build` tells the build script once the content store is written. */
export const storeWrittenMessage = 'abstract-reader:content-store-written';

/**
 * Tells the build script (`scripts/build.ts`, which runs `astro build` as its child, with a
 * channel to it) that the content store is written, so the search index, which is made from the
 * store, is made while Astro bundles and renders the pages rather than after. Astro writes the
 * store, and waits until it is on disk, before `astro:build:start`. Run any other way, there is
 * nobody to tell.
 */
export function announceStoreWritten(): AstroIntegration {
  return {
    name: 'abstract-reader:store-written',
    hooks: {
      'astro:build:start': () => {
        process.send?.(storeWrittenMessage);
      },
    },
  };
}
