/** One language's part of a content file's body. */
export interface LanguageBlock {
  /** The BCP 47 tag written after `#` (`en`, `zh-Hans`). */
  lang: string;
  /**
   * The Markdown between this marker and the next, untrimmed: its line 1 is the line after the
   * marker, so a line reported while rendering it maps back to the body by adding `line`.
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

const marker = /^ {0,3}#[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const fence = /^ {0,3}(`{3,}|~{3,})/;

/**
 * Splits a content file's body into its language blocks. Each block starts with a top-level ATX
 * heading that is only a language tag (`# en`, `# zh-Hans`); the abstract's own sections are
 * `##` headings inside it. Text outside any block, a tag not in `known`, a tag given twice, an
 * empty block or no block at all is an error naming the line.
 *
 * A line scan rather than a Markdown parse: it runs on every file of every build, and a full
 * parse of the body here doubled the loader's time at 10,000 papers. Fenced code is skipped so a
 * `# ` line inside it is not taken for a marker.
 */
export function splitLanguageBlocks(body: string, known: readonly string[]): LanguageBlock[] {
  const lines = body.split('\n');
  const expected = `"# ${known.join('" or "# ')}"`;
  const blocks: LanguageBlock[] = [];
  let open: { lang: string; line: number; from: number } | undefined;
  let inFence: string | undefined;
  const close = (to: number) => {
    if (!open) return;
    const markdown = lines.slice(open.from, to).join('\n');
    if (!markdown.trim()) throw new LanguageBlockError(`language block "# ${open.lang}" is empty`, open.line);
    blocks.push({ lang: open.lang, markdown, line: open.line });
  };
  lines.forEach((text, index) => {
    const fenceMatch = fence.exec(text);
    if (fenceMatch?.[1]) {
      const kind = fenceMatch[1];
      if (!inFence) inFence = kind;
      else if (kind.startsWith(inFence)) inFence = undefined;
    }
    const lang = inFence ? undefined : marker.exec(text)?.[1]?.trim();
    if (lang === undefined) {
      if (!open && text.trim()) {
        throw new LanguageBlockError(
          `text before the first language block; expected the body to start with ${expected}`,
          index + 1,
        );
      }
      return;
    }
    if (!known.includes(lang)) {
      throw new LanguageBlockError(
        `unknown language block "# ${lang}"; expected one of: ${known.join(', ')}`,
        index + 1,
      );
    }
    if (blocks.some((block) => block.lang === lang) || open?.lang === lang) {
      throw new LanguageBlockError(`language block "# ${lang}" appears twice`, index + 1);
    }
    close(index);
    open = { lang, line: index + 1, from: index + 1 };
  });
  if (!open) throw new LanguageBlockError(`expected language blocks starting with ${expected}`, 1);
  close(lines.length);
  return blocks;
}
