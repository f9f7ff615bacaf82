import type { Heading, Paragraph, RootContent } from 'mdast';
import { defaultHandlers, toMarkdown, type Handle } from 'mdast-util-to-markdown';
import { Document } from 'yaml';
import { paperSchema, type PaperInput } from '../papers/schema.ts';
import type { RecordSection } from './abstract-sections.ts';
import type { ParsedRecord } from './parse.ts';
import { sectionHeadings, type SectionHeading } from './section-headings.ts';

/** One language's block of a content file, as Markdown nodes (without its `# <lang>` marker). */
export interface BlockContent {
  /** The BCP 47 tag of the block (`en`, `zh-Hans`). */
  lang: string;
  children: RootContent[];
}

/** Everything a content file holds: the frontmatter's facts and the language blocks, in order. */
export interface EntryContent {
  frontmatter: PaperInput;
  blocks: BlockContent[];
}

/** Frontmatter keys in the order the schema declares them, which is the order files use. */
const keyOrder = Object.keys(paperSchema.shape) as (keyof PaperInput)[];

/**
 * The content a record becomes: its facts, and one block per abstract it has (English, then
 * Chinese), each section a `##` heading with an explicit id and one paragraph per record line.
 */
export function recordEntry(record: ParsedRecord): EntryContent {
  return { frontmatter: record.facts, blocks: recordBlocks(record) };
}

/** The language blocks of a record's abstracts (see {@link recordEntry}). */
export function recordBlocks(record: Pick<ParsedRecord, 'abstracts'>): BlockContent[] {
  const en = record.abstracts.en?.sections ?? [];
  const zh = record.abstracts['zh-Hans']?.sections ?? [];
  const headings = sectionHeadings(labels(en), labels(zh));
  const blocks: BlockContent[] = [];
  if (record.abstracts.en) blocks.push({ lang: 'en', children: abstractNodes(en, headings.en) });
  if (record.abstracts['zh-Hans']) blocks.push({ lang: 'zh-Hans', children: abstractNodes(zh, headings.zh) });
  return blocks;
}

function labels(sections: readonly RecordSection[]): string[] {
  return sections.flatMap((section) => (section.label === undefined ? [] : [section.label]));
}

function abstractNodes(sections: readonly RecordSection[], headings: readonly SectionHeading[]): RootContent[] {
  let labelled = 0;
  return sections.flatMap((section) => {
    const heading = section.label === undefined ? undefined : headings[labelled++];
    return [
      ...(heading ? [headingNode(2, `${heading.text} {#${heading.id}}`)] : []),
      ...section.paragraphs.map((text): Paragraph => ({
        type: 'paragraph',
        children: [{ type: 'text', value: text }],
      })),
    ];
  });
}

function headingNode(depth: Heading['depth'], text: string): Heading {
  return { type: 'heading', depth, children: [{ type: 'text', value: text }] };
}

/**
 * Writes a content file: YAML frontmatter, then the language blocks as Markdown. See
 * {@link writeFrontmatter} and {@link writeBody}.
 */
export function writeEntry(entry: EntryContent): string {
  return joinEntry(writeFrontmatter(entry.frontmatter), writeBody(entry.blocks));
}

/** A content file from its frontmatter's YAML and its body's Markdown. */
export function joinEntry(frontmatter: string, body: string): string {
  return `---\n${frontmatter}---\n\n${body}`;
}

/**
 * The frontmatter's YAML (the `yaml` library, failsafe schema, so every value is text), keys in
 * the schema's order, nothing folded, no anchors; absent facts and empty lists left out.
 */
export function writeFrontmatter(frontmatter: PaperInput): string {
  const facts = Object.fromEntries(
    keyOrder.flatMap((key) => {
      const value = frontmatter[key];
      return value === undefined || (Array.isArray(value) && value.length === 0) ? [] : [[key, value]];
    }),
  );
  return new Document(facts, { schema: 'failsafe', aliasDuplicateObjects: false }).toString({ lineWidth: 0 });
}

/**
 * The body: each block's `# <lang>` marker and its nodes, through `mdast-util-to-markdown`,
 * which escapes whatever Markdown would otherwise read as syntax, so the page shows the text
 * exactly as given.
 */
export function writeBody(blocks: readonly BlockContent[]): string {
  return toMarkdown(
    { type: 'root', children: blocks.flatMap((block) => [headingNode(1, block.lang), ...block.children]) },
    { handlers: { heading: rememberedHeading } },
  );
}

/** Markdown of the plain-text headings at the top level of a body, by depth and text. */
const headingMarkdown = new Map<string, string>();

/**
 * The same headings recur in thousands of entries (`# en`, `## Background {#background}`), and
 * serializing a heading costs more than a long paragraph. A top-level heading of plain text
 * serializes the same wherever it stands, so each is serialized once.
 */
const rememberedHeading: Handle = (node: Heading, parent, state, info) => {
  const [only, ...others] = node.children;
  if (parent?.type !== 'root' || only?.type !== 'text' || others.length > 0) {
    return defaultHandlers.heading(node, parent, state, info);
  }
  const key = `${node.depth} ${only.value}`;
  const known = headingMarkdown.get(key);
  if (known !== undefined) return known;
  const markdown = defaultHandlers.heading(node, parent, state, info);
  headingMarkdown.set(key, markdown);
  return markdown;
};
