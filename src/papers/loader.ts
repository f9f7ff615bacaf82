import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { langs } from '../i18n/locales.ts';
import { missingForCitation, paperCslItem } from '../citations/csl-item.ts';
import { ContentError, parseFrontmatter, parsePaperFile, type PaperFile } from './paper-file.ts';
import { paperFiles } from './file-names.ts';
import { PapersByDoi } from './papers-by-doi.ts';
import type { PaperEntry } from './schema.ts';
import { createRenderPool, RenderError, type RenderPool } from './render-pool.ts';
import {
  paperDocumentFiles,
  keepPaperDocuments,
  searchDocumentsFolder,
  writePaperDocuments,
} from '../search/search-documents.ts';

/**
 * Loads `content/abstracts/*.md`: one entry per paper, id = file name without `.md` (see
 * `paperFiles` for the names allowed). The frontmatter holds the paper's facts; the body holds
 * one block per language (`# en`, `# zh-Hans`), each rendered through the site's Markdown
 * pipeline. Every problem in every file is collected and reported at once, as
 * `file:line: field: what was expected`; two papers with one DOI are named together.
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
  const { papers, problems } = paperFiles(await readdir(dir), (name) => relative(root, join(dir, name)));
  const sources = await readAll(papers, dir, root);
  const errors = [...problems];
  const withDoi = new PapersByDoi<Source>();
  const documents = join(fileURLToPath(context.config.cacheDir), searchDocumentsFolder);
  // Hashed once: the sources it hashes are hundreds of kilobytes, too many to hash per paper.
  const pipeline = context.generateDigest(await pipelineFingerprint());
  let pool: RenderPool | undefined;
  const loading: Promise<void>[] = [];
  const incomplete: string[] = [];
  try {
    for (const source of sources) {
      try {
        // A stored entry is kept if neither its file nor the code that renders it changed: its
        // facts were read and checked when it was stored, so its file is not parsed again
        // (most of a rebuild's content layer at 10,000 papers).
        const digest = context.generateDigest(pipeline + source.text);
        const stored = context.store.get<PaperEntry>(source.id);
        const paper =
          stored?.digest === digest ? { facts: stored.data } : parsePaperFile(source.text, source.filePath, langs);
        const missing = missingForCitation(paper.facts);
        if (missing.length > 0) incomplete.push(`${source.filePath} (no ${missing.join(', no ')})`);
        if (paper.facts.doi) {
          const other = withDoi.get(paper.facts.doi);
          if (other) throw sharedDoi(paper.facts.doi, source, other);
          withDoi.set(paper.facts.doi, source);
        }
        if (!('blocks' in paper)) {
          // A kept entry's search documents were written with it, unless its cache was cut short.
          if (!paperDocumentFiles(documents, source.id).every((file) => existsSync(file))) {
            writePaperDocuments(documents, source.id, paper.facts);
          }
          continue;
        }
        // Each paper goes to the workers as soon as it is read, so they render while the
        // rest are parsed.
        pool ??= createRenderPool();
        loading.push(
          loadPaper(context, pool, source, paper, digest, documents).catch((error: unknown) => {
            errors.push(problem(error, source));
          }),
        );
      } catch (error) {
        errors.push(problem(error, source));
      }
    }
    await Promise.all(loading);
  } finally {
    await pool?.close();
  }
  const ids = new Set(sources.map((source) => source.id));
  for (const id of context.store.keys()) if (!ids.has(id)) context.store.delete(id);
  keepPaperDocuments(documents, ids);
  if (incomplete.length > 0) {
    context.logger.warn(
      `${incomplete.length} of ${sources.length} papers cannot be cited in full, their references and Google Scholar entries lacking what is missing: ${namedAtMost(incomplete, 20)}. Add "title:" and "authors:" to their front matter, or import their PubMed records (npm run import -- FILE.nbib).`,
    );
  }
  if (errors.length > 0) {
    throw new Error(`Invalid content in ${relative(root, dir)}/:\n${errors.map((e) => `  ${e}`).join('\n')}`);
  }
}

/** Two files with one DOI, each named at its `doi:` line (read again: this is rare). */
function sharedDoi(doi: string, source: Source, other: Source): ContentError {
  const at = (file: Source) => `${file.filePath}:${parseFrontmatter(file.text, file.filePath).lineOf(['doi'])}`;
  return new ContentError(`${at(source)}: doi: ${doi} is also the DOI of ${at(other)}; each paper has one file`);
}

/** The first `count` items of a list, then how many more there are. */
function namedAtMost(items: readonly string[], count: number): string {
  const more = items.length - count;
  return items.slice(0, count).join(', ') + (more > 0 ? ` and ${more} more` : '');
}

/** An error's message as a line of the report, naming the file unless it already does. */
function problem(error: unknown, source: Source): string {
  return error instanceof ContentError ? error.message : `${source.filePath}: ${(error as Error).message}`;
}

/**
 * The source of everything that shapes a rendered entry (plugins, schema, citation styles, the helpers they
 * use). Astro keeps the content store between builds and only knows the config changed, not a
 * plugin: without this, a fixed sanitizer would leave old HTML in the cache.
 */
async function pipelineFingerprint(): Promise<string> {
  const src = fileURLToPath(new URL('../', import.meta.url));
  const files = (
    await Promise.all(
      ['papers', 'pairing', 'plugins', 'citations', 'i18n', 'lib', 'reading', 'search'].map(async (folder) =>
        (await readdir(join(src, folder), { recursive: true })).map((name) => join(src, folder, name)),
      ),
    )
  )
    .flat()
    .filter((file) => file.endsWith('.ts'))
    .sort();
  return (await Promise.all(files.map((file) => readFile(file, 'utf8')))).join('\0');
}

/** Reads the files a few dozen at a time: one at a time left the disk idle most of the run. */
async function readAll(papers: readonly { name: string; slug: string }[], dir: string, root: string) {
  const sources: Source[] = [];
  for (let start = 0; start < papers.length; start += 64) {
    const batch = papers.slice(start, start + 64).map(async ({ name, slug }) => {
      const path = join(dir, name);
      return {
        id: slug,
        path,
        filePath: relative(root, path),
        text: await readFile(path, 'utf8'),
      };
    });
    sources.push(...(await Promise.all(batch)));
  }
  return sources;
}

/**
 * Renders a paper's blocks and references in the workers, which write its search documents into
 * `documents`, and stores the entry.
 */
async function loadPaper(
  context: LoaderContext,
  pool: RenderPool,
  source: Source,
  paper: PaperFile,
  digest: string,
  documents: string,
) {
  const [abstracts, references] = await Promise.all([
    renderBlocks(pool, source, paper, documents),
    pool.references(paperCslItem(source.id, paper.facts)),
  ]);
  // The facts were validated once, with their lines, by `parsePaperFile`; the rest is made here,
  // and its type is the collection schema's output, so nothing is validated a second time.
  const data: PaperEntry = { ...paper.facts, abstracts, references };
  context.store.set({ id: source.id, data, filePath: source.filePath, digest });
}

async function renderBlocks(pool: RenderPool, source: Source, paper: PaperFile, documents: string) {
  const blocks = paper.blocks.map(({ lang, markdown }) => ({ lang, markdown }));
  try {
    return await pool.render(blocks, paper.facts.pairs, pathToFileURL(source.path), {
      folder: documents,
      slug: source.id,
      facts: paper.facts,
    });
  } catch (error) {
    if (!(error instanceof RenderError)) throw error;
    const { lang, line, pairs } = error.at;
    if (pairs !== undefined) {
      throw new ContentError(`${source.filePath}:${paper.lineOf(['pairs', pairs])}: pairs.${pairs}: ${error.message}`);
    }
    const block = paper.blocks.find((candidate) => candidate.lang === lang);
    // A block's line 1 follows its `# <lang>` marker: point into the file.
    const markerLine = paper.bodyLine + (block?.line ?? 1) - 1;
    throw new ContentError(`${source.filePath}:${markerLine + (line ?? 0)}: ${error.message}`);
  }
}
