import { doiSchema, pmidSchema } from '../papers/schema.ts';
import { chineseSections, isChineseLine } from './abstract-sections.ts';
import type { ParseResult, ParsedTranslation, Problem } from './parse.ts';

/** A line naming the paper a translation is of: `doi: 10.…` or `PMID: 31918710`. */
const namingLine = /^(doi|pmid):\s*(\S*)\s*$/i;

/** Whether a file is a translation on its own: its first non-blank line names a paper by DOI or PMID. */
export function isTranslation(lines: readonly string[]): boolean {
  const first = lines.find((line) => line.trim() !== '');
  return first !== undefined && namingLine.test(first.trim());
}

/**
 * Reads a Chinese translation on its own: one or two lines naming the paper (`doi: 10.…`,
 * `PMID: 31918710`), then the Chinese abstract as a record gives it, one section a line
 * (`背景:…`). Every line after the naming ones must be Chinese.
 */
export function parseTranslation(fileLines: readonly string[]): ParseResult {
  const lines = fileLines.flatMap((text, index) => (text.trim() ? [{ text: text.trim(), line: index + 1 }] : []));
  const errors: Problem[] = [];
  const facts: ParsedTranslation['facts'] = {};
  const where: ParsedTranslation['lines'] = { citation: lines[0]?.line ?? 1 };
  let start = 0;
  for (const { text, line } of lines) {
    const naming = namingLine.exec(text);
    if (!naming) break;
    start++;
    const [, key = '', value = ''] = naming;
    const field = key.toLowerCase() === 'doi' ? 'doi' : 'pmid';
    const checked = (field === 'doi' ? doiSchema : pmidSchema).safeParse(value);
    if (!checked.success) errors.push({ line, message: `${field}: ${checked.error.issues[0]?.message ?? 'invalid'}` });
    facts[field] = value;
    where[field] = line;
  }
  const chinese = lines.slice(start);
  const notChinese = chinese.find((line) => !isChineseLine(line.text));
  if (notChinese) {
    errors.push({
      line: notChinese.line,
      message: 'expected only the Chinese abstract after the doi: or PMID: line, one section a line ("背景:…")',
    });
  }
  if (chinese.length === 0) {
    errors.push({
      line: where.citation,
      message: 'no Chinese abstract after the doi: or PMID: line; expected it, one section a line',
    });
  }
  if (errors.length > 0) return { ok: false, errors, warnings: [] };
  const first = chinese[0]?.line ?? where.citation;
  return {
    ok: true,
    warnings: [],
    record: {
      source: 'translation',
      facts,
      lines: where,
      abstracts: { 'zh-Hans': { line: first, sections: chineseSections(chinese) } },
    },
  };
}
