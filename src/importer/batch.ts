import { langs } from '../i18n/locales.ts';
import { ContentError, parsePaperFile } from '../papers/paper-file.ts';
import { PapersByDoi } from '../papers/papers-by-doi.ts';
import type { PaperInput } from '../papers/schema.ts';
import type { CompiledRecord, EntryFile, IndexedEntry } from './compile.ts';
import { describeDifference } from './difference.ts';
import { entryContent, mergeEntry, recordFields } from './merge.ts';
import { recordLangs, type ParsedRecord, type RecordLang } from './parse.ts';
import { slugBase, uniqueSlug } from './slug.ts';
import { writeEntry } from './write.ts';

/** What importing one record does to its entry. */
export interface Outcome {
  /** The record's path. */
  record: string;
  /** The entry's file name without `.md`. */
  name: string;
  /** The entry's path to show. */
  path: string;
  status: 'created' | 'updated' | 'unchanged';
  /** The entry's full text after the import. */
  text: string;
  /** The languages the entry has an abstract in after the import. */
  languages: string[];
}

/** The outcome of a batch; when `errors` is not empty, nothing may be written. */
export interface Plan {
  outcomes: Outcome[];
  /** `FILE:LINE: warning: ...` lines: imported, but worth a look. */
  warnings: string[];
  /** `FILE:LINE: what is wrong, and what was expected` lines. */
  errors: string[];
  /** How many records were refused. */
  refused: number;
}

const languageName = new Intl.DisplayNames(['en'], { type: 'language' });

interface Known {
  file: EntryFile;
  facts: PaperInput;
  bodyOffset: number;
  /** The record already matched to this entry in the batch. */
  claimedBy?: string;
}

/** The content folder's entries, as a record finds its own: by DOI, else by citation. */
interface Folder {
  byDoi: PapersByDoi<Known>;
  byCitation: Map<string, Known>;
}

/** Where the batch's records so far are, by DOI or (without one) by citation. */
interface Seen {
  byDoi: PapersByDoi<RecordPlace>;
  byCitation: Map<string, RecordPlace>;
}

/** A record's path and the line of its citation. */
interface RecordPlace {
  path: string;
  line: number;
}

interface PlanOptions {
  /** Whether a record replaces what a maintainer corrected in its entry. */
  force: boolean;
  /** The path to show for the entry named `name`. */
  pathOf: (name: string) => string;
}

/**
 * Plans the import of a batch of records into the entries of a content folder, without touching
 * any file: each record's entry is found by DOI (or, without one, by its citation), merged
 * ({@link mergeEntry}) or created under a readable slug, unique among the folder's files and the
 * batch (`-2`, `-3` in batch order). Two records of one paper, an unreadable entry, or an entry
 * a maintainer corrected (unless `force`) are errors.
 */
export function planImport(
  records: readonly CompiledRecord[],
  entries: readonly IndexedEntry[],
  options: PlanOptions,
): Plan {
  const { folder, errors } = indexFolder(entries);
  const plan: Plan = { outcomes: [], warnings: [], errors, refused: 0 };
  const taken = new Set(entries.map((entry) => entry.name));
  const seen: Seen = { byDoi: new PapersByDoi(), byCitation: new Map() };
  for (const compiled of records) {
    const { path, parsed } = compiled;
    for (const warning of parsed.warnings) plan.warnings.push(`${path}:${warning.line}: warning: ${warning.message}`);
    if (!parsed.ok) {
      refuse(plan, ...parsed.errors.map((error) => `${path}:${error.line}: ${error.message}`));
      continue;
    }
    const { record } = parsed;
    const outcome = repeatedPaper(seen, path, record) ?? entryOutcome(compiled, record, folder, taken, options);
    if (typeof outcome === 'string') refuse(plan, outcome);
    else accept(plan, record, outcome);
  }
  return plan;
}

/**
 * The folder's entries by DOI and by citation, and an error for each unreadable entry and each
 * entry with the DOI of an entry before it: every entry is read, so that no two papers share a DOI.
 */
function indexFolder(entries: readonly IndexedEntry[]): { folder: Folder; errors: string[] } {
  const folder: Folder = { byDoi: new PapersByDoi(), byCitation: new Map() };
  const errors: string[] = [];
  for (const { index, ...file } of entries) {
    if (!index.ok) {
      errors.push(`${index.error}\n  (every entry is read, so that no two papers share a DOI: fix this one first)`);
      continue;
    }
    const known: Known = { file, facts: index.facts, bodyOffset: index.bodyOffset };
    const { doi } = known.facts;
    const twin = folder.byDoi.get(doi);
    if (twin) {
      const line = file.text.slice(0, file.text.search(/^doi:/m)).split('\n').length;
      errors.push(
        `${file.path}:${line}: DOI ${doi} is also the DOI of ${twin.file.path}; expected one entry per paper`,
      );
    }
    if (doi !== undefined) folder.byDoi.set(doi, known);
    if (!folder.byCitation.has(citationKey(known.facts))) folder.byCitation.set(citationKey(known.facts), known);
  }
  return { folder, errors };
}

/**
 * The error refusing a record when an earlier record of the batch is of the same paper; else
 * `undefined`, and the record is noted for the ones after it.
 */
function repeatedPaper(seen: Seen, path: string, record: ParsedRecord): string | undefined {
  const { facts } = record;
  const first = facts.doi ? seen.byDoi.get(facts.doi) : seen.byCitation.get(citationKey(facts));
  if (first) {
    const what = facts.doi ? `DOI ${facts.doi} is also the DOI of` : 'this citation, without a DOI, is also the one of';
    return `${path}:${record.lines.citation}: ${what} ${first.path} (line ${first.line}); expected one record per paper`;
  }
  const place = { path, line: record.lines.citation };
  if (facts.doi) seen.byDoi.set(facts.doi, place);
  else seen.byCitation.set(citationKey(facts), place);
  return undefined;
}

/**
 * What importing a record does: update the folder's entry for its paper (which no other record
 * of the batch may claim), or create one under a slug not `taken` yet. Returns the error
 * refusing it instead when it cannot be imported.
 */
function entryOutcome(
  compiled: CompiledRecord,
  record: ParsedRecord,
  folder: Folder,
  taken: Set<string>,
  options: PlanOptions,
): Outcome | string {
  const { path } = compiled;
  const known = findEntry(record, folder);
  if (known?.claimedBy) {
    return `${path}:${record.lines.citation}: this record and ${known.claimedBy} are both for ${known.file.path}; expected one record per paper`;
  }
  if (known) {
    known.claimedBy = path;
    return updateEntry(known, compiled, record, options.force);
  }
  const name = uniqueSlug(slugBase(record.facts), taken);
  taken.add(name);
  return {
    record: path,
    name,
    path: options.pathOf(name),
    status: 'created',
    text: compiled.text ?? '',
    languages: recordLangs.filter((lang) => record.abstracts[lang]),
  };
}

/** Refuses one record, for the reasons `errors` give. */
function refuse(plan: Plan, ...errors: string[]) {
  plan.errors.push(...errors);
  plan.refused++;
}

/**
 * Adds an outcome to the plan. An entry without an abstract in some language is fine (its page
 * shows another with a notice), but worth a look: the translation may have been left out by
 * mistake.
 */
function accept(plan: Plan, record: ParsedRecord, outcome: Outcome) {
  plan.outcomes.push(outcome);
  for (const lang of recordLangs.filter((lang) => !outcome.languages.includes(lang))) {
    const shown = outcome.languages[0] ?? '';
    const line = record.abstracts[shown as RecordLang]?.line ?? record.lines.citation;
    plan.warnings.push(
      `${outcome.record}:${line}: warning: no ${languageName.of(lang)} abstract: the ${languageName.of(lang)} page shows the ${languageName.of(shown)} one, with a notice that the translation is missing`,
    );
  }
}

function citationKey(facts: PaperInput): string {
  return ['citation', facts.journal, facts.date, facts.volume, facts.issue, facts.pages].join('|');
}

function findEntry(record: ParsedRecord, folder: Folder): Known | undefined {
  const { doi } = record.facts;
  const sameDoi = folder.byDoi.get(doi);
  if (sameDoi) return sameDoi;
  // Without a DOI match, a paper is the one with the same citation, unless the DOIs say otherwise.
  const sameCitation = folder.byCitation.get(citationKey(record.facts));
  return sameCitation && (doi === undefined || sameCitation.facts.doi === undefined) ? sameCitation : undefined;
}

/** The outcome of importing a record into its existing entry, or the error refusing it. */
function updateEntry(known: Known, compiled: CompiledRecord, record: ParsedRecord, force: boolean): Outcome | string {
  const { file } = known;
  const base = { record: compiled.path, name: file.name, path: file.path };
  // The usual case, a record imported again: same body, and every fact it gives already there.
  const body = file.text.slice(known.bodyOffset).replace(/^\s+/, '');
  if (
    body === compiled.text?.slice(compiled.bodyOffset) &&
    recordFields.every((field) => given(record, known, field))
  ) {
    return {
      ...base,
      status: 'unchanged',
      text: file.text,
      languages: recordLangs.filter((lang) => record.abstracts[lang]),
    };
  }
  let merge;
  try {
    merge = mergeEntry(entryContent(parsePaperFile(file.text, file.path, langs)), record, force);
  } catch (error) {
    if (error instanceof ContentError) return error.message;
    throw error;
  }
  if (merge.differences.length > 0 && !force) {
    const first = merge.differences[0]?.line ?? record.lines.citation;
    const details = merge.differences.flatMap(describeDifference).map((line) => `    ${line}`);
    return [
      `${compiled.path}:${first}: ${file.path} differs from this record, perhaps corrected by a maintainer; expected the same text, or --force to replace it with the record's (- entry, + record):`,
      ...details,
    ].join('\n');
  }
  const languages = merge.content.blocks.map((block) => block.lang);
  if (!merge.changed) return { ...base, status: 'unchanged', text: file.text, languages };
  return { ...base, status: 'updated', text: writeEntry(merge.content), languages };
}

/** Whether the entry already has the record's value of `field` (or the record gives none). */
function given(record: ParsedRecord, known: Known, field: (typeof recordFields)[number]): boolean {
  const value = record.facts[field];
  if (value === undefined || (Array.isArray(value) && value.length === 0)) return true;
  return JSON.stringify(value) === JSON.stringify(known.facts[field]);
}
