import { expect, test } from 'vitest';
import { doiUrl } from '../../src/citations/doi.ts';
import { citationHeading, displayTitle } from '../../src/reading/display-title.ts';
import { relatedEntries } from '../../src/reading/related.ts';

test('a paper without a title is headed by its citation', () => {
  const paper = { journal: 'J Transl Med', date: { year: 2020, month: 1, day: 9 }, volume: '18', pages: '14' };
  expect(citationHeading(paper)).toBe('J Transl Med 2020;18:14');
  expect(displayTitle(paper)).toBe('J Transl Med 2020;18:14');
  expect(displayTitle({ ...paper, title: 'A title' })).toBe('A title');
  expect(citationHeading({ journal: 'Nature', date: { year: 2019 } })).toBe('Nature 2019');
});

test('DOI links go to the resolver, with characters a URL cannot hold encoded', () => {
  expect(doiUrl('10.1186/s12967-019-02204-y')).toBe('https://doi.org/10.1186/s12967-019-02204-y');
  expect(doiUrl('10.1016/S0140-6736(20)30183-5')).toBe('https://doi.org/10.1016/S0140-6736(20)30183-5');
  expect(doiUrl('10.1002/(SICI)1097-4636<1::AID>3.0.CO;2-#')).toBe(
    'https://doi.org/10.1002/(SICI)1097-4636%3C1%3A%3AAID%3E3.0.CO%3B2-%23',
  );
});

test('related entries are newest first with stable ids, repeats numbered in record order', () => {
  const entries = relatedEntries([
    { journal: 'Nature', date: { year: 2019, month: 3 } },
    { journal: 'Medicina (Kaunas)', date: { year: 2024, month: 6, day: 4 } },
    { journal: 'Nature', date: { year: 2019, month: 3 } },
  ]);
  expect(entries.map((entry) => entry.id)).toEqual([
    'related-medicina-kaunas-2024-06-04',
    'related-nature-2019-03',
    'related-nature-2019-03-1',
  ]);
});
