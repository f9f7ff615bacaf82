import { expect, test } from 'vitest';
import { sitemapLinks } from '../../src/metadata/sitemap-links.ts';

const site = 'https://example.org/sub/';

test('a paper page lists itself in each language and the English page as x-default, as its head does', () => {
  const links = [
    { lang: 'en', url: 'https://example.org/sub/en/a-paper/' },
    { lang: 'zh-Hans', url: 'https://example.org/sub/zh/a-paper/' },
    { lang: 'x-default', url: 'https://example.org/sub/en/a-paper/' },
  ];
  expect(sitemapLinks('https://example.org/sub/en/a-paper/', site)).toEqual(links);
  expect(sitemapLinks('https://example.org/sub/zh/a-paper/', site)).toEqual(links);
});

test('the home pages are alternates of each other', () => {
  expect(sitemapLinks('https://example.org/sub/zh/', site)).toEqual([
    { lang: 'en', url: 'https://example.org/sub/en/' },
    { lang: 'zh-Hans', url: 'https://example.org/sub/zh/' },
    { lang: 'x-default', url: 'https://example.org/sub/en/' },
  ]);
});

test('the root page offers each home page and is its own x-default, with no second "en"', () => {
  expect(sitemapLinks(site, site)).toEqual([
    { lang: 'en', url: 'https://example.org/sub/en/' },
    { lang: 'zh-Hans', url: 'https://example.org/sub/zh/' },
    { lang: 'x-default', url: 'https://example.org/sub/' },
  ]);
});

test('a page outside the language folders, or outside the site, has no alternates', () => {
  expect(sitemapLinks('https://example.org/sub/404/', site)).toEqual([]);
  expect(sitemapLinks('https://other.example/en/', site)).toEqual([]);
});
