import { langs } from '../i18n/locales.ts';
import { ContentError, parsePaperFile } from '../papers/paper-file.ts';
import { PapersByDoi } from '../papers/papers-by-doi.ts';
import type { PaperInput } from '../papers/schema.ts';
import type { CompiledRecord, EntryFile, IndexedEntry } from './compile.ts';
import { describeDifference } from './difference.ts';
import { entryContent, incomingRecord, mergeEntry, recordFields, type Incoming, type Merge } from './merge.ts';
import { recordLangs, type ParsedRecord, type ParsedTranslation, type RecordLang } from './parse.ts';
import { slugBase, uniqueSlug } from './slug.ts';
import { joinEntry, recordBlocks, writeBody, writeEntry, writeFrontmatter, type EntryContent } from './write.ts';

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

/** The content folder's entries, as a record finds its own: by DOI, else by PMID, else by citation. */
interface Folder {
  byDoi: PapersByDoi<Known>;
  byPmid: Map<string, Known>;
  byCitation: Map<string, Known>;
}

/** One record of the batch, read. */
interface Part {
  path: string;
  compiled: CompiledRecord;
  record: ParsedRecord | ParsedTranslation;
}

/** The records of the batch that are of one paper: at most one of each source (plain text, PubMed, translation). */
interface PaperParts {
  parts: Part[];
}

/** The batch's papers, each found by the DOI, PMID or (without either) citation of its records. */
class BatchPapers {
  readonly papers: PaperParts[] = [];
  readonly #byDoi = new PapersByDoi<PaperParts>();
  readonly #byPmid = new Map<string, PaperParts>();
  readonly #byCitation = new Map<string, PaperParts>();

  /** Files a record with its paper's other records; the error refusing it when its paper already has one of its source. */
  add(part: Part): string | undefined {
    const { facts } = part.record;
    const citation = part.record.source === 'translation' ? undefined : citationKey(part.record.facts);
    const paper =
      this.#byDoi.get(facts.doi) ??
      (facts.pmid === undefined ? undefined : this.#byPmid.get(facts.pmid)) ??
      (facts.doi === undefined && facts.pmid === undefined && citation ? this.#byCitation.get(citation) : undefined);
    const twin = paper?.parts.find((other) => other.record.source === part.record.source);
    if (twin) {
      const what = this.#byDoi.get(facts.doi)
        ? `DOI ${facts.doi} is also the DOI of`
        : facts.pmid !== undefined && this.#byPmid.get(facts.pmid)
          ? `PMID ${facts.pmid} is also the PMID of`
          : 'this citation, without a DOI, is also the one of';
      return `${part.path}:${part.record.lines.citation}: ${what} ${twin.path} (line ${twin.record.lines.citation}); expected one record per paper`;
    }
    const filed = paper ?? { parts: [] };
    if (!paper) this.papers.push(filed);
    filed.parts.push(part);
    if (facts.doi !== undefined) this.#byDoi.set(facts.doi, filed);
    if (facts.pmid !== undefined) this.#byPmid.set(facts.pmid, filed);
    else if (facts.doi === undefined && citation) this.#byCitation.set(citation, filed);
    return undefined;
  }
}

/** What the batch brings to one paper: its records merged, in the order plain text, PubMed, translation. */
interface PaperIncoming extends Incoming {
  /** The records it is made of. */
  parts: readonly Part[];
  /** The full record among them, when there is one (a translation alone has none). */
  facts: PaperInput | undefined;
  /** The entry the importer writes for it, and where its body starts, when it is a full record. */
  text: string | undefined;
  bodyOffset: number | undefined;
  languages: RecordLang[];
}

interface PlanOptions {
  /** Whether a record replaces what a maintainer corrected in its entry. */
  force: boolean;
  /** The path to show for the entry named `name`. */
  pathOf: (name: string) => string;
}

/**
 * Plans the import of a batch of records into the entries of a content folder, without touching
 * any file. The records of one paper (found by DOI, else PMID, else citation: a plain-text
 * record, a PubMed export's article, a Chinese translation) are merged into one; its entry is
 * found the same way, merged ({@link mergeEntry}) or created under a readable slug, unique among
 * the folder's files and the batch (`-2`, `-3` in batch order). Two records of one source for
 * one paper, records that disagree (unless `force`), a translation of no known paper, an
 * unreadable entry, or an entry a maintainer corrected (unless `force`) are errors.
 */
export function planImport(
  records: readonly CompiledRecord[],
  entries: readonly IndexedEntry[],
  options: PlanOptions,
): Plan {
  const { folder, errors } = indexFolder(entries);
  const plan: Plan = { outcomes: [], warnings: [], errors, refused: 0 };
  const taken = new Set(entries.map((entry) => entry.name));
  const batch = new BatchPapers();
  for (const compiled of records) {
    const { path, parsed } = compiled;
    for (const warning of parsed.warnings) plan.warnings.push(`${path}:${warning.line}: warning: ${warning.message}`);
    if (!parsed.ok) {
      refuse(plan, ...parsed.errors.map((error) => `${path}:${error.line}: ${error.message}`));
      continue;
    }
    const repeated = batch.add({ path, compiled, record: parsed.record });
    if (repeated) refuse(plan, repeated);
  }
  for (const paper of batch.papers) {
    const incoming = combine(paper.parts, options.force);
    const outcome = typeof incoming === 'string' ? incoming : paperOutcome(incoming, folder, taken, options);
    if (typeof outcome === 'string') refuse(plan, outcome);
    else if (typeof incoming !== 'string') accept(plan, outcome, incoming);
  }
  return plan;
}

const sourceOrder = ['text', 'pubmed', 'translation'] as const;

/**
 * A paper's records as one: the first full record (plain text before PubMed), with what each
 * later record adds. Where they disagree, the earlier record's value is kept and the difference
 * refused, unless `force` takes the later one's. Each abstract is the first record's that has
 * one (the last one's when forced), its sections' ids aligned across the languages.
 */
function combine(parts: readonly Part[], force: boolean): PaperIncoming | string {
  const ordered = [...parts].sort(
    (a, b) => sourceOrder.indexOf(a.record.source) - sourceOrder.indexOf(b.record.source),
  );
  const [first, ...rest] = ordered;
  if (!first) throw new Error('a paper without records');
  const full = first.record.source === 'translation' ? undefined : first.record;
  const abstractOf = (lang: RecordLang) => {
    const having = ordered.filter((part) => part.record.abstracts[lang]);
    return (force ? having.at(-1) : having[0]) ?? undefined;
  };
  const from = (field: string) => {
    const part = (isLang(field) ? abstractOf(field) : ordered.find((other) => field in other.record.facts)) ?? first;
    return incomingRecord(part.record, part.path).from(field);
  };
  const abstracts = Object.fromEntries(
    recordLangs.flatMap((lang) => {
      const abstract = abstractOf(lang)?.record.abstracts[lang];
      return abstract ? [[lang, abstract]] : [];
    }),
  );
  if (rest.length === 0) {
    const { text, bodyOffset } = first.compiled;
    return {
      ...incomingRecord(first.record, first.path),
      parts,
      facts: full?.facts,
      text,
      bodyOffset,
      languages: recordLangs.filter((lang) => abstracts[lang]),
    };
  }
  let content: EntryContent = { frontmatter: first.record.facts as PaperInput, blocks: recordBlocks(first.record) };
  for (const [index, part] of rest.entries()) {
    const merge = mergeEntry(content, incomingRecord(part.record, part.path), force);
    if (merge.differences.length > 0 && !force) {
      const earlier = ordered
        .slice(0, index + 1)
        .map((other) => other.path)
        .join(' and ');
      return refusal(
        merge,
        `this record and ${earlier} differ on the paper they share; expected the same facts, or --force to take this record's (- ${earlier}, + this record):`,
      );
    }
    content = merge.content;
  }
  const blocks = recordBlocks({ abstracts });
  const body = writeBody(blocks);
  const text = full ? joinEntry(writeFrontmatter(content.frontmatter), body) : undefined;
  return {
    frontmatter: content.frontmatter,
    blocks,
    from,
    parts,
    facts: full ? content.frontmatter : undefined,
    text,
    bodyOffset: text === undefined ? undefined : text.length - body.length,
    languages: recordLangs.filter((lang) => abstracts[lang]),
  };
}

function isLang(field: string): field is RecordLang {
  return (recordLangs as readonly string[]).includes(field);
}

/** The error refusing a merge's differences, each shown as `describeDifference` writes it. */
function refusal(merge: Merge, what: string): string {
  const first = merge.differences[0];
  const details = merge.differences.flatMap(describeDifference).map((line) => `    ${line}`);
  return [`${first?.path}:${first?.line}: ${what}`, ...details].join('\n');
}

/**
 * The folder's entries by DOI, PMID and citation, and an error for each unreadable entry and each
 * entry with the DOI of an entry before it: every entry is read, so that no two papers share a DOI.
 */
function indexFolder(entries: readonly IndexedEntry[]): { folder: Folder; errors: string[] } {
  const folder: Folder = { byDoi: new PapersByDoi(), byPmid: new Map(), byCitation: new Map() };
  const errors: string[] = [];
  for (const { index, ...file } of entries) {
    if (!index.ok) {
      errors.push(`${index.error}\n  (every entry is read, so that no two papers share a DOI: fix this one first)`);
      continue;
    }
    const known: Known = { file, facts: index.facts, bodyOffset: index.bodyOffset };
    const { doi, pmid } = known.facts;
    const twin = folder.byDoi.get(doi);
    if (twin) {
      const line = file.text.slice(0, file.text.search(/^doi:/m)).split('\n').length;
      errors.push(
        `${file.path}:${line}: DOI ${doi} is also the DOI of ${twin.file.path}; expected one entry per paper`,
      );
    }
    if (doi !== undefined) folder.byDoi.set(doi, known);
    if (pmid !== undefined && !folder.byPmid.has(pmid)) folder.byPmid.set(pmid, known);
    if (!folder.byCitation.has(citationKey(known.facts))) folder.byCitation.set(citationKey(known.facts), known);
  }
  return { folder, errors };
}

/**
 * What importing a paper's records does: update the folder's entry for it (which no other
 * paper of the batch may claim), or create one under a slug not `taken` yet. Returns the error
 * refusing it instead when it cannot be imported.
 */
function paperOutcome(
  incoming: PaperIncoming,
  folder: Folder,
  taken: Set<string>,
  options: PlanOptions,
): Outcome | string {
  const path = incoming.parts.map((part) => part.path).join(', ');
  const at = incoming.from('citation');
  const known = findEntry(incoming, folder);
  if (known?.claimedBy) {
    return `${at.path}:${at.line}: this record and ${known.claimedBy} are both for ${known.file.path}; expected one record per paper`;
  }
  if (known) {
    known.claimedBy = path;
    return updateEntry(known, incoming, path, options.force);
  }
  if (!incoming.facts || incoming.text === undefined) {
    const { doi, pmid } = incoming.frontmatter;
    const named = doi !== undefined ? `DOI ${doi}` : `PMID ${pmid}`;
    return `${at.path}:${at.line}: no entry and no record of the paper with ${named}; expected its entry in the content folder, or its record or PubMed export in the same import`;
  }
  if (incoming.languages.length === 0) {
    return `${at.path}:${at.line}: no abstract in this record; expected an English abstract (AB, <AbstractText>), or the paper's plain-text record or Chinese translation in the same import`;
  }
  const name = uniqueSlug(slugBase(incoming.facts), taken);
  taken.add(name);
  return {
    record: path,
    name,
    path: options.pathOf(name),
    status: 'created',
    text: incoming.text,
    languages: incoming.languages,
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
function accept(plan: Plan, outcome: Outcome, incoming: Incoming) {
  plan.outcomes.push(outcome);
  for (const lang of recordLangs.filter((lang) => !outcome.languages.includes(lang))) {
    const shown = outcome.languages[0] ?? '';
    const at = incoming.from(shown);
    plan.warnings.push(
      `${at.path}:${at.line}: warning: no ${languageName.of(lang)} abstract: the ${languageName.of(lang)} page shows the ${languageName.of(shown)} one, with a notice that the translation is missing`,
    );
  }
}

function citationKey(facts: Pick<PaperInput, 'journal' | 'date' | 'volume' | 'issue' | 'pages'>): string {
  return ['citation', facts.journal, facts.date, facts.volume, facts.issue, facts.pages].join('|');
}

function findEntry(incoming: PaperIncoming, folder: Folder): Known | undefined {
  const { doi, pmid } = incoming.frontmatter;
  const sameDoi = folder.byDoi.get(doi);
  if (sameDoi) return sameDoi;
  const samePmid = pmid === undefined ? undefined : folder.byPmid.get(pmid);
  if (samePmid && (doi === undefined || samePmid.facts.doi === undefined)) return samePmid;
  if (!incoming.facts) return undefined;
  // Without a DOI match, a paper is the one with the same citation, unless the DOIs say otherwise.
  const sameCitation = folder.byCitation.get(citationKey(incoming.facts));
  return sameCitation && (doi === undefined || sameCitation.facts.doi === undefined) ? sameCitation : undefined;
}

/** The outcome of importing a paper's records into its existing entry, or the error refusing them. */
function updateEntry(known: Known, incoming: PaperIncoming, record: string, force: boolean): Outcome | string {
  const { file } = known;
  const base = { record, name: file.name, path: file.path };
  // The usual case, a record imported again: same body, and every fact it gives already there.
  const body = file.text.slice(known.bodyOffset).replace(/^\s+/, '');
  if (
    incoming.text !== undefined &&
    body === incoming.text.slice(incoming.bodyOffset) &&
    recordFields.every((field) => given(incoming, known, field))
  ) {
    return { ...base, status: 'unchanged', text: file.text, languages: incoming.languages };
  }
  let merge;
  try {
    merge = mergeEntry(entryContent(parsePaperFile(file.text, file.path, langs)), incoming, force);
  } catch (error) {
    if (error instanceof ContentError) return error.message;
    throw error;
  }
  if (merge.differences.length > 0 && !force) {
    return refusal(
      merge,
      `${file.path} differs from this record, perhaps corrected by a maintainer; expected the same text, or --force to replace it with the record's (- entry, + record):`,
    );
  }
  const languages = merge.content.blocks.map((block) => block.lang);
  if (!merge.changed) return { ...base, status: 'unchanged', text: file.text, languages };
  return { ...base, status: 'updated', text: writeEntry(merge.content), languages };
}

/** Whether the entry already has the records' value of `field` (or they give none). */
function given(incoming: PaperIncoming, known: Known, field: (typeof recordFields)[number]): boolean {
  const value = incoming.frontmatter[field];
  if (value === undefined || (Array.isArray(value) && value.length === 0)) return true;
  return JSON.stringify(value) === JSON.stringify(known.facts[field]);
}
