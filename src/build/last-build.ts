import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CslItem } from '../citations/csl-item.ts';

/**
 * What a build that finished leaves in Astro's cache folder for the next build into the same
 * output folder: which folder it wrote, the digest of its code and settings
 * (`build-inputs.ts`) and of each paper's CSL-JSON item, the data of every file it writes beside
 * Astro's (reference files, pages at old addresses).
 */
export interface LastBuild {
  outDir: string;
  inputs: string;
  /** Each paper's item digest, by slug. */
  items: Record<string, string>;
}

const recordFile = 'last-build.json';

/**
 * The record of the last build when it finished into `outDir` and that folder is still there,
 * with when it finished (the record's time: every file of that build is older, every file of
 * this one newer). Removed as it is read: a build stopped before it finishes leaves none, so the
 * build after it starts from an empty folder.
 */
export async function claimLastBuild(
  cacheDir: string,
  outDir: string,
): Promise<(LastBuild & { finished: number }) | undefined> {
  const file = join(cacheDir, recordFile);
  const [text, info] = await Promise.all([readFile(file, 'utf8'), stat(file)]).catch(() => []);
  await rm(file, { force: true });
  if (text === undefined || info === undefined || !existsSync(outDir)) return undefined;
  // A record cut short or edited by hand is no record: the build starts from an empty folder.
  const record = parsed(text);
  return record?.outDir === outDir ? { ...record, finished: info.mtimeMs } : undefined;
}

function parsed(text: string): LastBuild | undefined {
  try {
    const record = JSON.parse(text) as Partial<LastBuild> | null;
    const complete = typeof record?.outDir === 'string' && typeof record.inputs === 'string' && record.items;
    return complete ? (record as LastBuild) : undefined;
  } catch {
    return undefined;
  }
}

/** Records a build that finished (see {@link claimLastBuild}). */
export async function recordBuild(cacheDir: string, record: LastBuild): Promise<void> {
  await writeFile(join(cacheDir, recordFile), JSON.stringify(record));
}

/** The digest of each paper's item, by slug, as {@link LastBuild} keeps them. */
export function itemDigests(items: readonly CslItem[]): Record<string, string> {
  return Object.fromEntries(
    items.map((item) => [item.id, createHash('sha256').update(JSON.stringify(item)).digest('hex')]),
  );
}

/**
 * Whether a paper's files, as the last build wrote them, are those this build would write: the
 * same code and settings, the same item.
 */
export function sameAsLastBuild(
  last: LastBuild | undefined,
  inputs: string,
  digests: Record<string, string>,
): (item: CslItem) => boolean {
  if (last?.inputs !== inputs) return () => false;
  return (item) => last.items[item.id] === digests[item.id];
}
