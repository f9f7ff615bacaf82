import { parsePartialDate, type PartialDate } from '../lib/partial-date.ts';
import { doiSchema } from '../papers/schema.ts';

/** What a citation line in NLM style says, as printed except for page ranges (given in full). */
export interface CitationLine {
  /** The journal's NLM abbreviation (`J Transl Med`). */
  journal: string;
  /** Publication date; `undefined` when the printed date does not exist (see {@link problems}). */
  date: PartialDate | undefined;
  volume?: string;
  issue?: string;
  /** Pages in full (`249-55` becomes `249-255`) or an electronic locator (`e0123456`). */
  pages?: string;
  doi?: string;
  /** Why the line cannot be imported: an impossible date, a malformed DOI or locator. */
  problems: string[];
  /** Text after the locator that is none of the known parts (DOI, Epub, PMID, ...). */
  unrecognized: string[];
}

const month = 'Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec';
const season = 'Spring|Summer|Fall|Autumn|Winter';
const date =
  `(?<year>\\d{4})(?: (?<month>${month})(?:[-/](?:${month}))?(?: (?<day>\\d{1,2})(?:-\\d{1,2})?)?` +
  `| (?:${season})(?:[-/](?:${season}))?)?`;
/** `Journal. <date>[;<volume>(<issue>):<pages>].[ tail]`, the head every NLM citation shares. */
const citationHead = new RegExp(
  `^(?<journal>\\S.*?)\\.\\s+(?:${date})(?:;(?<locator>.*?))?\\.(?=\\s|$)\\s*(?<tail>.*)$`,
);
const printedDate = new RegExp(`^(?:${date})$`);
const locatorPattern = /^(?<volume>[^():]*?)\s*(?:\((?<issue>[^()]+)\))?(?::\s*(?<pages>\S.*))?$/;
const monthNumbers = new Map(month.split('|').map((name, index) => [name, index + 1]));

/** Parts of the tail the content has no field for; recognised so they are not reported. */
const knownTail = [
  /^Epub\b.*\.$/,
  /^(?:Online )?ahead of print\.$/i,
  /^eCollection\b.*\.$/,
  /^Print\b.*\.$/,
  /^PMID:\s*\d+\.?$/,
  /^PMCID:\s*PMC\d+\.?$/,
];

/**
 * Reads a citation line in NLM style (`J Transl Med. 2020 Jan 9;18(1):14. doi:
 * 10.1186/s12967-019-02204-y.`), in its usual forms: with or without month and day, issue, pages
 * or DOI; seasons (`2019 Spring`) and month ranges (`Jan-Feb`, read as the first month); short
 * page ranges; electronic locators; `Epub`, `PMID` and the like after the DOI. Returns
 * `undefined` for a line that is not a citation line at all.
 */
export function readCitationLine(line: string): CitationLine | undefined {
  const head = citationHead.exec(line)?.groups;
  if (!head) return undefined;
  const citation: CitationLine = {
    journal: head['journal'] ?? '',
    date: citationDate(head),
    problems: [],
    unrecognized: [],
  };
  if (!citation.date) {
    const printed = line
      .slice(citation.journal.length + 1)
      .trim()
      .split(/[;.]/)[0];
    citation.problems.push(`impossible date "${printed}" in the citation; expected a real date such as "2020 Jan 9"`);
  }
  if (head['locator'] !== undefined) readLocator(head['locator'], citation);
  readTail(head['tail'] ?? '', citation);
  return citation;
}

/**
 * A date as PubMed prints it (`2020 Jan 9`, `2020 Jan-Feb`, `2019 Spring`), read as the citation
 * line's is; a range across years (`2019 Dec-2020 Jan`) as its first year. `undefined` when the
 * text is no date or an impossible one.
 */
export function readPrintedDate(text: string): PartialDate | undefined {
  const groups = printedDate.exec(text.trim())?.groups;
  if (groups) return citationDate(groups);
  const year = /^(\d{4})\b/.exec(text.trim())?.[1];
  return year ? parsePartialDate(year) : undefined;
}

function citationDate(groups: Record<string, string | undefined>): PartialDate | undefined {
  const monthNumber = groups['month'] ? monthNumbers.get(groups['month']) : undefined;
  const parts = [groups['year'], monthNumber, groups['day']].filter((part) => part !== undefined);
  return parsePartialDate(parts.join('-'));
}

function readLocator(locator: string, citation: CitationLine) {
  const parts = locatorPattern.exec(locator.trim())?.groups;
  const volume = parts?.['volume']?.trim();
  if (!parts || (!volume && !parts['issue'] && !parts['pages'])) {
    citation.problems.push(
      `cannot read volume, issue and pages "${locator}" in the citation; expected "volume(issue):pages", such as "18(1):14"`,
    );
    return;
  }
  if (volume) citation.volume = volume;
  if (parts['issue']) citation.issue = parts['issue'].trim();
  if (parts['pages']) citation.pages = fullPageRange(parts['pages'].trim());
}

/**
 * Writes a page range in full: `249-55` is 249 to 255, `1123-4` is 1123 to 1124, `S12-6` is
 * S12 to S16. Anything else (`e0123456`, `95-102`, `S1-S10`) is already in full.
 */
export function fullPageRange(pages: string): string {
  const range = /^([A-Za-z]*)(\d+)-([A-Za-z]*)(\d+)$/.exec(pages);
  if (!range) return pages;
  const [, prefix = '', first = '', endPrefix = '', end = ''] = range;
  if (end.length >= first.length || (endPrefix && endPrefix !== prefix)) return pages;
  return `${prefix}${first}-${prefix}${first.slice(0, first.length - end.length)}${end}`;
}

function readTail(tail: string, citation: CitationLine) {
  let unknown: string[] = [];
  const flush = () => {
    if (unknown.length > 0) citation.unrecognized.push(unknown.join(' '));
    unknown = [];
  };
  // A DOI never holds white space, so the tail splits into its parts after each ". ".
  for (const part of tail.split(/(?<=\.)\s+/).filter(Boolean)) {
    const doi = /^doi:\s*(\S+)$/i.exec(part)?.[1]?.replace(/\.$/, '');
    if (doi !== undefined && citation.doi === undefined) {
      flush();
      citation.doi = doi;
      if (!doiSchema.safeParse(doi).success) {
        citation.problems.push(
          `the DOI "${doi}" is not of the form 10.<digits>/<suffix>; expected a DOI such as "doi: 10.1186/s12967-019-02204-y."`,
        );
      }
    } else if (knownTail.some((pattern) => pattern.test(part))) {
      flush();
    } else {
      unknown.push(part);
    }
  }
  flush();
}
