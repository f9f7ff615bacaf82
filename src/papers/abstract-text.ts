import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

const headings = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const blocks = new Set(['p', 'li', 'blockquote']);

/**
 * A rendered abstract as one line of plain text, each section's label leading its text the
 * way PubMed prints it (`Background: … Methods: …`). Reference files and JSON-LD carry the
 * abstract as text, and RIS cannot hold a line break inside a field.
 */
export function abstractText(tree: Root): string {
  const parts: string[] = [];
  let label: string | undefined;
  visit(tree, 'element', (node: Element) => {
    if (headings.has(node.tagName)) {
      if (label) parts.push(label);
      label = squash(toString(node));
      return 'skip';
    }
    if (!blocks.has(node.tagName)) return undefined;
    const text = squash(toString(node));
    if (text) parts.push(label ? `${label}: ${text}` : text);
    label = undefined;
    return 'skip';
  });
  if (label) parts.push(label);
  return parts.join(' ');
}

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
