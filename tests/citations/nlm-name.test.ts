import { expect, test } from 'vitest';
import { parseNlmName } from '../../src/citations/nlm-name.ts';
import { fullPages, pageRange } from '../../src/citations/page-range.ts';

test.each([
  ['Laï MC', { family: 'Laï', given: 'M. C.' }],
  ['Brian M', { family: 'Brian', given: 'M.' }],
  ['García Márquez G', { family: 'García Márquez', given: 'G.' }],
  ['van der Berg JA', { family: 'van der Berg', given: 'J. A.' }],
  ['Smith JR Jr', { family: 'Smith', given: 'J. R.', suffix: 'Jr' }],
  ['Jones A 3rd', { family: 'Jones', given: 'A.', suffix: '3rd' }],
  ['Ünal Ö', { family: 'Ünal', given: 'Ö.' }],
])('the NLM name %s has family name and dotted initials', (text, name) => {
  expect(parseNlmName(text)).toEqual(name);
});

test.each(['COVID-19 Study Group', 'Cochrane', 'Study Group II'])('%s, with no initials, is a literal name', (text) => {
  expect(parseNlmName(text)).toEqual({ literal: text });
});

test.each([
  ['249-255', { first: '249', last: '255' }],
  ['249-55', { first: '249', last: '255' }],
  ['1021-4', { first: '1021', last: '1024' }],
  ['14', { first: '14' }],
  ['e0123456', { first: 'e0123456' }],
  ['S1-S5', { first: 'S1', last: 'S5' }],
])('pages %s run from %j', (pages, range) => {
  expect(pageRange(pages)).toEqual(range);
});

test('NLM page ranges are written in full', () => {
  expect(fullPages('249-55')).toBe('249-255');
  expect(fullPages('e0123456')).toBe('e0123456');
});
