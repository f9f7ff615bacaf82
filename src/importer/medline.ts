import {
  emptyArticle,
  normalOrcid,
  type ExportProblem,
  type ExportResult,
  type PubmedArticle,
  type PubmedAuthor,
  type PubmedNotice,
} from './pubmed-article.ts';

/** A tag line: the tag, padded to four characters, then `- ` and the value (`TI  - Title`). */
const tagLine = /^([A-Z][A-Z0-9]{1,3}) {0,2}-(?: (.*))?$/;
/** A continuation line: six spaces, then more of the value above. */
const continuation = /^ {6}\S/;

/**
 * Whether a file's lines are in the MEDLINE format: its first two non-blank lines are tag lines
 * (or a tag and its continuation). A plain-text record's first line is an affiliation or its
 * citation, which never continues that way.
 */
export function isMedline(lines: readonly string[]): boolean {
  const [first, second] = lines.filter((line) => line.trim() !== '');
  return (
    first !== undefined &&
    tagLine.test(first) &&
    second !== undefined &&
    (tagLine.test(second) || continuation.test(second))
  );
}

/** One field of a record: its tag, its value (continuation lines joined by a space), its line. */
interface Field {
  tag: string;
  value: string;
  line: number;
}

const noticeTags: Record<string, PubmedNotice['kind']> = {
  EIN: 'erratum-in',
  EFR: 'erratum-for',
  RIN: 'retraction-in',
  ROF: 'retraction-of',
};

/**
 * Reads a MEDLINE export (PubMed's "PubMed format", `.nbib` or `.txt`): records separated by
 * blank lines, each a list of tagged fields whose long values continue on lines indented six
 * spaces. Every problem is returned with its line: a line that is neither a tag nor a
 * continuation, a tag without a value, a record without `PMID-`. `lines` may be a part of a
 * file, whose first line is line `firstLine` of it.
 */
export function readMedline(lines: readonly string[], firstLine = 1): ExportResult {
  // Records are the runs of non-blank lines; lines come with trailing white space removed, so a
  // blank line is empty.
  const blocks: { start: number; end: number }[] = [];
  for (let index = 0; index < lines.length; index++) {
    if (lines[index] === '') continue;
    const last = blocks.at(-1);
    if (last?.end === index) last.end = index + 1;
    else blocks.push({ start: index, end: index + 1 });
  }
  const errors: ExportProblem[] = [];
  if (blocks.length === 0)
    errors.push({ line: firstLine, message: 'no MEDLINE record; expected lines such as "PMID- 31918710"' });
  const articles = blocks.map(({ start, end }) =>
    readRecord(readFields(lines.slice(start, end), firstLine + start, errors), errors),
  );
  return errors.length > 0 ? { ok: false, errors } : { ok: true, articles };
}

/** The fields of a record whose first line is line `first` of the file, continuations joined. */
function readFields(lines: readonly string[], first: number, errors: ExportProblem[]): Field[] {
  const fields: Field[] = [];
  for (let index = 0; index < lines.length; index++) {
    const text = lines[index] ?? '';
    const line = first + index;
    const last = fields.at(-1);
    // Most lines of an abstract are continuations: told by their indent, without a regex.
    if (last && text.startsWith('      ') && text.charCodeAt(6) > 32) {
      last.value += ` ${text.slice(6)}`;
      continue;
    }
    const tagged = tagLine.exec(text);
    if (tagged) {
      const [, tag = '', value = ''] = tagged;
      if (value.trim() === '') {
        errors.push({
          line,
          message: `the tag ${tag} has no value; expected "${tag.padEnd(4)}- " followed by its text`,
        });
      }
      fields.push({ tag, value: value.trim(), line });
    } else {
      errors.push({
        line,
        message:
          'expected a MEDLINE tag line ("TI  - text", the tag padded to four characters) or its continuation indented six spaces',
      });
    }
  }
  return fields;
}

/** How each field of the article (not of an author) is read; fields not listed are left out. */
const articleFields: Record<string, (article: PubmedArticle, value: string, line: number) => void> = {
  PMID: (article, value, line) => (article.pmid ??= { value, line }),
  TI: (article, value, line) => (article.title = { value, line }),
  VTI: (article, value) => (article.vernacularTitle = value),
  LA: (article, value) => article.languages.push(value),
  TA: (article, value, line) => (article.journal = { value, line }),
  DP: (article, value, line) => (article.date = { value, line }),
  VI: (article, value) => (article.volume = value),
  IP: (article, value) => (article.issue = value),
  PG: (article, value) => (article.pages = value),
  LID: readDoi,
  AID: readDoi,
  PMC: (article, value) => (article.pmcid = value),
  AB: (article, value, line) => article.abstract.push({ label: undefined, text: value, line }),
  OT: (article, value) => article.keywords.push(value),
  MH: (article, value) => article.mesh.push(value),
  PT: (article, value) => article.publicationTypes.push(value),
  ...Object.fromEntries(
    Object.entries(noticeTags).map(([tag, kind]) => [
      tag,
      (article: PubmedArticle, value: string) => article.notices.push(notice(kind, value)),
    ]),
  ),
};

/** `LID` and `AID` values name the DOI as `10.1186/… [doi]`; the first one is the article's. */
function readDoi(article: PubmedArticle, value: string, line: number) {
  const doi = /^(\S+) \[doi\]$/.exec(value)?.[1];
  if (doi) article.doi ??= { value: doi, line };
}

function readRecord(fields: readonly Field[], errors: ExportProblem[]): PubmedArticle {
  const article = emptyArticle(fields[0]?.line ?? 1);
  for (const { tag, value, line } of fields) {
    const read = articleFields[tag];
    if (value === '') continue;
    if (read) read(article, value, line);
    else readAuthorField(article, value, line, tag);
  }
  for (const person of article.authors) {
    // A FAU without its AU: the NLM form is made from the full name.
    if (!person.name) person.name = nlmForm(person.family ?? '', person.given);
  }
  if (!article.pmid) {
    errors.push({
      line: article.line,
      message: 'this record has no PMID; expected every MEDLINE record to start with "PMID- <number>"',
    });
  }
  return article;
}

/**
 * An author's field: `FAU` (the full name) or `CN` (a group) starts an author, and so does an
 * `AU` that follows no `FAU` of its own (older records); `AUID` and `AD` belong to the author
 * before them.
 */
function readAuthorField(article: PubmedArticle, value: string, line: number, tag: string) {
  const author = article.authors.at(-1);
  const start = (fields: Omit<PubmedAuthor, 'line' | 'affiliations'>) =>
    article.authors.push({ line, affiliations: [], ...fields });
  if (tag === 'FAU') {
    const [family = value, given] = value.split(/,\s*/, 2);
    start({ name: '', family, ...(given && { given }) });
  } else if (tag === 'AU') {
    if (author && !author.name) author.name = value;
    else start({ name: value });
  } else if (tag === 'CN') {
    start({ name: value });
  } else if (tag === 'AUID' && author && /^ORCID:/i.test(value)) {
    author.orcid = normalOrcid(value.replace(/^ORCID:\s*/i, ''));
  } else if (tag === 'AD') {
    author?.affiliations.push(value);
  }
}

/** `Laï MC` from `Laï` and `Marie-Catherine`. */
function nlmForm(family: string, given: string | undefined): string {
  const initials = (given ?? '').match(/\p{Lu}/gu)?.join('') ?? '';
  return initials ? `${family} ${initials}` : family;
}

/** A notice from its MEDLINE value: `Lancet. 2020;395(10240):1820. doi: …. PMID: 32505223`. */
function notice(kind: PubmedNotice['kind'], value: string): PubmedNotice {
  const pmid = /\s*PMID:\s*(\d+)\.?$/.exec(value);
  const citation = (pmid ? value.slice(0, pmid.index) : value).replace(/\.$/, '').trim();
  return pmid?.[1] ? { kind, citation, pmid: pmid[1] } : { kind, citation };
}
