import { expect, test } from 'vitest';
import { homePageParam, homePath } from '../../src/lib/paths.ts';

test("Astro's page parameter becomes the site's own home-page addresses: the root, then page/N", () => {
  expect(homePageParam(undefined)).toBeUndefined();
  expect(homePageParam('2')).toBe('page/2');
});

test('page 1 lives at the language root and later pages below page/', () => {
  expect(homePath('/', 'zh-Hans')).toBe('/zh/');
  expect(homePath('/sub/', 'en', 3)).toBe('/sub/en/page/3/');
});
