import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { langs } from '../i18n/locales.ts';
import { ContentError, parsePaperFile } from '../lib/paper-file.ts';
import { paperFiles } from '../lib/slugs.ts';
import type { RenderedAbstract } from '../schemas/paper.ts';

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

async function loadAll(context: LoaderContext, dir: string) {
  const root = fileURLToPath(context.config.root);
  const { papers, problems } = paperFiles(await readdir(dir), (name) => relative(root, join(dir, name)));
  const errors = [...problems];
  const byDoi = new Map<string, string>();
  const ids = new Set<string>();
  for (const { name, slug: id } of papers) {
    const path = join(dir, name);
    const filePath = relative(root, path);
    try {
      const text = await readFile(path, 'utf8');
      const digest = context.generateDigest(text);
      ids.add(id);
      const existing = context.store.get(id);
      const paper = parsePaperFile(text, filePath, langs);
      if (paper.facts.doi) {
        // DOIs are case-insensitive; the message names both files, each at its `doi:` line.
        const at = `${filePath}:${paper.lineOf(['doi'])}`;
        const other = byDoi.get(paper.facts.doi.toLowerCase());
        if (other)
          throw new ContentError(`${at}: doi: ${paper.facts.doi} is also the DOI of ${other}; each paper has one file`);
        byDoi.set(paper.facts.doi.toLowerCase(), at);
      }
      if (existing?.digest === digest) continue;
      const abstracts: Record<string, RenderedAbstract> = {};
      for (const block of paper.blocks) {
        abstracts[block.lang] = await renderBlock(
          context,
          block.markdown,
          path,
          filePath,
          block.line + paper.bodyLine - 1,
        );
      }
      const data = await context.parseData({ id, data: { ...paper.raw, abstracts }, filePath });
      context.store.set({ id, data, filePath, digest });
    } catch (error) {
      errors.push(error instanceof ContentError ? error.message : `${filePath}: ${(error as Error).message}`);
    }
  }
  for (const id of context.store.keys()) if (!ids.has(id)) context.store.delete(id);
  if (errors.length > 0) {
    throw new Error(`Invalid content in ${relative(root, dir)}/:\n${errors.map((e) => `  ${e}`).join('\n')}`);
  }
}

async function renderBlock(
  context: LoaderContext,
  markdown: string,
  path: string,
  filePath: string,
  firstLine: number,
): Promise<RenderedAbstract> {
  try {
    const rendered = await context.renderMarkdown(markdown, { fileURL: pathToFileURL(path) });
    const sections = (rendered.metadata?.headings ?? [])
      .filter((heading) => heading.depth === 2)
      .map((heading) => ({ id: heading.slug, label: heading.text }));
    return { html: rendered.html, sections };
  } catch (error) {
    // Plugins report with the line inside the block; point at the line in the file.
    const line = (error as { line?: number }).line;
    const reason = (error as { reason?: string }).reason ?? (error as Error).message;
    throw new ContentError(`${filePath}:${line ? firstLine + line - 1 : firstLine}: ${reason}`);
  }
}
