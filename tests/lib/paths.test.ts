import { expect, test } from 'vitest';
import { pagefindPath, paperPath, searchPath } from '../../src/lib/paths.ts';

test('search pages and the Pagefind bundle sit below the base, whatever it is', () => {
  expect(searchPath('/', 'en')).toBe('/en/search/');
  expect(searchPath('/sub/', 'zh-Hans')).toBe('/sub/zh/search/');
  expect(searchPath('/sub', 'zh-Hans')).toBe('/sub/zh/search/');
  expect(pagefindPath('/')).toBe('/pagefind/');
  expect(pagefindPath('/a/b/')).toBe('/a/b/pagefind/');
  expect(paperPath('/sub/', 'en', 'j-transl-med-2020-18-14')).toBe('/sub/en/j-transl-med-2020-18-14/');
});
