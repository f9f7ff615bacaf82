import { expect, test } from 'vitest';
import { searchFacets } from '../../src/search/filter-facets.ts';

test('years are listed newest first, journals A to Z, each with its count', () => {
  expect(searchFacets('year', { '2019': 3, '2023': 0, '2020': 1 })).toEqual([
    { value: '2023', count: 0 },
    { value: '2020', count: 1 },
    { value: '2019', count: 3 },
  ]);
  expect(searchFacets('journal', { 'NPJ Digit Med': 1, 'BMC Med Inform Decis Mak': 2, 'J Transl Med': 1 })).toEqual([
    { value: 'BMC Med Inform Decis Mak', count: 2 },
    { value: 'J Transl Med', count: 1 },
    { value: 'NPJ Digit Med', count: 1 },
  ]);
  expect(searchFacets('journal', {})).toEqual([]);
});
