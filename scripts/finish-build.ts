/**
 * The second step of `npm run build`, on the site `astro build` has just written (`dist/`, or
 * `OUT_DIR`): writes each paper's reference files and indexes the site with Pagefind, the two
 * at once (Pagefind indexes in a process of its own, on one core). It runs after Astro's
 * process has ended, so the build's peak memory is the larger of the two steps, not their sum.
 *
 *   node scripts/finish-build.ts
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeReferenceFiles } from '../src/integrations/reference-files.ts';
import { buildSearchIndex } from '../src/integrations/search-index.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const dir = resolve(root, process.env['OUT_DIR'] ?? 'dist');

/** Runs one part of the step, printing what it did and how long it took, or why it failed. */
async function part(name: string, run: () => Promise<string>): Promise<boolean> {
  const started = performance.now();
  try {
    console.log(`[${name}] ${await run()} in ${Math.round(performance.now() - started)} ms.`);
    return true;
  } catch (error) {
    const { message, cause } = error as Error;
    console.error(`[${name}] ${message} (${dir})${cause instanceof Error ? `:\n${cause.message}` : ''}`);
    return false;
  }
}

const done = await Promise.all([
  part('reference files', async () => {
    const papers = await writeReferenceFiles(dir);
    return `Wrote the reference files of ${papers} ${papers === 1 ? 'paper' : 'papers'}`;
  }),
  part('search index', async () => `Read ${await buildSearchIndex(dir)} pages and wrote the index`),
]);
if (done.includes(false)) process.exitCode = 1;
