import { expect, test } from 'vitest';
import { excerptPieces, shownSubResults, summaryKey, type SubResult } from '../../src/search/result-view.ts';

test('an excerpt becomes plain text pieces, the matching words marked', () => {
  expect(excerptPieces('2024. Medicina <mark>(Kaunas)</mark> 4 June 2024.')).toEqual([
    { text: '2024. Medicina ', marked: false },
    { text: '(Kaunas)', marked: true },
    { text: ' 4 June 2024.', marked: false },
  ]);
  expect(excerptPieces('<mark>grounded</mark> <mark>theory</mark>')).toEqual([
    { text: 'grounded', marked: true },
    { text: ' ', marked: false },
    { text: 'theory', marked: true },
  ]);
});

test('markup in the indexed text stays text: Pagefind’s escapes are undone, nothing else is parsed', () => {
  const pieces = excerptPieces(
    'a &lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(2)&gt; <mark>b</mark>',
  );
  expect(pieces.map((piece) => piece.text).join('')).toBe('a <script>alert(1)</script> <img src=x onerror=alert(2)> b');
  expect(pieces.filter((piece) => piece.marked)).toEqual([{ text: 'b', marked: true }]);
});

test('a Chinese excerpt loses the spaces the index put between its words, across marks too', () => {
  expect(excerptPieces('改变 患者 的 <mark>医疗</mark> <mark>保健</mark> 方式。')).toEqual([
    { text: '改变患者的', marked: false },
    { text: '医疗', marked: true },
    { text: '保健', marked: true },
    { text: '方式。', marked: false },
  ]);
});

const page = '/en/j-transl-med-2020-18-14/';
const section = (anchor: string, matches: number): SubResult => ({
  title: anchor,
  url: `${page}#${anchor}`,
  excerpt: '',
  locations: Array.from({ length: matches }, (_, index) => index),
});

test('a result’s sections leave out the page itself, and keep the three with most matches, in page order', () => {
  const self: SubResult = { title: 'Title', url: page, excerpt: '', locations: [1, 2, 3, 4, 5] };
  expect(shownSubResults(page, [self, section('a', 1)]).map((shown) => shown.title)).toEqual(['a']);
  const many = [section('a', 1), section('b', 4), section('c', 2), section('d', 3)];
  expect(shownSubResults(page, [self, ...many]).map((shown) => shown.title)).toEqual(['b', 'c', 'd']);
  expect(shownSubResults(page, [])).toEqual([]);
});

test('the summary says none, one or many', () => {
  expect([0, 1, 2, 300].map(summaryKey)).toEqual(['none', 'one', 'many', 'many']);
});
