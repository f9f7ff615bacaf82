import { describe, expect, test } from 'vitest';
import { compareNewestFirst, formatPartialDate, parsePartialDate, toIsoDate } from '../../src/lib/partial-date.ts';

describe('parsePartialDate', () => {
  test.each([
    ['2024-6-4', { year: 2024, month: 6, day: 4 }],
    ['2019-3', { year: 2019, month: 3 }],
    ['2019', { year: 2019 }],
    ['2024-02-29', { year: 2024, month: 2, day: 29 }],
  ])('reads %s at its precision', (text, date) => {
    expect(parsePartialDate(text)).toEqual(date);
  });

  test.each(['2024-13-45', '2023-02-29', '2019-0', '19-3', '2019/03', 'March 2019', ''])('refuses %j', (text) => {
    expect(parsePartialDate(text)).toBeUndefined();
  });
});

describe('formatPartialDate', () => {
  test.each([
    ['2020-01-09', 'en-GB', '9 January 2020'],
    ['2020-01-09', 'zh-Hans-CN', '2020年1月9日'],
    ['2019-3', 'en-GB', 'March 2019'],
    ['2019-3', 'zh-Hans-CN', '2019年3月'],
    ['2019', 'en-GB', '2019'],
    ['2019', 'zh-Hans-CN', '2019年'],
  ])('%s in %s is %s, never more precise than given', (text, locale, expected) => {
    expect(formatPartialDate(parsePartialDate(text)!, locale)).toBe(expected);
  });
});

test('toIsoDate pads to ISO 8601 at the same precision', () => {
  expect(toIsoDate({ year: 2024, month: 6, day: 4 })).toBe('2024-06-04');
  expect(toIsoDate({ year: 2019, month: 3 })).toBe('2019-03');
  expect(toIsoDate({ year: 2019 })).toBe('2019');
});

test('compareNewestFirst puts later dates first, and a bare year after its months', () => {
  const dates = ['2019', '2019-3', '2020-1-9', '2019-3-2', '2025-8-7'].map((t) => parsePartialDate(t)!);
  expect(dates.sort(compareNewestFirst).map(toIsoDate)).toEqual([
    '2025-08-07',
    '2020-01-09',
    '2019-03-02',
    '2019-03',
    '2019',
  ]);
});
