import { expect, test } from 'vitest';
import { matchesChoice, relatedFacets } from '../../src/reading/related-facets.ts';

const entries = [
  { journal: 'J Med Internet Res', year: '2025' },
  { journal: 'Front Digit Health', year: '2025' },
  { journal: 'J Med Internet Res', year: '2023' },
  { journal: 'Nature', year: '2019' },
];

test('journals are counted A to Z and years newest first', () => {
  expect(relatedFacets(entries)).toEqual({
    journals: [
      { value: 'Front Digit Health', count: 1 },
      { value: 'J Med Internet Res', count: 2 },
      { value: 'Nature', count: 1 },
    ],
    years: [
      { value: '2025', count: 2 },
      { value: '2023', count: 1 },
      { value: '2019', count: 1 },
    ],
  });
});

test('each facet is counted within the other facet’s choice, ruled-out values kept at zero', () => {
  const facets = relatedFacets(entries, { journal: 'J Med Internet Res', year: '2025' });
  expect(facets.years).toEqual([
    { value: '2025', count: 1 },
    { value: '2023', count: 1 },
    { value: '2019', count: 0 },
  ]);
  expect(facets.journals).toEqual([
    { value: 'Front Digit Health', count: 1 },
    { value: 'J Med Internet Res', count: 1 },
    { value: 'Nature', count: 0 },
  ]);
});

test('an empty choice keeps every entry; a choice keeps only entries with both values', () => {
  expect(entries.filter((entry) => matchesChoice(entry, { journal: '', year: '' }))).toHaveLength(4);
  expect(entries.filter((entry) => matchesChoice(entry, { journal: '', year: '2025' }))).toHaveLength(2);
  expect(entries.filter((entry) => matchesChoice(entry, { journal: 'Nature', year: '2025' }))).toEqual([]);
});
