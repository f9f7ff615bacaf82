import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { sentenceRanges } from './sentences.ts';

/** The sentences of one section (or of the text before any section: key `''`), in order. */
export type SectionSentences = Map<string, Element[]>;

const blocks = new Set(['p', 'li']);

/**
 * Wraps every sentence of a rendered abstract in `<span class="sentence">`, in place, and
 * returns them by section (`data-section` of the sections `rehype-abstract-sections` made).
 * The text is not changed: spans only group the nodes that were there, and the white space
 * between sentences stays outside them. A sentence break that falls inside an element (`<i>`,
 * `<a>`) moves to its end, so no element is ever cut in two.
 */
export function wrapSentences(tree: Root, lang: string): SectionSentences {
  const sections: SectionSentences = new Map();
  const visit = (parent: Root | Element, section: string) => {
    for (const node of parent.children) {
      if (node.type !== 'element') continue;
      const id = node.properties['dataSection'];
      const inside = typeof id === 'string' ? id : section;
      const hasBlocks = node.children.some((child) => child.type === 'element' && blocks.has(child.tagName));
      if (blocks.has(node.tagName) && !hasBlocks) {
        let list = sections.get(inside);
        if (!list) sections.set(inside, (list = []));
        list.push(...wrapBlock(node, lang));
      } else if (!/^h[1-6]$/.test(node.tagName)) visit(node, inside);
    }
  };
  visit(tree, '');
  return sections;
}

interface Piece {
  node: ElementContent;
  start: number;
  end: number;
}

function wrapBlock(block: Element, lang: string): Element[] {
  let offset = 0;
  const pieces: Piece[] = block.children.map((node) => {
    const length = node.type === 'text' ? node.value.length : node.type === 'element' ? toString(node).length : 0;
    const piece = { node, start: offset, end: offset + length };
    offset += length;
    return piece;
  });
  const text = pieces.map(({ node }) => (node.type === 'comment' ? '' : toString(node))).join('');
  const ranges = snap(sentenceRanges(text, lang), pieces);
  const cut = new Set(ranges.flatMap((range) => [range.start, range.end]));
  const children: ElementContent[] = [];
  const spans: Element[] = [];
  let open: { span: Element; end: number } | undefined;
  let next = 0;
  for (const piece of pieces.flatMap((item) => split(item, cut))) {
    if (open && piece.start >= open.end) open = undefined;
    const range = ranges[next];
    if (!open && range && piece.start >= range.start && piece.end > piece.start) {
      const span: Element = { type: 'element', tagName: 'span', properties: { className: ['sentence'] }, children: [] };
      children.push(span);
      spans.push(span);
      open = { span, end: range.end };
      next++;
    }
    (open ? open.span.children : children).push(piece.node);
  }
  block.children = children;
  return spans;
}

/** Ranges whose edges fall inside an element widened to its edges, and overlapping ones joined. */
function snap(ranges: readonly { start: number; end: number }[], pieces: readonly Piece[]) {
  const inside = (at: number) =>
    pieces.find((piece) => piece.node.type === 'element' && piece.start < at && at < piece.end);
  const snapped: { start: number; end: number }[] = [];
  for (const range of ranges) {
    const start = inside(range.start)?.start ?? range.start;
    const end = inside(range.end)?.end ?? range.end;
    const last = snapped.at(-1);
    if (last && start < last.end) last.end = Math.max(last.end, end);
    else snapped.push({ start, end });
  }
  return snapped;
}

/** A text piece split at every offset of `cut` inside it; other pieces as they are. */
function split(piece: Piece, cut: ReadonlySet<number>): Piece[] {
  if (piece.node.type !== 'text') return [piece];
  const { value } = piece.node;
  const offsets = [...cut].filter((at) => at > piece.start && at < piece.end).sort((a, b) => a - b);
  const edges = [piece.start, ...offsets, piece.end];
  return edges.slice(1).map((end, index) => {
    const start = edges[index] ?? piece.start;
    return {
      node: { type: 'text', value: value.slice(start - piece.start, end - piece.start) },
      start,
      end,
    };
  });
}
