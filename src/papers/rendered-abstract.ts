import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { AbstractPart } from '../lib/abstract-parts.ts';
import type { RenderedAbstract } from './schema.ts';
import { abstractText } from './abstract-text.ts';

/**
 * What the content store keeps of one language's abstract, from the Markdown pipeline's tree
 * (its sentences paired): its HTML cut into top-level parts, ids marked for the side-by-side view
 * (`src/lib/abstract-parts.ts`), its sections (the `##` headings) and its plain text, made once
 * here so no page has to parse the HTML again (for JSON-LD, descriptions, reference files or the
 * side-by-side view). `tree` is used up.
 */
export function renderedAbstract(
  tree: Root,
  headings: readonly { depth: number; slug: string; text: string }[],
): RenderedAbstract {
  return {
    // The text first: marking the ids changes the tree.
    text: abstractText(tree),
    parts: parts(markIds(tree)),
    sections: headings
      .filter((heading) => heading.depth === 2)
      .map((heading) => ({ id: heading.slug, label: heading.text })),
  };
}

/** The top-level nodes serialized in runs: each section alone, what is between sections together. */
function parts(tree: Root): AbstractPart[] {
  const runs: { section?: string | undefined; nodes: Root['children'] }[] = [];
  for (const node of tree.children) {
    const id = node.type === 'element' ? node.properties['dataSection'] : undefined;
    if (typeof id === 'string') runs.push({ section: id, nodes: [node] });
    else if (runs.at(-1) && runs.at(-1)?.section === undefined) runs.at(-1)?.nodes.push(node);
    else runs.push({ nodes: [node] });
  }
  return runs.map(({ section, nodes }) => ({
    ...(section === undefined ? {} : { section }),
    html: toHtml({ type: 'root', children: nodes }),
  }));
}

/** Properties holding a list of ids (hast names). */
const idListProperties = ['ariaLabelledBy', 'ariaDescribedBy', 'ariaControls', 'ariaOwns', 'htmlFor'];

/** Marks every id the abstract defines, and every reference to one, with U+0000 (see `abstract-parts.ts`). */
function markIds(tree: Root): Root {
  const ids = new Set<string>();
  walk(tree, (element) => {
    const id = element.properties['id'];
    if (typeof id === 'string' && id !== '') ids.add(id);
  });
  const mark = (id: string) => (ids.has(id) ? `${id}\u0000` : id);
  walk(tree, (element) => {
    const props = element.properties;
    if (typeof props['id'] === 'string' && props['id'] !== '') props['id'] = mark(props['id']);
    for (const name of idListProperties) {
      const value = props[name];
      if (Array.isArray(value)) props[name] = value.map((id) => mark(String(id)));
    }
    const href = props['href'];
    if (typeof href === 'string' && href.startsWith('#')) props['href'] = `#${mark(href.slice(1))}`;
  });
  return tree;
}

function walk(node: Root | Element, visit: (element: Element) => void) {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    visit(child);
    walk(child, visit);
  }
}
