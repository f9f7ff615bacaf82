import { describe, expect, test } from 'vitest';
import { isMedline, readMedline } from '../../src/importer/medline.ts';
import { parseRecordFile } from '../../src/importer/parse.ts';
import { exportParts } from '../../src/importer/threads.ts';
import { isXml, readPubmedXml } from '../../src/importer/pubmed-xml.ts';

const lines = (text: string) => text.split('\n');

describe('readMedline', () => {
  test('joins continuation lines, and reads authors without a full name, with ORCID as a URL, and groups', () => {
    const read = readMedline(
      lines(
        [
          'PMID- 1',
          'TI  - A title that goes on',
          '      over two lines.',
          'AU  - Smith JR Jr',
          'AUID- ORCID: https://orcid.org/0000-0002-1825-009x',
          'AD  - First place.',
          'CN  - The Study Group',
          'FAU - Lefèvre, Camille',
          'AD  - Second place.',
          'DP  - 2019 Dec-2020 Jan',
          'TA  - J Test',
        ].join('\n'),
      ),
    );
    expect(read.ok).toBe(true);
    const [article] = read.ok ? read.articles : [];
    expect(article?.title?.value).toBe('A title that goes on over two lines.');
    expect(
      article?.authors.map(({ name, family, orcid, affiliations }) => ({ name, family, orcid, affiliations })),
    ).toEqual([
      { name: 'Smith JR Jr', family: undefined, orcid: '0000-0002-1825-009X', affiliations: ['First place.'] },
      { name: 'The Study Group', family: undefined, orcid: undefined, affiliations: [] },
      { name: 'Lefèvre C', family: 'Lefèvre', orcid: undefined, affiliations: ['Second place.'] },
    ]);
  });

  test('a large export is cut into parts at blank lines, which read every record once, at its own lines', () => {
    const text = [1, 2, 3, 4, 5].map((pmid) => `PMID- ${pmid}\nTA  - J Test\nDP  - 2020`).join('\r\n\r\n');
    const file = { path: 'pubmed.nbib', bytes: new TextEncoder().encode(text) };
    const parts = exportParts(file, 2);
    expect(parts.length).toBe(2);
    const read = parts.flatMap((part) => parseRecordFile(part.bytes, part.firstLine));
    expect(read.map((result) => (result.ok ? [result.record.facts.pmid, result.record.lines.citation] : []))).toEqual([
      ['1', 1],
      ['2', 5],
      ['3', 9],
      ['4', 13],
      ['5', 17],
    ]);
    expect(
      exportParts({ path: 'record.txt', bytes: new TextEncoder().encode('A.\nJ Test. 2020.\nText.') }, 2),
    ).toHaveLength(1);
  });

  test('a line that is neither a tag nor a continuation is refused at its line', () => {
    const read = readMedline(lines('PMID- 1\nTI  - A title\n  stray text'));
    expect(read).toEqual({
      ok: false,
      errors: [expect.objectContaining({ line: 3, message: expect.stringContaining('six spaces') })],
    });
  });

  test('is told from a plain-text record by its first two lines', () => {
    expect(isMedline(lines('\nPMID- 1\nOWN - NLM'))).toBe(true);
    expect(isMedline(lines('Paris District Court, Paris, France.\nJ Transl Med. 2020 Jan 9;18(1):14.'))).toBe(false);
    expect(isMedline(lines('PMID: 31918710\n背景:…'))).toBe(false);
  });
});

describe('readPubmedXml', () => {
  const article = (body: string) =>
    `<?xml version="1.0"?>\n<PubmedArticleSet>\n<PubmedArticle><MedlineCitation><PMID>7</PMID><Article>${body}</Article>` +
    '<MedlineJournalInfo><MedlineTA>J Test</MedlineTA></MedlineJournalInfo></MedlineCitation></PubmedArticle>\n</PubmedArticleSet>';

  test('reads numeric months, a MedlineDate, markup inside a title, and a label from NlmCategory alone', () => {
    const read = readPubmedXml(
      article(
        '<Journal><JournalIssue><PubDate><Year>2021</Year><Month>03</Month><Day>05</Day></PubDate></JournalIssue></Journal>' +
          '<ArticleTitle>The <i>BRCA1</i> gene.</ArticleTitle><Abstract><AbstractText NlmCategory="METHODS">Text.</AbstractText></Abstract>',
      ),
    );
    const [found] = read.ok ? read.articles : [];
    expect(found?.date?.value).toBe('2021 Mar 5');
    expect(found?.title?.value).toBe('The BRCA1 gene.');
    expect(found?.abstract).toEqual([{ label: 'METHODS', text: 'Text.', line: 3 }]);
    const ranged = readPubmedXml(
      article(
        '<Journal><JournalIssue><PubDate><MedlineDate>2019 Dec-2020 Jan</MedlineDate></PubDate></JournalIssue></Journal>',
      ),
    );
    expect(ranged.ok && ranged.articles[0]?.date?.value).toBe('2019 Dec-2020 Jan');
  });

  test('refuses other XML, and a set without articles, at their lines', () => {
    expect(readPubmedXml('<?xml version="1.0"?>\n<html/>')).toEqual({
      ok: false,
      errors: [{ line: 2, message: '<html> is not a PubMed export; expected <PubmedArticleSet>' }],
    });
    expect(readPubmedXml('<PubmedArticleSet>\n</PubmedArticleSet>').ok).toBe(false);
    expect(isXml('  \n<?xml version="1.0"?>')).toBe(true);
  });
});
