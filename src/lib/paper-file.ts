import { isNode, LineCounter, parseDocument } from 'yaml';
import { paperSchema, type Paper } from '../schemas/paper.ts';
import { LanguageBlockError, splitLanguageBlocks, type LanguageBlock } from './language-blocks.ts';

/** A problem in a content file; the message starts with `file:line:`. */
export class ContentError extends Error {}

/** A content file, read and checked, not yet rendered. */
export interface PaperFile {
  /** The frontmatter as written (YAML failsafe: every scalar is text). */
  raw: Record<string, unknown>;
  /** The frontmatter after validation. */
  facts: Paper;
  /** The language blocks of the body, in file order. */
  blocks: LanguageBlock[];
  /** 1-based line of the file on which the body starts. */
  bodyLine: number;
}

const frontmatterPattern = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

/** A content file's frontmatter, read and checked, and where its body starts. */
export interface Frontmatter {
  /** The frontmatter as written (YAML failsafe: every scalar is text). */
  raw: Record<string, unknown>;
  /** The frontmatter after validation. */
  facts: Paper;
  /** Offset in the file's text at which the body starts. */
  bodyOffset: number;
  /** 1-based line of the file on which the body starts. */
  bodyLine: number;
}

/**
 * Reads and checks a content file's frontmatter only, leaving the body unparsed: the importer
 * reads every entry's facts (to keep DOIs unique) and needs the body of few of them.
 * Throws a {@link ContentError} like {@link parsePaperFile}.
 */
export function parseFrontmatter(text: string, filePath: string): Frontmatter {
  const match = frontmatterPattern.exec(text);
  if (!match) {
    throw new ContentError(`${filePath}:1: expected YAML frontmatter between "---" lines at the top of the file`);
  }
  const yamlText = match[1] ?? '';
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { schema: 'failsafe', lineCounter, uniqueKeys: true });
  const yamlError = doc.errors[0];
  if (yamlError) {
    const line = (yamlError.linePos?.[0].line ?? 0) + 1;
    throw new ContentError(`${filePath}:${line}: invalid YAML frontmatter: ${yamlError.message.split('\n')[0]}`);
  }
  const raw: unknown = doc.toJS() ?? {};
  const lineOf = (path: PropertyKey[]): number => {
    // Point at the deepest node that exists on the path (a missing field points at its parent).
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth) as unknown[], true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line + 1;
    }
    return 2;
  };
  const result = paperSchema.safeParse(raw);
  if (!result.success) {
    const messages = result.error.issues.map((issue) => {
      const field = issue.path.map(String).join('.') || '(frontmatter)';
      return `${filePath}:${lineOf(issue.path)}: ${field}: ${issue.message}`;
    });
    throw new ContentError(messages.join('\n  '));
  }
  const bodyOffset = match[0].length;
  const bodyLine = text.slice(0, bodyOffset).split('\n').length;
  return { raw: raw as Record<string, unknown>, facts: result.data, bodyOffset, bodyLine };
}

/**
 * Reads a content file: YAML frontmatter with the paper's facts, then one Markdown block per
 * language. Throws a {@link ContentError} naming `filePath`, the line, the field and what was
 * expected. The YAML is read with the failsafe schema so that `18` stays the text "18" and
 * `2020-01-09` is never turned into a timestamp.
 */
export function parsePaperFile(text: string, filePath: string, langs: readonly string[]): PaperFile {
  const { raw, facts, bodyOffset, bodyLine } = parseFrontmatter(text, filePath);
  try {
    const blocks = splitLanguageBlocks(text.slice(bodyOffset), langs);
    return { raw, facts, blocks, bodyLine };
  } catch (error) {
    if (error instanceof LanguageBlockError) {
      throw new ContentError(`${filePath}:${bodyLine + error.line - 1}: ${error.message}`);
    }
    throw error;
  }
}
