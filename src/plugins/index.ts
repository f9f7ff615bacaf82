import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import type { Root } from 'hast';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import remarkSectionIds from './remark-section-ids.ts';
import rehypeAbstractSections from './rehype-abstract-sections.ts';
import rehypeSanitizeAbstract from './rehype-sanitize-abstract.ts';

/** A heading of a rendered abstract: its level, id and text. */
export interface AbstractHeading {
  depth: number;
  slug: string;
  text: string;
}

/**
 * The Markdown pipeline of the abstracts. Abstracts are quoted text: no SmartyPants quotes or
 * dashes, and no GFM (a `~` means "about", never strikethrough). Abstracts come from outside, so
 * their HTML is sanitized before anything is built on it. Astro's headings plugin collects the
 * headings (`file.data.astro.headings`) as Astro's own Markdown renderer would.
 *
 * The content loader renders the abstracts itself (`src/papers/render-paper.ts`), so the
 * pipeline ends with the HTML tree, which the loader works on: Astro's renderer would print the
 * tree, after parsing it once more through `rehype-raw` (the sanitizer has already parsed every
 * raw HTML), for the loader to parse the HTML back (a third of its Markdown time at 10,000 papers).
 */
const pipeline = unified()
  .use(remarkParse)
  .use(remarkSectionIds)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeSanitizeAbstract)
  .use(rehypeAbstractSections)
  .use(rehypeHeadingIds);

/**
 * An abstract's Markdown as a sanitized HTML tree, with its headings. Fails like a unified
 * plugin does (a `VFileMessage` with `reason` and `line`) when the Markdown is refused.
 */
export async function renderAbstract(
  markdown: string,
  fileURL?: URL,
): Promise<{ tree: Root; headings: AbstractHeading[] }> {
  const file = new VFile({ value: markdown, path: fileURL });
  const tree = (await pipeline.run(pipeline.parse(file), file)) as Root;
  const data = file.data as { astro?: { headings?: AbstractHeading[] } };
  return { tree, headings: data.astro?.headings ?? [] };
}
