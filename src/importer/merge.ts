import type { RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { langs } from '../i18n/locales.ts';
import type { PaperFile } from '../papers/paper-file.ts';
import type { PaperInput } from '../papers/schema.ts';
import type { ParsedRecord } from './parse.ts';
import { recordEntry, type BlockContent, type EntryContent } from './write.ts';

/** A fact or an abstract on which an existing entry and an incoming record disagree. */
export interface Difference {
  /** What differs: a frontmatter field (`doi`) or an abstract (`abstract (zh-Hans)`). */
  field: string;
  /** Line of the record that gives the incoming value. */
  line: number;
  /** The entry's value, item by item (list entries, paragraphs, headings). */
  entry: string[];
  /** The record's value, item by item. */
  record: string[];
}

/** An entry merged with a record. */
export interface Merge {
  content: EntryContent;
  /** Whether the merged content differs from the entry (so the file must be written). */
  changed: boolean;
  /** Values the record would replace; refused unless forced. */
  differences: Difference[];
}

/** The frontmatter fields a record gives; every other field (title, authors, notes) is the maintainer's. */
export const recordFields = ['journal', 'date', 'volume', 'issue', 'pages', 'doi', 'affiliations', 'related'] as const;

/** A content file as {@link EntryContent}: its frontmatter as written and each block's nodes. */
export function entryContent(file: PaperFile): EntryContent {
  return {
    frontmatter: file.raw as PaperInput,
    blocks: file.blocks.map((block) => ({ lang: block.lang, children: fromMarkdown(block.markdown).children })),
  };
}

/**
 * Merges a record into an existing entry, field by field and abstract by abstract. What the
 * record does not give (title, authors, notes, an abstract it lacks) is kept. What the entry
 * lacks is added. Where both have a value and they differ, the entry may hold a maintainer's
 * correction: it is kept and the difference reported, unless `force` says the record wins.
 */
export function mergeEntry(entry: EntryContent, record: ParsedRecord, force: boolean): Merge {
  const incoming = recordEntry(record);
  const differences: Difference[] = [];
  let changed = false;
  const decide = (field: string, line: number, had: string[], given: string[]): boolean => {
    if (given.length === 0 || same(had, given)) return false;
    if (had.length > 0) differences.push({ field, line, entry: had, record: given });
    const take = had.length === 0 || force;
    changed ||= take;
    return take;
  };

  const frontmatter: PaperInput = { ...entry.frontmatter };
  for (const field of recordFields) {
    const line = field === 'affiliations' || field === 'related' ? record.lines[field] : record.lines.citation;
    if (decide(field, line, factItems(entry.frontmatter, field), factItems(incoming.frontmatter, field))) {
      Object.assign(frontmatter, { [field]: incoming.frontmatter[field] });
    }
  }

  const blocks = langs.flatMap((lang): BlockContent[] => {
    const had = entry.blocks.find((block) => block.lang === lang);
    const given = incoming.blocks.find((block) => block.lang === lang);
    const line = record.abstracts[lang]?.line ?? record.lines.citation;
    const take = decide(`abstract (${lang})`, line, blockItems(had?.children), blockItems(given?.children));
    const block = take ? given : had;
    return block ? [block] : [];
  });

  return { content: { frontmatter, blocks }, changed, differences };
}

function factItems(frontmatter: PaperInput, field: (typeof recordFields)[number]): string[] {
  const value = frontmatter[field];
  if (value === undefined) return [];
  if (typeof value === 'string') return [value];
  return value.map((item) => (typeof item === 'string' ? item : `${item.journal}. ${item.date}`));
}

/**
 * An abstract as a reader sees it: each heading (with its `{#id}`) and each paragraph as text,
 * white space collapsed, so that re-wrapping or re-escaping a paragraph is no difference.
 */
function blockItems(children: readonly RootContent[] | undefined): string[] {
  return (children ?? []).map((node) => {
    const text = toString(node).replace(/\s+/g, ' ').trim();
    return node.type === 'heading' ? `${'#'.repeat(node.depth)} ${text}` : text;
  });
}

function same(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}
