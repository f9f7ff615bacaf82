import { expect, test } from 'vitest';
import { pageParam, paginate } from '../../src/lib/pagination.ts';
import { homePath } from '../../src/lib/paths.ts';

test('a list is cut into pages, the last one shorter, and an empty list has one page', () => {
  const pages = paginate([1, 2, 3, 4, 5], 2);
  expect(pages.map((page) => page.items)).toEqual([[1, 2], [3, 4], [5]]);
  expect(pages.map((page) => [page.number, page.count, page.start])).toEqual([
    [1, 3, 0],
    [2, 3, 2],
    [3, 3, 4],
  ]);
  expect(paginate([], 10)).toEqual([{ number: 1, count: 1, items: [], start: 0 }]);
});

test('page 1 lives at the language root and later pages below page/', () => {
  expect(pageParam(1)).toBeUndefined();
  expect(pageParam(3)).toBe('page/3');
  expect(homePath('/', 'zh-Hans')).toBe('/zh/');
  expect(homePath('/sub/', 'en', 3)).toBe('/sub/en/page/3/');
});
