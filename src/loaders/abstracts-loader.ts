import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { langs } from '../i18n/locales.ts';
import { ContentError, parsePaperFile, type PaperFile } from '../lib/paper-file.ts';
import type { RenderedAbstract } from '../schemas/paper.ts';
import { createRenderPool, RenderError, type RenderPool } from './render-pool.ts';

/**
 * Loads `content/abstracts/*.md`: one entry per paper, id = file name without `.md`. The
 * frontmatter holds the paper's facts; the body holds one block per language (`# en`,
 * `# zh-Hans`), each rendered through the site's Markdown pipeline. Every problem in every file
 * is collected and reported at once, as `file:line: field: what was expected`.
 */
export function abstractsLoader(options: { base: string }): Loader {
  return {
    name: 'abstracts-loader',
    load: async (context) => {
      const dir = fileURLToPath(new URL(options.base, context.config.root));
      await loadAll(context, dir);
      context.watcher?.add(dir);
      context.watcher?.on('all', (_event, path) => {
        if (path.startsWith(dir) && path.endsWith('.md')) void loadAll(context, dir);
      });
    },
  };
}

interface Source {
  id: string;
  path: string;
  filePath: string;
  text: string;
}

async function loadAll(context: LoaderContext, dir: string) {
  const root = fileURLToPath(context.config.root);
  const names = (await readdir(dir)).filter((name) => name.endsWith('.md')).sort();
  const sources = await readAll(names, dir, root);
  const errors: string[] = [];
  const fileOfDoi = new Map<string, string>();
  const changed: { source: Source; paper: PaperFile; digest: string }[] = [];
  for (const source of sources) {
    try {
      const paper = parsePaperFile(source.text, source.filePath, langs);
      const doi = paper.facts.doi?.toLowerCase();
      if (doi) {
        const other = fileOfDoi.get(doi);
        if (other) {
          throw new ContentError(
            `${source.filePath}: DOI ${paper.facts.doi} is also the DOI of ${other}; expected one file per paper`,
          );
        }
        fileOfDoi.set(doi, source.filePath);
      }
      const digest = context.generateDigest(source.text);
      if (context.store.get(source.id)?.digest !== digest) changed.push({ source, paper, digest });
    } catch (error) {
      errors.push(error instanceof ContentError ? error.message : `${source.filePath}: ${(error as Error).message}`);
    }
  }
  const pool = changed.length > 0 ? createRenderPool() : undefined;
  try {
    await Promise.all(
      changed.map(async ({ source, paper, digest }) => {
        try {
          const abstracts = await renderBlocks(pool as RenderPool, source, paper);
          const data = await context.parseData({
            id: source.id,
            data: { ...paper.raw, abstracts },
            filePath: source.filePath,
          });
          context.store.set({ id: source.id, data, filePath: source.filePath, digest });
        } catch (error) {
          errors.push(
            error instanceof ContentError ? error.message : `${source.filePath}: ${(error as Error).message}`,
          );
        }
      }),
    );
  } finally {
    await pool?.close();
  }
  const ids = new Set(sources.map((source) => source.id));
  for (const id of context.store.keys()) if (!ids.has(id)) context.store.delete(id);
  if (errors.length > 0) {
    throw new Error(`Invalid content in ${relative(root, dir)}/:\n${errors.map((e) => `  ${e}`).join('\n')}`);
  }
}

/** Reads the files a few dozen at a time: one at a time left the disk idle most of the run. */
async function readAll(names: readonly string[], dir: string, root: string): Promise<Source[]> {
  const sources: Source[] = [];
  for (let start = 0; start < names.length; start += 64) {
    const batch = names.slice(start, start + 64).map(async (name) => {
      const path = join(dir, name);
      return {
        id: name.slice(0, -'.md'.length),
        path,
        filePath: relative(root, path),
        text: await readFile(path, 'utf8'),
      };
    });
    sources.push(...(await Promise.all(batch)));
  }
  return sources;
}

async function renderBlocks(pool: RenderPool, source: Source, paper: PaperFile) {
  const fileURL = pathToFileURL(source.path);
  const rendered = await Promise.all(
    paper.blocks.map(async (block) => {
      try {
        return [block.lang, await pool.render(block.markdown, fileURL)] as const;
      } catch (error) {
        if (!(error instanceof RenderError)) throw error;
        // A block's line 1 follows its `# <lang>` marker: point into the file.
        const markerLine = paper.bodyLine + block.line - 1;
        throw new ContentError(`${source.filePath}:${markerLine + (error.line ?? 0)}: ${error.message}`);
      }
    }),
  );
  return Object.fromEntries(rendered) as Record<string, RenderedAbstract>;
}
