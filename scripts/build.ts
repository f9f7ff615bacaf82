/**
 * `npm run build`: the one build command, used by package.json, the tests and the benchmark.
 *
 * 1. `astro build` writes the site (`dist/`, or `OUT_DIR`), in a process of its own;
 * 2. once that process has ended, this one writes each paper's reference files and the pages at
 *    its old addresses (src/routes/old-addresses.ts), and indexes the papers with Pagefind, all
 *    at once (Pagefind indexes in a process of its own, on one core), from the content store
 *    Astro left in its cache folder; when the documents the index is made from are those of the
 *    last build, the last index is copied instead (src/search/index-cache.ts).
 *
 * When the last build into the same folder finished (src/build/last-build.ts), the folder is kept
 * and built again in place: Astro leaves the pages it would only copy from its cache, the papers
 * whose item and code are unchanged keep their reference files and old addresses, the kept index
 * stays, and what the last build made and this one did not is removed at the end
 * (src/build/stale-files.ts). Otherwise the build starts from an empty folder.
 *
 * Astro's memory is given back before Pagefind takes its own, so the build's peak is the larger
 * of the two steps, not their sum. Each part prints `[part] ... in N ms.`, which the benchmark
 * reads to split its figures by phase.
 *
 *   node scripts/build.ts
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, renameSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readAstroOutputs } from '../src/build/astro-outputs.ts';
import { buildInputsDigest } from '../src/build/build-inputs.ts';
import { claimLastBuild, itemDigests, recordBuild, sameAsLastBuild } from '../src/build/last-build.ts';
import { removeStaleFiles } from '../src/build/stale-files.ts';
import type { CslItem } from '../src/citations/csl-item.ts';
import {
  readReferenceCollection,
  referenceFileNames,
  writeReferenceFiles,
} from '../src/citations/write-reference-files.ts';
import { pagefindDir } from '../src/lib/paths.ts';
import { base, site } from '../src/lib/site-address.ts';
import { oldAddressFiles, writeOldAddresses } from '../src/routes/old-addresses.ts';
import { indexSite } from '../src/search/index-cache.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const dir = resolve(root, process.env['OUT_DIR'] ?? 'dist');
const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
// Astro's cache folder (astro.config.mjs): the content store the search index is made from, and
// where the last index is kept.
const astroCache = resolve(root, process.env['CACHE_DIR'] ?? 'node_modules/.astro');

/** Runs one part of the build, printing what it did and how long it took, or why it failed. */
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

/**
 * `astro build` in a child process sharing this one's output, told to keep the output folder
 * when `inPlace` (astro.config.mjs); fails with its exit code.
 */
function astroBuild(inPlace: boolean): Promise<string> {
  return new Promise((done, fail) => {
    const env = { ...process.env, KEEP_OUT_DIR: inPlace ? '1' : '' };
    const child = spawn(process.execPath, [astro, 'build'], { cwd: root, stdio: 'inherit', env });
    child.on('error', fail);
    child.on('close', (code) =>
      code === 0 ? done(`Wrote the site to ${dir}`) : fail(new Error(`astro build exited with ${code}`)),
    );
  });
}

/**
 * Astro empties the output folder before it writes, waiting on every file (100,000 at 10,000
 * papers: a minute of a rebuild on a busy disk). The last build's folder is renamed out of its
 * way instead (unless `keep`), and removed while Astro works, which is on the CPU then; so is
 * what an earlier build that was stopped left aside.
 */
function setAsideLastBuild(keep: boolean): { removed: Promise<unknown> } {
  const aside = `${basename(dir)}.last-`;
  const parent = dirname(dir);
  if (!existsSync(parent)) return { removed: Promise.resolve() };
  if (!keep && existsSync(dir)) renameSync(dir, join(parent, `${aside}${process.pid}`));
  const left = readdirSync(parent).filter((name) => name.startsWith(aside));
  const removed = Promise.all(left.map((name) => rm(join(parent, name), { recursive: true, force: true })));
  // What is left of an old build is no reason to fail this one: the next build removes it.
  return { removed: removed.catch((error: Error) => console.warn(`[last build] not removed: ${error.message}`)) };
}

/** Every file this build keeps or makes below the output folder besides what it writes anew. */
async function keptFiles(items: readonly CslItem[]): Promise<(file: string) => boolean> {
  const files = new Set([
    ...(await readAstroOutputs(astroCache)),
    ...items.flatMap((item) => [...referenceFileNames(item.id), ...oldAddressFiles(item.id)]),
  ]);
  return (file) => files.has(file) || file.startsWith(pagefindDir);
}

const last = await claimLastBuild(astroCache, dir);
const { removed } = setAsideLastBuild(last !== undefined);
const built = await part('astro build', () => astroBuild(last !== undefined));
// Every paper's CSL-JSON item, which both the reference files and the old addresses are written from.
const papers = built ? readReferenceCollection(dir) : undefined;
let finished = false;
if (papers) {
  const [items, inputs] = await Promise.all([papers.catch(() => []), buildInputsDigest(site, base)]);
  const digests = itemDigests(items);
  const written = sameAsLastBuild(last, inputs, digests);
  finished = (
    await Promise.all([
      part('reference files', async () => {
        const count = await writeReferenceFiles(dir, await papers, written);
        return `Wrote the reference files of ${count} ${count === 1 ? 'paper' : 'papers'}`;
      }),
      part(
        'old addresses',
        async () => `Wrote ${await writeOldAddresses(dir, site, base, await papers, written)} pages at old addresses`,
      ),
      part('search index', () => indexSite(dir, astroCache)),
    ])
  ).every(Boolean);
  if (finished && last) {
    finished = await part('stale files', async () => {
      const count = await removeStaleFiles(dir, last.finished, await keptFiles(items));
      return `Removed ${count} ${count === 1 ? 'file' : 'files'} the last build made and this one did not`;
    });
  }
  if (finished) await recordBuild(astroCache, { outDir: dir, inputs, items: digests });
}
await removed;
if (!finished) process.exitCode = 1;
