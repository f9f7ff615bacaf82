import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { everyMovedPage, everyPage, type BuiltSite } from './support/built-sites.ts';
import { linkProblems } from './support/link-problems.ts';

describe('every link of every built page leads somewhere', () => {
  test.each([...everyPage, ...everyMovedPage])('%s', (_name, site, page) => {
    expect(linkProblems(site, page)).toEqual([]);
  });
});

test('the link check finds each kind of broken link in a site built to be broken', () => {
  const site: BuiltSite = {
    name: 'broken-links',
    dir: fileURLToPath(new URL('../fixtures/broken-links/', import.meta.url)),
    root: new URL('https://example.org/base/'),
    pages: ['index.html', 'en/index.html'],
    movedPages: [],
  };
  expect(linkProblems(site, 'index.html')).toEqual([
    '<a href="en/#missing">: no element with id "missing" on that page',
    '<a href="/base/fr/">: no such file in the build',
    '<a href="/base/en">: a folder: the URL must end with "/"',
    '<a href="/elsewhere/">: outside the site\'s base path /base/',
    '<a href="https://example.org/base/gone.css">: no such file in the build',
    '<a href="https://doi.org/10.1/x">: external link without rel="noopener"',
    '<img src="missing.png">: no such file in the build',
  ]);
  expect(linkProblems(site, 'en/index.html')).toEqual([]);
});
