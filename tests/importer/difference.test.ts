import { describe, expect, test } from 'vitest';
import { describeDifference, inlineDifference } from '../../src/importer/difference.ts';

describe('describeDifference', () => {
  test('marks items only in the entry -, only in the record +, and changed ones in place', () => {
    expect(
      describeDifference({
        field: 'related',
        path: 'a.txt',
        line: 9,
        entry: ['A. 2019', 'B. 2020'],
        record: ['A. 2019', 'B. 2021', 'C. 2022'],
      }),
    ).toEqual(['related:', '  - B. 2020', '  + B. 2021', '  + C. 2022']);
    expect(
      describeDifference({ field: 'doi', path: 'a.txt', line: 3, entry: ['10.1/abc'], record: ['10.1/abd'] }),
    ).toEqual(['doi:', '  ~ 10.1/ab[-c-]{+d+}']);
  });

  test('shortens long unchanged text around a change', () => {
    const before = 'x'.repeat(100);
    expect(inlineDifference(`${before}old${before}`, `${before}new${before}`)).toBe(
      `…${'x'.repeat(30)}[-old-]{+new+}${'x'.repeat(30)}…`,
    );
  });
});
