import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';

/** One language's part of a row: its HTML, or `undefined` when that language lacks the section. */
/** How one language's column is shown on a side-by-side page. */
export interface SideBySideColumn {
  /** The language's name in itself, heading its column (`简体中文`). */
  label: string;
  /** The language's name in the page's language, for notes (`Chinese`). */
  name: string;
  /** The `lang` attribute of its text on this page (none when it is the page's language). */
  attr: string | undefined;
}

export interface ParallelCell<L extends string> {
  lang: L;
  html: string | undefined;
}

/** One section in every language, shown side by side (or one under the other on phones). */
export interface ParallelRow<L extends string> {
  /** The section id shared by every language (`background`); `undefined` for text before any section. */
  id: string | undefined;
  cells: ParallelCell<L>[];
}

/** A language's abstract cut into the text before its first section and its sections by id. */
interface Parts {
  lead: ElementContent[];
  sections: Map<string, Element>;
}

/** One language's abstract cut for the side-by-side view, every id in it suffixed `-<lang>`. */
export interface ParallelParts {
  /** HTML of the text before the first section (all of an unstructured abstract). */
  lead?: string | undefined;
  /** Each section's HTML by its shared id, in order. */
  sections: { id: string; html: string }[];
}

/**
 * Cuts one language's abstract (its HTML tree, which this changes) into the text before its
 * first section and its sections (by their shared id, `data-section`). Every `id` in it, and
 * every reference to one (`aria-labelledby`, `aria-describedby`, `for`, `href="#..."`), gets the
 * suffix `-<lang>`, so both languages can sit in one page with unique ids, and each sentence
 * (`src/pairing/`) can be focused, to light it up with its counterpart. The content loader does
 * this once per abstract, in its worker threads, so the side-by-side pages do not parse HTML.
 */
export function parallelParts(tree: Root, lang: string): ParallelParts {
  const { lead, sections } = split(suffixIds(tree, lang));
  return {
    lead: serialize(lead),
    sections: [...sections].map(([id, section]) => ({ id, html: toHtml(section) })),
  };
}

/**
 * Lines up the abstracts of `langs` (in that order; languages without an abstract are left out)
 * section by section, matching sections by their shared id. Sections present in one language
 * only get their own row, placed after the section that precedes them.
 */
export function parallelRows<L extends string>(
  abstracts: Readonly<Record<string, { parallel: ParallelParts }>>,
  langs: readonly L[],
): ParallelRow<L>[] {
  const columns = langs.flatMap((lang) => {
    const parts = abstracts[lang]?.parallel;
    return parts
      ? [{ lang, lead: parts.lead, sections: new Map(parts.sections.map((section) => [section.id, section.html])) }]
      : [];
  });
  const rows: ParallelRow<L>[] = [];
  if (columns.some((column) => column.lead !== undefined)) {
    rows.push({ id: undefined, cells: columns.map(({ lang, lead }) => ({ lang, html: lead })) });
  }
  for (const id of mergeOrders(columns.map((column) => [...column.sections.keys()]))) {
    rows.push({ id, cells: columns.map(({ lang, sections }) => ({ lang, html: sections.get(id) })) });
  }
  return rows;
}

/**
 * One order holding every id of `orders`: the first order as it is, then each id of the others
 * placed right after the id that precedes it there (or first, when nothing does).
 */
export function mergeOrders(orders: readonly (readonly string[])[]): string[] {
  const merged: string[] = [];
  for (const order of orders) {
    order.forEach((id, index) => {
      if (merged.includes(id)) return;
      const before = order.slice(0, index).findLast((previous) => merged.includes(previous));
      merged.splice(before === undefined ? 0 : merged.indexOf(before) + 1, 0, id);
    });
  }
  return merged;
}

function split(tree: Root): Parts {
  const parts: Parts = { lead: [], sections: new Map() };
  for (const node of tree.children) {
    const id = node.type === 'element' ? node.properties['dataSection'] : undefined;
    if (node.type === 'element' && typeof id === 'string' && !parts.sections.has(id)) parts.sections.set(id, node);
    else if (parts.sections.size === 0 && node.type !== 'doctype') parts.lead.push(node);
  }
  // Blank text around the lead is the pipeline's line breaks, not content.
  while (parts.lead[0] && isBlank(parts.lead[0])) parts.lead.shift();
  for (let last = parts.lead.at(-1); last && isBlank(last); last = parts.lead.at(-1)) parts.lead.pop();
  return parts;
}

function isBlank(node: ElementContent): boolean {
  return (node.type === 'text' && node.value.trim() === '') || node.type === 'comment';
}

function serialize(nodes: ElementContent[]): string | undefined {
  return nodes.length > 0 ? toHtml({ type: 'root', children: nodes }) : undefined;
}

/** Properties holding a list of ids (hast names). */
const idListProperties = ['ariaLabelledBy', 'ariaDescribedBy', 'ariaControls', 'ariaOwns', 'htmlFor'];

function suffixIds(tree: Root, lang: string): Root {
  const ids = new Set<string>();
  walk(tree, (element) => {
    const id = element.properties['id'];
    if (typeof id === 'string' && id !== '') ids.add(id);
  });
  const rename = (id: string) => (ids.has(id) ? `${id}-${lang}` : id);
  walk(tree, (element) => {
    const props = element.properties;
    if (Array.isArray(props['className']) && props['className'].includes('sentence')) props['tabIndex'] = 0;
    if (typeof props['id'] === 'string' && props['id'] !== '') props['id'] = rename(props['id']);
    for (const name of idListProperties) {
      const value = props[name];
      if (Array.isArray(value)) props[name] = value.map((id) => rename(String(id)));
    }
    const href = props['href'];
    if (typeof href === 'string' && href.startsWith('#')) props['href'] = `#${rename(href.slice(1))}`;
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

/** The columns of the side-by-side view of a page in `pageLang`: its own language first. */
export function columnOrder<L extends string>(pageLang: L, langs: readonly L[]): L[] {
  return [pageLang, ...langs.filter((lang) => lang !== pageLang)];
}
