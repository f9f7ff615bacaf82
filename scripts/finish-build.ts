/**
 * The second step of `npm run build`: indexes the site `astro build` has just written (`dist/`,
 * or `OUT_DIR`) with Pagefind. It runs as a process of its own, after Astro's has ended, so
 * the build's peak memory is the larger of the two steps, not their sum.
 *
 *   node scripts/build-search-index.ts
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSearchIndex } from '../src/integrations/search-index.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const dir = resolve(root, process.env['OUT_DIR'] ?? 'dist');
const started = performance.now();
try {
  const pages = await buildSearchIndex(dir);
  console.log(
    `[search index] Read ${pages} pages and wrote the index in ${Math.round(performance.now() - started)} ms.`,
  );
} catch (error) {
  const { message, cause } = error as Error;
  console.error(`[search index] ${message} (${dir}):\n${cause instanceof Error ? cause.message : String(cause)}`);
  process.exitCode = 1;
}
