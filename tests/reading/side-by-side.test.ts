import { fromHtml } from 'hast-util-from-html';
import { describe, expect, test } from 'vitest';
import { columnOrder, mergeOrders, parallelRows } from '../../src/reading/side-by-side.ts';
import { renderedAbstract } from '../../src/papers/rendered-abstract.ts';
import { renderAbstract } from '../../src/plugins/index.ts';

/** An abstract as the loader stores it: rendered by the site's own pipeline. */
async function rendered(markdown: string) {
  const { tree, headings } = await renderAbstract(markdown);
  return renderedAbstract(tree, headings);
}

describe('parallelRows', () => {
  test('pairs sections by their shared id and gives every id a language suffix', async () => {
    const rows = parallelRows(
      {
        en: await rendered('## Background {#background}\n\nAI.\n\n## Methods {#methods}\n\nForty.'),
        'zh-Hans': await rendered('## 背景 {#background}\n\n人工智能。\n\n## 方法 {#methods}\n\n四十。'),
      },
      ['zh-Hans', 'en'],
    );
    expect(rows.map((row) => row.id)).toEqual(['background', 'methods']);
    expect(rows[0]!.cells).toEqual([
      {
        lang: 'zh-Hans',
        html: '<section data-section="background" aria-labelledby="background-zh-Hans"><h2 id="background-zh-Hans">背景</h2>\n<p>人工智能。</p>\n</section>',
      },
      {
        lang: 'en',
        html: '<section data-section="background" aria-labelledby="background-en"><h2 id="background-en">Background</h2>\n<p>AI.</p>\n</section>',
      },
    ]);
  });

  test('a section found in one language only keeps its place, the other language left empty', async () => {
    const rows = parallelRows(
      {
        en: await rendered('## Background\n\nA.\n\n## Results\n\nC.'),
        'zh-Hans': await rendered('## 背景\n\n甲。\n\n## 方法\n\n乙。\n\n## 结果\n\n丙。'),
      },
      ['en', 'zh-Hans'],
    );
    expect(rows.map((row) => row.id)).toEqual(['background', 'methods', 'results']);
    expect(rows[1]!.cells[0]).toEqual({ lang: 'en', html: undefined });
    expect(rows[1]!.cells[1]!.html).toContain('<h2 id="methods-zh-Hans">方法</h2>');
  });

  test('an unstructured abstract is one row of plain paragraphs, and a missing language is left out', async () => {
    const rows = parallelRows({ en: await rendered('First.\n\nSecond.') }, ['zh-Hans', 'en']);
    expect(rows).toEqual([{ id: undefined, cells: [{ lang: 'en', html: '<p>First.</p>\n<p>Second.</p>' }] }]);
  });

  test('links to an id inside the abstract follow the renamed id; other links are left alone', async () => {
    const html =
      '<section data-section="methods" aria-labelledby="methods"><h2 id="methods">Methods</h2><p><a href="#note">1</a> <a href="#elsewhere">x</a> <a href="https://doi.org/10.1/x">y</a></p><p id="note">Note.</p></section>';
    const [row] = parallelRows({ en: renderedAbstract(fromHtml(html, { fragment: true }), []) }, ['en']);
    expect(row!.cells[0]!.html).toBe(
      '<section data-section="methods" aria-labelledby="methods-en"><h2 id="methods-en">Methods</h2><p><a href="#note-en">1</a> <a href="#elsewhere">x</a> <a href="https://doi.org/10.1/x">y</a></p><p id="note-en">Note.</p></section>',
    );
  });
});

test('mergeOrders keeps the first order and slots the others in after their predecessor', () => {
  expect(
    mergeOrders([
      ['a', 'c'],
      ['a', 'b', 'c', 'd'],
    ]),
  ).toEqual(['a', 'b', 'c', 'd']);
  expect(mergeOrders([['b'], ['a', 'b']])).toEqual(['a', 'b']);
  expect(mergeOrders([[], ['x', 'y']])).toEqual(['x', 'y']);
});

test('the side-by-side view puts the page language first', () => {
  expect(columnOrder('zh-Hans', ['en', 'zh-Hans'])).toEqual(['zh-Hans', 'en']);
  expect(columnOrder('en', ['en', 'zh-Hans'])).toEqual(['en', 'zh-Hans']);
});
