import { parsePartialDate, toIsoDate } from '../lib/partial-date.ts';
import type { PaperInput } from '../papers/schema.ts';
import {
  chineseSections,
  englishSections,
  isChineseLine,
  type RecordLine,
  type RecordSection,
} from './abstract-sections.ts';
import { readCitationLine, type CitationLine } from './citation-line.ts';
import { schemaProblems } from './schema-problems.ts';
import { decodeRecord } from './decode.ts';
import { isMedline, readMedline } from './medline.ts';
import { pubmedRecord } from './pubmed-record.ts';
import { isXml, readPubmedXml } from './pubmed-xml.ts';
import { isTranslation, parseTranslation } from './translation.ts';

/** A problem with a record, on a 1-based line of its file. */
export interface Problem {
  line: number;
  message: string;
}

/** The languages a record can carry an abstract in, in the order the record gives them. */
export const recordLangs = ['en', 'zh-Hans'] as const;
export type RecordLang = (typeof recordLangs)[number];

/** One language's abstract in a record. */
export interface RecordAbstract {
  /** Line on which the abstract starts. */
  line: number;
  /** Its sections; a single unlabelled section when the abstract is unstructured. */
  sections: RecordSection[];
}

/**
 * Where a record's facts came from, to point at them in messages: its citation (or, in a PubMed
 * export, its PMID), and the line of each field given elsewhere.
 */
export type RecordLines = { citation: number } & Partial<Record<keyof PaperInput, number>>;

/** A record of a paper, read and checked: its facts as frontmatter text, and its abstracts. */
export interface ParsedRecord {
  /** A plain-text record, or an article of a PubMed export. */
  source: 'text' | 'pubmed';
  /**
   * The facts the record gives, as the frontmatter holds them (dates as ISO text at the record's
   * precision), already accepted by the site's schema.
   */
  facts: PaperInput;
  lines: RecordLines;
  abstracts: Partial<Record<RecordLang, RecordAbstract>>;
}

/** A Chinese translation on its own, naming its paper by DOI or PMID. */
export interface ParsedTranslation {
  source: 'translation';
  facts: Pick<PaperInput, 'doi' | 'pmid'>;
  lines: RecordLines;
  abstracts: Partial<Record<RecordLang, RecordAbstract>>;
}

export type ParseResult =
  | { ok: true; record: ParsedRecord | ParsedTranslation; warnings: Problem[] }
  | { ok: false; errors: Problem[]; warnings: Problem[] };

/** `Journal Abbrev. YYYY`, `YYYY-M` or `YYYY-M-D`: one related citation. */
const relatedPattern = /^(?<journal>.+)\.\s+(?<date>\d{4}(?:-\d{1,2}){0,2})$/;

const citationExample = '"J Transl Med. 2020 Jan 9;18(1):14. doi: 10.1186/s12967-019-02204-y."';

/**
 * Reads a file of records, whatever its format, recognised from its content: PubMed XML, a
 * MEDLINE export, a Chinese translation naming its paper, or a plain-text record. A file of
 * PubMed's holds one record per article; a problem anywhere in it refuses the whole file.
 * `firstLine` numbers the lines of a part of a MEDLINE export (see `exportParts`).
 */
export function parseRecordFile(bytes: Uint8Array, firstLine = 1): ParseResult[] {
  const decoded = decodeRecord(bytes);
  if (!decoded.ok) {
    return [{ ok: false, errors: [{ line: firstLine - 1 + decoded.line, message: decoded.message }], warnings: [] }];
  }
  const { lines } = decoded;
  const text = lines.join('\n');
  if (isXml(text) || isMedline(lines)) {
    const read = isXml(text) ? readPubmedXml(text) : readMedline(lines, firstLine);
    if (!read.ok) return [{ ok: false, errors: read.errors, warnings: [] }];
    return read.articles.map(pubmedRecord);
  }
  if (isTranslation(lines)) return [parseTranslation(lines)];
  return [parseRecord(lines)];
}

/**
 * Reads a record file: 0 or more affiliation lines, one citation line in NLM style, the English
 * abstract on one or several lines, the Chinese abstract one section a line, then 0 or more
 * related citations (`Nature. 2019-3`). Blank lines, trailing spaces, CRLF and a byte-order
 * mark are allowed. Every problem found is returned with its line, worded as what is wrong and
 * what was expected. A record with one abstract only is accepted.
 */
export function parseRecord(fileLines: readonly string[]): ParseResult {
  const lines = fileLines.flatMap((text, index) => (text.trim() ? [{ text: text.trim(), line: index + 1 }] : []));
  const found = findCitation(lines);
  if ('problem' in found) return { ok: false, errors: [found.problem], warnings: [] };
  const { citation, at } = found;
  const warnings = citation.unrecognized.map((text) => ({
    line: at.line,
    message: `ignored "${text}" after the citation: the content has no field for it`,
  }));

  const affiliations = lines.slice(0, found.index);
  const rest = lines.slice(found.index + 1);
  const relatedStart = rest.findIndex((line) => relatedPattern.test(line.text));
  const abstractLines = relatedStart < 0 ? rest : rest.slice(0, relatedStart);
  const relatedLines = relatedStart < 0 ? [] : rest.slice(relatedStart);
  const related = readRelated(relatedLines);
  const abstracts = readAbstracts(abstractLines);
  const errors: Problem[] = [...citation.problems.map((message) => ({ line: at.line, message })), ...related.problems];
  if (!abstracts.en && !abstracts['zh-Hans']) {
    errors.push({
      line: at.line,
      message: 'no abstract after the citation line; expected the English abstract, the Chinese abstract, or both',
    });
  }
  if (errors.length > 0) return { ok: false, errors, warnings };

  const facts: PaperInput = {
    journal: citation.journal,
    date: citation.date ? toIsoDate(citation.date) : '',
    ...(citation.volume !== undefined && { volume: citation.volume }),
    ...(citation.issue !== undefined && { issue: citation.issue }),
    ...(citation.pages !== undefined && { pages: citation.pages }),
    ...(citation.doi !== undefined && { doi: citation.doi }),
    affiliations: affiliations.map((line) => line.text),
    related: related.citations,
  };
  // The site's own schema has the last word, so that what is imported is what the site loads.
  const refused = schemaProblems(
    facts,
    (field, index) =>
      typeof index !== 'number'
        ? undefined
        : field === 'affiliations'
          ? affiliations[index]?.line
          : field === 'related'
            ? relatedLines[index]?.line
            : undefined,
    at.line,
  );
  if (refused.length > 0) return { ok: false, errors: refused, warnings };
  const where = {
    citation: at.line,
    affiliations: affiliations[0]?.line ?? at.line,
    related: relatedLines[0]?.line ?? at.line,
  };
  return { ok: true, record: { source: 'text', facts, lines: where, abstracts }, warnings };
}

/**
 * The record's citation line, read, and its index among the lines; or, when there is none, the
 * problem to report: at the line that looks most like a malformed citation, if any.
 */
function findCitation(
  lines: readonly RecordLine[],
): { citation: CitationLine; at: RecordLine; index: number } | { problem: Problem } {
  const index = lines.findIndex((line) => readCitationLine(line.text));
  const at = lines[index];
  const citation = at && readCitationLine(at.text);
  if (at && citation) return { citation, at, index };
  const near = lines.find((line) => /\.\s+\d{4}\b/.test(line.text) && !relatedPattern.test(line.text));
  const where = near ? `this line is not a citation in NLM form; expected one like ${citationExample}` : '';
  return {
    problem: {
      line: near?.line ?? 1,
      message: `no citation line: ${where || `expected one after the affiliations, like ${citationExample}`}`,
    },
  };
}

/** The related citations (`Nature. 2019-3`), and a problem for each line that is not one. */
function readRelated(lines: readonly RecordLine[]): { citations: PaperInput['related']; problems: Problem[] } {
  const problems: Problem[] = [];
  const citations = lines.flatMap((line) => {
    const groups = relatedPattern.exec(line.text)?.groups;
    if (!groups) {
      problems.push({
        line: line.line,
        message: `expected a related citation like "Nature. 2019-3" (journal, a period, then YYYY, YYYY-M or YYYY-M-D): every line after the first related citation is one`,
      });
      return [];
    }
    const date = parsePartialDate(groups['date'] ?? '');
    if (!date) {
      problems.push({
        line: line.line,
        message: `impossible date "${groups['date']}" in a related citation; expected a real date written YYYY, YYYY-M or YYYY-M-D`,
      });
      return [];
    }
    return [{ journal: groups['journal'] ?? '', date: toIsoDate(date) }];
  });
  return { citations, problems };
}

/**
 * The abstracts the lines hold: English up to the first Chinese line (see {@link isChineseLine}),
 * Chinese from there on.
 */
function readAbstracts(lines: readonly RecordLine[]): ParsedRecord['abstracts'] {
  const chineseStart = lines.findIndex((line) => isChineseLine(line.text));
  const english = chineseStart < 0 ? lines : lines.slice(0, chineseStart);
  const chinese = chineseStart < 0 ? [] : lines.slice(chineseStart);
  const abstracts: ParsedRecord['abstracts'] = {};
  if (english[0]) abstracts.en = { line: english[0].line, sections: englishSections(english) };
  if (chinese[0]) abstracts['zh-Hans'] = { line: chinese[0].line, sections: chineseSections(chinese) };
  return abstracts;
}
