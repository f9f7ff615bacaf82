import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { Position } from 'unist';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import type { VFile } from 'vfile';
import { EXIT, visit } from 'unist-util-visit';
import { abstractHtmlSchema, blockTags, inlineTags } from './abstract-html-schema.ts';

const linkProtocols = new Set(['http:', 'https:', 'mailto:']);
/** Elements whose content may only be text and inline elements. */
const phrasingOnly = new Set([...inlineTags, 'p', 'h2', 'pre']);
const isBlank = (node: ElementContent) => node.type === 'text' && !node.value.trim();
const isBlock = (node: ElementContent): node is Element => node.type === 'element' && blockTags.includes(node.tagName);

/**
 * Makes an abstract's HTML safe to publish. Raw HTML written in the Markdown comes here
 * unparsed (`remark-rehype` keeps it as `raw` nodes): it is parsed, then everything outside
 * the allowlist (`abstract-html-schema.ts`) is dropped. Elements the Markdown itself produced
 * are told apart from raw HTML by where they start in the source, which raw HTML cannot fake:
 * only they keep the ids the pipeline gave them (section headings), and only a Markdown `##`
 * stays a heading. Then blocks that raw HTML put where HTML does not allow them are unwrapped,
 * so every page stays valid whatever the content holds.
 */
export default function rehypeSanitizeAbstract() {
  const parseRaw = rehypeRaw();
  const sanitize = rehypeSanitize(abstractHtmlSchema);
  return function transformer(tree: Root, file: VFile): Root {
    const fromMarkdown = markdownElements(tree);
    // Parsing the tree again through parse5 is most of the sanitizer's time: only raw HTML needs it.
    const parsed = hasRaw(tree) ? parseRaw(tree, file) : tree;
    failIfSwallowed(parsed, fromMarkdown, file);
    const clean = sanitize(parsed);
    clean.children = settle(clean.children, fromMarkdown) as RootContent[];
    return clean;
  };
}

/** Whether any HTML written in the Markdown is still unparsed in the tree. */
function hasRaw(tree: Root): boolean {
  let found = false;
  visit(tree, 'raw', () => {
    found = true;
    return EXIT;
  });
  return found;
}

/** An element the Markdown wrote: its id, if it has one, and where it is in the source. */
interface MarkdownElement {
  id: string | undefined;
  position: Position;
}

/** Where an element starts in the source, with its name: `h2@120`. */
function originOf(node: Element): string | undefined {
  const offset = node.position?.start.offset;
  return offset === undefined ? undefined : `${node.tagName}@${offset}`;
}

/** Every element present before raw HTML is parsed (so written in Markdown), by origin. */
function markdownElements(tree: Root): Map<string, MarkdownElement> {
  const elements = new Map<string, MarkdownElement>();
  visit(tree, 'element', (node: Element) => {
    const origin = originOf(node);
    const id = node.properties['id'];
    if (origin && node.position)
      elements.set(origin, { id: typeof id === 'string' ? id : undefined, position: node.position });
  });
  return elements;
}

/**
 * Fails when raw HTML left open (`<template>`, `<select>`, `<object>`, or a `<noscript>` the
 * parser cannot close) has taken in the Markdown after it: sanitizing would drop that text
 * without a word, so the file is refused instead, naming the element's line.
 */
function failIfSwallowed(tree: Root, fromMarkdown: Map<string, MarkdownElement>, file: VFile) {
  const stripped = new Set(abstractHtmlSchema.strip);
  const found = new Set<string>();
  const walk = (nodes: (ElementContent | RootContent)[], openRaw: Element | undefined) => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      const origin = originOf(node);
      if (origin && fromMarkdown.has(origin)) {
        if (openRaw)
          file.fail(
            `raw HTML <${openRaw.tagName}> is left open, so the text after it would be lost; close or remove it`,
            openRaw,
          );
        found.add(origin);
      }
      const open = openRaw ?? (stripped.has(node.tagName) ? node : undefined);
      walk(node.children, open);
      // A `<template>` holds what it parsed in a fragment of its own.
      if (node.content) walk(node.content.children, open);
    }
  };
  walk(tree.children, undefined);
  for (const [origin, { position }] of fromMarkdown) {
    if (!found.has(origin))
      file.fail(
        'this text is lost to raw HTML left open before it (a <template>, <select> or <plaintext>?); close or remove it',
        position,
      );
  }
}

function settle(nodes: ElementContent[] | RootContent[], fromMarkdown: Map<string, MarkdownElement>) {
  return nodes.flatMap((node): ElementContent[] => {
    if (node.type !== 'element') return [node as ElementContent];
    node.children = settle(node.children, fromMarkdown);
    const origin = originOf(node);
    const markdown = origin !== undefined && fromMarkdown.has(origin);
    if (/^h[1-6]$/.test(node.tagName)) {
      const id = markdown && node.tagName === 'h2' ? fromMarkdown.get(origin)?.id : undefined;
      if (id) node.properties['id'] = id;
      else node.tagName = 'p';
    }
    if ((node.tagName === 'ul' || node.tagName === 'ol') && !markdown) {
      for (const item of node.children) if (item.type === 'element' && item.tagName === 'li') item.tagName = 'p';
      return node.children;
    }
    if (node.tagName === 'a' && !normalizeHref(node)) return node.children;
    // Left behind by broken raw HTML (the HTML parser opens a `<p>` for a stray `</p>`).
    if (node.tagName === 'p' && node.children.every(isBlank)) return [];
    if (phrasingOnly.has(node.tagName) && node.children.some(isBlock)) {
      // An inline element around blocks goes; a paragraph or heading keeps only the blocks' text.
      if (inlineTags.includes(node.tagName)) return node.children;
      node.children = textLevel(node.children);
    }
    return [node];
  });
}

function textLevel(nodes: ElementContent[]): ElementContent[] {
  return nodes.flatMap((node) => (isBlock(node) ? textLevel(node.children) : [node]));
}

/** Writes a link's URL in its normalized form; false when it is not an absolute web or mail URL. */
function normalizeHref(link: Element): boolean {
  const href = link.properties['href'];
  if (typeof href !== 'string' || !URL.canParse(href)) return false;
  const url = new URL(href);
  if (!linkProtocols.has(url.protocol)) return false;
  link.properties['href'] = url.href;
  return true;
}
