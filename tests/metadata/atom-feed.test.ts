import { expect, test } from 'vitest';
import { atomFeed, type FeedEntry } from '../../src/metadata/atom-feed.ts';

const entry = (title: string, date: FeedEntry['date']): FeedEntry => ({
  title,
  url: `https://example.org/en/${date.year}/`,
  date,
  authors: ['Laï MC'],
  summary: 'J Transl Med & Co, 9 January 2020.',
  contentHtml: '<p>x ]]> y</p>',
});

const xml = atomFeed({
  lang: 'zh-Hans',
  title: '摘要阅读 & more',
  url: 'https://example.org/zh/feed.xml',
  homeUrl: 'https://example.org/zh/',
  entries: [entry('p<0.05 & <b>n</b>', { year: 2020, month: 1, day: 9 }), entry('Older', { year: 2019, month: 3 })],
});

test('the feed says its language and is updated at its newest paper, not at build time', () => {
  expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-Hans">');
  expect(xml).toContain('<updated>2020-01-09T00:00:00.000Z</updated>');
  expect(xml).toContain('<link rel="self" href="https://example.org/zh/feed.xml"/>');
});

test('titles and summaries are text: their markup characters are escaped for the HTML they are typed as', () => {
  expect(xml).toContain('<title type="html"><![CDATA[p&lt;0.05 &amp; &lt;b&gt;n&lt;/b&gt;]]></title>');
  expect(xml).toContain('<summary type="html"><![CDATA[J Transl Med &amp; Co, 9 January 2020.]]></summary>');
  expect(xml).toContain('<title>摘要阅读 &amp; more</title>');
});

test('a date known to the month stands at its first day', () => {
  expect(xml).toContain('<updated>2019-03-01T00:00:00.000Z</updated>');
});
