import { FAILSAFE_SCHEMA, load as loadYaml, YAMLException } from 'js-yaml';
import { isNode, LineCounter, parseDocument } from 'yaml';
import { paperSchema, type Paper } from './schema.ts';
import { LanguageBlockError, splitLanguageBlocks, type LanguageBlock } from './language-blocks.ts';

/** A problem in a content file; the message starts with `file:line:`. */
export class ContentError extends Error {}

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
  /** 1-based line of a frontmatter field (`['doi']`), or of its parent when it is missing. */
  lineOf(path: PropertyKey[]): number;
}

/** A content file, read and checked, not yet rendered. */
export interface PaperFile extends Omit<Frontmatter, 'bodyOffset'> {
  /** The language blocks of the body, in file order. */
  blocks: LanguageBlock[];
}

const frontmatterPattern = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

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
  // js-yaml reads valid frontmatter ten times faster than `yaml`; `yaml` keeps source positions,
  // so it is only asked when something is wrong and the message needs a line.
  let raw: unknown;
  try {
    raw = loadYaml(yamlText, { schema: FAILSAFE_SCHEMA }) ?? {};
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
  }
  const result = raw === undefined ? undefined : paperSchema.safeParse(raw);
  if (!result?.success) throw new ContentError(frontmatterErrors(yamlText, filePath).join('\n  '));
  const bodyOffset = match[0].length;
  return {
    raw: raw as Record<string, unknown>,
    facts: result.data,
    bodyOffset,
    bodyLine: text.slice(0, bodyOffset).split('\n').length,
    lineOf: (path) => positions(yamlText).lineOf(path),
  };
}

/**
 * Reads a content file: YAML frontmatter with the paper's facts, then one Markdown block per
 * language. Throws a {@link ContentError} naming `filePath`, the line, the field and what was
 * expected. The YAML is read with the failsafe schema so that `18` stays the text "18" and
 * `2020-01-09` is never turned into a timestamp.
 */
export function parsePaperFile(text: string, filePath: string, langs: readonly string[]): PaperFile {
  const { bodyOffset, ...frontmatter } = parseFrontmatter(text, filePath);
  try {
    return { ...frontmatter, blocks: splitLanguageBlocks(text.slice(bodyOffset), langs) };
  } catch (error) {
    if (error instanceof LanguageBlockError) {
      throw new ContentError(`${filePath}:${frontmatter.bodyLine + error.line - 1}: ${error.message}`);
    }
    throw error;
  }
}

/** The frontmatter parsed with source positions, and the line of a field in it. */
function positions(yamlText: string) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { schema: 'failsafe', lineCounter, uniqueKeys: true });
  const lineOf = (path: PropertyKey[]): number => {
    // Point at the deepest node that exists on the path (a missing field points at its parent).
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth) as unknown[], true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line + 1;
    }
    return 2;
  };
  return { doc, lineOf };
}

/** Every problem of a frontmatter that failed to load, as `file:line: field: message`. */
function frontmatterErrors(yamlText: string, filePath: string): string[] {
  const { doc, lineOf } = positions(yamlText);
  const yamlError = doc.errors[0];
  if (yamlError) {
    const line = (yamlError.linePos?.[0].line ?? 0) + 1;
    return [`${filePath}:${line}: invalid YAML frontmatter: ${yamlError.message.split('\n')[0]}`];
  }
  const result = paperSchema.safeParse(doc.toJS() ?? {});
  if (result.success) return [`${filePath}:2: the frontmatter could not be read as YAML`];
  return result.error.issues.map((issue) => {
    const field = issue.path.map(String).join('.') || '(frontmatter)';
    return `${filePath}:${lineOf(issue.path)}: ${field}: ${issue.message}`;
  });
}
