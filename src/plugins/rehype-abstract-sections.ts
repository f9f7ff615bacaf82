import type { Element, ElementContent, Root, RootContent } from 'hast';

/**
 * Wraps each `<h2>` and the content up to the next one in
 * `<section data-section="<id>" aria-labelledby="<id>">`, so a section can be styled, aligned
 * with its counterpart in the other language, and announced as a region. Content before the
 * first heading (or an unstructured abstract) stays as it is.
 */
export default function rehypeAbstractSections() {
  return function transformer(tree: Root): undefined {
    const children: RootContent[] = [];
    let section: Element | undefined;
    for (const node of tree.children) {
      if (node.type === 'element' && node.tagName === 'h2') {
        const id = String(node.properties['id'] ?? '');
        const wrapper: Element = {
          type: 'element',
          tagName: 'section',
          properties: { dataSection: id, ariaLabelledBy: [id] },
          children: [],
        };
        children.push(wrapper);
        section = wrapper;
      }
      if (section) section.children.push(node as ElementContent);
      else children.push(node);
    }
    tree.children = children;
  };
}
