import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';

/** One language's part of a content file's body. */
export interface LanguageBlock {
  /** The BCP 47 tag written after `#` (`en`, `zh-Hans`). */
  lang: string;
  /**
   * The Markdown between this marker and the next, untrimmed: its line 1 is the marker's line,
   * so a line reported while rendering it maps back to the file by adding `line - 1`.
   */
  markdown: string;
  /** 1-based line of the `# <lang>` marker in the body. */
  line: number;
}

/** A problem in a body, with the 1-based body line it concerns. */
export class LanguageBlockError extends Error {
  readonly line: number;
  constructor(message: string, line: number) {
    super(message);
    this.line = line;
  }
}

/**
 * Splits a content file's body into its language blocks. Each block starts with a top-level
 * heading that is only a language tag (`# en`, `# zh-Hans`); the abstract's own sections are
 * `##` headings inside it. Text outside any block, a tag not in `known`, a tag given twice, an
 * empty block or no block at all is an error naming the line.
 */
export function splitLanguageBlocks(body: string, known: readonly string[]): LanguageBlock[] {
  const tree = fromMarkdown(body);
  const markers = tree.children.flatMap((node) =>
    node.type === 'heading' && node.depth === 1 && node.position
      ? [{ lang: toString(node).trim(), start: node.position.start, end: node.position.end }]
      : [],
  );
  const first = tree.children[0];
  if (!first || markers.length === 0) {
    throw new LanguageBlockError(`expected language blocks starting with "# ${known.join('" or "# ')}"`, 1);
  }
  const firstMarker = markers[0];
  if (firstMarker && first.position && first.position.start.offset !== firstMarker.start.offset) {
    throw new LanguageBlockError(
      `text before the first language block; expected the body to start with "# ${known.join('" or "# ')}"`,
      first.position.start.line,
    );
  }
  const seen = new Set<string>();
  return markers.map((marker, index) => {
    if (!known.includes(marker.lang)) {
      throw new LanguageBlockError(
        `unknown language block "# ${marker.lang}"; expected one of: ${known.join(', ')}`,
        marker.start.line,
      );
    }
    if (seen.has(marker.lang)) {
      throw new LanguageBlockError(`language block "# ${marker.lang}" appears twice`, marker.start.line);
    }
    seen.add(marker.lang);
    const markdown = body.slice(marker.end.offset, markers[index + 1]?.start.offset);
    if (!markdown.trim()) throw new LanguageBlockError(`language block "# ${marker.lang}" is empty`, marker.start.line);
    return { lang: marker.lang, markdown, line: marker.start.line };
  });
}
