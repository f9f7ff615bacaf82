import type { RenderedAbstract } from '../schemas/paper.ts';
import { abstractText } from './abstract-text.ts';

/**
 * What the content store keeps of one language's abstract, from the Markdown renderer's output:
 * the HTML, its sections (the `##` headings), and its plain text, made once here so no page has
 * to parse the HTML again for JSON-LD, descriptions or reference files.
 */
export function renderedAbstract(
  html: string,
  headings: readonly { depth: number; slug: string; text: string }[],
): RenderedAbstract {
  return {
    html,
    sections: headings
      .filter((heading) => heading.depth === 2)
      .map((heading) => ({ id: heading.slug, label: heading.text })),
    text: abstractText(html),
  };
}
