import { describe, expect, test } from 'vitest';
import { fullPageRange, readCitationLine } from '../../src/importer/citation-line.ts';

describe('readCitationLine', () => {
  test('reads every part of a full NLM citation', () => {
    expect(readCitationLine('J Transl Med. 2020 Jan 9;18(1):14. doi: 10.1186/s12967-019-02204-y.')).toEqual({
      journal: 'J Transl Med',
      date: { year: 2020, month: 1, day: 9 },
      volume: '18',
      issue: '1',
      pages: '14',
      doi: '10.1186/s12967-019-02204-y',
      problems: [],
      unrecognized: [],
    });
  });

  test.each([
    ['Eur Heart J. 2012;33(3):249-55.', { year: 2012 }],
    ['Lancet. 2020 Feb;395(10223):497-506.', { year: 2020, month: 2 }],
    ['Gut. 2019 Jan-Feb;68(1):1-2.', { year: 2019, month: 1 }],
    ['J Clin Sleep Med. 2019 Winter;15(4):1.', { year: 2019 }],
  ])('reads the date of "%s" at the precision printed', (line, date) => {
    expect(readCitationLine(line)?.date).toEqual(date);
  });

  test('keeps a DOI with parentheses whole and knows Epub, PMID and eCollection', () => {
    const citation = readCitationLine(
      'Lancet. 2020 Feb 15;395(10223):497-506. doi: 10.1016/S0140-6736(20)30183-5. Epub 2020 Jan 24. eCollection 2020. PMID: 31986264.',
    );
    expect(citation?.doi).toBe('10.1016/S0140-6736(20)30183-5');
    expect(citation?.unrecognized).toEqual([]);
  });

  test('names an impossible date and a malformed DOI', () => {
    expect(readCitationLine('Sleep. 2023 Feb 29;1:2. doi: 10.1/x.')?.problems).toEqual([
      'impossible date "2023 Feb 29" in the citation; expected a real date such as "2020 Jan 9"',
      'the DOI "10.1/x" is not of the form 10.<digits>/<suffix>; expected a DOI such as "doi: 10.1186/s12967-019-02204-y."',
    ]);
  });

  test.each([
    'Department of Medicine, University Hospital, 2000 Main St., Springfield, USA.',
    'Nature. 2019-3',
    'BACKGROUND: In 2019. METHODS: We did things.',
    '背景:2019 年。',
  ])('does not take "%s" for a citation line', (line) => {
    expect(readCitationLine(line)).toBeUndefined();
  });
});

describe('fullPageRange', () => {
  test.each([
    ['249-55', '249-255'],
    ['1123-4', '1123-1124'],
    ['S12-8', 'S12-S18'],
    ['95-102', '95-102'],
    ['S1-S10', 'S1-S10'],
    ['e0123456', 'e0123456'],
    ['14', '14'],
  ])('writes %s as %s', (pages, full) => {
    expect(fullPageRange(pages)).toBe(full);
  });
});
