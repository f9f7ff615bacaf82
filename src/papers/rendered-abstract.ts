import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { RenderedAbstract } from './schema.ts';
import { abstractText } from './abstract-text.ts';
import { parallelParts } from '../reading/side-by-side.ts';

/**
 * What the content store keeps of one language's abstract, from the Markdown renderer's output
 * (parsed once, its sentences paired): the HTML, its sections (the `##` headings), its plain
 * text and its parts for the side-by-side view, made once here so no page has to parse the HTML
 * again (for JSON-LD, descriptions, reference files or the side-by-side view). `tree` is used up.
 */
export function renderedAbstract(
  tree: Root,
  headings: readonly { depth: number; slug: string; text: string }[],
  lang: string,
): RenderedAbstract {
  return {
    html: toHtml(tree),
    sections: headings
      .filter((heading) => heading.depth === 2)
      .map((heading) => ({ id: heading.slug, label: heading.text })),
    text: abstractText(tree),
    parallel: parallelParts(tree, lang),
  };
}
