import type { RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { langs } from '../i18n/locales.ts';
import type { PaperFile } from '../papers/paper-file.ts';
import type { PaperInput } from '../papers/schema.ts';
import { paperSchema } from '../papers/schema.ts';
import { recordLangs, type ParsedRecord, type ParsedTranslation, type RecordLang } from './parse.ts';
import { recordBlocks, type BlockContent, type EntryContent } from './write.ts';

/** A fact or an abstract on which an existing entry and an incoming record disagree. */
export interface Difference {
  /** What differs: a frontmatter field (`doi`) or an abstract (`abstract (zh-Hans)`). */
  field: string;
  /** The record that gives the incoming value. */
  path: string;
  /** Line of that record that gives it. */
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

/** What a record brings to an entry: its facts (a translation names its paper only), its blocks, and where each came from. */
export interface Incoming {
  frontmatter: Partial<PaperInput>;
  blocks: BlockContent[];
  /** The record (path and line) that gives a field (`doi`) or an abstract (`en`). */
  from: (field: string) => { path: string; line: number };
}

/** The frontmatter fields records give; `notes` is the maintainer's alone. */
export const recordFields = (Object.keys(paperSchema.shape) as (keyof PaperInput)[]).filter(
  (field): field is Exclude<keyof PaperInput, 'notes'> => field !== 'notes',
);

/** A content file as {@link EntryContent}: its frontmatter as written and each block's nodes. */
export function entryContent(file: PaperFile): EntryContent {
  return {
    frontmatter: file.raw as PaperInput,
    blocks: file.blocks.map((block) => ({ lang: block.lang, children: fromMarkdown(block.markdown).children })),
  };
}

/** A parsed record as {@link Incoming}, each fact pointing at its line of `path`. */
export function incomingRecord(record: ParsedRecord | ParsedTranslation, path: string): Incoming {
  return {
    frontmatter: record.facts,
    blocks: recordBlocks(record),
    from: (field) => ({
      path,
      line: isRecordLang(field)
        ? (record.abstracts[field]?.line ?? record.lines.citation)
        : (record.lines[field as keyof PaperInput] ?? record.lines.citation),
    }),
  };
}

/**
 * Merges a record into an existing entry, field by field and abstract by abstract. What the
 * record does not give (notes, an abstract it lacks, a fact of another source) is kept. What the
 * entry lacks is added, and so are the details of its authors it lacks (full names, ORCID,
 * affiliations) when the names are the same. Where both have a value and they differ, the entry
 * may hold a maintainer's correction: it is kept and the difference reported, unless `force`
 * says the record wins.
 */
export function mergeEntry(entry: EntryContent, incoming: Incoming, force: boolean): Merge {
  const differences: Difference[] = [];
  let changed = false;
  const decide = (field: string, had: string[], given: string[], source = field): boolean => {
    if (given.length === 0 || same(had, given)) return false;
    if (had.length > 0) differences.push({ field, ...incoming.from(source), entry: had, record: given });
    const take = had.length === 0 || force;
    changed ||= take;
    return take;
  };

  const frontmatter: PaperInput = { ...entry.frontmatter };
  for (const field of recordFields) {
    if (field === 'authors') continue;
    if (decide(field, factItems(entry.frontmatter, field), factItems(incoming.frontmatter, field))) {
      Object.assign(frontmatter, { [field]: incoming.frontmatter[field] });
    }
  }
  const authors = mergeAuthors(entry.frontmatter.authors, incoming.frontmatter.authors);
  if (authors.conflict) {
    if (decide('authors', authorItems(entry.frontmatter.authors), authorItems(incoming.frontmatter.authors))) {
      frontmatter.authors = incoming.frontmatter.authors;
    }
  } else if (authors.value !== entry.frontmatter.authors) {
    frontmatter.authors = authors.value;
    changed = true;
  }

  const blocks = langs.flatMap((lang): BlockContent[] => {
    const had = entry.blocks.find((block) => block.lang === lang);
    const given = incoming.blocks.find((block) => block.lang === lang);
    const take = decide(`abstract (${lang})`, blockItems(had?.children), blockItems(given?.children), lang);
    const block = take ? given : had;
    return block ? [block] : [];
  });

  return { content: { frontmatter, blocks }, changed, differences };
}

type AuthorInput = NonNullable<PaperInput['authors']>[number];

/**
 * The entry's authors with what the record adds to them, when both name the same authors in the
 * same order and agree on every detail both give; else a conflict. The entry's own list comes
 * back unchanged (the same array) when the record adds nothing.
 */
function mergeAuthors(
  had: readonly AuthorInput[] | undefined,
  given: readonly AuthorInput[] | undefined,
): { value: PaperInput['authors']; conflict: boolean } {
  if (!given?.length) return { value: had as PaperInput['authors'], conflict: false };
  if (!had?.length) return { value: [...given], conflict: false };
  const names = (list: readonly AuthorInput[]) =>
    list.map((author) => (typeof author === 'string' ? author : author.name));
  if (!same(names(had), names(given))) return { value: had as PaperInput['authors'], conflict: true };
  let added = false;
  let conflict = false;
  const merged = had.map((author, index) => {
    const incoming = given[index];
    if (typeof incoming !== 'object') return author;
    const own: Record<string, unknown> = typeof author === 'string' ? { name: author } : { ...author };
    for (const [key, value] of Object.entries(incoming)) {
      if (own[key] === undefined) {
        own[key] = value;
        added = true;
      } else if (JSON.stringify(own[key]) !== JSON.stringify(value)) {
        conflict = true;
      }
    }
    return own as AuthorInput;
  });
  return { value: added && !conflict ? merged : (had as PaperInput['authors']), conflict };
}

/** Each author as one line: the name, then the details given. */
function authorItems(authors: readonly AuthorInput[] | undefined): string[] {
  return (authors ?? []).map((author) =>
    typeof author === 'string'
      ? author
      : [
          author.name,
          author.family && `${author.family}, ${author.given ?? ''}`.trim(),
          author.orcid,
          author.affiliations?.join(','),
        ]
          .filter(Boolean)
          .join(' · '),
  );
}

function factItems(frontmatter: Partial<PaperInput>, field: (typeof recordFields)[number]): string[] {
  const value = frontmatter[field];
  if (value === undefined) return [];
  // DOIs are case-insensitive: `10.1111/JSR.13120` is `10.1111/jsr.13120`.
  if (field === 'doi' && typeof value === 'string') return [value.toLowerCase()];
  if (typeof value === 'string') return [value];
  if (!Array.isArray(value)) return [[value.text, value.lang].filter(Boolean).join(' · ')];
  return value.map((item) =>
    typeof item === 'string'
      ? item
      : 'journal' in item
        ? `${item.journal}. ${item.date}`
        : 'kind' in item
          ? `${item.kind}: ${item.citation}${item.pmid ? ` (PMID ${item.pmid})` : ''}`
          : (authorItems([item])[0] ?? ''),
  );
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

function isRecordLang(field: string): field is RecordLang {
  return (recordLangs as readonly string[]).includes(field);
}

function same(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}
