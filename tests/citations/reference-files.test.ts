import { describe, expect, test } from 'vitest';
import { Cite } from '../../src/citations/citation-js.ts';
import type { CslItem } from '../../src/citations/csl-item.ts';
import { fullPages } from '../../src/citations/page-range.ts';
import { paperCslItem } from '../../src/citations/csl-item.ts';
import { referenceFileExtensions, referenceFiles } from '../../src/citations/reference-files.ts';
import { contentFiles, loadPaper, specialCharactersFile } from '../support/papers.ts';

const papers = await Promise.all([...contentFiles, specialCharactersFile].map(loadPaper));
const special = papers.at(-1)!;
const specialItem = paperCslItem(special.slug, special.data);

/** Reads a reference file back with citation-js, the library that wrote it. */
function readBack(text: string): Record<string, unknown> {
  const items = new Cite(text).data;
  expect(items).toHaveLength(1);
  return items[0]!;
}

describe.each(papers.map((paper) => [paper.slug, paper] as const))('the reference files of %s', (_slug, paper) => {
  test.each(referenceFileExtensions)(
    '.%s reads back with the DOI, journal, year, volume, issue and pages of the content',
    (ext) => {
      const facts = paper.data;
      const item = readBack(referenceFiles[ext].write(paperCslItem(paper.slug, facts)));
      expect(item['DOI']).toBe(facts.doi);
      expect(item['container-title']).toBe(facts.journal);
      expect((item['issued'] as CslItem['issued'])['date-parts'][0][0]).toBe(facts.date.year);
      expect(item['volume']).toBe(facts.volume);
      expect(item['issue']).toBe(facts.issue);
      expect(item['page']).toBe(facts.pages && fullPages(facts.pages));
    },
  );

  test.each(referenceFileExtensions)('.%s keeps the title and every author exactly', (ext) => {
    const item = readBack(referenceFiles[ext].write(paperCslItem(paper.slug, paper.data)));
    const written = paperCslItem(paper.slug, paper.data);
    expect(item['title']).toBe(written.title);
    // BibTeX has no literal names: a group author is a braced family name, its text kept whole.
    const authors = written.author?.map((name) =>
      ext === 'bib' && 'literal' in name ? { family: name.literal } : name,
    );
    expect(item['author']).toEqual(authors);
  });
});

describe('escaping special characters (& % { } _ \\ $ # ^ ~, accents, CJK, a DOI with parentheses)', () => {
  test('BibTeX escapes what LaTeX would read as commands, keeps Unicode and leaves the DOI verbatim', () => {
    const text = referenceFiles.bib.write(specialItem);
    const field = (name: string) => new RegExp(`^\\t${name} = \\{(.*)\\},$`, 'm').exec(text)?.[1];
    expect(field('journal')).toBe('Ann Med \\& Surg\\_X \\{Lond\\}');
    expect(field('number')).toBe('3 \\& 4');
    expect(field('doi')).toBe('10.1002/(SICI)1097-4636(199905)45:2<110::AID_JBM6>3.0.CO;2-#');
    const title = field('title')!;
    for (const escaped of ['\\&', '50\\%', '\\{braced\\}', 'doses\\_in', '\\textbackslash{}emph', '\\$5', '\\#1']) {
      expect(title).toContain(escaped);
    }
    expect(title).toContain('naïve');
    expect(title).toContain('中文标题');
    // Outside the verbatim DOI, no special character is left bare.
    expect(text.replace(/^\tdoi = .*$/m, '')).not.toMatch(/(?<!\\)[&%$#_]/);
  });

  test('BibTeX writes the month a BibTeX style can read, without the day', () => {
    const seed = papers[0]!;
    const text = referenceFiles.bib.write(paperCslItem(seed.slug, seed.data));
    expect(text).toMatch(/^\tyear = \{2020\},$/m);
    expect(text).toMatch(/^\tmonth = \{1\},$/m);
    expect(readBack(text)['issued']).toEqual({ 'date-parts': [[2020, 1]] });
  });

  test('RIS has one line per field, CR LF endings, and a DA with two-digit month and day', () => {
    const seed = papers[0]!;
    const text = referenceFiles.ris.write(paperCslItem(seed.slug, seed.data));
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('TY  - JOUR');
    expect(lines.at(-2)).toBe('ER  - ');
    expect(lines.at(-1)).toBe('');
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
    expect(text).not.toMatch(/[^\r]\n/);
    expect(lines).toContain('DA  - 2020/01/09/');
    expect(referenceFiles.ris.write(specialItem).split('\r\n')).toContain('DA  - 2019/03//');
  });

  test('RIS keeps long titles and abstracts whole, however many characters or scripts they hold', () => {
    const item = readBack(referenceFiles.ris.write(specialItem));
    expect(item['title']).toBe(specialItem.title);
    expect(item['abstract']).toBe(specialItem.abstract);
    expect(specialItem.title!.length).toBeGreaterThan(70);
  });

  test('CSL-JSON holds the item exactly, as JSON and as citation-js reads it', () => {
    const text = referenceFiles.json.write(specialItem);
    expect(JSON.parse(text)).toEqual([specialItem]);
    expect(readBack(text)['title']).toBe(specialItem.title);
  });
});
