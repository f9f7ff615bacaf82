import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { expect, test } from 'vitest';
import type { PaperWithAbstracts } from '../../src/lib/paper-entry.ts';
import { searchDocument } from '../../src/search/search-document.ts';
import { contentFiles, loadPaper } from '../support/papers.ts';

const abstract = (html: string) => ({ parts: [{ html }], sections: [], text: '' });

const paper: PaperWithAbstracts = {
  title: 'Care & <cure>: a "study"',
  authors: [{ name: 'Laï MC', family: 'Laï', given: 'Marie-Catherine' }, { name: 'Brian M' }],
  journal: 'J Transl Med',
  date: { year: 2020, month: 1, day: 9 },
  volume: '18',
  pages: '14',
  doi: '10.1186/s12967-019-02204-y',
  affiliations: ['Paris District Court, Paris, France.'],
  keywords: ['grounded theory'],
  mesh: [],
  publicationTypes: [],
  notices: [],
  related: [
    { journal: 'Nature', date: { year: 2019, month: 3 } },
    { journal: 'Medicina (Kaunas)', date: { year: 2024, month: 6, day: 4 } },
  ],
  abstracts: {
    en: abstract('<section data-section="methods"><h2 id="methods">Methods</h2>\n<p>Grounded theory.</p></section>'),
    'zh-Hans': abstract(
      '<section data-section="methods"><h2 id="methods">研究方法</h2>\n<p>采用扎根理论方法。</p></section>',
    ),
  },
};

test('a paper page in each language, at its URL below the base, in its <html lang>', () => {
  expect(searchDocument('paper-a', paper, 'en').url).toBe('/en/paper-a/');
  expect(searchDocument('paper-a', paper, 'zh-Hans').url).toBe('/zh/paper-a/');
  expect(searchDocument('paper-a', paper, 'zh-Hans').html).toMatch(/^<!doctype html><html lang="zh-Hans">/);
});

test('the page’s indexed text, in its words, with the same filters, sort, weights and escaping', () => {
  const { html } = searchDocument('paper-a', paper, 'en');
  expect(html).toContain('<article data-pagefind-body><header><h1>Care &amp; &lt;cure&gt;: a &quot;study&quot;</h1>');
  expect(html).toContain('<p>Authors: Marie-Catherine Laï, Brian M</p>');
  expect(html).toContain('<span data-pagefind-filter="journal">J Transl Med</span> · ');
  expect(html).toContain(
    '<time datetime="2020-01-09" data-pagefind-filter="year:2020" data-pagefind-sort="date[datetime]">9 January 2020</time>',
  );
  expect(html).toContain('<div data-pagefind-weight="2"><section data-section="methods"><h2 id="methods">Methods</h2>');
  expect(html).toContain('<div><dt>Volume</dt> <dd>18</dd></div><div><dt>Pages</dt> <dd>14</dd></div>');
  expect(html).toContain('<ol data-pagefind-weight="0.5"><li>Paris District Court, Paris, France.</li></ol>');
  expect(html).toContain('<p>2 related citations</p>');
  expect(html).not.toContain('Cite this paper');
});

test('each related citation is a sub-result, newest first, titled and anchored as on the page', () => {
  const { html } = searchDocument('paper-a', paper, 'zh-Hans');
  expect(html).toContain(
    '<li id="related-medicina-kaunas-2024-06-04" data-pagefind-title="Medicina (Kaunas) · 2024年6月4日">' +
      '<cite>Medicina (Kaunas)</cite> <time datetime="2024-06-04">2024年6月4日</time></li>' +
      '<li id="related-nature-2019-03" data-pagefind-title="Nature · 2019年3月">',
  );
});

test('Chinese text comes with spaces between its words, headings as written', () => {
  const { html } = searchDocument('paper-a', paper, 'zh-Hans');
  expect(html).toContain('<h2 id="methods">研究方法</h2>\n<p>采用 扎根 理论 方法。</p>');
});

test('a page showing another language’s abstract says so, and its text is indexed as that language', () => {
  const englishOnly = { ...paper, abstracts: { en: paper.abstracts['en'] ?? abstract('') } };
  const { html } = searchDocument('paper-a', englishOnly, 'zh-Hans');
  expect(html).toContain('<p>本摘要暂无中文译文，以下为原文。</p>');
  expect(html).toContain('<p>Grounded theory.</p>');
});

test('the seed’s document holds each of its sentences once, in the page’s language only', async () => {
  const seed = await loadPaper(contentFiles.find((file) => file.pathname.endsWith('/j-transl-med-2020-18-14.md'))!);
  const { html } = searchDocument(seed.slug, seed.data, 'en');
  const text = toString(fromHtml(html));
  for (const sentence of ['However, their views differed.', 'Thus, we aimed to obtain both an overview']) {
    expect(text.split(sentence)).toHaveLength(2);
  }
  expect(text).not.toContain('然而');
  // Without the sentences' ids, which Pagefind would keep as anchors: no search result leads to one.
  expect(html).toContain('<span>However, their views differed.</span>');
  expect(html).not.toContain('results-s2');
});
